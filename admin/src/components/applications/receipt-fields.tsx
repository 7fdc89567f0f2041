import { Alert, Col, DatePicker, Form, Radio, Row } from 'antd';
import type { Channel } from '../../../../src/features/applications/rules/receipt.ts';
import { CHANNEL_LABELS, optionsOf } from './labels.ts';
import { receiptRuleOf } from './register-payload.ts';

const CHANNEL_OPTIONS = optionsOf(CHANNEL_LABELS as Record<Channel, string>);

/** 申请渠道 and the one date the receipt follows for it, with the rule of Art. 31 spelled out. */
export function ReceiptFields() {
  const channel = Form.useWatch<Channel | undefined>('channel') ?? 'inPerson';
  const { label, rule } = receiptRuleOf(channel);
  return (
    <Row gutter={16}>
      <Col xs={24}>
        <Form.Item label="申请渠道" name="channel" rules={[{ required: true, message: '请选择申请渠道' }]}>
          <Radio.Group options={CHANNEL_OPTIONS} optionType="button" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          label={label}
          name="receiptOn"
          rules={[{ required: true, message: `请填写${label}` }]}
          extra="收到申请之日，答复期限从次日起算"
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={16}>
        <Alert type="info" showIcon message="收到申请之日怎样确定" description={rule} role="note" />
      </Col>
    </Row>
  );
}
