import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wrapText } from './wrap-text.ts';

// One unit of width per character makes the expected breaks easy to see.
const measure = (s: string): number => [...s].length;

test('breaks Chinese text between any two characters', () => {
  assert.deepEqual(wrapText('一二三四五六七', 3, measure), ['一二三', '四五六', '七']);
});

test('keeps numbers and Latin words whole', () => {
  assert.deepEqual(wrapText('收费9116.36万元', 7, measure), ['收费', '9116.36', '万元']);
  assert.deepEqual(wrapText('共2023件', 4, measure), ['共', '2023', '件']);
});

test('never starts a line with closing punctuation', () => {
  const lines = wrapText('一二三，四五。', 3, measure);
  for (const line of lines.slice(1)) assert.doesNotMatch(line, /^[，。]/);
  assert.equal(lines.join(''), '一二三，四五。');
});

test('honours a narrower first line (a first-line indent)', () => {
  assert.deepEqual(wrapText('一二三四五六七八', 4, measure, 2), ['一二', '三四五六', '七八']);
});

test('splits a unit longer than a whole line rather than overflow', () => {
  assert.deepEqual(wrapText('1234567', 3, measure), ['123', '456', '7']);
});
