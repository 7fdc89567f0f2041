import { Select } from 'antd';
import type { PublishingOrg } from './publishing-orgs.ts';

interface Props {
  orgs: PublishingOrg[];
  value: number | undefined;
  onChange: (id: number) => void;
}

/** 选择单位: which government or department the screen works on. */
export function PublishingOrgSelect({ orgs, value, onChange }: Props) {
  return (
    <Select<number>
      aria-label="选择单位"
      value={value}
      onChange={onChange}
      placeholder="选择单位"
      showSearch={{ optionFilterProp: 'label' }}
      style={{ minWidth: 240 }}
      options={orgs.map((org) => ({ value: org.id, label: org.name ?? '…' }))}
    />
  );
}
