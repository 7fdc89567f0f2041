import { App, Button, Input, Radio, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { sumWanYuan } from './decision-grid-model.ts';

/** 1.2500 → 1.25: the database keeps four places, people read the figure. */
const tidy = (amount: string | null) => (amount === null ? '' : sumWanYuan([amount]));

import { registryApi } from './registry-api.ts';
import type { FeeYear } from './registry-types.ts';

const WAN_YUAN = /^(0|[1-9]\d{0,11})(\.\d{1,4})?$/;
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** 行政事业性收费 in 万元: one figure for the year, or one per month (never both). */
export function FeeEditor({ orgId, data, onSaved }: { orgId: number; data: FeeYear; onSaved: () => void }) {
  const { message } = App.useApp();
  const [mode, setMode] = useState<'annual' | 'monthly'>(data.months.length > 0 ? 'monthly' : 'annual');
  const [annual, setAnnual] = useState(tidy(data.annual));
  const [months, setMonths] = useState<Record<number, string>>({});
  const [busy, setBusy] = useState(false);
  const hasAnnual = data.annual !== null;
  const hasMonthly = data.months.length > 0;

  useEffect(() => {
    setMode(data.months.length > 0 ? 'monthly' : 'annual');
    setAnnual(tidy(data.annual));
    setMonths(Object.fromEntries(data.months.map((m) => [m.month, tidy(m.amountWanYuan)])));
  }, [data]);

  const bad = (value: string) => value !== '' && !WAN_YUAN.test(value);
  const monthlyChanges = MONTHS.filter(
    (m) =>
      (months[m] ?? '') !== '' && months[m] !== tidy(data.months.find((x) => x.month === m)?.amountWanYuan ?? null),
  );
  const invalid = mode === 'annual' ? bad(annual) : MONTHS.some((m) => bad(months[m] ?? ''));

  const save = async () => {
    setBusy(true);
    try {
      if (mode === 'annual') await registryApi.putFee(orgId, { year: data.year, month: null, amountWanYuan: annual });
      else
        for (const month of monthlyChanges)
          await registryApi.putFee(orgId, { year: data.year, month, amountWanYuan: months[month] });
      message.success('收费金额已保存');
      onSaved();
    } catch {
      // shown by the client
    } finally {
      setBusy(false);
    }
  };

  return (
    <div>
      <Radio.Group
        aria-label="填写方式"
        value={mode}
        onChange={(e) => setMode(e.target.value)}
        options={[
          { value: 'annual', label: '全年合计', disabled: hasMonthly },
          { value: 'monthly', label: '按月填写', disabled: hasAnnual },
        ]}
        style={{ marginBottom: 12 }}
      />
      {mode === 'annual' ? (
        <Space>
          <label htmlFor="fee-annual">{data.year} 年收费金额</label>
          <Input
            id="fee-annual"
            value={annual}
            onChange={(e) => setAnnual(e.target.value.trim())}
            suffix="万元"
            status={bad(annual) ? 'error' : undefined}
            style={{ width: 200 }}
          />
        </Space>
      ) : (
        <Space wrap size={[16, 8]}>
          {MONTHS.map((m) => (
            <Input
              key={m}
              aria-label={`${data.year}年${m}月收费金额（万元）`}
              addonBefore={`${m}月`}
              suffix="万元"
              value={months[m] ?? ''}
              status={bad(months[m] ?? '') ? 'error' : undefined}
              onChange={(e) => setMonths((prev) => ({ ...prev, [m]: e.target.value.trim() }))}
              style={{ width: 190 }}
            />
          ))}
        </Space>
      )}
      {invalid && (
        <Typography.Paragraph type="danger" role="alert" style={{ marginTop: 8 }}>
          金额以万元为单位，最多 4 位小数，如 12.3456
        </Typography.Paragraph>
      )}
      <Space style={{ marginTop: 12, width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Text strong>
          本年合计：
          {mode === 'monthly'
            ? sumWanYuan(MONTHS.map((m) => months[m] ?? '').filter((v) => v !== '' && !bad(v)))
            : tidy(data.totalWanYuan)}{' '}
          万元
        </Typography.Text>
        <Button
          type="primary"
          loading={busy}
          disabled={
            invalid || (mode === 'annual' ? annual === '' || annual === tidy(data.annual) : monthlyChanges.length === 0)
          }
          onClick={() => void save()}
        >
          保存收费金额
        </Button>
      </Space>
    </div>
  );
}
