import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Form, Input, Space } from 'antd';

/** 补正通知: what to correct (one line each) and by when; only once, within 7 working days. */
export function CorrectionFields() {
  return (
    <>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        message="补正通知应在收到申请之日起 7 个工作日内一次性发出（条例第三十条）；收到补正后答复期限重新计算。"
      />
      <Form.List
        name="items"
        rules={[
          {
            validator: async (_rule, items?: (string | undefined)[]) => {
              if (!items?.some((item) => item?.trim())) throw new Error('请列明需要补正的内容');
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <Form.Item label="需要补正的内容" required>
            {fields.map((field, index) => (
              <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                <Form.Item name={field.name} style={{ marginBottom: 8, width: 400 }}>
                  <Input aria-label={`补正事项 ${index + 1}`} maxLength={500} />
                </Form.Item>
                {fields.length > 1 && (
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    aria-label={`删除补正事项 ${index + 1}`}
                    onClick={() => remove(field.name)}
                  />
                )}
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')}>
              增加一项
            </Button>
            <Form.ErrorList errors={errors} />
          </Form.Item>
        )}
      </Form.List>
      <Form.Item label="补正期限" name="correctBy" extra="不填则按本机关设置（默认发出通知后 15 个工作日）">
        <DatePicker style={{ width: 200 }} />
      </Form.Item>
    </>
  );
}
