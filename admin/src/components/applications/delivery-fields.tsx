import { Form, Input, Select } from 'antd';
import { DELIVERY_METHOD_LABELS, optionsOf } from './labels.ts';

/** 送达: how the reply went out and the tracking number of a posted letter. */
export function DeliveryFields() {
  const method = Form.useWatch<string | undefined>('method');
  return (
    <>
      <Form.Item label="送达方式" name="method" rules={[{ required: true, message: '请选择送达方式' }]}>
        <Select options={optionsOf(DELIVERY_METHOD_LABELS)} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item
        label="邮件单号"
        name="trackingNumber"
        extra={method === 'post' ? '邮寄送达的，请填写挂号信或 EMS 单号' : undefined}
      >
        <Input maxLength={50} style={{ width: 260 }} />
      </Form.Item>
    </>
  );
}
