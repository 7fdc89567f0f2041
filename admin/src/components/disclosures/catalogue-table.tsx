import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Select, Space, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { columnKindLabel } from './column-kind.ts';
import { options, UPDATE_CLASS_LABELS } from './disclosure-labels.ts';
import type { ColumnNode, UpdateClass } from './disclosure-types.ts';

interface Props {
  columns: ColumnNode[];
  isLoading: boolean;
  onEdit: (column: ColumnNode) => void;
  onDelete: (column: ColumnNode) => void;
  onMove: (column: ColumnNode, direction: -1 | 1) => void;
  onUpdateClass: (column: ColumnNode, updateClass: UpdateClass) => void;
}

type Row = Omit<ColumnNode, 'children'> & { children?: Row[]; siblings: number; position: number };

/** antd draws an expander for any `children` array, so leaves get none. */
function toRows(nodes: ColumnNode[]): Row[] {
  return nodes.map((node, position) => ({
    ...node,
    siblings: nodes.length,
    position,
    children: node.children.length > 0 ? toRows(node.children) : undefined,
  }));
}

function findNode(nodes: ColumnNode[], id: number): ColumnNode | undefined {
  for (const node of nodes) {
    if (node.id === id) return node;
    const found = findNode(node.children, id);
    if (found) return found;
  }
  return undefined;
}

/** The catalogue as a tree table: statutory kind, update class (changeable in place), order, actions. */
export function CatalogueTable({ columns, isLoading, onEdit, onDelete, onMove, onUpdateClass }: Props) {
  const node = (row: Row) => findNode(columns, row.id) as ColumnNode;
  const tableColumns: ColumnsType<Row> = [
    {
      title: '栏目名称',
      dataIndex: 'name',
      render: (name: string, row) => (
        <span style={{ display: 'inline-block', verticalAlign: 'top' }}>
          <Typography.Text strong={row.parentId === null}>{name}</Typography.Text>
          {row.article && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {row.article}
            </Typography.Text>
          )}
        </span>
      ),
    },
    { title: '代码', dataIndex: 'code', width: 110 },
    { title: '依据', dataIndex: 'kind', width: 150, render: columnKindLabel },
    {
      title: '更新类别',
      dataIndex: 'updateClass',
      width: 160,
      render: (value: UpdateClass, row) => (
        <Select<UpdateClass>
          aria-label={`更新类别：${row.name}`}
          value={value}
          size="small"
          style={{ width: 130 }}
          options={options(UPDATE_CLASS_LABELS)}
          onChange={(next) => onUpdateClass(node(row), next)}
        />
      ),
    },
    { title: '已发布', dataIndex: 'publishedCount', width: 80, align: 'right' },
    {
      title: '操作',
      key: 'actions',
      width: 180,
      render: (_, row) => (
        <Space size={0}>
          <Tooltip title="上移">
            <Button
              type="text"
              size="small"
              icon={<ArrowUpOutlined />}
              aria-label={`上移：${row.name}`}
              disabled={row.position === 0}
              onClick={() => onMove(node(row), -1)}
            />
          </Tooltip>
          <Tooltip title="下移">
            <Button
              type="text"
              size="small"
              icon={<ArrowDownOutlined />}
              aria-label={`下移：${row.name}`}
              disabled={row.position === row.siblings - 1}
              onClick={() => onMove(node(row), 1)}
            />
          </Tooltip>
          <Tooltip title="编辑">
            <Button
              type="text"
              size="small"
              icon={<EditOutlined />}
              aria-label={`编辑：${row.name}`}
              onClick={() => onEdit(node(row))}
            />
          </Tooltip>
          <Popconfirm
            title={`删除栏目“${row.name}”？`}
            description="只有没有信息、没有下级的栏目可以删除。"
            okText="删除"
            cancelText="取消"
            onConfirm={() => onDelete(node(row))}
          >
            <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={`删除：${row.name}`} />
          </Popconfirm>
        </Space>
      ),
    },
  ];
  return (
    <Table<Row>
      rowKey="id"
      columns={tableColumns}
      dataSource={toRows(columns)}
      loading={isLoading}
      pagination={false}
      expandable={{ defaultExpandAllRows: true }}
      scroll={{ x: 860 }}
      size="middle"
    />
  );
}
