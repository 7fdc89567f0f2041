// Case rows → what services return: the detail (full personal data only for those who work
// cases) and list rows (ID numbers and phones always masked).
import type { DayCounter } from '../calendar/day-counter.ts';
import { applicantWarnings } from './applicant.ts';
import type { ApplicationRow } from './application.repo.ts';
import type {
  ApplicantType,
  CaseAttachment,
  CaseDetail,
  CaseEvent,
  CaseListItem,
  CaseNote,
  Channel,
  ClockSummary,
  Decision,
  DeliveryMethod,
  DisclosureProposal,
  ExtensionRequest,
  FormWanted,
  IdType,
  PersonRef,
  WithheldItem,
} from './application.ts';
import { APPLICANT_TYPE_LABELS, ATTACHMENT_KIND_LABELS, type AttachmentKind } from './application.ts';
import { toTimelineEvent } from './derive.ts';
import type { AttachmentRow, EventRow, NoteRow } from './event.repo.ts';
import { eventLabel } from './event-labels.ts';
import { CASE_STATE_LABELS, type CaseState } from './rules/case-states.ts';
import { CLOCK_STATUS_LABELS, type ClockStatus } from './rules/deadline.ts';
import { FEE_BASIS_LABELS, type FeeBasis } from './rules/fees.ts';
import { maskIdNumber, maskPhone } from './rules/id-card.ts';
import { isOutcomeKey, outcomeType } from './rules/outcomes.ts';
import { CHANNEL_LABELS } from './rules/receipt.ts';
import { availableCommands } from './rules/state-machine.ts';

function ref(id: number | null, name: string | null | undefined): PersonRef | null {
  return id === null ? null : { id, name: name ?? `#${id}` };
}

export function stateLabel(state: string): string {
  return CASE_STATE_LABELS[state as CaseState] ?? state;
}

type ClockRow = Pick<ApplicationRow, 'clock_status' | 'due_on' | 'is_open' | 'is_provisional' | 'applicant_due_on'>;

/** The cached clock as of `today`: days left are counted only while the clock runs. */
export function clockSummary(row: ClockRow, countWorkingDays: DayCounter, today: string): ClockSummary {
  const status = row.clock_status as ClockStatus;
  const isRunning = row.is_open && status === 'running' && row.due_on !== null;
  return {
    status,
    statusLabel: CLOCK_STATUS_LABELS[status] ?? status,
    dueOn: row.due_on,
    workingDaysLeft: isRunning ? countWorkingDays(today, row.due_on as string) : null,
    isOverdue: isRunning && today > (row.due_on as string),
    isProvisional: row.is_provisional,
    applicantDueOn: row.is_open ? row.applicant_due_on : null,
  };
}

/** The columns a list row needs (not the search columns or the full description). */
export type ListRow = Pick<
  ApplicationRow,
  | 'id'
  | 'org_id'
  | 'case_number'
  | 'received_on'
  | 'channel'
  | 'applicant_type'
  | 'applicant_name'
  | 'applicant_id_number'
  | 'applicant_phone'
  | 'state'
  | 'clock_status'
  | 'due_on'
  | 'is_open'
  | 'is_provisional'
  | 'applicant_due_on'
  | 'assigned_officer_id'
  | 'closed_on'
  | 'outcome'
  | 'version'
> & { officer_name: string | null; summary: string };

export const SUMMARY_LENGTH = 80;

export function toListItem(row: ListRow, countWorkingDays: DayCounter, today: string): CaseListItem {
  const summary = row.summary.length > SUMMARY_LENGTH ? `${row.summary.slice(0, SUMMARY_LENGTH)}…` : row.summary;
  return {
    id: row.id,
    orgId: row.org_id,
    caseNumber: row.case_number,
    receivedOn: row.received_on,
    channel: row.channel as Channel,
    applicantType: row.applicant_type as ApplicantType,
    applicantName: row.applicant_name,
    applicantIdNumberMasked: row.applicant_id_number ? maskIdNumber(row.applicant_id_number) : null,
    applicantPhoneMasked: maskPhone(row.applicant_phone),
    summary,
    state: row.state,
    stateLabel: stateLabel(row.state),
    clock: clockSummary(row, countWorkingDays, today),
    assignedOfficer: ref(row.assigned_officer_id, row.officer_name),
    closedOn: row.closed_on,
    outcome: row.outcome,
    version: row.version,
  };
}

