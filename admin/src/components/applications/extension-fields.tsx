import { Alert, Form, Input, InputNumber } from 'antd';
import type { CaseDetail } from './types.ts';

/**
 * 申请延期 / 批准延期: at most 20 working days, once (Art. 33). A 负责人 approving a pending
 * request may leave the fields as they are.
 */
export function ExtensionFields({ pending }: { pending: CaseDetail['extensionRequest'] }) {
  return (
    <>
      {pending && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={`${pending.requestedBy.name} 于 ${pending.requestedOn} 申请延期 ${pending.workingDays} 个工作日`}
          description={`理由：${pending.reason}`}
        />
      )}
      <Form.Item
        label="延长的工作日数"
        name="workingDays"
        rules={[{ required: !pending, message: '请填写延长的工作日数' }]}
        extra="最长 20 个工作日，只能延长一次"
      >
        <InputNumber min={1} max={20} precision={0} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item
        label="延期理由"
        name="reason"
        rules={[{ required: !pending, whitespace: true, message: '请填写延期理由' }]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
    </>
  );
}
