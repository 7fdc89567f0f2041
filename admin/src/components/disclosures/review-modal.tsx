import { Alert, Button, Col, Form, Input, Modal, Radio, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { applyFieldErrors } from '../../api/form-errors.ts';
import { findingsAsReason, hasPersonalData } from './content-checks.ts';
import { ContentChecksPanel } from './content-checks-panel.tsx';
import { disclosureApi } from './disclosure-api.ts';
import type { Item } from './disclosure-types.ts';
import { type Answers, CHECKLIST_QUESTIONS, findings, toChecklist } from './review-checklist.ts';

interface FormValues {
  answers: Answers;
  conclusion: string;
  grounds: string;
  reason?: string;
}

interface Props {
  item: Item;
  onClose: () => void;
  onDone: (message: string) => void;
}

const DEFAULT_CONCLUSION = '经审查，不涉及国家秘密、工作秘密和个人隐私，同意公开。';
const DEFAULT_GROUNDS =
  '《中华人民共和国政府信息公开条例》第十七条、《中华人民共和国保守国家秘密法》及本单位保密审查制度';

/** The send-back reason the form proposes: the checklist's problems, then the content checks'. */
function proposedReason(checklistProblems: string[], contentReason: string): string | undefined {
  const parts = [
    checklistProblems.length > 0 ? `保密审查发现：${checklistProblems.join('；')}。` : '',
    contentReason,
  ].filter(Boolean);
  return parts.length > 0 ? `${parts.join('')}请修改后重新提交。` : undefined;
}

/**
 * 审核: the 保密审查 checklist with the content checks' findings beside it, conclusion and grounds;
 * pass, or send back with the findings as reasons.
 */
export function ReviewModal({ item, onClose, onDone }: Props) {
  const [form] = Form.useForm<FormValues>();
  const [busy, setBusy] = useState<'pass' | 'back' | null>(null);
  const answers = Form.useWatch('answers', form) ?? {};
  const problems = findings(answers);
  const isComplete = CHECKLIST_QUESTIONS.every((q) => answers[q.key] !== undefined);
  const contentChecks = item.contentChecks ?? [];
  const contentReason = findingsAsReason(contentChecks);
  const personalDataFound = hasPersonalData(contentChecks);

  const pass = async () => {
    const values = await form.validateFields(['answers', 'conclusion', 'grounds']).catch(() => null);
    if (!values) return;
    setBusy('pass');
    try {
      await disclosureApi.review(item.id, {
        checklist: toChecklist(values.answers),
        conclusion: values.conclusion.trim(),
        grounds: values.grounds.trim(),
        expectedVersion: item.version,
      });
      onDone('审核通过，已送负责人批准');
    } catch (error) {
      applyFieldErrors(form, error);
    } finally {
      setBusy(null);
    }
  };

  const sendBack = async () => {
    const values = await form.validateFields(['reason']).catch(() => null);
    if (!values?.reason) return;
    // A completed checklist with a conclusion is recorded with the send-back (谁审查).
    const all = form.getFieldsValue(true) as FormValues;
    const conclusion = all.conclusion?.trim();
    const review =
      isComplete && conclusion
        ? { checklist: toChecklist(all.answers), conclusion, grounds: all.grounds?.trim() || undefined }
        : undefined;
    setBusy('back');
    try {
      await disclosureApi.sendBack(item.id, values.reason.trim(), item.version, review);
      onDone(review ? '已退回信息员修改，保密审查结论已记录' : '已退回信息员修改');
    } catch (error) {
      applyFieldErrors(form, error);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Modal open title={`审核：${item.title}`} width={1040} onCancel={onClose} destroyOnHidden footer={null}>
      <Form<FormValues>
        form={form}
        name="review"
        layout="vertical"
        aria-label="审核"
        initialValues={{
          conclusion: DEFAULT_CONCLUSION,
          grounds: DEFAULT_GROUNDS,
          reason: proposedReason([], contentReason),
        }}
        onValuesChange={(changed: Partial<FormValues>) => {
          if (!changed.answers) return;
          const found = findings(form.getFieldValue('answers') ?? {});
          if (found.length > 0) {
            form.setFieldValue('reason', proposedReason(found, contentReason));
            form.setFieldValue('conclusion', `经审查，${found.join('、')}，暂不同意公开，退回修改。`);
          } else if (String(form.getFieldValue('conclusion') ?? '').endsWith('暂不同意公开，退回修改。')) {
            form.setFieldValue('conclusion', DEFAULT_CONCLUSION);
          }
        }}
      >
        <Row gutter={24}>
          <Col xs={24} md={12}>
            <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
              <legend style={{ fontSize: 16, fontWeight: 600, marginBottom: 8 }}>保密审查</legend>
              {CHECKLIST_QUESTIONS.map((q) => (
                <Form.Item
                  key={q.key}
                  label={q.question}
                  name={['answers', q.key]}
                  rules={[{ required: true, message: `请回答：${q.question}` }]}
                  style={{ marginBottom: 12 }}
                >
                  <Radio.Group
                    aria-label={q.question}
                    options={[
                      { value: 'yes', label: '是' },
                      { value: 'no', label: '否' },
                    ]}
                  />
                </Form.Item>
              ))}
            </fieldset>
            {personalDataFound && answers.personalInfoProtected === 'no' && (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 16 }}
                title="内容检查发现了身份证号码、手机号码或银行卡号，请确认已作去标识化处理。"
              />
            )}
          </Col>
          <Col xs={24} md={12}>
            <ContentChecksPanel findings={contentChecks} />
          </Col>
        </Row>
        {problems.length > 0 && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title={`审查发现：${problems.join('；')}。有问题的信息不能审核通过，请退回修改。`}
          />
        )}
        <Form.Item
          label="审查结论"
          name="conclusion"
          rules={[{ required: true, whitespace: true, message: '请填写审查结论' }]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Form.Item
          label="审查依据"
          name="grounds"
          rules={[{ required: true, whitespace: true, message: '请填写审查依据' }]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Form.Item
          label="退回理由"
          name="reason"
          extra="退回时必填；审查发现的问题会自动列入"
          rules={[{ required: true, whitespace: true, message: '退回时请写明理由' }]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Space style={{ width: '100%', justifyContent: 'flex-end' }} wrap>
          <Typography.Text type="secondary">{isComplete ? '' : '请回答全部四个问题'}</Typography.Text>
          <Button onClick={onClose}>取消</Button>
          <Button danger loading={busy === 'back'} onClick={() => void sendBack()}>
            退回修改
          </Button>
          <Button type="primary" loading={busy === 'pass'} disabled={problems.length > 0} onClick={() => void pass()}>
            审核通过
          </Button>
        </Space>
      </Form>
    </Modal>
  );
}
