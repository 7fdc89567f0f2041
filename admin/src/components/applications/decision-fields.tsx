import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Space, Typography } from 'antd';
import { defaultLegalBasis, outcomeNote, outcomeOptionGroups } from './outcome-options.ts';

const GROUPS = outcomeOptionGroups();

/** 处理决定: one of the 21 rows of table 三; the legal basis fills itself in; reasons; what was withheld. */
export function DecisionFields() {
  const form = Form.useFormInstance();
  const outcome = Form.useWatch<string | undefined>('outcome');
  const note = outcomeNote(outcome);
  return (
    <>
      <Form.Item label="处理结果" name="outcome" rules={[{ required: true, message: '请选择处理结果' }]} extra={note}>
        <Select
          options={GROUPS}
          placeholder="按年度报告表三的分类选择"
          showSearch={{ optionFilterProp: 'label' }}
          onChange={(value: string) => form.setFieldValue('legalBasis', defaultLegalBasis(value))}
        />
      </Form.Item>
      <Form.Item label="法律依据" name="legalBasis" extra="按处理结果自动填入，可修改">
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      <Form.Item
        label="理由"
        name="reasons"
        rules={[
          {
            required: outcome !== undefined && outcome !== 'granted',
            whitespace: true,
            message: '除予以公开外，须写明理由',
          },
        ]}
      >
        <Input.TextArea rows={4} maxLength={4000} showCount />
      </Form.Item>
      {outcome === 'partiallyGranted' && <WithheldList />}
    </>
  );
}

function WithheldList() {
  return (
    <Form.List
      name="withheld"
      initialValue={[{ item: '', reason: '' }]}
      rules={[
        {
          validator: async (_rule, rows?: ({ item?: string; reason?: string } | undefined)[]) => {
            if (!rows?.some((row) => row?.item?.trim() && row.reason?.trim()))
              throw new Error('部分公开的，请列明不予公开的内容及理由（条例第三十七条）');
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <Form.Item label="不予公开的内容及理由" required>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            逐项写明不予公开的部分（如某段、某字段）及其理由。
          </Typography.Paragraph>
          {fields.map((field, index) => (
            <Space key={field.key} align="baseline" wrap style={{ display: 'flex' }}>
              <Form.Item name={[field.name, 'item']} style={{ marginBottom: 8, width: 260 }}>
                <Input aria-label={`不予公开的内容 ${index + 1}`} placeholder="不予公开的内容" maxLength={500} />
              </Form.Item>
              <Form.Item name={[field.name, 'reason']} style={{ marginBottom: 8, width: 260 }}>
                <Input aria-label={`不予公开的理由 ${index + 1}`} placeholder="理由" maxLength={500} />
              </Form.Item>
              {fields.length > 1 && (
                <Button
                  type="text"
                  icon={<MinusCircleOutlined />}
                  aria-label={`删除第 ${index + 1} 项`}
                  onClick={() => remove(field.name)}
                />
              )}
            </Space>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ item: '', reason: '' })}>
            增加一项
          </Button>
          <Form.ErrorList errors={errors} />
        </Form.Item>
      )}
    </Form.List>
  );
}
