import { Button, Card, Col, Form, type FormInstance, Row, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ApiError, api } from '../../api/client.ts';
import { ApplicantFields } from '../../components/applications/applicant-fields.tsx';
import { ReadableWarnings } from '../../components/applications/readable-warnings.tsx';
import { ReceiptFields } from '../../components/applications/receipt-fields.tsx';
import {
  type RegisterFormValues,
  toFormField,
  toRegisterBody,
} from '../../components/applications/register-payload.ts';
import { RegisterResultView } from '../../components/applications/register-result.tsx';
import { RequestFields } from '../../components/applications/request-fields.tsx';
import type { RegisterResult } from '../../components/applications/types.ts';
import { OrgTreeSelect } from '../../components/org-tree-select.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useOrgTree } from '../../components/use-org-tree.ts';
import { UserPicker } from '../../components/user-picker.tsx';
import { useSession } from '../../session/session.tsx';

type FormShape = Omit<RegisterFormValues, 'receiptOn'> & { receiptOn?: Dayjs };

const WORK_ROLES = new Set(['clerk', 'reviewer', 'approver', 'officer']);

/** 登记申请: any channel; the receipt date follows Art. 31; ID and credit-code problems only warn. */
export function RegisterApplicationPage() {
  const navigate = useNavigate();
  const { me } = useSession();
  const { tree } = useOrgTree();
  const [form] = Form.useForm<FormShape>();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<RegisterResult | null>(null);
  const defaultOrgId = me?.grants.find((grant) => WORK_ROLES.has(grant.role))?.orgId;

  const submit = async (values: FormShape) => {
    setBusy(true);
    try {
      const body = toRegisterBody({ ...values, receiptOn: values.receiptOn?.format('YYYY-MM-DD') });
      setResult(await api.post<RegisterResult>('/applications', body));
    } catch (error) {
      if (error instanceof ApiError && error.fields.length > 0) {
        // Server paths (applicant.email, signedOn, …) are not typed names of this form.
        (form as FormInstance).setFields(
          error.fields.map((problem) => ({ name: toFormField(problem.field).split('.'), errors: [problem.message] })),
        );
      }
    } finally {
      setBusy(false);
    }
  };

  if (result) {
    return (
      <>
        <PageTitle title="登记申请" />
        <RegisterResultView
          result={result}
          onOpen={() => navigate(`/applications/${result.id}`)}
          onAnother={() => {
            setResult(null);
            form.resetFields();
          }}
        />
      </>
    );
  }

  return (
    <>
      <PageTitle title="登记申请" />
      <ReadableWarnings>
        <Form<FormShape>
          name="register-application"
          form={form}
          layout="vertical"
          onFinish={submit}
          scrollToFirstError
          initialValues={{
            orgId: defaultOrgId,
            channel: 'inPerson',
            receiptOn: dayjs(),
            applicant: { type: 'naturalPerson', idType: 'residentId' },
            request: { formWanted: 'paper', delivery: 'post' },
          }}
        >
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <Card title="受理">
              <Row gutter={16}>
                <Col xs={24} md={12}>
                  <Form.Item label="受理机关" name="orgId" rules={[{ required: true, message: '请选择受理机关' }]}>
                    <OrgTreeSelect tree={tree} placeholder="选择受理申请的机关" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item label="承办人（选填）" name="assignedOfficerId">
                    <UserPicker
                      ariaLabel="承办人（选填）"
                      placeholder="可稍后分派"
                      onChange={(id) => form.setFieldValue('assignedOfficerId', id)}
                    />
                  </Form.Item>
                </Col>
              </Row>
              <ReceiptFields />
            </Card>
            <Card title="申请人">
              <ApplicantFields />
            </Card>
            <Card title="申请内容">
              <RequestFields />
            </Card>
            <Space>
              <Button type="primary" htmlType="submit" loading={busy}>
                登记
              </Button>
              <Button onClick={() => navigate('/applications')}>取消</Button>
            </Space>
          </Space>
        </Form>
      </ReadableWarnings>
    </>
  );
}
