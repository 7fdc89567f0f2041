import { Card, Col, Empty, Row, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { ApplicationDashboardWidgets } from '../components/applications/dashboard-widgets.tsx';
import { PageTitle } from '../components/page-title.tsx';
import { canOpen, NAV_ITEMS } from '../layout/nav-items.tsx';
import { useSession } from '../session/session.tsx';

/** 工作台: who I am, where I may act, and the screens open to me. */
export function HomePage() {
  const { me, roles } = useSession();
  const shortcuts = NAV_ITEMS.filter((item) => item.path !== '' && canOpen(item, roles));
  return (
    <>
      <PageTitle title="工作台" />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={`您好，${me?.displayName ?? ''}`}>
            <Typography.Paragraph>
              用户名：<Typography.Text code>{me?.username}</Typography.Text>
            </Typography.Paragraph>
            <Typography.Paragraph style={{ marginBottom: 8 }}>您的角色：</Typography.Paragraph>
            {me && me.grants.length > 0 ? (
              <Space wrap>
                {me.grants.map((grant) => (
                  <Tag key={grant.id} color="red">
                    {grant.orgName} · {grant.roleLabel}
                  </Tag>
                ))}
              </Space>
            ) : (
              <Typography.Text type="secondary">尚未授予任何角色，请联系单位管理员。</Typography.Text>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title="常用功能">
            {shortcuts.length === 0 ? (
              <Empty description="暂无可用功能" />
            ) : (
              <Space wrap size="middle">
                {shortcuts.map((item) => (
                  <Link key={item.path} to={`/${item.path}`}>
                    <Card size="small" hoverable style={{ width: 140, textAlign: 'center' }}>
                      <div style={{ fontSize: 24 }} aria-hidden="true">
                        {item.icon}
                      </div>
                      {item.label}
                    </Card>
                  </Link>
                ))}
              </Space>
            )}
          </Card>
        </Col>
      </Row>
      <div style={{ marginTop: 16 }}>
        <ApplicationDashboardWidgets />
      </div>
    </>
  );
}
