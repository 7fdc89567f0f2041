import { Col, Divider, Form, Input, Row, Select } from 'antd';
import { ORG_KIND_LABELS, type OrgKind } from '../api/types.ts';

const KIND_OPTIONS = (Object.keys(ORG_KIND_LABELS) as OrgKind[]).map((kind) => ({
  value: kind,
  label: ORG_KIND_LABELS[kind],
}));
// Format only; the check character (GB 32100) is verified by the server, which names the field.
const CREDIT_CODE_FORMAT = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/** The inputs of one org (basic facts and the disclosure office's contacts), for create and edit forms. */
export function OrgFormFields({ isKindLocked = false }: { isKindLocked?: boolean }) {
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item label="机构类型" name="kind" rules={[{ required: true, message: '请选择机构类型' }]}>
            <Select options={KIND_OPTIONS} disabled={isKindLocked} />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item
            label="机构名称"
            name="name"
            rules={[{ required: true, whitespace: true, message: '请填写机构名称' }]}
          >
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label="简称" name="shortName">
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            label="机构代码（网址用）"
            name="code"
            tooltip="小写字母、数字和连字符，用于门户网址 /o/代码/"
            rules={[
              { required: true, message: '请填写机构代码' },
              {
                pattern: /^[a-z0-9][a-z0-9-]{0,62}$/,
                message: '只能由小写字母、数字和连字符组成，以字母或数字开头，最长 63 位',
              },
            ]}
          >
            <Input maxLength={60} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            label="统一社会信用代码"
            name="creditCode"
            normalize={(value: string) => value?.toUpperCase().trim()}
            rules={[{ pattern: CREDIT_CODE_FORMAT, message: '统一社会信用代码应为 18 位数字或大写字母' }]}
          >
            <Input maxLength={18} />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start" plain>
        政府信息公开工作机构
      </Divider>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item label="工作机构名称" name="disclosureOffice">
            <Input maxLength={100} placeholder="如：扶沟县人民政府办公室" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="联系电话" name="contactPhone">
            <Input maxLength={40} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="电子邮箱" name="contactEmail" rules={[{ type: 'email', message: '电子邮箱格式不正确' }]}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="传真" name="fax">
            <Input maxLength={40} />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item label="办公地址" name="address">
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            label="邮政编码"
            name="postalCode"
            rules={[{ pattern: /^\d{6}$/, message: '邮政编码应为 6 位数字' }]}
          >
            <Input maxLength={6} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item label="办公时间" name="officeHours">
            <Input.TextArea
              rows={2}
              maxLength={300}
              placeholder="如：工作日上午 8:00—12:00，下午 15:00—18:00（法定节假日除外）"
            />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
