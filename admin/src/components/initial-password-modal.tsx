import { Alert, Modal, Typography } from 'antd';

interface Props {
  username: string;
  password: string;
  onClose: () => void;
}

/** The generated password, shown exactly once: the server stores only its hash. */
export function InitialPasswordModal({ username, password, onClose }: Props) {
  return (
    <Modal
      open
      title="初始密码"
      onOk={onClose}
      onCancel={onClose}
      okText="我已记下"
      cancelButtonProps={{ style: { display: 'none' } }}
      mask={{ closable: false }}
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title="此密码只显示这一次，关闭后无法再次查看。请通过安全渠道交给本人，对方首次登录时须修改密码。"
      />
      <Typography.Paragraph>
        用户名：<Typography.Text strong>{username}</Typography.Text>
      </Typography.Paragraph>
      <Typography.Paragraph>
        初始密码：
        <Typography.Text
          code
          copyable={{ text: password, tooltips: ['复制', '已复制'] }}
          data-testid="initial-password"
          style={{ fontSize: 18 }}
        >
          {password}
        </Typography.Text>
      </Typography.Paragraph>
    </Modal>
  );
}
