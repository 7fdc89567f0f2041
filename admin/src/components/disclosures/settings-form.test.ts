import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DisclosureSettings } from './disclosure-types.ts';
import { settingsPatch, toFormValues } from './settings-form.ts';

const loaded: DisclosureSettings = {
  indexNoPattern: '{org}/{category}/{year}-{seq:4}',
  withdrawalNotice: true,
  extraSensitiveWords: [{ word: '内部资料', suggestion: '不得公开' }],
  disabledSensitiveWords: ['测试', '某某'],
};

describe('公开设置的保存内容', () => {
  test('没有修改时不提交任何项，继承自上级的设置保持继承', () => {
    assert.deepEqual(settingsPatch(loaded, toFormValues(loaded)), {});
    // Re-ordering the disabled words is not a change.
    assert.deepEqual(settingsPatch(loaded, { ...toFormValues(loaded), disabledSensitiveWords: ['某某', '测试'] }), {});
  });

  test('只提交修改过的项，索引号格式和敏感词去掉首尾空格，空的修改建议不提交', () => {
    const values = toFormValues(loaded);
    values.indexNoPattern = ' {credit}-{year}-{seq:5} ';
    values.extraSensitiveWords = [...values.extraSensitiveWords, { word: ' 绝密 ', suggestion: '  ' }];
    assert.deepEqual(settingsPatch(loaded, values), {
      indexNoPattern: '{credit}-{year}-{seq:5}',
      extraSensitiveWords: [{ word: '内部资料', suggestion: '不得公开' }, { word: '绝密' }],
    });
  });

  test('关闭撤回公告、清空停用词都会提交', () => {
    const values = { ...toFormValues(loaded), withdrawalNotice: false, disabledSensitiveWords: [] };
    assert.deepEqual(settingsPatch(loaded, values), { withdrawalNotice: false, disabledSensitiveWords: [] });
  });

  test('空白的敏感词行原位提交，服务器的错误能对应到这一行', () => {
    const values = {
      ...toFormValues(loaded),
      extraSensitiveWords: [{ word: '' }, { word: '内部资料', suggestion: '不得公开' }],
    };
    assert.deepEqual(settingsPatch(loaded, values).extraSensitiveWords, [
      { word: '' },
      { word: '内部资料', suggestion: '不得公开' },
    ]);
  });
});
