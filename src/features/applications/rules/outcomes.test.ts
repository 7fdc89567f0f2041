import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { resultRows, TABLE3_ROWS_2021 } from '../../annual-reports/report.ts';
import { CLOSING_OUTCOMES, citeBasis, isOutcomeKey, OUTCOME_KEYS, OUTCOME_TYPES, outcomeType } from './outcomes.ts';

describe('the 21 decision types', () => {
  test('one type per result row of table 三, in printed order, keyed by the schema path', () => {
    assert.equal(OUTCOME_TYPES.length, 21);
    assert.deepEqual(
      OUTCOME_TYPES.map((entry) => entry.key),
      [...resultRows('2021')],
    );
    for (const key of OUTCOME_KEYS) assert.ok(TABLE3_ROWS_2021.includes(key), key);
  });

  test('every type has a Chinese row label and label, and all but “其他” a legal basis', () => {
    for (const entry of OUTCOME_TYPES) {
      assert.match(entry.rowLabel, /^（[一二三四五六]）/);
      assert.match(entry.label, /[\u4e00-\u9fff]/);
      if (entry.key !== 'otherHandling.other') assert.ok(entry.basis.length > 0, entry.key);
    }
  });

  test('the usual bases: 国家秘密 Art. 14, 过程性信息 Art. 16(2), 另行制作 Art. 38, 大量反复 Art. 35, 信访 Art. 39', () => {
    assert.ok(outcomeType('withheld.stateSecret').basis.includes('第十四条'));
    assert.ok(outcomeType('withheld.processInformation').basis.includes('第十六条第二款'));
    assert.deepEqual(outcomeType('unableToProvide.needsCreation').basis, ['第三十八条']);
    assert.deepEqual(outcomeType('notProcessed.excessive').basis, ['第三十五条']);
    assert.deepEqual(outcomeType('notProcessed.petition').basis, ['第三十九条第一款']);
    assert.ok(outcomeType('partiallyGranted').basis.includes('第三十七条'));
  });

  test('the basis reads as a citation for reply letters', () => {
    assert.equal(citeBasis('withheld.stateSecret'), '《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项');
    assert.equal(
      citeBasis('otherHandling.feeUnpaid'),
      '《中华人民共和国政府信息公开条例》第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）',
    );
  });

  test('lapses and withdrawals land in （六）1, 2 and 3', () => {
    assert.deepEqual(CLOSING_OUTCOMES, {
      correctionLapsed: 'otherHandling.noCorrection',
      feeLapsed: 'otherHandling.feeUnpaid',
      withdrawn: 'otherHandling.other',
    });
    assert.equal(isOutcomeKey('withheld.stateSecret'), true);
    assert.equal(isOutcomeKey('withheld'), false);
    assert.throws(() => outcomeType('nope' as 'granted'), /未知的办理结果类型/);
  });
});
