import { Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useSession } from '../../session/session.tsx';
import { disclosureApi } from './disclosure-api.ts';
import type { Item } from './disclosure-types.ts';
import { PublishModal } from './publish-modal.tsx';
import { ReasonModal } from './reason-modal.tsx';
import { ReviewModal } from './review-modal.tsx';
import { availableActions } from './workflow-actions.ts';

type Dialog = 'review' | 'approve' | 'publish' | 'send-back' | 'withdraw' | null;

interface Props {
  item: Item;
  /** Save the form, then submit (the clerk's 提交审核). */
  onSubmit: () => Promise<void>;
  onDeleted: () => void;
  /** After any command: reload and say what happened. */
  onDone: (message: string) => void;
}

/** The buttons the user's roles allow in the item's state, and their dialogs. */
export function WorkflowPanel({ item, onSubmit, onDeleted, onDone }: Props) {
  const { roles } = useSession();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [busy, setBusy] = useState(false);
  const actions = new Set(
    availableActions(
      { state: item.state, isPublic: item.isPublic, hasBeenPublished: item.firstPublishedAt !== null },
      roles,
    ),
  );
  const done = (message: string) => {
    setDialog(null);
    onDone(message);
  };
  const run = async (work: () => Promise<unknown>, message: string) => {
    setBusy(true);
    try {
      await work();
      onDone(message);
    } catch {
      // shown by the client
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Space wrap>
        {actions.has('submit') && (
          <Button type="primary" loading={busy} onClick={() => void run(onSubmit, '已提交审核')}>
            提交审核
          </Button>
        )}
        {actions.has('review') && (
          <Button type="primary" onClick={() => setDialog('review')}>
            审核
          </Button>
        )}
        {actions.has('approve') && (
          <Button type="primary" onClick={() => setDialog('approve')}>
            批准
          </Button>
        )}
        {actions.has('publish') && (
          <Button type="primary" onClick={() => setDialog('publish')}>
            {item.state === 'scheduled' ? '改为立即或另定时间发布' : '发布'}
          </Button>
        )}
        {actions.has('send-back') && !actions.has('review') && (
          <Button danger onClick={() => setDialog('send-back')}>
            退回
          </Button>
        )}
        {actions.has('revise') && (
          <Popconfirm
            title="修改已发布信息？"
            description="在线版本保持不变，修改稿同样须经审核、批准后发布为新版本。"
            okText="开始修改"
            cancelText="取消"
            onConfirm={() => run(() => disclosureApi.revise(item.id), '已生成修改稿')}
          >
            <Button>修改已发布信息</Button>
          </Popconfirm>
        )}
        {actions.has('withdraw') && (
          <Button danger onClick={() => setDialog('withdraw')}>
            撤回
          </Button>
        )}
        {actions.has('delete') && (
          <Popconfirm
            title="删除这份草稿？"
            okText="删除"
            cancelText="取消"
            onConfirm={() => run(() => disclosureApi.deleteItem(item.id).then(onDeleted), '草稿已删除')}
          >
            <Button danger>删除草稿</Button>
          </Popconfirm>
        )}
      </Space>
      {dialog === 'review' && <ReviewModal item={item} onClose={() => setDialog(null)} onDone={done} />}
      {(dialog === 'approve' || dialog === 'publish') && (
        <PublishModal item={item} isApproval={dialog === 'approve'} onClose={() => setDialog(null)} onDone={done} />
      )}
      {dialog === 'send-back' && (
        <ReasonModal
          title={`退回：${item.title}`}
          label="退回理由"
          okText="退回"
          isDanger
          onClose={() => setDialog(null)}
          onSubmit={async (reason) => {
            await disclosureApi.sendBack(item.id, reason, item.version);
            done('已退回信息员修改');
          }}
        />
      )}
      {dialog === 'withdraw' && (
        <ReasonModal
          title={`撤回：${item.title}`}
          label="撤回理由"
          okText="撤回"
          isDanger
          option={{ label: '在原网址保留撤回说明（公众可见撤回理由）', initial: true }}
          onClose={() => setDialog(null)}
          onSubmit={async (reason, publicNotice) => {
            await disclosureApi.withdraw(item.id, reason, publicNotice);
            done('已撤回，门户网站不再显示该信息');
          }}
        />
      )}
    </>
  );
}
