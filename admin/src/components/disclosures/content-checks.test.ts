import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingCounts, findingsAsReason, hasPersonalData } from './content-checks.ts';
import type { ContentFinding } from './disclosure-types.ts';

const finding = (kind: ContentFinding['kind'], text: string, suggestion: string): ContentFinding => ({
  kind,
  field: 'body',
  fieldLabel: '正文',
  text,
  start: 0,
  end: text.length,
  context: text,
  suggestion,
});

const found = [
  finding('typo', '按排', '“按排”应为“安排”'),
  finding('sensitiveWord', '国家副总理', '应为“国务院副总理”'),
  finding('typo', '布署', '“布署”应为“部署”'),
];

test('counts are listed per kind in a fixed order', () => {
  assert.equal(findingCounts(found), '敏感词 1 处、错别字 2 处');
  assert.equal(findingCounts([]), '');
});

test('personal data is recognised among the findings', () => {
  assert.equal(hasPersonalData(found), false);
  assert.equal(hasPersonalData([...found, finding('idCard', '1', '去标识化')]), true);
});

test('a send-back reason names where, what and the suggestion', () => {
  assert.equal(
    findingsAsReason(found.slice(0, 2)),
    '内容检查发现：正文错别字“按排”：“按排”应为“安排”；正文敏感词“国家副总理”：应为“国务院副总理”。',
  );
  assert.equal(findingsAsReason([]), '');
});
