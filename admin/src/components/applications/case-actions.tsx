import { Button, Card, Empty, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useSession } from '../../session/session.tsx';
import { availableActions, type CaseAction } from './command-actions.ts';
import { CommandModal } from './command-modal.tsx';
import type { CaseDetail } from './types.ts';

interface Props {
  detail: CaseDetail;
  run: (path: string, body: Record<string, unknown>) => Promise<CaseDetail>;
}

/** The steps the case's current state allows, and nothing else. */
export function CaseActions({ detail, run }: Props) {
  const { roles } = useSession();
  const [open, setOpen] = useState<CaseAction | null>(null);
  const isLeader = roles.has('approver') || roles.has('platform_admin');
  const actions = availableActions(detail, isLeader);
  const main = actions.filter((action) => !action.isDanger);
  const ending = actions.filter((action) => action.isDanger);

  return (
    <Card title="办理" size="small">
      {actions.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="当前状态下没有可执行的操作" />
      ) : (
        <Flex vertical gap={12}>
          <Flex wrap gap={8} role="group" aria-label="办理操作">
            {main.map((action) => (
              <Button key={action.key} type={action.isPrimary ? 'primary' : 'default'} onClick={() => setOpen(action)}>
                {action.label}
              </Button>
            ))}
          </Flex>
          {ending.length > 0 && (
            <Flex wrap gap={8} role="group" aria-label="结束或撤销">
              {ending.map((action) => (
                <Button key={action.key} danger onClick={() => setOpen(action)}>
                  {action.label}
                </Button>
              ))}
            </Flex>
          )}
          {detail.extensionRequest && (
            <Typography.Text type="secondary">
              延期申请待负责人批准：{detail.extensionRequest.workingDays} 个工作日（
              {detail.extensionRequest.requestedBy.name}）
            </Typography.Text>
          )}
        </Flex>
      )}
      {open && <CommandModal action={open} detail={detail} run={run} onClose={() => setOpen(null)} />}
    </Card>
  );
}
