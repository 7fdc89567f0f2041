import { Alert, Form, InputNumber, Radio } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { FEE_BASIS_LABELS, optionsOf } from './labels.ts';
import type { FeeQuote } from './types.ts';

/** 收费通知: 按件 or 按量 (one basis per case) and the amount the server computes from the tiers. */
export function FeeFields({ caseId }: { caseId: number }) {
  const basis = Form.useWatch<string | undefined>('basis');
  const pages = Form.useWatch<number | undefined>('pages');
  const [quote, setQuote] = useState<FeeQuote | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!basis || (basis === 'perPage' && pages === undefined)) {
      setQuote(null);
      return;
    }
    let isCurrent = true;
    const query = { basis, pages: basis === 'perPage' ? pages : undefined };
    api.get<FeeQuote>(`/applications/${caseId}/fee-quote`, query, { quiet: true }).then(
      (next) => {
        if (!isCurrent) return;
        setQuote(next);
        setProblem(null);
      },
      (error: Error) => isCurrent && setProblem(error.message),
    );
    return () => {
      isCurrent = false;
    };
  }, [caseId, basis, pages]);

  return (
    <>
      <Form.Item label="计收方式" name="basis" rules={[{ required: true, message: '请选择计收方式' }]}>
        <Radio.Group options={optionsOf(FEE_BASIS_LABELS)} />
      </Form.Item>
      {basis === 'perPage' && (
        <Form.Item label="页数" name="pages" rules={[{ required: true, message: '请填写页数' }]}>
          <InputNumber min={0} max={1_000_000} precision={0} style={{ width: 160 }} />
        </Form.Item>
      )}
      {quote && (
        <Alert
          role="status"
          type={quote.amount > 0 ? 'warning' : 'success'}
          showIcon
          style={{ marginBottom: 16 }}
          message={quote.amount > 0 ? `应收 ${quote.amount} 元` : '不收费，无需发出收费通知'}
          description={`${quote.explanation}。按《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）计算；申请人应自收到通知次日起 20 个工作日内缴纳。`}
        />
      )}
      {problem && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={problem} />}
    </>
  );
}
