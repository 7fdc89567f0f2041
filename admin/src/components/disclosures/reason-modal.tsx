import { Checkbox, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { applyFieldErrors } from '../../api/form-errors.ts';

interface Props {
  title: string;
  label: string;
  okText: string;
  /** A yes/no choice shown under the reason (e.g. 保留撤回说明). */
  option?: { label: string; initial: boolean };
  isDanger?: boolean;
  onSubmit: (reason: string, option: boolean) => Promise<unknown>;
  onClose: () => void;
}

/** A command that needs a written reason: 退回, 撤回. */
export function ReasonModal({ title, label, okText, option, isDanger = false, onSubmit, onClose }: Props) {
  const [form] = Form.useForm<{ reason: string; option: boolean }>();
  const [busy, setBusy] = useState(false);
  const submit = async (values: { reason: string; option?: boolean }) => {
    setBusy(true);
    try {
      await onSubmit(values.reason.trim(), values.option ?? false);
    } catch (error) {
      applyFieldErrors(form, error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={title}
      okText={okText}
      okButtonProps={{ danger: isDanger }}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        name="reason"
        layout="vertical"
        aria-label={title}
        onFinish={submit}
        initialValues={{ option: option?.initial ?? false }}
      >
        <Form.Item
          label={label}
          name="reason"
          rules={[{ required: true, whitespace: true, message: `请填写${label}` }]}
        >
          <Input.TextArea rows={4} maxLength={500} showCount />
        </Form.Item>
        {option && (
          <Form.Item name="option" valuePropName="checked">
            <Checkbox>{option.label}</Checkbox>
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
