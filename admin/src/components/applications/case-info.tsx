import { Alert, Card, Descriptions } from 'antd';
import { DELIVERY_METHOD_LABELS, FORM_WANTED_LABELS, ID_TYPE_LABELS, labelOf } from './labels.ts';
import type { CaseDetail } from './types.ts';

/** 申请人 and 申请内容 as registered (personal data masked for viewers who do not work cases). */
export function CaseInfo({ detail }: { detail: CaseDetail }) {
  const { applicant, request } = detail;
  const isLegal = applicant.type !== 'naturalPerson';
  return (
    <Card title="申请人和申请内容" size="small">
      {detail.applicantWarnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message="请核对申请人信息"
          description={detail.applicantWarnings.join('；')}
        />
      )}
      <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
        <Descriptions.Item label="申请人类型">{applicant.typeLabel}</Descriptions.Item>
        <Descriptions.Item label={isLegal ? '名称' : '姓名'}>{applicant.name}</Descriptions.Item>
        {isLegal ? (
          <>
            <Descriptions.Item label="统一社会信用代码">{applicant.creditCode ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="联系人">{applicant.contactPerson ?? '—'}</Descriptions.Item>
          </>
        ) : (
          <Descriptions.Item label={labelOf(ID_TYPE_LABELS, applicant.idType) || '证件号码'}>
            {applicant.idNumber ?? '—'}
          </Descriptions.Item>
        )}
        <Descriptions.Item label="联系电话">{applicant.phone}</Descriptions.Item>
        <Descriptions.Item label="电子邮箱">{applicant.email ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="通信地址" span={2}>
          {[applicant.address, applicant.postalCode].filter(Boolean).join('　') || '—'}
        </Descriptions.Item>
        <Descriptions.Item label="所需信息" span={2}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{request.description}</span>
        </Descriptions.Item>
        <Descriptions.Item label="文号">{request.documentNumbers ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="用途">{request.purpose ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="获取方式">{labelOf(FORM_WANTED_LABELS, request.formWanted)}</Descriptions.Item>
        <Descriptions.Item label="送达方式">{labelOf(DELIVERY_METHOD_LABELS, request.delivery)}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
