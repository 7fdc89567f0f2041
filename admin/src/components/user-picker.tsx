import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { Page, User } from '../api/types.ts';

interface Props {
  value?: number;
  onChange: (value: number | undefined) => void;
  placeholder?: string;
  ariaLabel?: string;
}

/** Pick a user by typing part of the name (searches the API, 20 at a time). */
export function UserPicker({ value, onChange, placeholder = '选择用户', ariaLabel }: Props) {
  const [q, setQ] = useState('');
  const [options, setOptions] = useState<{ value: number; label: string }[]>([]);
  useEffect(() => {
    let isCurrent = true;
    const timer = setTimeout(() => {
      api.get<Page<User>>('/users', { q, pageSize: 20 }, { quiet: true }).then(
        (page) =>
          isCurrent &&
          setOptions(page.items.map((user) => ({ value: user.id, label: `${user.displayName}（${user.username}）` }))),
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
      aria-label={ariaLabel}
      value={value}
      onChange={(next) => onChange(next ?? undefined)}
      options={options}
      placeholder={placeholder}
      allowClear
      showSearch={{ filterOption: false, onSearch: setQ }}
      style={{ width: 220 }}
    />
  );
}
