import { Alert, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { LetterTemplateEditor } from '../../components/applications/letter-template-editor.tsx';
import { sourceText, type TemplateRow, templateRows } from '../../components/applications/letter-templates.ts';
import type { LetterTemplateEntry, LetterTemplateList } from '../../components/applications/types.ts';
import { OrgTreeSelect } from '../../components/org-tree-select.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useOrgTree } from '../../components/use-org-tree.ts';
import { useSession } from '../../session/session.tsx';

/** 文书模板: each letter's wording for an org — its own, inherited from above, or the standard. */
export function LetterTemplatesPage() {
  const { me } = useSession();
  const { tree } = useOrgTree();
  const [orgId, setOrgId] = useState<number | undefined>(
    me?.grants.find((grant) => grant.role !== 'platform_admin')?.orgId,
  );
  const [list, setList] = useState<LetterTemplateList | null>(null);
  const [isLoading, setLoading] = useState(false);
  const [editing, setEditing] = useState<LetterTemplateEntry | null>(null);
  const chosenOrg = orgId ?? tree[0]?.id;

  const load = useCallback(() => {
    if (chosenOrg === undefined) return;
    setLoading(true);
    api
      .get<LetterTemplateList>(`/orgs/${chosenOrg}/letter-templates`)
      .then(setList, () => setList(null))
      .finally(() => setLoading(false));
  }, [chosenOrg]);

  useEffect(load, [load]);

  return (
    <>
      <PageTitle title="文书模板" />
      <Card>
        <Space wrap style={{ marginBottom: 16 }} role="search" aria-label="选择机构">
          <OrgTreeSelect
            tree={tree}
            value={chosenOrg}
            onChange={setOrgId}
            ariaLabel="机构"
            placeholder="机构"
            allowClear={false}
            style={{ width: 320 }}
          />
        </Space>
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="答复书、告知书、通知书和征求意见函按本机关的模板生成；本机关没有设置的，沿用上级机关（如本级政府）的模板，都没有时使用标准措辞。某一办理结果没有专用模板时，使用通用答复书模板。"
        />
        <Table<TemplateRow>
          rowKey="key"
          size="middle"
          loading={isLoading}
          dataSource={list ? templateRows(list.items) : []}
          pagination={false}
          expandable={{ indentSize: 24 }}
          columns={[
            { title: '文书', dataIndex: 'label', key: 'label' },
            {
              title: '使用的措辞',
              key: 'source',
              width: 280,
              render: (_, row) => (
                <Tag color={row.source === 'own' ? 'blue' : row.source === 'inherited' ? 'purple' : undefined}>
                  {sourceText(row)}
                </Tag>
              ),
            },
            {
              title: '本机关修改',
              key: 'updated',
              width: 220,
              render: (_, row) =>
                row.own ? (
                  <Typography.Text type="secondary">
                    {row.own.updatedBy?.name ?? ''} {new Date(row.own.updatedAt).toLocaleString('zh-CN')}
                  </Typography.Text>
                ) : null,
            },
            {
              title: '操作',
              key: 'actions',
              width: 110,
              render: (_, row) => (
                <Button
                  size="small"
                  onClick={() => setEditing(row)}
                  aria-label={`${list?.canEdit ? '编辑' : '查看'}：${row.label}`}
                >
                  {list?.canEdit ? '编辑' : '查看'}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      {list && (
        <LetterTemplateEditor
          orgId={list.org.id}
          entry={editing}
          canEdit={list.canEdit}
          onClose={() => setEditing(null)}
          onChanged={load}
        />
      )}
    </>
  );
}
