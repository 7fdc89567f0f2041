import { TreeSelect } from 'antd';
import type { CSSProperties } from 'react';
import type { OrgNode } from '../api/types.ts';
import { toOrgOptions } from './use-org-tree.ts';

interface Props {
  tree: OrgNode[];
  value?: number | null;
  onChange?: (value: number | undefined) => void;
  placeholder?: string;
  id?: string;
  ariaLabel?: string;
  allowClear?: boolean;
  style?: CSSProperties;
}

/** Pick one org from the visible tree; works as a Form.Item control. */
export function OrgTreeSelect({
  tree,
  value,
  onChange,
  placeholder = '选择机构',
  id,
  ariaLabel,
  allowClear = true,
  style,
}: Props) {
  return (
    <TreeSelect<number>
      id={id}
      aria-label={ariaLabel}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? undefined)}
      treeData={toOrgOptions(tree)}
      placeholder={placeholder}
      allowClear={allowClear}
      treeDefaultExpandAll
      showSearch={{ treeNodeFilterProp: 'title' }}
      style={style ?? { width: '100%' }}
    />
  );
}
