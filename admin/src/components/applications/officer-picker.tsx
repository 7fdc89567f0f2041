import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';

interface CaseOfficer {
  id: number;
  name: string;
  roles: string[];
  grantedAt: { id: number; name: string }[];
}

const ROLE_LABELS: Record<string, string> = { officer: '承办人', approver: '负责人' };

/**
 * The people who may handle the org's cases (or the chosen section's), from
 * /applications/officers: works for every role that assigns, not only user administrators.
 */
export function OfficerPicker({
  orgId,
  sectionId,
  value,
  onChange,
  id,
}: {
  orgId: number;
  sectionId?: number;
  value?: number;
  onChange?: (value?: number) => void;
  id?: string;
}) {
  const [officers, setOfficers] = useState<CaseOfficer[]>([]);
  const [isLoading, setLoading] = useState(true);

  useEffect(() => {
    let live = true;
    setLoading(true);
    api
      .get<{ items: CaseOfficer[] }>('/applications/officers', { orgId, sectionId }, { quiet: true })
      .then(
        ({ items }) => live && setOfficers(items),
        () => live && setOfficers([]),
      )
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [orgId, sectionId]);

  return (
    <Select
      id={id}
      aria-label="承办人"
      placeholder="选择承办人"
      allowClear
      showSearch
      optionFilterProp="label"
      loading={isLoading}
      value={value}
      onChange={(next?: number) => onChange?.(next)}
      notFoundContent={isLoading ? '正在载入…' : '没有可分派的承办人'}
      options={officers.map((officer) => ({
        value: officer.id,
        label: `${officer.name}（${officer.roles.map((r) => ROLE_LABELS[r] ?? r).join('、')}· ${officer.grantedAt
          .map((g) => g.name)
          .join('、')}）`,
      }))}
    />
  );
}
