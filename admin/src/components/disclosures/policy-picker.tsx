import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { disclosureApi } from './disclosure-api.ts';
import type { ItemSummary } from './disclosure-types.ts';

interface Props {
  orgId: number;
  id?: string;
  value?: number | null;
  onChange?: (value: number | null) => void;
}

/** 所解读的政策文件: search the org's items by title; interpretations cannot explain interpretations. */
export function PolicyPicker({ orgId, id, value, onChange }: Props) {
  const [q, setQ] = useState('');
  const [found, setFound] = useState<ItemSummary[]>([]);
  const [current, setCurrent] = useState<ItemSummary | null>(null);

  useEffect(() => {
    const timer = setTimeout(() => {
      disclosureApi
        .items({ org: orgId, q, pageSize: 20 })
        .then((page) => setFound(page.items.filter((item) => item.docType !== 'interpretation')))
        .catch(() => setFound([]));
    }, 250);
    return () => clearTimeout(timer);
  }, [orgId, q]);

  // The chosen document may not be in the latest search: keep its title for the box.
  useEffect(() => {
    if (!value || found.some((item) => item.id === value) || current?.id === value) return;
    disclosureApi
      .item(value)
      .then((item) => setCurrent(item))
      .catch(() => setCurrent(null));
  }, [value, found, current]);

  const choices = current && !found.some((item) => item.id === current.id) ? [current, ...found] : found;
  return (
    <Select<number>
      id={id}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      placeholder="输入标题关键词查找政策文件"
      options={choices.map((item) => ({
        value: item.id,
        label: `${item.title}${item.indexNo ? `（${item.indexNo}）` : ''}`,
      }))}
      notFoundContent="没有找到匹配的文件"
    />
  );
}
