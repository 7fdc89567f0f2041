import { Card, Space, Typography } from 'antd';
import { AttachmentPanel } from './attachment-panel.tsx';
import { ContentChecksPanel } from './content-checks-panel.tsx';
import type { Item } from './disclosure-types.ts';
import { TimelinessInfo } from './timeliness-info.tsx';
import { VersionHistory } from './version-history.tsx';
import { WorkflowRecord } from './workflow-record.tsx';

interface Props {
  item: Item | null;
  isEditable: boolean;
  reloadKey: number;
  onChanged: () => void;
}

/** Beside the form: Art. 26 clock, content checks, attachments, the review record and the published versions. */
export function ItemSidePanels({ item, isEditable, reloadKey, onChanged }: Props) {
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card title="公开时限" size="small">
        {item?.state === 'withdrawn' ? (
          <Typography.Text type="secondary">已撤回，不再计算公开时限；各版本的发布时限见“版本历史”。</Typography.Text>
        ) : (
          <TimelinessInfo timeliness={item?.timeliness ?? null} isPublished={item?.state === 'published'} />
        )}
      </Card>
      {item && (
        <Card size="small">
          <ContentChecksPanel findings={item.contentChecks ?? []} />
        </Card>
      )}
      <Card title="附件" size="small">
        <AttachmentPanel
          itemId={item?.id}
          attachments={item?.attachments ?? []}
          isEditable={isEditable}
          onChanged={onChanged}
        />
      </Card>
      {item && (
        <>
          <Card title="谁公开、谁审查、谁负责" size="small">
            <WorkflowRecord record={item.workflow} />
          </Card>
          <Card title="版本历史" size="small">
            <VersionHistory itemId={item.id} reloadKey={reloadKey} />
          </Card>
        </>
      )}
    </Space>
  );
}
