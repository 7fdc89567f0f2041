import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Space, Table, Typography } from 'antd';
import { useRef, useState } from 'react';
import { ApiError, type FieldProblem } from '../../api/client.ts';
import { useSession } from '../../session/session.tsx';
import { registryApi } from './registry-api.ts';

/** The server names a cell as 第3行.年份; the table shows 位置 and 问题. */
function location(field: string): string {
  const [row, column] = field.split('.');
  if (field === 'file') return '整个文件';
  return column ? `${row}“${column}”列` : row;
}

/** 导入 CSV/XLSX: all rows or none; a refused file shows the server's row-by-row report. */
export function DecisionImport({ orgId, onImported }: { orgId: number; onImported: () => void }) {
  const { message } = App.useApp();
  const { me } = useSession();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<{ summary: string; problems: FieldProblem[] } | null>(null);

  const upload = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setReport(null);
    try {
      const result = await registryApi.importDecisions(orgId, file, me?.csrfToken);
      message.success(`已导入 ${result.rows} 行（${result.years.join('、')} 年）`);
      onImported();
    } catch (error) {
      const summary = error instanceof ApiError ? error.message.split('：')[0] : '读取文件失败';
      setReport({ summary, problems: error instanceof ApiError ? error.fields : [] });
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <div>
      <Space wrap>
        <input
          ref={input}
          type="file"
          accept=".csv,.xlsx"
          hidden
          aria-hidden="true"
          tabIndex={-1}
          onChange={(e) => void upload(e.target.files?.[0])}
        />
        <Button icon={<UploadOutlined />} loading={busy} onClick={() => input.current?.click()}>
          从 CSV/XLSX 导入
        </Button>
        <Typography.Text type="secondary">
          表头：年份、月份、行政许可、行政处罚、行政强制；每月一行。有任何错误则整个文件不导入。
        </Typography.Text>
      </Space>
      {report && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginTop: 12 }}
          title={report.summary.includes('未导入') ? report.summary : `${report.summary}，未导入任何数据`}
          description={
            report.problems.length > 0 && (
              <Table<FieldProblem>
                size="small"
                rowKey={(p) => `${p.field}:${p.message}`}
                pagination={false}
                dataSource={report.problems}
                aria-label="导入错误明细"
                columns={[
                  { title: '位置', dataIndex: 'field', width: 180, render: location },
                  { title: '问题', dataIndex: 'message' },
                ]}
              />
            )
          }
        />
      )}
    </div>
  );
}
