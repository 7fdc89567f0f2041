import { Col, Form, type FormRule, Input, Radio, Row, Select } from 'antd';
import { checkIdCardNumber } from '../../../../src/features/applications/rules/id-card.ts';
import { checkCreditCode } from '../../../../src/features/orgs/credit-code.ts';
import { APPLICANT_TYPE_OPTIONS, ID_TYPE_LABELS, isLegalPerson, optionsOf } from './labels.ts';

const ID_TYPE_OPTIONS = optionsOf(ID_TYPE_LABELS);

/** A wrong check digit is shown as a warning under the field; registration still goes ahead. */
const idNumberWarning = (getIdType: () => string | undefined): FormRule => ({
  warningOnly: true,
  validator: async (_rule, value?: string) => {
    if (!value?.trim() || getIdType() !== 'residentId') return;
    const check = checkIdCardNumber(value);
    if (!check.isValid) throw new Error(check.warning ?? '身份证号码有误，请核对');
  },
});

const creditCodeWarning: FormRule = {
  warningOnly: true,
  validator: async (_rule, value?: string) => {
    if (!value?.trim()) return;
    const check = checkCreditCode(value);
    if (!check.isValid) throw new Error(`${check.message ?? '统一社会信用代码有误'}（不影响登记）`);
  },
};

/** 申请人: type (the columns of table 三), name, ID or credit code, contact. */
export function ApplicantFields() {
  const form = Form.useFormInstance();
  const type = Form.useWatch<string | undefined>(['applicant', 'type']);
  const delivery = Form.useWatch<string | undefined>(['request', 'delivery']);
  const isLegal = isLegalPerson(type);
  return (
    <Row gutter={16}>
      <Col xs={24}>
        <Form.Item
          label="申请人类型"
          name={['applicant', 'type']}
          rules={[{ required: true, message: '请选择申请人类型' }]}
        >
          <Radio.Group options={APPLICANT_TYPE_OPTIONS} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          label={isLegal ? '名称' : '姓名'}
          name={['applicant', 'name']}
          rules={[
            { required: true, whitespace: true, message: isLegal ? '请填写法人或其他组织的名称' : '请填写申请人姓名' },
          ]}
        >
          <Input maxLength={100} />
        </Form.Item>
      </Col>
      {isLegal ? (
        <>
          <Col xs={24} md={12}>
            <Form.Item label="统一社会信用代码" name={['applicant', 'creditCode']} rules={[creditCodeWarning]}>
              <Input maxLength={18} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label="联系人"
              name={['applicant', 'contactPerson']}
              rules={[{ required: true, whitespace: true, message: '请填写联系人' }]}
            >
              <Input maxLength={50} />
            </Form.Item>
          </Col>
        </>
      ) : (
        <>
          <Col xs={24} md={12}>
            <Form.Item label="证件类型" name={['applicant', 'idType']}>
              <Select options={ID_TYPE_OPTIONS} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label="证件号码"
              name={['applicant', 'idNumber']}
              dependencies={[['applicant', 'idType']]}
              rules={[idNumberWarning(() => form.getFieldValue(['applicant', 'idType']))]}
            >
              <Input maxLength={40} autoComplete="off" />
            </Form.Item>
          </Col>
        </>
      )}
      <Col xs={24} md={12}>
        <Form.Item
          label="联系电话"
          name={['applicant', 'phone']}
          rules={[{ required: true, whitespace: true, message: '请填写联系电话' }]}
        >
          <Input maxLength={30} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          label="电子邮箱"
          name={['applicant', 'email']}
          dependencies={[['request', 'delivery']]}
          rules={[
            { type: 'email', message: '电子邮箱格式不正确' },
            { required: delivery === 'email', message: '选择电子邮件送达的，请填写电子邮箱' },
          ]}
        >
          <Input maxLength={100} />
        </Form.Item>
      </Col>
      <Col xs={24} md={16}>
        <Form.Item
          label="通信地址"
          name={['applicant', 'address']}
          dependencies={[['request', 'delivery']]}
          rules={[{ required: delivery === 'post', whitespace: true, message: '选择邮寄送达的，请填写通信地址' }]}
        >
          <Input maxLength={200} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          label="邮政编码"
          name={['applicant', 'postalCode']}
          rules={[{ pattern: /^\d{6}$/, message: '邮政编码应为 6 位数字' }]}
        >
          <Input maxLength={6} />
        </Form.Item>
      </Col>
    </Row>
  );
}
