import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Table } from 'antd';
import type { FormListFieldData } from 'antd/es/form/FormList';

/** 自定义敏感词: an editable table (word + suggestion) bound to the form list `extraSensitiveWords`. */
export function ExtraWordsTable() {
  return (
    <Form.List name="extraSensitiveWords">
      {(fields, { add, remove }, { errors }) => (
        <>
          <Table<FormListFieldData>
            size="small"
            pagination={false}
            rowKey="key"
            dataSource={fields}
            locale={{ emptyText: '尚未添加自定义敏感词' }}
            columns={[
              {
                title: '敏感词',
                key: 'word',
                width: '35%',
                render: (_value, field, index) => (
                  <Form.Item
                    name={[field.name, 'word']}
                    style={{ marginBottom: 0 }}
                    rules={[{ required: true, whitespace: true, message: '请填写敏感词' }]}
                  >
                    <Input aria-label={`第 ${index + 1} 个敏感词`} placeholder="如：内部资料" maxLength={50} />
                  </Form.Item>
                ),
              },
              {
                title: '修改建议（可不填）',
                key: 'suggestion',
                render: (_value, field, index) => (
                  <Form.Item name={[field.name, 'suggestion']} style={{ marginBottom: 0 }}>
                    <Input
                      aria-label={`第 ${index + 1} 个敏感词的修改建议`}
                      placeholder="审核时显示给审核员"
                      maxLength={200}
                    />
                  </Form.Item>
                ),
              },
              {
                title: '操作',
                key: 'actions',
                width: 72,
                render: (_value, field, index) => (
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={`删除第 ${index + 1} 个敏感词`}
                    onClick={() => remove(field.name)}
                  />
                ),
              },
            ]}
          />
          <Button type="dashed" icon={<PlusOutlined />} style={{ marginTop: 8 }} onClick={() => add({ word: '' })}>
            添加敏感词
          </Button>
          <Form.ErrorList errors={errors} />
        </>
      )}
    </Form.List>
  );
}
