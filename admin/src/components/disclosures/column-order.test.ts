import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { moveColumn } from './column-order.ts';

const apply = (list: { id: number; sort: number }[], patch: { id: number; sort: number }[]) =>
  list
    .map((s) => patch.find((p) => p.id === s.id) ?? s)
    .sort((a, b) => a.sort - b.sort || a.id - b.id)
    .map((s) => s.id);

describe('栏目排序', () => {
  test('上移与前一个栏目交换位置，只保存变了的排序值', () => {
    const list = [
      { id: 1, sort: 10 },
      { id: 2, sort: 20 },
      { id: 3, sort: 30 },
    ];
    const patch = moveColumn(list, 3, -1);
    assert.deepEqual(apply(list, patch), [1, 3, 2]);
    assert.equal(patch.length, 2);
  });

  test('排序值相同的栏目也能移动', () => {
    const list = [
      { id: 5, sort: 0 },
      { id: 6, sort: 0 },
      { id: 7, sort: 0 },
    ];
    assert.deepEqual(apply(list, moveColumn(list, 5, 1)), [6, 5, 7]);
  });

  test('第一个不能再上移，最后一个不能再下移', () => {
    const list = [
      { id: 1, sort: 10 },
      { id: 2, sort: 20 },
    ];
    assert.deepEqual(moveColumn(list, 1, -1), []);
    assert.deepEqual(moveColumn(list, 2, 1), []);
  });
});
