import { Checkbox, Input, Select, Space } from 'antd';
import { ColumnTreeSelect } from './column-tree-select.tsx';
import { ITEM_STATE_LABELS, options } from './disclosure-labels.ts';
import type { ColumnNode, ItemState } from './disclosure-types.ts';

export interface ItemFilterValues {
  state?: ItemState;
  columnId?: number;
  q?: string;
  /** 'true': published after the 20-working-day limit. */
  late?: 'true';
  /** 年度: 发布日期, or 成文日期 for unpublished items. */
  year?: number;
}

const thisYear = new Date().getFullYear();
const YEARS = Array.from({ length: 11 }, (_, i) => ({ value: thisYear - i, label: `${thisYear - i}年` }));

interface Props {
  columns: ColumnNode[];
  value: ItemFilterValues;
  onChange: (next: ItemFilterValues) => void;
}

/** 状态、栏目、年度、关键词、仅看逾期. */
export function ItemFilters({ columns, value, onChange }: Props) {
  const set = (patch: Partial<ItemFilterValues>) => onChange({ ...value, ...patch });
  return (
    <Space wrap style={{ marginBottom: 16 }} role="search" aria-label="筛选信息">
      <Input.Search
        aria-label="搜索标题"
        placeholder="搜索标题"
        allowClear
        enterButton="搜索"
        onSearch={(q) => set({ q: q.trim() || undefined })}
        style={{ width: 260 }}
      />
      <Select<ItemState>
        aria-label="按状态筛选"
        placeholder="全部状态"
        allowClear
        value={value.state}
        onChange={(state) => set({ state })}
        options={options(ITEM_STATE_LABELS)}
        style={{ width: 150 }}
      />
      <ColumnTreeSelect
        columns={columns}
        value={value.columnId}
        onChange={(next) => set({ columnId: typeof next === 'number' ? next : undefined })}
        ariaLabel="按栏目筛选"
        placeholder="全部栏目"
        style={{ width: 200 }}
      />
      <Select<number>
        aria-label="按年度筛选"
        placeholder="全部年度"
        allowClear
        value={value.year}
        onChange={(year) => set({ year })}
        options={YEARS}
        style={{ width: 120 }}
      />
      <Checkbox checked={value.late === 'true'} onChange={(e) => set({ late: e.target.checked ? 'true' : undefined })}>
        仅看逾期公开
      </Checkbox>
    </Space>
  );
}
