import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readApplyForm } from './apply-form.ts';
import { VALID_ID, validFields } from './apply-testing.ts';

const messages = (fields: Record<string, string>) => {
  const parsed = readApplyForm(validFields(fields));
  return parsed.ok ? {} : Object.fromEntries(parsed.errors.map((e) => [e.field, e.message]));
};

describe('reading the online application form', () => {
  test('a complete citizen application becomes the applicant and request the service expects', () => {
    const parsed = readApplyForm(
      validFields({ idNumber: ` ${VALID_ID.slice(0, 17)}6 `, documentNumbers: '扶政〔2024〕15号' }),
    );
    assert.ok(parsed.ok);
    assert.equal(parsed.isBot, false);
    assert.deepEqual(parsed.applicant, {
      type: 'naturalPerson',
      name: '李四',
      idType: 'residentId',
      idNumber: VALID_ID,
      phone: '13912345678',
      email: 'lisi@example.com',
      address: '河南省周口市扶沟县城关镇桐丘路9号',
      postalCode: '461300',
      creditCode: null,
      contactPerson: null,
    });
    assert.equal(parsed.request.documentNumbers, '扶政〔2024〕15号');
    assert.equal(parsed.request.purpose, null, 'an empty optional field is null');
    assert.deepEqual(parsed.warnings, []);
  });

  test('every missing required field is reported at once, in page order', () => {
    const parsed = readApplyForm({});
    assert.equal(parsed.ok, false);
    if (parsed.ok) return;
    assert.deepEqual(
      parsed.errors.map((e) => e.message),
      [
        '请选择申请人类型',
        '请填写申请人姓名',
        '请填写证件号码',
        '请填写联系电话',
        '请描述所需的政府信息',
        '请选择获取信息的方式',
        '请选择信息的提供方式',
        '请阅读个人信息处理说明，并勾选“我已阅读并同意”',
      ],
    );
  });

  test('a wrong check digit is a warning, a wrong length is an error', () => {
    const warned = readApplyForm(validFields({ idNumber: `${VALID_ID.slice(0, 17)}X` }));
    assert.ok(warned.ok);
    assert.match(warned.warnings.join(), /校验位不符/);
    assert.match(messages({ idNumber: '41272719900101' }).idNumber, /应为 18 位/);
    assert.equal(
      messages({ idType: 'passport', idNumber: 'E12345678' }).idNumber,
      undefined,
      'other documents are not checked as 身份证',
    );
  });

  test('phones: mobile and landline forms pass, anything else is explained', () => {
    for (const phone of ['13912345678', '+86 139 1234 5678', '0394-6231234', '(0394)6231234', '010-12345678转123'])
      assert.equal(messages({ phone }).phone, undefined, phone);
    for (const phone of ['12345', '2345678901', 'abc'])
      assert.match(messages({ phone }).phone, /联系电话格式不正确/, phone);
  });

  test('delivery by post needs an address and by e-mail an e-mail address', () => {
    assert.equal(messages({ delivery: 'post', address: '' }).address, '选择邮寄送达的，请填写通信地址');
    assert.equal(messages({ delivery: 'email', email: '' }).email, '选择电子邮件送达的，请填写电子邮箱');
    assert.equal(messages({ delivery: 'online', address: '', email: '' }).address, undefined);
  });

  test('a legal person gives a credit code (a wrong check character only warns) and a contact person', () => {
    const company = { applicantType: 'legalService', name: '河南某某律师事务所', idNumber: '', contactPerson: '王五' };
    assert.equal(messages({ ...company, creditCode: '' }).creditCode, '请填写统一社会信用代码');
    assert.equal(
      messages({ ...company, contactPerson: '', creditCode: '91350100M000100Y43' }).contactPerson,
      '请填写联系人姓名',
    );
    const ok = readApplyForm(validFields({ ...company, creditCode: '91350100m000100y43' }));
    assert.ok(ok.ok);
    assert.equal(ok.applicant.creditCode, '91350100M000100Y43');
    assert.equal(ok.applicant.idNumber, null);
    const wrongCheck = readApplyForm(validFields({ ...company, creditCode: '91350100M000100Y44' }));
    assert.ok(wrongCheck.ok, 'still accepted');
    assert.match(wrongCheck.warnings.join(), /不影响提交/);
  });

  test('over-long text is refused with the limit named', () => {
    assert.equal(messages({ description: '字'.repeat(2001) }).description, '所需信息的内容描述不能超过 2000 个字');
    assert.equal(messages({ description: '字'.repeat(2000) }).description, undefined);
  });

  test('the honeypot marks the post as a bot whatever else it contains', () => {
    assert.equal(readApplyForm(validFields({ website: 'x' })).isBot, true);
    assert.equal(readApplyForm({ website: 'x' }).isBot, true);
    assert.equal(readApplyForm(validFields()).isBot, false);
  });
});
