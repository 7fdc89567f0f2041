import { Button, Popconfirm, Space, type TableColumnsType, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { StatusTag } from '../status-tag.tsx';
import { casePath } from './case-columns.tsx';
import type { ReviewRecord } from './types.ts';

interface Handlers {
  edit: (record: ReviewRecord) => void;
  remove: (record: ReviewRecord) => void;
}

/** Columns of the 复议诉讼 list; edit and delete name the record for screen readers. */
export function reviewColumns({ edit, remove }: Handlers): TableColumnsType<ReviewRecord> {
  return [
    { title: '类型', dataIndex: 'routeLabel', width: 200 },
    {
      title: '所涉申请',
      key: 'case',
      render: (_: unknown, record) =>
        record.applicationId ? (
          <Link to={casePath(record.applicationId)}>{record.caseNumber}</Link>
        ) : (
          <Typography.Text type="secondary">未关联</Typography.Text>
        ),
    },
    { title: '复议机关或法院', dataIndex: 'body' },
    { title: '案号', dataIndex: 'reference', render: (value: string | null) => value ?? '—' },
    { title: '提起日期', dataIndex: 'filedOn', width: 110 },
    {
      title: '结果',
      key: 'result',
      width: 150,
      render: (_: unknown, record) =>
        record.result === 'pending' ? (
          <StatusTag tone="warning">{record.resultLabel}</StatusTag>
        ) : (
          <span>
            {record.resultLabel}（{record.closedOn}）
          </span>
        ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 130,
      render: (_: unknown, record) => (
        <Space>
          <Button
            size="small"
            aria-label={`修改：${record.routeLabel} ${record.reference ?? record.filedOn}`}
            onClick={() => edit(record)}
          >
            修改
          </Button>
          <Popconfirm title="删除这条误登记的记录？" okText="删除" cancelText="取消" onConfirm={() => remove(record)}>
            <Button size="small" danger aria-label={`删除：${record.routeLabel} ${record.reference ?? record.filedOn}`}>
              删除
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];
}
