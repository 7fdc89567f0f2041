import { Typography } from 'antd';

/** An empty list's message; antd's own grey for it is too faint to read (below 4.5:1). */
export function emptyText(text: string) {
  return <Typography.Text type="secondary">{text}</Typography.Text>;
}
