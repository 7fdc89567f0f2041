import { Alert, Button, Descriptions, Result, Space } from 'antd';
import { ProvisionalTag } from './due-cell.tsx';
import type { RegisterResult } from './types.ts';

interface Props {
  result: RegisterResult;
  onOpen: () => void;
  onAnother: () => void;
}

/** After 登记: the case number, the applicant's query code and the due date, and any warnings. */
export function RegisterResultView({ result, onOpen, onAnother }: Props) {
  return (
    <Result
      status="success"
      title={`已登记：${result.caseNumber}`}
      subTitle="请将查询码告知申请人，凭查询码和联系电话可在门户网站查询办理进度。"
      extra={
        <Space>
          <Button type="primary" onClick={onOpen}>
            打开案件
          </Button>
          <Button onClick={onAnother}>继续登记</Button>
        </Space>
      }
    >
      <Descriptions column={1} bordered size="small" style={{ maxWidth: 560, margin: '0 auto' }}>
        <Descriptions.Item label="案件编号">{result.caseNumber}</Descriptions.Item>
        <Descriptions.Item label="查询码">
          <strong data-testid="query-code">{result.queryCode}</strong>
        </Descriptions.Item>
        <Descriptions.Item label="收到申请日期">{result.receivedOn}</Descriptions.Item>
        <Descriptions.Item label="答复期限">
          {result.dueOn ?? '—'} {result.isProvisional && <ProvisionalTag />}
        </Descriptions.Item>
      </Descriptions>
      {result.warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ maxWidth: 560, margin: '16px auto 0' }}
          message="请核对（不影响登记）"
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {result.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          }
        />
      )}
    </Result>
  );
}
