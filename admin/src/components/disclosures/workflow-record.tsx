import { Descriptions, Typography } from 'antd';
import { CHECKLIST_LABELS, formatDateTime, ITEM_STATE_LABELS } from './disclosure-labels.ts';
import type { Person, WorkflowRecord as Record, ReviewChecklist } from './disclosure-types.ts';

const who = (person: Person | null, at: string | null) => (person ? `${person.name}（${formatDateTime(at)}）` : '—');

function checklistText(checklist: ReviewChecklist | null): string {
  if (!checklist) return '—';
  return (Object.keys(CHECKLIST_LABELS) as (keyof ReviewChecklist)[])
    .map((key) => `${checklist[key] ? '✓' : '✗'} ${CHECKLIST_LABELS[key]}`)
    .join('；');
}

/** 谁公开、谁审查、谁负责: who drafted, reviewed (on what grounds) and approved, and when. */
export function WorkflowRecord({ record }: { record: Record }) {
  return (
    <section aria-label="公开审查记录">
      <Descriptions size="small" column={1} bordered styles={{ label: { width: 118, whiteSpace: 'nowrap' } }}>
        <Descriptions.Item label="起草（谁公开）">{who(record.draftedBy, record.draftedAt)}</Descriptions.Item>
        <Descriptions.Item label="提交审核">{who(record.submittedBy, record.submittedAt)}</Descriptions.Item>
        <Descriptions.Item label="审核（谁审查）">{who(record.reviewedBy, record.reviewedAt)}</Descriptions.Item>
        <Descriptions.Item label="保密审查">{checklistText(record.reviewChecklist)}</Descriptions.Item>
        <Descriptions.Item label="审查结论">{record.reviewConclusion ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="审查依据">{record.reviewGrounds ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="批准（谁负责）">{who(record.approvedBy, record.approvedAt)}</Descriptions.Item>
        <Descriptions.Item label="发布操作">{record.publishedBy?.name ?? '—'}</Descriptions.Item>
      </Descriptions>
      {record.sentBack && (
        <Typography.Paragraph type="danger" style={{ marginTop: 12 }} role="status">
          {formatDateTime(record.sentBack.at)} 由 {record.sentBack.by?.name ?? '—'} 从“
          {record.sentBack.fromState ? ITEM_STATE_LABELS[record.sentBack.fromState] : '—'}”退回：
          {record.sentBack.reason}
        </Typography.Paragraph>
      )}
      {record.withdrawn && (
        <Typography.Paragraph type="danger" style={{ marginTop: 12 }}>
          {formatDateTime(record.withdrawn.at)} 由 {record.withdrawn.by?.name ?? '—'} 撤回：{record.withdrawn.reason}
          {record.withdrawn.publicNotice ? '（原网址保留撤回说明）' : ''}
        </Typography.Paragraph>
      )}
    </section>
  );
}
