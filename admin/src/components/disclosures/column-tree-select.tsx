import { TreeSelect } from 'antd';
import type { CSSProperties } from 'react';
import type { ColumnNode } from './disclosure-types.ts';

interface Props {
  columns: ColumnNode[];
  id?: string;
  value?: number[] | number;
  onChange?: (value: number[] | number | undefined) => void;
  isMultiple?: boolean;
  placeholder?: string;
  ariaLabel?: string;
  style?: CSSProperties;
}

type Option = { title: string; value: number; key: number; children: Option[] };

function toOptions(nodes: ColumnNode[]): Option[] {
  return nodes.map((node) => ({ title: node.name, value: node.id, key: node.id, children: toOptions(node.children) }));
}

/** One or several columns of the org's catalogue; works as a Form.Item control. */
export function ColumnTreeSelect({
  columns,
  id,
  value,
  onChange,
  isMultiple = false,
  placeholder = '选择栏目',
  ariaLabel,
  style,
}: Props) {
  return (
    <TreeSelect
      id={id}
      aria-label={ariaLabel}
      value={value}
      onChange={onChange}
      treeData={toOptions(columns)}
      multiple={isMultiple}
      allowClear
      treeDefaultExpandAll
      showSearch={{ treeNodeFilterProp: 'title' }}
      placeholder={placeholder}
      style={style ?? { width: '100%' }}
    />
  );
}
