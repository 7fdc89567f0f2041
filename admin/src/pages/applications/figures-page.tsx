import { Alert, Card, Empty, Select, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Applications } from '../../../../src/features/annual-reports/report.ts';
import { api } from '../../api/client.ts';
import { ReportGridTable } from '../../components/applications/report-grid-table.tsx';
import {
  balanceProblems,
  type ReviewFigures,
  tableFour,
  tableThree,
  templateOfYear,
} from '../../components/applications/report-tables.ts';
import { OrgTreeSelect } from '../../components/org-tree-select.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useOrgTree } from '../../components/use-org-tree.ts';
import { useSession } from '../../session/session.tsx';

const FIRST_YEAR = 2019;

interface Figures {
  applications: Applications;
  review: ReviewFigures;
}

/** 年报数据: tables 三 and 四 of one org's annual report, computed from its cases and review records. */
export function FiguresPage() {
  const { me } = useSession();
  const { tree } = useOrgTree();
  const thisYear = new Date().getFullYear();
  const [orgId, setOrgId] = useState<number | undefined>(
    me?.grants.find((grant) => grant.role !== 'platform_admin')?.orgId,
  );
  const [year, setYear] = useState(thisYear);
  const [figures, setFigures] = useState<Figures | null>(null);
  const [isLoading, setLoading] = useState(false);
  const chosenOrg = orgId ?? tree[0]?.id;

  useEffect(() => {
    if (chosenOrg === undefined) return;
    let isCurrent = true;
    setLoading(true);
    const base = `/orgs/${chosenOrg}/reports/${year}`;
    Promise.all([api.get<Applications>(`${base}/applications`), api.get<ReviewFigures>(`${base}/review`)])
      .then(
        ([applications, review]) => isCurrent && setFigures({ applications, review }),
        () => isCurrent && setFigures(null),
      )
      .finally(() => isCurrent && setLoading(false));
    return () => {
      isCurrent = false;
    };
  }, [chosenOrg, year]);

  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => thisYear - i);
  const problems = figures ? balanceProblems(figures.applications) : [];
  return (
    <>
      <PageTitle title="年报表三、表四" />
      <Card>
        <Space wrap style={{ marginBottom: 16 }} role="search" aria-label="选择机构和年份">
          <OrgTreeSelect
            tree={tree}
            value={chosenOrg}
            onChange={setOrgId}
            ariaLabel="机构"
            placeholder="机构"
            allowClear={false}
            style={{ width: 280 }}
          />
          <Select
            aria-label="年度"
            value={year}
            onChange={setYear}
            options={years.map((value) => ({ value, label: `${value} 年` }))}
            style={{ width: 120 }}
          />
        </Space>
        <Typography.Paragraph type="secondary">
          由本机关的申请案件和复议、诉讼记录即时计算：本年新收以收到日期为准，办理结果以答复或关闭日期为准，
          年末尚未办结的结转下年度。{templateOfYear(year) === '2019' && '2019、2020 年度使用 2019 年版表式。'}
        </Typography.Paragraph>
        <Spin spinning={isLoading}>
          {figures ? (
            <Space direction="vertical" size={24} style={{ width: '100%' }}>
              {problems.length > 0 && (
                <Alert type="error" showIcon message={`勾稽关系不成立的列：${problems.join('、')}`} />
              )}
              <ReportGridTable grid={tableThree(figures.applications, year)} />
              <ReportGridTable grid={tableFour(figures.review)} />
            </Space>
          ) : (
            <Empty description={isLoading ? '正在计算…' : '请选择机构和年份'} />
          )}
        </Spin>
      </Card>
    </>
  );
}
