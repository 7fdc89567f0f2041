import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  casePatternProblems,
  DEFAULT_CASE_NUMBER_PATTERN,
  defaultCasePrefix,
  formatCaseNumber,
} from './case-number.ts';

describe('case numbers', () => {
  test('the default pattern gives 扶工信依申〔2026〕12号 for the 工信局 of 扶沟县', () => {
    const prefix = defaultCasePrefix({ name: '扶沟县工业和信息化局', shortName: '县工信局' }, '扶沟县人民政府');
    assert.equal(prefix, '扶工信');
    assert.equal(
      formatCaseNumber(DEFAULT_CASE_NUMBER_PATTERN, { prefix, year: 2026, seq: 12 }),
      '扶工信依申〔2026〕12号',
    );
  });

  test('a department without a short name still gets a readable prefix', () => {
    assert.equal(defaultCasePrefix({ name: '扶沟县自然资源局', shortName: null }, '扶沟县人民政府'), '扶自然资源');
    assert.equal(defaultCasePrefix({ name: '扶沟县人民政府', shortName: '扶沟县政府' }, '扶沟县人民政府'), '扶政');
  });

  test('sequence numbers can be zero-padded', () => {
    assert.equal(formatCaseNumber('{prefix}-{year}-{seq:4}', { prefix: 'ZR', year: 2025, seq: 7 }), 'ZR-2025-0007');
  });

  test('a pattern without a sequence number or with unknown placeholders is refused', () => {
    assert.ok(casePatternProblems('{prefix}〔{year}〕号').some((p) => p.includes('{seq}')));
    assert.ok(casePatternProblems('{prefix}{month}{seq}').some((p) => p.includes('{month}')));
    assert.deepEqual(casePatternProblems(DEFAULT_CASE_NUMBER_PATTERN), []);
  });
});
