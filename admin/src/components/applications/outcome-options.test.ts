import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { defaultLegalBasis, outcomeOptionGroups } from './outcome-options.ts';

describe('处理决定的结果选项', () => {
  test('21 种结果按表三的六组排列', () => {
    const groups = outcomeOptionGroups();
    assert.deepEqual(
      groups.map((group) => [group.label, group.options.length]),
      [
        ['（一）予以公开', 1],
        ['（二）部分公开', 1],
        ['（三）不予公开', 8],
        ['（四）无法提供', 3],
        ['（五）不予处理', 5],
        ['（六）其他处理', 3],
      ],
    );
    assert.equal(groups[2].options[0].label, '（三）不予公开 1.属于国家秘密');
  });

  test('逾期未补正和逾期未缴费不能作为处理决定选择', () => {
    const disabled = outcomeOptionGroups()
      .flatMap((group) => group.options)
      .filter((option) => option.disabled)
      .map((option) => option.value);
    assert.deepEqual(disabled, ['otherHandling.noCorrection', 'otherHandling.feeUnpaid']);
  });

  test('选择结果后自动填入条例条款', () => {
    assert.equal(
      defaultLegalBasis('partiallyGranted'),
      '《中华人民共和国政府信息公开条例》第三十七条、第三十六条第（三）项',
    );
    assert.match(defaultLegalBasis('withheld.stateSecret'), /第十四条/);
    assert.equal(defaultLegalBasis(undefined), '');
  });
});
