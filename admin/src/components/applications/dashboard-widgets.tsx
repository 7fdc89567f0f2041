import { Alert, Badge, Card, Table, Tabs } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client.ts';
import type { Role } from '../../api/types.ts';
import { useSession } from '../../session/session.tsx';
import { caseColumns } from './case-columns.tsx';
import { clockFilterHref } from './clock-filter.ts';
import { emptyText } from './empty-text.tsx';
import type { CaseListItem, Dashboard, DashboardCounts } from './types.ts';

/** Roles that see cases (the server filters by org as well). */
export const CASE_VIEW_ROLES: readonly Role[] = [
  'platform_admin',
  'org_admin',
  'clerk',
  'reviewer',
  'approver',
  'officer',
];

type ListKey = 'myQueue' | 'unclaimed' | 'dueSoon' | 'overdue' | 'waitingForApplicant' | 'provisional';

const LISTS: { key: ListKey; label: string; empty: string }[] = [
  { key: 'myQueue', label: '我的待办', empty: '没有分派给您的未办结申请' },
  { key: 'unclaimed', label: '待签收', empty: '没有待签收的申请' },
  { key: 'dueSoon', label: '3 个工作日内到期', empty: '近 3 个工作日没有到期的申请' },
  { key: 'overdue', label: '已逾期', empty: '没有逾期的申请' },
  { key: 'waitingForApplicant', label: '等待申请人', empty: '没有等待申请人补正或缴费的申请' },
  { key: 'provisional', label: '期限暂定', empty: '没有暂定的期限' },
];

const COUNT_COLORS: Partial<Record<keyof DashboardCounts, string>> = { overdue: '#cf1322', dueSoon: '#ad4e00' };

/** 工作台 widgets for officers: my queue, due soon, overdue, waiting for the applicant, provisional dates. */
export function ApplicationDashboardWidgets() {
  const { roles } = useSession();
  const [dashboard, setDashboard] = useState<Dashboard | null>(null);
  const canSee = CASE_VIEW_ROLES.some((role) => roles.has(role));

  useEffect(() => {
    if (!canSee) return;
    api
      .get<Dashboard>('/applications/dashboard', undefined, { quiet: true })
      .then(setDashboard, () => setDashboard(null));
  }, [canSee]);

  if (!canSee || !dashboard) return null;
  const columns = caseColumns({ isCompact: true });
  const tabs = LISTS.map((list) => ({
    key: list.key,
    label: (
      <span>
        {list.label}{' '}
        <Badge
          count={dashboard.counts[list.key]}
          showZero
          overflowCount={999}
          color={COUNT_COLORS[list.key] ?? '#595959'}
        />
      </span>
    ),
    children: (
      <>
        <Table<CaseListItem>
          size="small"
          rowKey="id"
          pagination={false}
          columns={columns}
          dataSource={dashboard[list.key]}
          locale={{ emptyText: emptyText(list.empty) }}
          scroll={{ x: 700 }}
        />
        {dashboard.counts[list.key] > dashboard[list.key].length && (
          <p style={{ marginTop: 8 }}>
            <Link to={clockFilterHref(list.key)}>
              查看全部{list.label}（{dashboard.counts[list.key]} 件）
            </Link>
          </p>
        )}
      </>
    ),
  }));

  return (
    <Card
      title="依申请公开办理看板"
      extra={<Link to="/applications">全部申请（未办结 {dashboard.counts.open} 件）</Link>}
    >
      {dashboard.provisionalYears.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={`${dashboard.provisionalYears.join('、')} 年的节假日安排尚未录入，相关答复期限只按周末推算（暂定）`}
          description={
            roles.has('platform_admin') ? (
              <Link to="/calendar">到工作日历导入</Link>
            ) : (
              '请联系平台管理员在“工作日历”中导入。'
            )
          }
        />
      )}
      <Tabs items={tabs} defaultActiveKey={dashboard.counts.overdue > 0 ? 'overdue' : 'myQueue'} />
    </Card>
  );
}
