// The applicant's side: status by query code + phone number, and the reply once delivered.
// Nothing here names the applicant or shows their data, and a wrong code and a wrong phone
// get the same answer, so the page cannot be used to probe for cases.
import { timingSafeEqual } from 'node:crypto';
import { notFound } from '../../core/app-error.ts';
import { findOrgById } from '../orgs/org.repo.ts';
import { digitsOf } from './applicant.ts';
import { type ApplicationRow, findApplicationByQueryCode } from './application.repo.ts';
import type { AppContext } from './case-context.ts';
import { type AttachmentContent, readAttachmentOf } from './case-records.ts';
import { type EventRow, findAttachments, findEvents } from './event.repo.ts';
import { isQueryCodeShape, normalizeQueryCode } from './query-code.ts';
import { FEE_BASIS_LABELS, type FeeBasis } from './rules/fees.ts';
import { isOutcomeKey, outcomeType } from './rules/outcomes.ts';

export const PUBLIC_NOT_FOUND = '查询码或联系电话不正确，请核对后重试';

export type PublicStage = 'received' | 'processing' | 'waitingForApplicant' | 'replied' | 'closed';

export const PUBLIC_STAGE_LABELS: Record<PublicStage, string> = {
  received: '已收到，等待办理',
  processing: '办理中',
  waitingForApplicant: '等待申请人补正或缴费',
  replied: '已答复',
  closed: '已办结',
};

export interface PublicStatus {
  caseNumber: string;
  orgName: string;
  receivedOn: string;
  stage: PublicStage;
  stageLabel: string;
  /** Expected reply date while the case is being handled. */
  dueOn: string | null;
  isProvisional: boolean;
  /** What the applicant must do, and by when. */
  applicantAction:
    | { kind: 'correction'; dueOn: string; items: string[] }
    | { kind: 'fee'; dueOn: string; amount: number; basisLabel: string }
    | null;
  repliedOn: string | null;
  /** The result in words, once replied. */
  outcomeLabel: string | null;
  replyFiles: { id: number; fileName: string }[];
}

function samePhone(stored: string, given: string): boolean {
  const a = Buffer.from(digitsOf(stored).slice(-11));
  const b = Buffer.from(digitsOf(given).slice(-11));
  return a.length >= 7 && a.length === b.length && timingSafeEqual(a, b);
}

export async function findCaseByCodeAndPhone(
  ctx: AppContext,
  queryCode: string,
  phone: string,
): Promise<ApplicationRow> {
  const code = normalizeQueryCode(queryCode);
  if (!isQueryCodeShape(code)) throw notFound(PUBLIC_NOT_FOUND);
  const row = await findApplicationByQueryCode(ctx.db, code);
  if (!row || !samePhone(row.applicant_phone, phone)) throw notFound(PUBLIC_NOT_FOUND);
  return row;
}

const CLOSING = new Set(['replied', 'correctionLapsed', 'feeLapsed', 'withdrawn']);

function stageOf(row: ApplicationRow, events: EventRow[]): PublicStage {
  if (row.is_open) {
    if (row.clock_status === 'waitingForApplicant') return 'waitingForApplicant';
    return row.state === 'registered' ? 'received' : 'processing';
  }
  return events.findLast((e) => CLOSING.has(e.type))?.type === 'replied' ? 'replied' : 'closed';
}

export async function getPublicStatus(ctx: AppContext, queryCode: string, phone: string): Promise<PublicStatus> {
  const row = await findCaseByCodeAndPhone(ctx, queryCode, phone);
  const [org, events, attachments] = await Promise.all([
    findOrgById(ctx.db, row.org_id),
    findEvents(ctx.db, row.id),
    findAttachments(ctx.db, row.id),
  ]);
  const stage = stageOf(row, events);
  let applicantAction: PublicStatus['applicantAction'] = null;
  if (stage === 'waitingForApplicant' && row.applicant_due_on) {
    if (row.state === 'awaitingCorrection') {
      const requested = events.findLast((e) => e.type === 'correctionRequested');
      applicantAction = {
        kind: 'correction',
        dueOn: row.applicant_due_on,
        items: (requested?.data.items as string[]) ?? [],
      };
    } else if (row.fee_amount !== null) {
      applicantAction = {
        kind: 'fee',
        dueOn: row.applicant_due_on,
        amount: row.fee_amount,
        basisLabel: FEE_BASIS_LABELS[row.fee_basis as FeeBasis] ?? '',
      };
    }
  }
  const replied = events.findLast((e) => e.type === 'replied');
  const isReplied = stage === 'replied';
  return {
    caseNumber: row.case_number,
    orgName: org?.name ?? '',
    receivedOn: row.received_on,
    stage,
    stageLabel: PUBLIC_STAGE_LABELS[stage],
    dueOn: row.is_open ? row.due_on : null,
    isProvisional: row.is_open && row.is_provisional,
    applicantAction,
    repliedOn: isReplied ? (replied?.occurred_on ?? row.closed_on) : null,
    outcomeLabel: !row.is_open && row.outcome && isOutcomeKey(row.outcome) ? outcomeType(row.outcome).label : null,
    replyFiles: isReplied
      ? attachments.filter((a) => a.kind === 'reply').map((a) => ({ id: a.id, fileName: a.file_name }))
      : [],
  };
}

/** The reply letter for the status page's download link (only files marked 答复书, only once replied). */
export async function readPublicReply(
  ctx: AppContext,
  queryCode: string,
  phone: string,
  attachmentId: number,
): Promise<AttachmentContent> {
  const status = await getPublicStatus(ctx, queryCode, phone);
  if (!status.replyFiles.some((file) => file.id === attachmentId)) throw notFound('未找到该答复文件');
  const row = await findCaseByCodeAndPhone(ctx, queryCode, phone);
  return readAttachmentOf(ctx, row.id, attachmentId);
}
