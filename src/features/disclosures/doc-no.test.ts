import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkDocNo } from './doc-no.ts';

describe('文号 check', () => {
  test('accepts the official form with 六角括号', () => {
    assert.equal(checkDocNo('扶工信〔2023〕12号').isValid, true);
    assert.equal(checkDocNo('豫政办〔2021〕3号').isValid, true);
  });

  test('refuses other brackets around the year and suggests 〔〕', () => {
    for (const wrong of [
      '扶工信[2023]12号',
      '扶工信【2023】12号',
      '扶工信（2023）12号',
      '扶工信(2023)12号',
      '扶工信［2023］12号',
    ]) {
      const check = checkDocNo(wrong);
      assert.equal(check.isValid, false, wrong);
      assert.match(check.message ?? '', /六角括号/);
      assert.equal(check.suggestion, '扶工信〔2023〕12号', wrong);
    }
  });

  test('refuses a zero-padded number', () => {
    const check = checkDocNo('扶工信〔2023〕012号');
    assert.equal(check.isValid, false);
    assert.equal(check.suggestion, '扶工信〔2023〕12号');
  });

  test('explains a missing year or a missing 号', () => {
    assert.match(checkDocNo('扶工信12号').message ?? '', /四位年份/);
    assert.match(checkDocNo('扶工信〔2023〕12').message ?? '', /号/);
  });
});
