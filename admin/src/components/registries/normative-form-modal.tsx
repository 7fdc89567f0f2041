import { DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { applyFieldErrors } from '../../api/form-errors.ts';
import { options } from '../disclosures/disclosure-labels.ts';
import { docNoProblem } from '../disclosures/doc-no.ts';
import { registryApi } from './registry-api.ts';
import { NORMATIVE_KIND_LABELS, type NormativeDocument, type NormativeKind } from './registry-types.ts';

interface FormValues {
  title: string;
  docNo?: string;
  kind: NormativeKind;
  issuedOn: Dayjs;
}

interface Props {
  orgId: number;
  doc?: NormativeDocument;
  onClose: () => void;
  onSaved: () => void;
}

/** 登记规范性文件 (制发) or correct its record. */
export function NormativeFormModal({ orgId, doc, onClose, onSaved }: Props) {
  const [form] = Form.useForm<FormValues>();
  const [busy, setBusy] = useState(false);
  const title = doc ? `编辑：${doc.title}` : '登记规范性文件';
  const save = async (values: FormValues) => {
    setBusy(true);
    const input = {
      title: values.title.trim(),
      docNo: values.docNo?.trim() || null,
      kind: values.kind,
      issuedOn: values.issuedOn.format('YYYY-MM-DD'),
    };
    try {
      if (doc) await registryApi.updateNormative(doc.id, input);
      else await registryApi.createNormative(orgId, input);
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
      <Form<FormValues>
        form={form}
        name="normative"
        layout="vertical"
        aria-label={title}
        onFinish={save}
        initialValues={
          doc
            ? { title: doc.title, docNo: doc.docNo ?? undefined, kind: doc.kind, issuedOn: dayjs(doc.issuedOn) }
            : { kind: 'normative' }
        }
      >
        <Form.Item
          label="文件名称"
          name="title"
          rules={[{ required: true, whitespace: true, message: '请填写文件名称' }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          label="文号"
          name="docNo"
          rules={[
            {
              validator: async (_, value?: string) => {
                const problem = value ? docNoProblem(value) : null;
                if (problem) throw new Error(problem);
              },
            },
          ]}
        >
          <Input maxLength={60} placeholder="如：扶工信〔2023〕12号" />
        </Form.Item>
        <Form.Item label="类别" name="kind" rules={[{ required: true, message: '请选择类别' }]}>
          <Select options={options(NORMATIVE_KIND_LABELS)} />
        </Form.Item>
        <Form.Item label="制发日期" name="issuedOn" rules={[{ required: true, message: '请选择制发日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
