import { Form, Input } from 'antd';

/** A free-text reason; required unless said otherwise. */
export function ReasonField({ label, isRequired = true }: { label: string; isRequired?: boolean }) {
  return (
    <Form.Item
      label={label}
      name="reason"
      rules={isRequired ? [{ required: true, whitespace: true, message: `请填写${label}` }] : []}
    >
      <Input.TextArea rows={3} maxLength={500} showCount />
    </Form.Item>
  );
}
