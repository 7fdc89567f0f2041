import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import dayjs from 'dayjs';
import { toItemFields } from './item-form.ts';

describe('信息编辑表单与接口字段的转换', () => {
  test('日期按 YYYY-MM-DD 提交，空白的文号和主题分类提交为空', () => {
    const fields = toItemFields({
      title: ' 县工信局召开会议 ',
      columnIds: [3],
      bodyHtml: '<p>正文</p>',
      formedOn: dayjs('2023-04-03'),
      docNo: '  ',
      topic: '',
      docType: 'news',
    });
    assert.equal(fields.title, '县工信局召开会议');
    assert.equal(fields.formedOn, '2023-04-03');
    assert.equal(fields.docNo, null);
    assert.equal(fields.topic, null);
    assert.equal(fields.validity, null, '非规范性文件没有有效性');
  });

  test('规范性文件默认有效；有效的文件不提交失效日期', () => {
    const fields = toItemFields({
      title: '办法',
      columnIds: [1],
      bodyHtml: '',
      docType: 'normative',
      invalidOn: dayjs('2030-01-01'),
      effectiveOn: dayjs('2024-01-01'),
    });
    assert.equal(fields.validity, 'valid');
    assert.equal(fields.invalidOn, null);
    assert.equal(fields.effectiveOn, '2024-01-01');
  });

  test('只有政策解读提交所解读的文件', () => {
    assert.equal(
      toItemFields({ title: 'a', columnIds: [1], bodyHtml: '', docType: 'news', interpretsItemId: 9 }).interpretsItemId,
      null,
    );
    assert.equal(
      toItemFields({ title: 'a', columnIds: [1], bodyHtml: '', docType: 'interpretation', interpretsItemId: 9 })
        .interpretsItemId,
      9,
    );
  });
});
