import { Form, Input, InputNumber, Modal, Select, TreeSelect } from 'antd';
import { useState } from 'react';
import { applyFieldErrors } from '../../api/form-errors.ts';
import { type ColumnInput, disclosureApi } from './disclosure-api.ts';
import { options, UPDATE_CLASS_LABELS } from './disclosure-labels.ts';
import type { ColumnNode, UpdateClass } from './disclosure-types.ts';

interface FormValues {
  parentId?: number;
  name: string;
  code: string;
  updateClass: UpdateClass;
  sort?: number;
}

interface Props {
  orgId: number;
  columns: ColumnNode[];
  /** Editing this column; none: a new custom column. */
  column?: ColumnNode;
  onClose: () => void;
  onSaved: () => void;
}

type TreeOption = { title: string; value: number; key: number; disabled?: boolean; children: TreeOption[] };

/** Parents to pick from; a column cannot move under itself or its own sub-columns. */
function parentOptions(nodes: ColumnNode[], excluded?: number): TreeOption[] {
  return nodes
    .filter((node) => node.id !== excluded)
    .map((node) => ({
      title: node.name,
      value: node.id,
      key: node.id,
      children: parentOptions(node.children, excluded),
    }));
}

/** 新增栏目 / 编辑栏目. */
export function ColumnFormModal({ orgId, columns, column, onClose, onSaved }: Props) {
  const [form] = Form.useForm<FormValues>();
  const [busy, setBusy] = useState(false);
  const title = column ? `编辑栏目：${column.name}` : '新增栏目';

  const save = async (values: FormValues) => {
    setBusy(true);
    const input: ColumnInput = {
      parentId: values.parentId ?? null,
      name: values.name.trim(),
      code: values.code.trim(),
      kind: column?.kind ?? 'custom',
      updateClass: values.updateClass,
      sort: values.sort ?? 0,
    };
    try {
      if (column) await disclosureApi.updateColumn(column.id, input);
      else await disclosureApi.createColumn(orgId, input);
      onSaved();
    } catch (error) {
      applyFieldErrors(form, error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={title}
      okText="保存"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<FormValues>
        name="column-form"
        form={form}
        layout="vertical"
        onFinish={save}
        aria-label={title}
        initialValues={
          column
            ? {
                parentId: column.parentId ?? undefined,
                name: column.name,
                code: column.code,
                updateClass: column.updateClass,
                sort: column.sort,
              }
            : { updateClass: 'news', sort: 100 }
        }
      >
        <Form.Item label="上级栏目" name="parentId" extra="不选则为顶级栏目">
          <TreeSelect<number>
            treeData={parentOptions(columns, column?.id)}
            allowClear
            treeDefaultExpandAll
            placeholder="（顶级栏目）"
          />
        </Form.Item>
        <Form.Item
          label="栏目名称"
          name="name"
          rules={[{ required: true, whitespace: true, message: '请填写栏目名称' }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          label="栏目代码"
          name="code"
          extra="用于网址，同一单位内不能重复"
          rules={[
            { required: true, whitespace: true, message: '请填写栏目代码' },
            { pattern: /^[a-z0-9][a-z0-9-]{0,39}$/, message: '栏目代码由小写字母、数字和连字符组成' },
          ]}
        >
          <Input maxLength={40} disabled={column !== undefined && column.kind !== 'custom'} />
        </Form.Item>
        <Form.Item
          label="更新类别"
          name="updateClass"
          extra="网站检查按类别判断栏目是否长期未更新"
          rules={[{ required: true, message: '请选择更新类别' }]}
        >
          <Select options={options(UPDATE_CLASS_LABELS)} />
        </Form.Item>
        <Form.Item label="排序" name="sort" extra="数字小的在前">
          <InputNumber min={0} max={100000} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
