import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { commandBody } from './command-body.ts';

describe('办理操作提交的内容', () => {
  test('补正通知只提交填写了的补正事项', () => {
    const body = commandBody('requestCorrection', {
      on: '2025-09-29',
      items: ['  请写明所需文件的文号 ', '', undefined, '请提供身份证明'],
    });
    assert.deepEqual(body, { on: '2025-09-29', items: ['请写明所需文件的文号', '请提供身份证明'] });
  });

  test('部分公开提交不予公开的内容及理由；其他决定不提交', () => {
    const values = {
      on: '2025-10-20',
      outcome: 'partiallyGranted',
      legalBasis: '条例第三十七条',
      reasons: ' 部分内容涉及个人隐私 ',
      withheld: [{ item: '联系人电话', reason: '个人隐私（第十五条）' }, { item: '  ', reason: '无' }, undefined],
    };
    assert.deepEqual(commandBody('submitDecision', values), {
      on: '2025-10-20',
      outcome: 'partiallyGranted',
      legalBasis: '条例第三十七条',
      reasons: '部分内容涉及个人隐私',
      withheld: [{ item: '联系人电话', reason: '个人隐私（第十五条）' }],
    });
    assert.equal(commandBody('submitDecision', { ...values, outcome: 'granted' }).withheld, undefined);
  });

  test('按件收费不提交页数，按量收费提交页数', () => {
    assert.deepEqual(commandBody('notifyFee', { basis: 'perApplication', pages: 68 }), { basis: 'perApplication' });
    assert.deepEqual(commandBody('notifyFee', { basis: 'perPage', pages: 68 }), { basis: 'perPage', pages: 68 });
  });

  test('送达记录方式、日期和邮件单号；申请延期不带日期（以今天为准）', () => {
    assert.deepEqual(commandBody('reply', { on: '2025-10-21', method: 'post', trackingNumber: ' EMS1234 ' }), {
      on: '2025-10-21',
      method: 'post',
      trackingNumber: 'EMS1234',
    });
    assert.deepEqual(commandBody('requestExtension', { on: '2025-09-28', workingDays: 20, reason: '国庆' }), {
      workingDays: 20,
      reason: '国庆',
    });
  });
});
