import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { composeReplyPreview } from './letter-preview.ts';
import type { CaseDetail, ReplyLetter } from './types.ts';

const letter: ReplyLetter = {
  caseNumber: '扶工信依申〔2026〕1号',
  letterDate: '2026-11-27',
  isDraft: true,
  org: {
    name: '扶沟县工业和信息化局',
    disclosureOffice: '扶沟县工业和信息化局办公室',
    address: '扶沟县城关镇健康路36号',
    postalCode: '461300',
    phone: '0394-6213101',
    email: null,
  },
  applicant: {
    name: '李四',
    contactPerson: null,
    address: '扶沟县城关镇',
    postalCode: null,
    email: 'lisi@example.com',
  },
  receivedOn: '2026-11-20',
  description: '2025年度工业企业安全生产检查记录',
  documentNumbers: null,
  decision: {
    outcome: 'partiallyGranted',
    outcomeLabel: '部分公开',
    rowLabel: '（二）部分公开',
    legalBasis: '《中华人民共和国政府信息公开条例》第三十七条',
    reasons: '检查记录中联系人电话涉及个人隐私',
    withheld: [{ item: '企业联系人电话', reason: '涉及个人隐私' }],
  },
  legalBasis: '《中华人民共和国政府信息公开条例》第三十七条',
  howToObtain: null,
  formWanted: '电子文件',
  delivery: '电子邮件',
  fee: null,
  remedies: {
    reconsiderationDays: 60,
    litigationMonths: 6,
    reconsiderationBody: '扶沟县人民政府',
    text: '如对本答复不服，可以自收到本答复之日起六十日内向扶沟县人民政府申请行政复议，或者自收到本答复之日起六个月内依法向人民法院提起行政诉讼。',
  },
  repliedOn: null,
  trackingNumber: null,
};

const detail = {
  applicant: { type: 'naturalPerson' },
  request: { formWanted: 'electronic', delivery: 'email' },
} as unknown as CaseDetail;

describe('答复书预览', () => {
  test('部分公开的答复书写明不予公开的部分、理由和救济途径', () => {
    const preview = composeReplyPreview(letter, detail);
    assert.ok(typeof preview !== 'string', String(preview));
    assert.equal(preview.addressee, '李四：');
    assert.equal(preview.documentNumber, '扶工信依申〔2026〕1号');
    const text = preview.paragraphs.join('\n');
    assert.match(text, /企业联系人电话/);
    assert.match(text, /六十日内向扶沟县人民政府申请行政复议/);
    assert.match(text, /电子邮件/);
  });

  test('未知的处理结果不生成预览，给出说明', () => {
    const preview = composeReplyPreview({ ...letter, decision: { ...letter.decision, outcome: 'unknown' } }, detail);
    assert.equal(typeof preview, 'string');
  });
});
