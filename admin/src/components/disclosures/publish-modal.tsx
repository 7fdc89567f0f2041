import { DatePicker, Form, Modal, Radio, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import { applyFieldErrors } from '../../api/form-errors.ts';
import { disclosureApi } from './disclosure-api.ts';
import type { Item } from './disclosure-types.ts';

interface Props {
  item: Item;
  /** 批准 first (the item awaits the leader), or only publish an approved one. */
  isApproval: boolean;
  onClose: () => void;
  onDone: (message: string) => void;
}

interface FormValues {
  when: 'now' | 'later';
  at?: Dayjs;
}

/** 批准并发布: the leader approves, then the item goes out now or at the chosen time. */
export function PublishModal({ item, isApproval, onClose, onDone }: Props) {
  const [form] = Form.useForm<FormValues>();
  const [busy, setBusy] = useState(false);
  const when = Form.useWatch('when', form);
  // If publishing fails after the approval went through, a retry must not approve twice.
  const isApproved = useRef(!isApproval);
  const title = isApproval ? `批准：${item.title}` : `发布：${item.title}`;

  const submit = async (values: FormValues) => {
    setBusy(true);
    try {
      if (!isApproved.current) {
        await disclosureApi.approve(item.id, item.version);
        isApproved.current = true;
      }
      if (values.when === 'later' && values.at) {
        await disclosureApi.schedule(item.id, values.at.toISOString());
        onDone(`已批准，将于 ${values.at.format('YYYY-MM-DD HH:mm')} 发布`);
      } else {
        const published = await disclosureApi.publish(item.id);
        onDone(`已发布，索引号 ${published.indexNo ?? ''}`);
      }
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
      okText={isApproval ? '批准' : '发布'}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {isApproval && (
        <Typography.Paragraph>
          审核人：{item.workflow.reviewedBy?.name ?? '—'}；审查结论：{item.workflow.reviewConclusion ?? '—'}
        </Typography.Paragraph>
      )}
      <Form<FormValues>
        form={form}
        name="publish"
        layout="vertical"
        aria-label={title}
        onFinish={submit}
        initialValues={{ when: 'now' }}
      >
        <Form.Item label="发布时间" name="when">
          <Radio.Group
            options={[
              { value: 'now', label: '立即发布' },
              { value: 'later', label: '定时发布' },
            ]}
          />
        </Form.Item>
        {when === 'later' && (
          <Form.Item label="定时发布时间" name="at" rules={[{ required: true, message: '请选择发布时间' }]}>
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              disabledDate={(d) => d.isBefore(dayjs(), 'day')}
              style={{ width: '100%' }}
            />
          </Form.Item>
        )}
        <Typography.Text type="secondary">发布时生成索引号，并在门户网站、栏目订阅和站内搜索中出现。</Typography.Text>
      </Form>
    </Modal>
  );
}
