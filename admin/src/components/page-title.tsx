import { Flex, Typography } from 'antd';
import { type ReactNode, useEffect } from 'react';

/** The screen's one heading, also the browser tab's title. */
export function PageTitle({ title, extra }: { title: string; extra?: ReactNode }) {
  useEffect(() => {
    document.title = `${title} - 政务公开后台管理`;
  }, [title]);
  return (
    <Flex justify="space-between" align="center" style={{ marginBottom: 16 }} wrap gap={8}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      {extra}
    </Flex>
  );
}
