import { AutoComplete, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import { DOC_TYPE_LABELS, options, VALIDITY_LABELS } from './disclosure-labels.ts';
import type { DocType, Validity } from './disclosure-types.ts';
import { docNoProblem } from './doc-no.ts';
import { PolicyPicker } from './policy-picker.tsx';

/** 主题分类: the usual headings of government portals' catalogues; any other text is accepted. */
const TOPICS = [
  '综合政务',
  '国民经济管理、国有资产监管',
  '财政、金融、审计',
  '工业、交通',
  '安全生产监管',
  '商贸、海关、旅游',
  '市场监管',
  '城乡建设、环境保护',
  '农业、林业、水利',
  '科技、教育',
  '文化、广电、新闻出版',
  '卫生、体育',
  '人口与计划生育、妇女儿童工作',
  '劳动、人事、监察',
  '公安、安全、司法',
  '民政、扶贫、救灾',
  '民族、宗教',
  '对外事务',
  '其他',
].map((value) => ({ value }));

/** 发布机构, 成文日期, 文号, 主题分类, 类型 and, by type, 有效性 or the interpreted policy. */
export function ItemMetadataFields({ orgId, orgName }: { orgId: number; orgName: string }) {
  const docType = Form.useWatch<DocType | undefined>('docType');
  const validity = Form.useWatch<Validity | null | undefined>('validity');
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item label="发布机构" name="publisher" extra={`不填则为“${orgName}”`}>
          <Input maxLength={100} placeholder={orgName} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item label="信息类型" name="docType" rules={[{ required: true, message: '请选择信息类型' }]}>
          <Select options={options(DOC_TYPE_LABELS)} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item label="成文日期" name="formedOn" extra="自成文之日起 20 个工作日内公开（条例第二十六条）">
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item label="变更日期" name="changedOn" extra="信息变更后重新起算 20 个工作日">
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          label="文号"
          name="docNo"
          rules={[
            {
              validator: async (_, value?: string) => {
                const problem = value ? docNoProblem(value) : null;
                if (problem) throw new Error(problem);
              },
            },
          ]}
          extra="年份用六角括号，如：扶工信〔2023〕12号"
        >
          <Input maxLength={60} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item label="主题分类" name="topic">
          <AutoComplete
            options={TOPICS}
            filterOption={(input, option) => (option?.value ?? '').includes(input)}
            maxLength={60}
          />
        </Form.Item>
      </Col>
      {docType === 'normative' && (
        <>
          <Col xs={24} md={8}>
            <Form.Item label="有效性" name="validity">
              <Select options={options(VALIDITY_LABELS)} placeholder="有效" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label="生效日期" name="effectiveOn">
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              label="失效/废止日期"
              name="invalidOn"
              rules={[
                {
                  required: validity === 'expired' || validity === 'abolished',
                  message: '失效或废止的文件请填写失效/废止日期',
                },
              ]}
            >
              <DatePicker style={{ width: '100%' }} disabled={!validity || validity === 'valid'} />
            </Form.Item>
          </Col>
        </>
      )}
      {docType === 'interpretation' && (
        <Col span={24}>
          <Form.Item
            label="所解读的政策文件"
            name="interpretsItemId"
            rules={[{ required: true, message: '请选择这篇解读所解读的政策文件' }]}
            extra="门户网站上解读与文件相互链接"
          >
            <PolicyPicker orgId={orgId} />
          </Form.Item>
        </Col>
      )}
    </Row>
  );
}
