import { Card, Empty, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { PublishingOrgSelect } from '../../components/disclosures/publishing-org-select.tsx';
import { usePublishingOrg } from '../../components/disclosures/use-publishing-org.ts';
import { Loading } from '../../components/loading.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { registryApi } from '../../components/registries/registry-api.ts';
import type { ProactiveFigures } from '../../components/registries/registry-types.ts';
import { YearSelect } from './year-select.tsx';

const n = (value: number | null) => (value === null ? '—' : String(value));

const cell = { border: '1px solid #d9d9d9', padding: '8px 12px', textAlign: 'center' as const };
const head = { ...cell, background: '#fafafa', fontWeight: 600 };

/** 表二: the year's 主动公开 figures as the annual report prints them, computed from the registries. */
export function ProactivePage() {
  const { orgs, orgId, setOrgId, orgName } = usePublishingOrg();
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  const [figures, setFigures] = useState<ProactiveFigures | null>(null);
  const [isFailed, setFailed] = useState(false);

  useEffect(() => {
    if (orgId === undefined) return;
    setFigures(null);
    setFailed(false);
    registryApi.proactive(orgId, year).then(setFigures, () => setFailed(true));
  }, [orgId, year]);

  return (
    <>
      <PageTitle
        title="年报表二数据"
        extra={
          <Space wrap>
            <PublishingOrgSelect orgs={orgs} value={orgId} onChange={setOrgId} />
            <YearSelect value={year} onChange={setYear} />
          </Space>
        }
      />
      <Card>
        <Typography.Paragraph type="secondary">
          由规范性文件台账、行政决定数量和收费金额按年度自动计算，年度报告直接引用，不需手工填写。
        </Typography.Paragraph>
        {isFailed ? (
          <Empty description="暂时无法取得该年度的数据" />
        ) : !figures ? (
          <Loading />
        ) : (
          <div style={{ overflowX: 'auto' }}>
            <table style={{ borderCollapse: 'collapse', width: '100%', minWidth: 640 }}>
              <caption style={{ captionSide: 'top', fontWeight: 600, fontSize: 16, padding: 8 }}>
                二、主动公开政府信息情况（{orgName} {year} 年）
              </caption>
              <tbody>
                <tr>
                  <th scope="colgroup" colSpan={4} style={head}>
                    第二十条第（一）项
                  </th>
                </tr>
                <tr>
                  <th scope="col" style={head}>
                    信息内容
                  </th>
                  <th scope="col" style={head}>
                    本年制发件数
                  </th>
                  <th scope="col" style={head}>
                    本年废止件数
                  </th>
                  <th scope="col" style={head}>
                    现行有效件数
                  </th>
                </tr>
                {(
                  [
                    ['规章', figures.regulations],
                    ['行政规范性文件', figures.normativeDocuments],
                  ] as const
                ).map(([label, counts]) => (
                  <tr key={label}>
                    <th scope="row" style={cell}>
                      {label}
                    </th>
                    <td style={cell}>{n(counts.issued)}</td>
                    <td style={cell}>{n(counts.abolished)}</td>
                    <td style={cell}>{n(counts.inForce)}</td>
                  </tr>
                ))}
                <tr>
                  <th scope="colgroup" colSpan={4} style={head}>
                    第二十条第（五）项
                  </th>
                </tr>
                <tr>
                  <th scope="col" style={head}>
                    信息内容
                  </th>
                  <th scope="col" colSpan={3} style={head}>
                    本年处理决定数量
                  </th>
                </tr>
                <tr>
                  <th scope="row" style={cell}>
                    行政许可
                  </th>
                  <td colSpan={3} style={cell}>
                    {n(figures.licensing)}
                  </td>
                </tr>
                <tr>
                  <th scope="colgroup" colSpan={4} style={head}>
                    第二十条第（六）项
                  </th>
                </tr>
                <tr>
                  <th scope="col" style={head}>
                    信息内容
                  </th>
                  <th scope="col" colSpan={3} style={head}>
                    本年处理决定数量
                  </th>
                </tr>
                <tr>
                  <th scope="row" style={cell}>
                    行政处罚
                  </th>
                  <td colSpan={3} style={cell}>
                    {n(figures.penalty)}
                  </td>
                </tr>
                <tr>
                  <th scope="row" style={cell}>
                    行政强制
                  </th>
                  <td colSpan={3} style={cell}>
                    {n(figures.coercion)}
                  </td>
                </tr>
                <tr>
                  <th scope="colgroup" colSpan={4} style={head}>
                    第二十条第（八）项
                  </th>
                </tr>
                <tr>
                  <th scope="col" style={head}>
                    信息内容
                  </th>
                  <th scope="col" colSpan={3} style={head}>
                    本年收费金额（单位：万元）
                  </th>
                </tr>
                <tr>
                  <th scope="row" style={cell}>
                    行政事业性收费
                  </th>
                  <td colSpan={3} style={cell}>
                    {n(figures.feesWanYuan)}
                  </td>
                </tr>
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </>
  );
}
