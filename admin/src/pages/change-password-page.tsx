import { CheckCircleFilled, CloseCircleOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api } from '../api/client.ts';
import { applyFieldErrors } from '../api/form-errors.ts';
import { CenteredCard } from '../components/centered-card.tsx';
import { checkPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../session/password-policy.ts';
import { useSession } from '../session/session.tsx';

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

function Rule({ ok, text }: { ok: boolean; text: string }) {
  return (
    <Space>
      {ok ? (
        <CheckCircleFilled style={{ color: '#389e0d' }} aria-label="已满足" />
      ) : (
        <CloseCircleOutlined style={{ color: '#8c8c8c' }} aria-label="未满足" />
      )}
      <span>{text}</span>
    </Space>
  );
}

/** 修改密码: forced after a generated password, also reachable from the header. */
export function ChangePasswordPage() {
  const session = useSession();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<PasswordForm>();
  const [busy, setBusy] = useState(false);
  const newPassword = Form.useWatch('newPassword', form) ?? '';
  const currentPassword = Form.useWatch('currentPassword', form) ?? '';
  const check = checkPassword(newPassword);
  const isForced = session.me?.mustChangePassword ?? false;

  useEffect(() => {
    document.title = '修改密码 - 政务公开后台管理';
  }, []);

  const submit = async (values: PasswordForm) => {
    setBusy(true);
    try {
      await api.post('/auth/password', { currentPassword: values.currentPassword, newPassword: values.newPassword });
      message.success('密码已修改');
      await session.refresh();
      navigate('/', { replace: true });
    } catch (error) {
      applyFieldErrors(form, error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <CenteredCard width={480}>
      <Card>
        <Typography.Title level={2} style={{ marginTop: 0 }}>
          修改密码
        </Typography.Title>
        {isForced && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title="您正在使用系统生成的初始密码，请先设置自己的密码后再继续使用。"
          />
        )}
        <section aria-labelledby="policy-title" style={{ marginBottom: 16 }}>
          <Typography.Text strong id="policy-title">
            密码要求
          </Typography.Text>
          <ul style={{ listStyle: 'none', padding: 0, margin: '8px 0 0', display: 'grid', gap: 6 }}>
            <li>
              <Rule
                ok={check.isLongEnough && !check.isTooLong}
                text={`长度至少 ${MIN_PASSWORD_LENGTH} 位（最多 ${MAX_PASSWORD_LENGTH} 位）`}
              />
            </li>
            <li>
              <Rule
                ok={check.classCount >= 3}
                text={`至少包含小写字母、大写字母、数字、符号中的三类（已有 ${check.classCount} 类）`}
              />
            </li>
            <li>
              <Rule ok={newPassword !== '' && !check.hasWhitespace} text="不含空格" />
            </li>
            <li>
              <Rule ok={newPassword !== '' && newPassword !== currentPassword} text="不能与当前密码相同" />
            </li>
          </ul>
        </section>
        <Form<PasswordForm> name="password" form={form} layout="vertical" onFinish={submit} requiredMark={false}>
          {/* Lets password managers file the new password under the right account. */}
          <input
            type="text"
            name="username"
            autoComplete="username"
            value={session.me?.username ?? ''}
            readOnly
            hidden
          />
          <Form.Item label="当前密码" name="currentPassword" rules={[{ required: true, message: '请填写当前密码' }]}>
            <Input.Password autoComplete="current-password" autoFocus />
          </Form.Item>
          <Form.Item
            label="新密码"
            name="newPassword"
            rules={[
              { required: true, message: '请填写新密码' },
              {
                validator: (_rule, value: string | undefined) =>
                  !value || checkPassword(value).isValid
                    ? Promise.resolve()
                    : Promise.reject(new Error('新密码不符合上面的要求')),
              },
              ({ getFieldValue }) => ({
                validator: (_rule, value: string | undefined) =>
                  !value || value !== getFieldValue('currentPassword')
                    ? Promise.resolve()
                    : Promise.reject(new Error('新密码不能与当前密码相同')),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            label="确认新密码"
            name="confirmPassword"
            dependencies={['newPassword']}
            rules={[
              { required: true, message: '请再次填写新密码' },
              ({ getFieldValue }) => ({
                validator: (_rule, value: string | undefined) =>
                  !value || value === getFieldValue('newPassword')
                    ? Promise.resolve()
                    : Promise.reject(new Error('两次填写的新密码不一致')),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={busy}>
              保存新密码
            </Button>
            {!isForced && <Button onClick={() => navigate(-1)}>返回</Button>}
            {isForced && (
              <Button onClick={() => void session.signOut().then(() => navigate('/login', { replace: true }))}>
                退出
              </Button>
            )}
          </Space>
        </Form>
      </Card>
    </CenteredCard>
  );
}
