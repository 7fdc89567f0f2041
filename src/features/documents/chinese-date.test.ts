import assert from 'node:assert/strict';
import { test } from 'node:test';
import { arabicDate, chineseDate } from './chinese-date.ts';

test('writes signature dates in Chinese numerals with 〇 for zero', () => {
  assert.equal(chineseDate('2026-01-05'), '二〇二六年一月五日');
  assert.equal(chineseDate('2020-10-10'), '二〇二〇年十月十日');
});

test('writes tens as 十, 十几, 二十几 and 三十几', () => {
  assert.equal(chineseDate('2025-12-31'), '二〇二五年十二月三十一日');
  assert.equal(chineseDate('2026-11-20'), '二〇二六年十一月二十日');
  assert.equal(chineseDate('2026-02-14'), '二〇二六年二月十四日');
});

test('writes body dates with Arabic numerals and no leading zeros', () => {
  assert.equal(arabicDate('2026-01-05'), '2026年1月5日');
});

test('refuses a malformed or impossible date in Chinese', () => {
  assert.throws(() => chineseDate('2026/1/5'), /格式不正确/);
  assert.throws(() => chineseDate('2025-02-29'), /不是有效日期/);
});
