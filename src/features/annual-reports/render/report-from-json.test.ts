import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { pingtanReport, report2019WithBlanks } from './fixtures.ts';
import { ReportJsonError, reportFromJson } from './report-from-json.ts';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('reading a report from JSON', () => {
  test('accepts the schema JSON and the { report, diagnostics } output of parse', () => {
    const report = pingtanReport();
    assert.deepEqual(reportFromJson(clone(report)), report);
    assert.deepEqual(reportFromJson({ report: clone(report), diagnostics: [] }), report);
    assert.deepEqual(reportFromJson(clone(report2019WithBlanks())), report2019WithBlanks());
  });

  test('names the cell that is not a number', () => {
    const bad = clone(pingtanReport()) as unknown as { applications: { granted: { total: unknown } } };
    bad.applications.granted.total = '21';
    assert.throws(
      () => reportFromJson(bad),
      (e: unknown) => e instanceof ReportJsonError && e.message.includes('applications.granted.total'),
    );
  });

  test('names a missing cell and says blanks are written null', () => {
    const bad = clone(pingtanReport()) as unknown as { reconsideration: Record<string, unknown> };
    delete bad.reconsideration.pending;
    assert.throws(() => reportFromJson(bad), /reconsideration\.pending.*null/);
  });

  test('refuses JSON that is not a report', () => {
    for (const value of [
      null,
      [],
      'x',
      { a: 1 },
      { ...clone(pingtanReport()), template: '2020' },
      { ...clone(pingtanReport()), schemaVersion: 2 },
    ]) {
      assert.throws(() => reportFromJson(value), ReportJsonError);
    }
  });

  test('checks the 2019 template’s own cells, and that （六） is a single row', () => {
    const bad = clone(report2019WithBlanks()) as unknown as { applications: { otherHandling: unknown } };
    bad.applications.otherHandling = { noCorrection: {}, feeUnpaid: {}, other: {} };
    assert.throws(() => reportFromJson(bad), /applications\.otherHandling\.all\.naturalPerson/);
  });
});