export function toDecision(row: ApplicationRow): Decision | null {
  if (!row.outcome || !isOutcomeKey(row.outcome)) return null;
  const type = outcomeType(row.outcome);
  return {
    outcome: row.outcome,
    outcomeLabel: type.label,
    rowLabel: type.rowLabel,
    legalBasis: row.legal_basis,
    reasons: row.reasons,
    withheld: Array.isArray(row.withheld_details) ? (row.withheld_details as WithheldItem[]) : [],
  };
}

function toEvent(row: EventRow): CaseEvent {
  return {
    seq: row.seq,
    type: row.type,
    label: eventLabel(row.type),
    on: row.occurred_on,
    by: ref(row.by_user_id, row.by_name),
    data: row.data,
    createdAt: row.created_at.toISOString(),
  };
}

function toNote(row: NoteRow): CaseNote {
  return {
    id: row.id,
    body: row.body,
    author: ref(row.author_id, row.author_name),
    createdAt: row.created_at.toISOString(),
  };
}

export function toAttachment(row: AttachmentRow): CaseAttachment {
  return {
    id: row.id,
    kind: row.kind as AttachmentKind,
    kindLabel: ATTACHMENT_KIND_LABELS[row.kind as AttachmentKind] ?? row.kind,
    fileName: row.file_name,
    contentType: row.content_type,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    uploadedBy: ref(row.uploaded_by, row.uploaded_by_name),
    createdAt: row.created_at.toISOString(),
  };
}

export interface DetailParts {
  row: ApplicationRow;
  orgName: string;
  section: PersonRef | null;
  officerName: string | null;
  events: EventRow[];
  notes: NoteRow[];
  attachments: AttachmentRow[];
  countWorkingDays: DayCounter;
  today: string;
  /** False for viewers who do not work cases: ID number, phone, e-mail and address are masked. */
  showPersonalData: boolean;
}

export function toDetail(parts: DetailParts): CaseDetail {
  const { row, showPersonalData: full } = parts;
  const mask = (value: string | null, masker: (v: string) => string) =>
    value === null || full ? value : masker(value);
  const hidden = (value: string | null) => (value === null || full ? value : '（已隐藏）');
  const applicant = {
    type: row.applicant_type as ApplicantType,
    typeLabel: APPLICANT_TYPE_LABELS[row.applicant_type as ApplicantType],
    name: row.applicant_name,
    idType: row.applicant_id_type as IdType | null,
    idNumber: mask(row.applicant_id_number, maskIdNumber),
    phone: mask(row.applicant_phone, maskPhone) as string,
    email: hidden(row.applicant_email),
    address: hidden(row.applicant_address),
    postalCode: row.applicant_postal_code,
    creditCode: row.applicant_credit_code,
    contactPerson: row.applicant_contact_person,
  };
  const warnings = full
    ? applicantWarnings({
        type: applicant.type,
        name: row.applicant_name,
        idType: applicant.idType,
        idNumber: row.applicant_id_number,
        phone: row.applicant_phone,
        creditCode: row.applicant_credit_code,
      })
    : [];
  return {
    id: row.id,
    orgId: row.org_id,
    orgName: parts.orgName,
    caseNumber: row.case_number,
    queryCode: row.query_code,
    channel: row.channel as Channel,
    channelLabel: CHANNEL_LABELS[row.channel as Channel] ?? row.channel,
    receivedOn: row.received_on,
    receiptRule: row.receipt_rule,
    applicant,
    applicantWarnings: warnings,
    request: {
      description: row.description,
      documentNumbers: row.document_numbers,
      purpose: row.purpose,
      formWanted: row.form_wanted as FormWanted,
      delivery: row.delivery as DeliveryMethod,
    },
    state: row.state,
    stateLabel: stateLabel(row.state),
    isOpen: row.is_open,
    clock: clockSummary(row, parts.countWorkingDays, parts.today),
    decision: toDecision(row),
    extensionRequest: (row.extension_request as ExtensionRequest | null) ?? null,
    fee:
      row.fee_amount === null
        ? null
        : {
            amount: row.fee_amount,
            basis: row.fee_basis ?? '',
            basisLabel: FEE_BASIS_LABELS[row.fee_basis as FeeBasis] ?? '',
          },
    assignedSection: parts.section,
    assignedOfficer: ref(row.assigned_officer_id, parts.officerName),
    closedOn: row.closed_on,
    disclosureProposal: (row.disclosure_proposal as DisclosureProposal | null) ?? null,
    availableCommands: availableCommands(parts.events.map(toTimelineEvent)),
    events: parts.events.map(toEvent),
    notes: parts.notes.map(toNote),
    attachments: parts.attachments.map(toAttachment),
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
