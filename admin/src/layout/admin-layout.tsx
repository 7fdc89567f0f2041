import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, Layout, Space, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { Outlet, useNavigate } from 'react-router-dom';
import { Loading } from '../components/loading.tsx';
import { useSession } from '../session/session.tsx';
import { NavMenu } from './nav-menu.tsx';

const { Header, Sider, Content } = Layout;

/** The signed-in frame: side menu, header with the user's name and 退出, the screen in the middle. */
export function AdminLayout() {
  const session = useSession();
  const navigate = useNavigate();
  const [collapsed, setCollapsed] = useState(false);

  const signOut = async () => {
    await session.signOut();
    navigate('/login', { replace: true });
  };

  // Dark behind the sticky menu, so a long page has no white strip under it.
  return (
    <Layout style={{ minHeight: '100vh', background: '#001529' }}>
      <Sider
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        width={208}
        breakpoint="lg"
        style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
      >
        <div
          style={{
            height: 56,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            color: '#fff',
            fontWeight: 600,
            fontSize: collapsed ? 14 : 17,
            whiteSpace: 'nowrap',
          }}
        >
          {collapsed ? '公开' : '政务公开 · 后台'}
        </div>
        {/* Room under the last entry for the collapse button, which sits over the menu's bottom. */}
        <nav aria-label="主菜单" style={{ paddingBottom: 48 }}>
          <NavMenu isCollapsed={collapsed} />
        </nav>
      </Sider>
      <Layout>
        <Header
          style={{
            background: '#fff',
            padding: '0 24px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'flex-end',
            borderBottom: '1px solid #f0f0f0',
          }}
        >
          <Space size="middle">
            <Dropdown
              menu={{
                items: [
                  {
                    key: 'password',
                    icon: <KeyOutlined />,
                    label: '修改密码',
                    onClick: () => navigate('/change-password'),
                  },
                ],
              }}
            >
              <Button type="text" icon={<UserOutlined />} aria-label={`当前用户：${session.me?.displayName ?? ''}`}>
                <Typography.Text>{session.me?.displayName}</Typography.Text> <DownOutlined />
              </Button>
            </Dropdown>
            <Button icon={<LogoutOutlined />} onClick={signOut}>
              退出
            </Button>
          </Space>
        </Header>
        <Content style={{ margin: 24 }}>
          <main>
            <Suspense fallback={<Loading />}>
              <Outlet />
            </Suspense>
          </main>
        </Content>
      </Layout>
    </Layout>
  );
}
