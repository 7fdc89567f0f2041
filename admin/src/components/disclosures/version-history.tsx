import { Button, Modal, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { StatusTag } from '../status-tag.tsx';
import { disclosureApi } from './disclosure-api.ts';
import { formatDateTime } from './disclosure-labels.ts';
import type { ItemVersion } from './disclosure-types.ts';

/** Every published version, newest first, with who answered for it; a version's text opens in a dialog. */
export function VersionHistory({ itemId, reloadKey }: { itemId: number; reloadKey: number }) {
  const [versions, setVersions] = useState<ItemVersion[]>([]);
  const [shown, setShown] = useState<ItemVersion | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: reloadKey changes after each workflow step, to fetch the new version
  useEffect(() => {
    disclosureApi
      .versions(itemId)
      .then((result) => setVersions([...result.items].sort((a, b) => b.versionNo - a.versionNo)))
      .catch(() => setVersions([]));
  }, [itemId, reloadKey]);

  return (
    <section aria-label="版本历史">
      <Table<ItemVersion>
        rowKey="versionNo"
        size="small"
        pagination={false}
        dataSource={versions}
        locale={{ emptyText: <Typography.Text type="secondary">尚未发布</Typography.Text> }}
        columns={[
          { title: '版本', dataIndex: 'versionNo', width: 60, render: (n: number) => `第${n}版` },
          { title: '发布时间', dataIndex: 'publishedAt', render: formatDateTime },
          {
            title: '起草 / 审核 / 批准',
            key: 'people',
            render: (_, v) =>
              `${v.draftedBy?.name ?? '—'} / ${v.reviewedBy?.name ?? '—'} / ${v.approvedBy?.name ?? '—'}`,
          },
          {
            title: '时限',
            key: 'late',
            width: 90,
            render: (_, v) =>
              v.isLate ? (
                <StatusTag tone="danger">逾期</StatusTag>
              ) : v.workingDaysToPublish === null ? (
                '—'
              ) : (
                `${v.workingDaysToPublish} 个工作日`
              ),
          },
          {
            title: '内容',
            key: 'open',
            width: 70,
            render: (_, v) => (
              <Button type="link" size="small" onClick={() => setShown(v)} aria-label={`查看第${v.versionNo}版`}>
                查看
              </Button>
            ),
          },
        ]}
      />
      {shown && (
        <Modal
          open
          title={`第${shown.versionNo}版：${shown.title}`}
          footer={null}
          width={760}
          onCancel={() => setShown(null)}
        >
          <Typography.Paragraph type="secondary">
            索引号 {shown.indexNo}；发布于 {formatDateTime(shown.publishedAt)}
          </Typography.Paragraph>
          <iframe
            title={`第${shown.versionNo}版正文`}
            sandbox=""
            srcDoc={`<!doctype html><html lang="zh-CN"><meta charset="utf-8"><body style="font:16px/1.8 sans-serif">${shown.bodyHtml}</body></html>`}
            style={{ width: '100%', minHeight: 360, border: '1px solid #d9d9d9' }}
          />
        </Modal>
      )}
    </section>
  );
}
