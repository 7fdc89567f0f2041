import { Alert, Card, Space, Table, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { CalendarImport } from '../../components/applications/calendar-import.tsx';
import { dateRuns, describeRun, missingUpcomingYears } from '../../components/applications/calendar-runs.ts';
import type { CalendarYear } from '../../components/applications/types.ts';
import { PageTitle } from '../../components/page-title.tsx';
import { useSession } from '../../session/session.tsx';

function YearDetail({ year }: { year: CalendarYear }) {
  const names = year.data.names ?? {};
  return (
    <Space direction="vertical" size={4}>
      <Typography.Text strong>放假</Typography.Text>
      <ul style={{ margin: 0 }}>
        {dateRuns(year.data.holidays, names).map((run) => (
          <li key={run.from}>{describeRun(run)}</li>
        ))}
      </ul>
      <Typography.Text strong>调休上班</Typography.Text>
      <ul style={{ margin: 0 }}>
        {year.data.makeupWorkdays.length === 0 ? (
          <li>无</li>
        ) : (
          year.data.makeupWorkdays.map((date) => (
            <li key={date}>
              {date} {names[date] ?? ''}
            </li>
          ))
        )}
      </ul>
    </Space>
  );
}

/** 工作日历: the years of holiday data loaded, a warning when the coming year is missing, import. */
export function CalendarPage() {
  const { roles } = useSession();
  const [years, setYears] = useState<CalendarYear[]>([]);
  const [isLoading, setLoading] = useState(true);
  const load = useCallback(async () => {
    setLoading(true);
    try {
      setYears((await api.get<{ items: CalendarYear[] }>('/calendar/years')).items);
    } catch {
      // shown by the client
    } finally {
      setLoading(false);
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const missing = isLoading
    ? []
    : missingUpcomingYears(
        years.map((year) => year.year),
        new Date().getFullYear(),
      );
  return (
    <>
      <PageTitle title="工作日历" />
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        {missing.length > 0 && (
          <Alert
            type="warning"
            showIcon
            message={`尚未录入 ${missing.join('、')} 年的节假日安排`}
            description="跨入这些年份的答复期限只按周末推算，标为“暂定”。国务院办公厅通常在每年 10 月至 12 月发布下一年的放假通知，发布后请及时导入。"
          />
        )}
        <Card title="已录入的年份">
          <Table<CalendarYear>
            rowKey="year"
            size="small"
            loading={isLoading}
            dataSource={[...years].sort((a, b) => b.year - a.year)}
            pagination={false}
            expandable={{ expandedRowRender: (year) => <YearDetail year={year} /> }}
            columns={[
              { title: '年份', dataIndex: 'year', width: 120 },
              { title: '放假天数（含假期中的周末）', dataIndex: 'holidays' },
              { title: '调休上班天数', dataIndex: 'makeupWorkdays' },
            ]}
          />
        </Card>
        {roles.has('platform_admin') && (
          <Card title="导入节假日安排">
            <CalendarImport onImported={() => void load()} />
          </Card>
        )}
      </Space>
    </>
  );
}
