import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import type { Page } from '../../api/types.ts';
import type { CaseListItem } from './types.ts';

interface Props {
  id?: string;
  value?: number | null;
  onChange?: (value: number | undefined) => void;
  /** Shown before the first search, e.g. the case the record already links to. */
  initialLabel?: string;
}

/** Pick a case by typing part of its number, the applicant or the request; works as a form control. */
export function CasePicker({ id, value, onChange, initialLabel }: Props) {
  const [q, setQ] = useState('');
  const [options, setOptions] = useState<{ value: number; label: string }[]>(
    value && initialLabel ? [{ value, label: initialLabel }] : [],
  );
  useEffect(() => {
    let isCurrent = true;
    const timer = setTimeout(() => {
      api.get<Page<CaseListItem>>('/applications', { q, pageSize: 20 }, { quiet: true }).then(
        (page) =>
          isCurrent &&
          setOptions(
            page.items.map((item) => ({ value: item.id, label: `${item.caseNumber}　${item.applicantName}` })),
          ),
        () => {},
      );
    }, 250);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [q]);
  return (
    <Select<number>
      id={id}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? undefined)}
      options={options}
      placeholder="输入案件编号或申请人查找"
      allowClear
      showSearch={{ filterOption: false, onSearch: setQ }}
      style={{ width: '100%' }}
    />
  );
}
