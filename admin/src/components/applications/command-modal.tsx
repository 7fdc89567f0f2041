import { App, DatePicker, Form, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type ReactNode, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { applyFieldErrors } from '../../api/form-errors.ts';
import type { ActionKey, CaseAction } from './command-actions.ts';
import { type CommandValues, commandBody } from './command-body.ts';
import { ConsultationFields } from './consultation-fields.tsx';
import { CorrectionFields } from './correction-fields.tsx';
import { DecisionFields } from './decision-fields.tsx';
import { DeliveryFields } from './delivery-fields.tsx';
import { ExtensionFields } from './extension-fields.tsx';
import { FeeFields } from './fee-fields.tsx';
import { OfficerFields } from './officer-fields.tsx';
import { ReasonField } from './reason-field.tsx';
import type { CaseDetail } from './types.ts';

interface Props {
  action: CaseAction;
  detail: CaseDetail;
  run: (path: string, body: Record<string, unknown>) => Promise<CaseDetail>;
  onClose: () => void;
}

const DATE_LABELS: Partial<Record<ActionKey, string>> = {
  claim: '签收日期',
  receiveCorrection: '收到补正之日',
  endConsultation: '收到意见之日',
  notifyFee: '申请人收到收费通知之日',
  recordPayment: '缴费日期',
  withdraw: '撤回日期',
  reply: '送达日期',
};

function fieldsFor(action: CaseAction, detail: CaseDetail): ReactNode {
  switch (action.key) {
    case 'assign':
    case 'reassign':
      return <OfficerFields orgId={detail.orgId} needsReason={action.key === 'reassign'} />;
    case 'sendBack':
      return <ReasonField label="退回理由" />;
    case 'returnDecision':
      return <ReasonField label="退回理由" />;
    case 'reopen':
      return <ReasonField label="重新打开的理由" />;
    case 'withdraw':
      return <ReasonField label="说明（选填）" isRequired={false} />;
    case 'requestCorrection':
      return <CorrectionFields />;
    case 'startConsultation':
      return <ConsultationFields />;
    case 'requestExtension':
      return <ExtensionFields pending={null} />;
    case 'approveExtension':
      return <ExtensionFields pending={detail.extensionRequest} />;
    case 'notifyFee':
      return <FeeFields caseId={detail.id} />;
    case 'submitDecision':
      return <DecisionFields />;
    case 'reply':
      return <DeliveryFields />;
    default:
      return (
        <Typography.Paragraph>
          确定对 {detail.caseNumber} 执行“{action.label}”？
        </Typography.Paragraph>
      );
  }
}

/** Dayjs values (dates picked in the dialog) → YYYY-MM-DD. */
function withIsoDates(values: Record<string, unknown>): CommandValues {
  const entries = Object.entries(values).map(([key, value]) => [
    key,
    dayjs.isDayjs(value) ? (value as Dayjs).format('YYYY-MM-DD') : value,
  ]);
  return Object.fromEntries(entries) as CommandValues;
}

/** One workflow step as a dialog: its fields, the day it happened, and the server's answer. */
export function CommandModal({ action, detail, run, onClose }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, unknown>>();
  const [busy, setBusy] = useState(false);
  const initialValues = {
    on: dayjs(),
    items: [''],
    party: 'thirdParty',
    method: detail.request.delivery,
    workingDays: action.key === 'requestExtension' ? 20 : undefined,
    basis: 'perPage',
  };

  const submit = async (values: Record<string, unknown>) => {
    setBusy(true);
    try {
      await run(action.path, commandBody(action.key, withIsoDates(values)));
      message.success(`已${action.label}`);
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') onClose();
      else applyFieldErrors(form, error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={`${action.label}：${detail.caseNumber}`}
      okText={action.label}
      okButtonProps={{ danger: action.isDanger }}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={action.key === 'submitDecision' ? 760 : 560}
      destroyOnHidden
    >
      <Form
        form={form}
        name={`command-${action.key}`}
        layout="vertical"
        initialValues={initialValues}
        onFinish={submit}
      >
        {fieldsFor(action, detail)}
        {action.hasDate && (
          <Form.Item
            label={DATE_LABELS[action.key] ?? '办理日期'}
            name="on"
            rules={[{ required: true, message: '请选择日期' }]}
            extra="默认今天；补登以前发生的事项时选择实际日期"
          >
            <DatePicker style={{ width: 200 }} disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
