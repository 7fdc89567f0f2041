import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  monthlyPerApplicationFee,
  perApplicationFee,
  perApplicationUnitPrice,
  perPageFee,
  perPageUnitPrice,
} from './fees.ts';

describe('按量 per-page fee', () => {
  test('68 pages cost 380 元 (pages 31–68 at 10 元)', () => {
    const fee = perPageFee(68);
    assert.equal(fee.amount, 380);
    assert.deepEqual(
      fee.lines.map((line) => [line.from, line.to, line.unitPrice, line.subtotal]),
      [
        [1, 30, 0, 0],
        [31, 68, 10, 380],
      ],
    );
    assert.match(fee.explanation, /第 31–68 页每页 10 元，共 380 元/);
  });

  test('up to 30 pages is free', () => {
    assert.equal(perPageFee(0).amount, 0);
    assert.equal(perPageFee(30).amount, 0);
    assert.equal(perPageFee(31).amount, 10);
  });

  test('tiers are marginal: 100 pages 700, 101 pages 720, 200 pages 2,700, 201 pages 2,740', () => {
    assert.equal(perPageFee(100).amount, 70 * 10);
    assert.equal(perPageFee(101).amount, 700 + 20);
    assert.equal(perPageFee(200).amount, 700 + 100 * 20);
    assert.equal(perPageFee(201).amount, 2700 + 40);
  });

  test('refuses negative or fractional page counts', () => {
    assert.throws(() => perPageFee(-1), /页数/);
    assert.throws(() => perPageFee(2.5), /页数/);
  });
});

describe('按件 per-application fee (per applicant per calendar month)', () => {
  test('35 applications in a month cost 3,000 元: 20 × 100 + 5 × 200', () => {
    assert.equal(monthlyPerApplicationFee(35).amount, 20 * 100 + 5 * 200);
  });

  test('the first 10 are free, the 11th costs 100, the 31st 200, the 41st 300', () => {
    assert.equal(monthlyPerApplicationFee(10).amount, 0);
    assert.deepEqual([11, 30, 31, 40, 41, 50, 51].map(perApplicationUnitPrice), [100, 100, 200, 200, 300, 300, 400]);
    assert.equal(perApplicationFee(31).amount, 200);
  });

  test('a month is the sum of its cases priced one by one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), (count) => {
        let sum = 0;
        for (let n = 1; n <= count; n++) sum += perApplicationFee(n).amount;
        assert.equal(monthlyPerApplicationFee(count).amount, sum);
      }),
    );
  });

  test('prices never fall as the count grows', () => {
    for (let n = 1; n < 500; n++) {
      assert.ok(perApplicationUnitPrice(n + 1) >= perApplicationUnitPrice(n));
      assert.ok(perPageUnitPrice(n + 1) >= perPageUnitPrice(n));
    }
  });
});
