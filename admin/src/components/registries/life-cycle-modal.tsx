import { DatePicker, Form, Modal, Radio, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { applyFieldErrors } from '../../api/form-errors.ts';
import { EVENTS, type LifeCycleEvent as Event, lifeCyclePatch } from './life-cycle.ts';
import { registryApi } from './registry-api.ts';
import type { NormativeDocument } from './registry-types.ts';

/** 记录修订、废止或失效: the year's counts in table 二 follow from these dates. */
export function LifeCycleModal({
  doc,
  onClose,
  onSaved,
}: {
  doc: NormativeDocument;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<{ event: Event; date: Dayjs }>();
  const [busy, setBusy] = useState(false);
  const title = `记录变动：${doc.title}`;
  const save = async (values: { event: Event; date: Dayjs }) => {
    setBusy(true);
    try {
      await registryApi.updateNormative(doc.id, lifeCyclePatch(doc, values.event, values.date.format('YYYY-MM-DD')));
      onSaved();
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
      okText="保存"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        制发于 {doc.issuedOn}
        {doc.revisedOn.length > 0 && `，修订于 ${doc.revisedOn.join('、')}`}
      </Typography.Paragraph>
      <Form
        form={form}
        name="life-cycle"
        layout="vertical"
        aria-label={title}
        onFinish={save}
        initialValues={{ event: 'revised' }}
      >
        <Form.Item label="变动" name="event">
          <Radio.Group options={EVENTS} />
        </Form.Item>
        <Form.Item label="日期" name="date" rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
