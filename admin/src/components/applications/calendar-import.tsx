import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { CalendarImportResult } from './types.ts';

const MAX_BYTES = 1_000_000;

/** 导入节假日安排: a JSON or .ics file; an existing year is replaced as a whole. */
export function CalendarImport({ onImported }: { onImported: () => void }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<CalendarImportResult | null>(null);

  const upload = async (file: File) => {
    if (file.size > MAX_BYTES) {
      message.error('文件过大（不超过 1 MB）');
      return;
    }
    setBusy(true);
    try {
      const content = await file.text();
      const imported = await api.post<CalendarImportResult>('/calendar/import', { fileName: file.name, content });
      setResult(imported);
      message.success(`已导入 ${imported.years.join('、')} 年的节假日安排`);
      onImported();
    } catch {
      // shown by the client
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph>
        按国务院办公厅的放假通知录入。JSON 格式：
        <Typography.Text code>
          {
            '{"year":2027,"holidays":["2027-01-01",{"from":"2027-02-06","to":"2027-02-12","name":"春节"}],"makeupWorkdays":["2027-02-14"]}'
          }
        </Typography.Text>
        ；也可以导入 .ics
        日历（标题含“休”或“假”的为放假，含“班”的为调休上班）。已有的年份整体替换，未办结案件的暂定期限随即重新计算。
      </Typography.Paragraph>
      <Upload
        accept=".json,.ics,application/json,text/calendar"
        showUploadList={false}
        beforeUpload={(file) => {
          void upload(file);
          return false;
        }}
      >
        <Button type="primary" icon={<UploadOutlined />} loading={busy}>
          导入节假日安排（JSON 或 .ics）
        </Button>
      </Upload>
      {result && (
        <Alert
          type={result.warnings.length > 0 ? 'warning' : 'success'}
          showIcon
          message={`已导入：${result.years.join('、')} 年${result.replaced.length > 0 ? `（替换了 ${result.replaced.join('、')} 年的原有数据）` : ''}`}
          description={result.warnings.length > 0 ? result.warnings.join('；') : undefined}
        />
      )}
    </Space>
  );
}
