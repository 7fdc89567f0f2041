import { Select } from 'antd';

const thisYear = new Date().getFullYear();

/** 年度: this year back ten years. */
export function YearSelect({
  value,
  onChange,
  ariaLabel = '选择年度',
}: {
  value: number;
  onChange: (year: number) => void;
  ariaLabel?: string;
}) {
  return (
    <Select<number>
      aria-label={ariaLabel}
      value={value}
      onChange={onChange}
      options={Array.from({ length: 11 }, (_, i) => ({ value: thisYear - i, label: `${thisYear - i}年` }))}
      style={{ width: 110 }}
    />
  );
}
