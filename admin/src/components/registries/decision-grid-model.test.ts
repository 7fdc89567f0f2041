import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { changedEntries, sumWanYuan, totals } from './decision-grid-model.ts';

const month = (m: number, licensing = 0, penalty = 0, coercion = 0) => ({ month: m, licensing, penalty, coercion });

describe('行政决定数量表', () => {
  test('只提交改动过的格子', () => {
    const original = [month(1, 3), month(2)];
    const edited = [month(1, 3, 1), month(2)];
    assert.deepEqual(changedEntries(2023, original, edited), [{ year: 2023, month: 1, kind: 'penalty', count: 1 }]);
  });

  test('合计按类别累加', () => {
    assert.deepEqual(totals([month(1, 2, 1), month(2, 3, 0, 4)]), { licensing: 5, penalty: 1, coercion: 4 });
  });

  test('收费金额（万元）按十进制精确相加', () => {
    assert.equal(sumWanYuan(['0.1', '0.2']), '0.3');
    assert.equal(sumWanYuan(['12.3456', '1', '0.0044']), '13.35');
    assert.equal(sumWanYuan([]), '0');
  });
});
