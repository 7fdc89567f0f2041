import { Col, Form, Input, Radio, Row } from 'antd';
import { DELIVERY_METHOD_LABELS, FORM_WANTED_LABELS, optionsOf } from './labels.ts';

const FORM_OPTIONS = optionsOf(FORM_WANTED_LABELS);
const DELIVERY_OPTIONS = optionsOf(DELIVERY_METHOD_LABELS);

/** 所需信息: description, document numbers, purpose, the form wanted and how to deliver it. */
export function RequestFields() {
  return (
    <Row gutter={16}>
      <Col xs={24}>
        <Form.Item
          label="所需政府信息的名称或描述"
          name={['request', 'description']}
          rules={[
            { required: true, whitespace: true, message: '请填写所需政府信息的名称、文号或者便于查询的其他特征性描述' },
          ]}
          extra="名称、文号或者便于查询的其他特征性描述（条例第二十九条）"
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item label="文号" name={['request', 'documentNumbers']}>
          <Input maxLength={200} placeholder="如：扶政〔2025〕12号" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item label="用途（选填）" name={['request', 'purpose']}>
          <Input maxLength={500} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          label="获取信息的方式"
          name={['request', 'formWanted']}
          rules={[{ required: true, message: '请选择获取信息的方式' }]}
        >
          <Radio.Group options={FORM_OPTIONS} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          label="送达方式"
          name={['request', 'delivery']}
          rules={[{ required: true, message: '请选择送达方式' }]}
        >
          <Radio.Group options={DELIVERY_OPTIONS} />
        </Form.Item>
      </Col>
    </Row>
  );
}
