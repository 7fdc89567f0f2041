import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { splitDigitRuns } from './split-digits.ts';

describe('splitDigitRuns', () => {
  test('recovers a table 三 row from its run-together digits (713000074 → 71,3,0,0,0,0,74)', () => {
    assert.deepEqual(splitDigitRuns(['713000074'], { parts: 7, sumGroupSize: 7 }).readings, [[71, 3, 0, 0, 0, 0, 74]]);
  });

  test('keeps every reading that adds up, and only those', () => {
    assert.deepEqual(splitDigitRuns(['110000011'], { parts: 7, sumGroupSize: 7 }).readings.sort(), [
      [1, 10, 0, 0, 0, 0, 11],
      [11, 0, 0, 0, 0, 0, 11],
    ]);
  });

  test('never reads a number with a leading zero', () => {
    // 1|0|05 and 1|00|5 would need a leading zero; only 10|0|5 remains.
    assert.deepEqual(splitDigitRuns(['1005'], { parts: 3 }).readings, [[10, 0, 5]]);
  });

  test('respects cell boundaries that were printed (spaces between tokens)', () => {
    assert.deepEqual(splitDigitRuns(['71', '3000074'], { parts: 7, sumGroupSize: 7 }).readings, [
      [71, 3, 0, 0, 0, 0, 74],
    ]);
    assert.deepEqual(splitDigitRuns(['7', '13000074'], { parts: 7, sumGroupSize: 7 }).readings, []);
  });

  test('table 四: three groups of five, each total the sum of the other four', () => {
    assert.deepEqual(splitDigitRuns(['011021000100000'], { parts: 15, sumGroupSize: 5 }).readings, [
      [0, 1, 1, 0, 2, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0],
    ]);
  });

  test('stops within its step budget on adversarial input', () => {
    const budget = { steps: 5000 };
    const started = performance.now();
    const result = splitDigitRuns(['1'.repeat(45)], { parts: 7, sumGroupSize: 7, budget });
    assert.ok(performance.now() - started < 500);
    assert.ok(budget.steps <= 0 ? result.isExhausted : true);
    assert.deepEqual(
      splitDigitRuns(['9'.repeat(500)], { parts: 7, sumGroupSize: 7 }).readings,
      [],
      'too long to be 7 cells',
    );
  });
});
