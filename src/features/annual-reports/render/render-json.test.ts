import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pingtanReport, report2019WithBlanks } from './fixtures.ts';
import { renderJson } from './render-json.ts';
import { reportFromJson } from './report-from-json.ts';

test('JSON output is the schema JSON, pretty-printed, and reads back unchanged (nulls included)', () => {
  for (const report of [pingtanReport(), report2019WithBlanks()]) {
    const json = renderJson(report);
    assert.match(json, /^\{\n {2}"schemaVersion": 1,\n/);
    assert.ok(json.endsWith('}\n'));
    assert.deepEqual(reportFromJson(JSON.parse(json)), report);
  }
  assert.match(renderJson(report2019WithBlanks()), /"total": null/);
});
