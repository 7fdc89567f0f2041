import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { receiptRuleOf, toFormField, toRegisterBody } from './register-payload.ts';

describe('登记申请表单提交的内容', () => {
  test('收到日期按渠道填入条例第三十一条所说的那一天', () => {
    assert.equal(receiptRuleOf('inPerson').field, 'submittedOn');
    assert.equal(receiptRuleOf('oral').field, 'submittedOn');
    assert.equal(receiptRuleOf('registeredPost').field, 'signedOn');
    for (const channel of ['online', 'ordinaryLetter', 'fax', 'email'] as const)
      assert.equal(receiptRuleOf(channel).field, 'confirmedOn', channel);
    assert.match(receiptRuleOf('registeredPost').rule, /签收之日/);
    assert.equal(receiptRuleOf('oral').label, '提出日期');
  });

  test('邮寄的申请把签收日期作为 signedOn 提交，空白的选填项不提交', () => {
    const body = toRegisterBody({
      orgId: 2,
      channel: 'registeredPost',
      receiptOn: '2025-09-26',
      applicant: {
        type: 'naturalPerson',
        name: ' 李四 ',
        idType: 'residentId',
        idNumber: '41272719900101123x',
        phone: '13812345678',
        email: '  ',
      },
      request: { description: '安全生产检查记录', documentNumbers: '', formWanted: 'paper', delivery: 'post' },
    });
    assert.deepEqual(body, {
      orgId: 2,
      channel: 'registeredPost',
      signedOn: '2025-09-26',
      applicant: {
        type: 'naturalPerson',
        name: '李四',
        idType: 'residentId',
        idNumber: '41272719900101123X',
        phone: '13812345678',
      },
      request: { description: '安全生产检查记录', formWanted: 'paper', delivery: 'post' },
    });
  });

  test('法人提交统一社会信用代码和联系人，不提交个人证件', () => {
    const body = toRegisterBody({
      channel: 'online',
      receiptOn: '2025-10-09',
      applicant: {
        type: 'business',
        name: '扶沟县某某机械有限公司',
        idType: 'residentId',
        idNumber: '412727199001011234',
        phone: '0394-6211001',
        creditCode: '91411621ma0000000x',
        contactPerson: '王五',
      },
      request: { description: '企业技改补贴名单', formWanted: 'electronic', delivery: 'email' },
    });
    assert.equal(body.confirmedOn, '2025-10-09');
    assert.deepEqual(body.applicant, {
      type: 'business',
      name: '扶沟县某某机械有限公司',
      phone: '0394-6211001',
      creditCode: '91411621MA0000000X',
      contactPerson: '王五',
    });
  });

  test('服务器对收到日期的提示显示在表单唯一的日期输入框下', () => {
    assert.equal(toFormField('signedOn'), 'receiptOn');
    assert.equal(toFormField('applicant.email'), 'applicant.email');
  });
});
