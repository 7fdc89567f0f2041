import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lifeCyclePatch } from './life-cycle.ts';

describe('规范性文件的变动记录', () => {
  test('修订日期按时间排序追加，同一天不重复', () => {
    assert.deepEqual(lifeCyclePatch({ revisedOn: ['2023-06-01'] }, 'revised', '2022-01-05'), {
      revisedOn: ['2022-01-05', '2023-06-01'],
    });
    assert.deepEqual(lifeCyclePatch({ revisedOn: ['2023-06-01'] }, 'revised', '2023-06-01'), {
      revisedOn: ['2023-06-01'],
    });
  });

  test('废止与失效只记其一：记废止时清除失效日期', () => {
    assert.deepEqual(lifeCyclePatch({ revisedOn: [] }, 'abolished', '2024-03-01'), {
      abolishedOn: '2024-03-01',
      expiredOn: null,
    });
    assert.deepEqual(lifeCyclePatch({ revisedOn: [] }, 'expired', '2024-03-01'), {
      expiredOn: '2024-03-01',
      abolishedOn: null,
    });
  });
});
