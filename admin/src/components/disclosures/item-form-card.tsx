import { Alert, Card, Col, ConfigProvider, Descriptions, Form, type FormInstance, Input, Row } from 'antd';
import type { ReactNode } from 'react';
import { ColumnTreeSelect } from './column-tree-select.tsx';
import type { ColumnNode, Item } from './disclosure-types.ts';
import { HtmlEditor } from './html-editor.tsx';
import type { ItemFormValues } from './item-form.ts';
import { ItemMetadataFields } from './item-metadata-fields.tsx';

interface Props {
  form: FormInstance<ItemFormValues>;
  item: Item | null;
  orgId: number;
  orgName: string;
  columns: ColumnNode[];
  isEditable: boolean;
  initialValues: Partial<ItemFormValues>;
  actions: ReactNode;
}

// A form the user may not edit is still read: disabled text at AA contrast (antd's default is 0.25 alpha).
const READ_ONLY_THEME = { token: { colorTextDisabled: 'rgba(0, 0, 0, 0.65)' } };

/** The item's text and catalogue metadata; read-only outside a draft the user may edit. */
export function ItemFormCard({ form, item, orgId, orgName, columns, isEditable, initialValues, actions }: Props) {
  return (
    <Card title="信息内容" extra={actions}>
      {item?.isPublic && item.state !== 'published' && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="这是已发布信息的修改稿：门户网站仍显示原版本，修改稿经审核、批准后发布为新版本。内容有实质变更的，请填写“变更日期”，公开时限自变更之日起算。"
        />
      )}
      {item && (
        <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
          <Descriptions.Item label="索引号">{item.indexNo ?? '发布时生成'}</Descriptions.Item>
          <Descriptions.Item label="公开方式">{item.disclosureMethod}</Descriptions.Item>
          <Descriptions.Item label="在线版本">
            {item.liveVersionNo ? `第${item.liveVersionNo}版` : '未发布'}
          </Descriptions.Item>
        </Descriptions>
      )}
      <ConfigProvider theme={READ_ONLY_THEME}>
        <Form<ItemFormValues>
          form={form}
          name="item"
          layout="vertical"
          disabled={!isEditable}
          initialValues={initialValues}
          scrollToFirstError
        >
          <Form.Item label="标题" name="title" rules={[{ required: true, whitespace: true, message: '请填写标题' }]}>
            <Input maxLength={200} showCount />
          </Form.Item>
          <Row gutter={16}>
            <Col span={24}>
              <Form.Item
                label="所属栏目"
                name="columnIds"
                rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一个栏目' }]}
                extra="可选多个栏目"
              >
                <ColumnTreeSelect columns={columns} isMultiple />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item label="正文" name="bodyHtml">
            <HtmlEditor isReadOnly={!isEditable} key={isEditable ? 'edit' : 'read'} />
          </Form.Item>
          <ItemMetadataFields orgId={orgId} orgName={orgName} />
        </Form>
      </ConfigProvider>
    </Card>
  );
}
