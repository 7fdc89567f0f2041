import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { ApiError } from '../api/client.ts';
import { CenteredCard } from '../components/centered-card.tsx';
import { Loading } from '../components/loading.tsx';
import { useSession } from '../session/session.tsx';

interface LoginForm {
  username: string;
  password: string;
}

/** 登录. Wrong password (401) and lockout (423) come back with a Chinese detail, shown as is. */
export function LoginPage() {
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  useEffect(() => {
    document.title = '登录 - 政务公开后台管理';
  }, []);

  if (session.status === 'loading') return <Loading />;
  if (session.me && !busy) return <Navigate to={session.me.mustChangePassword ? '/change-password' : from} replace />;

  const submit = async (values: LoginForm) => {
    setBusy(true);
    setError(null);
    try {
      const me = await session.signIn(values.username.trim(), values.password);
      navigate(me.mustChangePassword ? '/change-password' : from, { replace: true });
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : '登录失败，请稍后重试');
    } finally {
      setBusy(false);
    }
  };

  return (
    <CenteredCard>
      <Card>
        <Typography.Title level={2} style={{ textAlign: 'center', marginTop: 0 }}>
          政务公开后台管理
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          请使用工作人员账号登录
        </Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} role="alert" style={{ marginBottom: 16 }} />}
        <Form<LoginForm> name="login" layout="vertical" onFinish={submit} requiredMark={false} autoComplete="on">
          <Form.Item
            label="用户名"
            name="username"
            rules={[{ required: true, whitespace: true, message: '请填写用户名' }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: '请填写密码' }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={busy}>
            登录
          </Button>
        </Form>
      </Card>
    </CenteredCard>
  );
}
