// Types of a case as services return them, and the labels used on screens and in letters.

import type { Channel } from './rules/receipt.ts';
import type { ApplicantType } from './rules/table3.ts';
import type { DeliveryMethod } from './rules/timeline.ts';

export type { ApplicantType, Channel, DeliveryMethod };

export const APPLICANT_TYPES = [
  'naturalPerson',
  'business',
  'research',
  'publicInterest',
  'legalService',
  'other',
] as const satisfies readonly ApplicantType[];

export const APPLICANT_TYPE_LABELS: Record<ApplicantType, string> = {
  naturalPerson: '自然人',
  business: '商业企业',
  research: '科研机构',
  publicInterest: '社会公益组织',
  legalService: '法律服务机构',
  other: '其他法人或其他组织',
};

export const CHANNELS = [
  'online',
  'inPerson',
  'oral',
  'registeredPost',
  'ordinaryLetter',
  'fax',
  'email',
] as const satisfies readonly Channel[];

export const ID_TYPES = [
  'residentId',
  'passport',
  'hkMacaoPermit',
  'taiwanPermit',
  'foreignPermanent',
  'other',
] as const;
export type IdType = (typeof ID_TYPES)[number];

export const ID_TYPE_LABELS: Record<IdType, string> = {
  residentId: '居民身份证',
  passport: '护照',
  hkMacaoPermit: '港澳居民来往内地通行证',
  taiwanPermit: '台湾居民来往大陆通行证',
  foreignPermanent: '外国人永久居留身份证',
  other: '其他有效身份证件',
};

export const FORMS_WANTED = ['paper', 'electronic', 'inspection'] as const;
export type FormWanted = (typeof FORMS_WANTED)[number];

export const FORM_WANTED_LABELS: Record<FormWanted, string> = {
  paper: '纸质文本',
  electronic: '电子文件',
  inspection: '当场查阅、抄录',
};

export const DELIVERY_METHODS = ['post', 'email', 'collect', 'online'] as const satisfies readonly DeliveryMethod[];

export const ATTACHMENT_KINDS = ['application', 'correction', 'draft', 'notice', 'reply', 'other'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

export const ATTACHMENT_KIND_LABELS: Record<AttachmentKind, string> = {
  application: '申请材料',
  correction: '补正材料',
  draft: '答复草稿',
  notice: '告知书',
  reply: '答复书',
  other: '其他',
};

export interface ApplicantInput {
  type: ApplicantType;
  /** Person's name, or the legal person's name. */
  name: string;
  idType?: IdType | null;
  idNumber?: string | null;
  phone: string;
  email?: string | null;
  address?: string | null;
  postalCode?: string | null;
  /** Legal persons: 统一社会信用代码 and the person to contact. */
  creditCode?: string | null;
  contactPerson?: string | null;
}

export interface RequestInput {
  description: string;
  documentNumbers?: string | null;
  purpose?: string | null;
  formWanted: FormWanted;
  delivery: DeliveryMethod;
}

export interface Applicant {
  type: ApplicantType;
  typeLabel: string;
  name: string;
  idType: IdType | null;
  idNumber: string | null;
  phone: string;
  email: string | null;
  address: string | null;
  postalCode: string | null;
  creditCode: string | null;
  contactPerson: string | null;
}

export interface CaseRequest {
  description: string;
  documentNumbers: string | null;
  purpose: string | null;
  formWanted: FormWanted;
  delivery: DeliveryMethod;
}

export interface PersonRef {
  id: number;
  name: string;
}

export interface WithheldItem {
  /** What was withheld (a document, a paragraph, a field). */
  item: string;
  /** Why, e.g. 涉及个人隐私（条例第十五条）. */
  reason: string;
}

export interface Decision {
  outcome: string;
  outcomeLabel: string;
  rowLabel: string;
  legalBasis: string | null;
  reasons: string | null;
  withheld: WithheldItem[];
}

export interface ExtensionRequest {
  workingDays: number;
  reason: string;
  requestedBy: PersonRef;
  requestedOn: string;
}

export interface DisclosureProposal {
  note: string;
  relatedCaseIds: number[];
  proposedBy: PersonRef;
  proposedAt: string;
}

/** The clock as cached on the case row (the full explanation is the clock view). */
export interface ClockSummary {
  status: string;
  statusLabel: string;
  dueOn: string | null;
  workingDaysLeft: number | null;
  isOverdue: boolean;
  isProvisional: boolean;
  applicantDueOn: string | null;
}

export interface CaseEvent {
  seq: number;
  type: string;
  label: string;
  on: string;
  by: PersonRef | null;
  data: Record<string, unknown>;
  createdAt: string;
}

export interface CaseNote {
  id: number;
  body: string;
  author: PersonRef | null;
  createdAt: string;
}

export interface CaseAttachment {
  id: number;
  kind: AttachmentKind;
  kindLabel: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: PersonRef | null;
  createdAt: string;
}

export interface CaseDetail {
  id: number;
  orgId: number;
  orgName: string;
  caseNumber: string;
  queryCode: string;
  channel: Channel;
  channelLabel: string;
  receivedOn: string;
  receiptRule: string;
  applicant: Applicant;
  /** Problems with the ID number or credit code (warnings, never refusals). */
  applicantWarnings: string[];
  request: CaseRequest;
  state: string;
  stateLabel: string;
  isOpen: boolean;
  clock: ClockSummary;
  decision: Decision | null;
  extensionRequest: ExtensionRequest | null;
  fee: { amount: number; basis: string; basisLabel: string } | null;
  assignedSection: PersonRef | null;
  assignedOfficer: PersonRef | null;
  closedOn: string | null;
  disclosureProposal: DisclosureProposal | null;
  availableCommands: string[];
  events: CaseEvent[];
  notes: CaseNote[];
  attachments: CaseAttachment[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** A row of a staff list: ID numbers and phones masked. */
export interface CaseListItem {
  id: number;
  orgId: number;
  caseNumber: string;
  receivedOn: string;
  channel: Channel;
  applicantType: ApplicantType;
  applicantName: string;
  applicantIdNumberMasked: string | null;
  applicantPhoneMasked: string;
  summary: string;
  state: string;
  stateLabel: string;
  clock: ClockSummary;
  assignedOfficer: PersonRef | null;
  closedOn: string | null;
  outcome: string | null;
  version: number;
}
