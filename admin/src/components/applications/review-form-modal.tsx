import { Col, DatePicker, Form, Input, Modal, Radio, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { applyFieldErrors } from '../../api/form-errors.ts';
import { OrgTreeSelect } from '../org-tree-select.tsx';
import { useOrgTree } from '../use-org-tree.ts';
import { CasePicker } from './case-picker.tsx';
import { REVIEW_RESULT_OPTIONS, REVIEW_ROUTE_OPTIONS } from './review-labels.ts';
import type { ReviewRecord } from './types.ts';

interface FormShape {
  applicationId?: number;
  orgId?: number;
  route: string;
  body: string;
  reference?: string;
  filedOn: Dayjs;
  closedOn?: Dayjs | null;
  result: string;
  notes?: string;
}

interface Props {
  /** Editing this record; creating when absent. */
  record?: ReviewRecord;
  /** A new record for this case. */
  applicationId?: number;
  caseLabel?: string;
  onClose: () => void;
  onSaved: () => void;
}

const day = (value?: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : null);
const text = (value?: string) => (value?.trim() ? value.trim() : undefined);

/** 登记 / 修改 a 行政复议 or 行政诉讼 about a case (or the org when no case is linked). */
export function ReviewFormModal({ record, applicationId, caseLabel, onClose, onSaved }: Props) {
  const { tree } = useOrgTree();
  const [form] = Form.useForm<FormShape>();
  const [busy, setBusy] = useState(false);
  const linkedCase = Form.useWatch('applicationId', form);

  const save = async (values: FormShape) => {
    setBusy(true);
    const fields = {
      route: values.route,
      body: values.body.trim(),
      reference: text(values.reference),
      filedOn: day(values.filedOn),
      closedOn: day(values.closedOn),
      result: values.result,
      notes: text(values.notes),
    };
    try {
      if (record) await api.patch(`/reviews/${record.id}`, { ...fields, version: record.version });
      else
        await api.post('/reviews', {
          ...fields,
          applicationId: values.applicationId,
          orgId: values.applicationId ? undefined : values.orgId,
        });
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
      title={record ? '修改复议或诉讼' : '登记复议或诉讼'}
      okText="保存"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={680}
      destroyOnHidden
    >
      <Form<FormShape>
        form={form}
        name="review-form"
        layout="vertical"
        onFinish={save}
        initialValues={{
          applicationId: record?.applicationId ?? applicationId,
          route: record?.route ?? 'reconsideration',
          body: record?.body,
          reference: record?.reference ?? undefined,
          filedOn: record ? dayjs(record.filedOn) : dayjs(),
          closedOn: record?.closedOn ? dayjs(record.closedOn) : null,
          result: record?.result ?? 'pending',
          notes: record?.notes ?? undefined,
        }}
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item label="所涉申请" name="applicationId">
              <CasePicker initialLabel={record?.caseNumber ?? caseLabel} />
            </Form.Item>
          </Col>
          {!linkedCase && !record && (
            <Col xs={24} md={12}>
              <Form.Item
                label="被申请人（被告）机关"
                name="orgId"
                rules={[{ required: true, message: '请选择机关或关联一件申请' }]}
              >
                <OrgTreeSelect tree={tree} />
              </Form.Item>
            </Col>
          )}
          <Col xs={24}>
            <Form.Item label="类型" name="route" rules={[{ required: true, message: '请选择类型' }]}>
              <Radio.Group options={REVIEW_ROUTE_OPTIONS} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label="复议机关或人民法院"
              name="body"
              rules={[{ required: true, whitespace: true, message: '请填写复议机关或人民法院' }]}
            >
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="案号" name="reference">
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label="申请复议或起诉日期" name="filedOn" rules={[{ required: true, message: '请选择日期' }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label="结果" name="result">
              <Select options={REVIEW_RESULT_OPTIONS} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label="审结日期" name="closedOn" extra="尚未审结的不填">
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item label="备注" name="notes">
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
