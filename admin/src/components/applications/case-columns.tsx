import type { TableColumnsType } from 'antd';
import { Space, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { DueCell } from './due-cell.tsx';
import { APPLICANT_TYPE_LABELS, labelOf } from './labels.ts';
import { StateTag } from './state-tag.tsx';
import type { CaseListItem } from './types.ts';

export const casePath = (id: number) => `/applications/${id}`;

/** Columns of a case list; personal data arrives masked from the server. */
export function caseColumns(options: { isCompact?: boolean } = {}): TableColumnsType<CaseListItem> {
  const columns: TableColumnsType<CaseListItem> = [
    {
      title: '案件编号',
      dataIndex: 'caseNumber',
      width: 190,
      render: (_: unknown, item) => <Link to={casePath(item.id)}>{item.caseNumber}</Link>,
    },
    {
      title: '申请人',
      dataIndex: 'applicantName',
      render: (_: unknown, item) => (
        <Space direction="vertical" size={0}>
          <span>{item.applicantName}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {labelOf(APPLICANT_TYPE_LABELS, item.applicantType)}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: '电话 / 证件号码',
      key: 'contact',
      render: (_: unknown, item) => (
        <Space direction="vertical" size={0}>
          <span>{item.applicantPhoneMasked}</span>
          {item.applicantIdNumberMasked && <span>{item.applicantIdNumberMasked}</span>}
        </Space>
      ),
    },
    { title: '收到日期', dataIndex: 'receivedOn', width: 110 },
    {
      title: '状态',
      dataIndex: 'state',
      width: 150,
      render: (_: unknown, item) => <StateTag state={item.state} label={item.stateLabel} />,
    },
    {
      title: '答复期限',
      key: 'due',
      render: (_: unknown, item) => <DueCell clock={item.clock} isOpen={item.closedOn === null} />,
    },
    {
      title: '承办人',
      key: 'officer',
      width: 100,
      render: (_: unknown, item) =>
        item.assignedOfficer?.name ?? <Typography.Text type="secondary">未分派</Typography.Text>,
    },
  ];
  if (options.isCompact) return columns.filter((column) => column.key !== 'contact' && column.key !== 'officer');
  return columns;
}
