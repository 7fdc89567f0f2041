/** Wire shapes of /api/v1/applications, /reviews and /calendar as the back office reads them. */

export interface PersonRef {
  id: number;
  name: string;
}

export interface ClockSummary {
  status: string;
  statusLabel: string;
  dueOn: string | null;
  /** Negative when overdue; null while paused or waiting for the applicant. */
  workingDaysLeft: number | null;
  isOverdue: boolean;
  isProvisional: boolean;
  applicantDueOn: string | null;
}

export interface CaseListItem {
  id: number;
  orgId: number;
  caseNumber: string;
  receivedOn: string;
  channel: string;
  applicantType: string;
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

export interface WithheldItem {
  item: string;
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
  kind: string;
  kindLabel: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: PersonRef | null;
  createdAt: string;
}

export interface Applicant {
  type: string;
  typeLabel: string;
  name: string;
  idType: string | null;
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
  formWanted: string;
  delivery: string;
}

export interface CaseDetail {
  id: number;
  orgId: number;
  orgName: string;
  caseNumber: string;
  queryCode: string;
  channel: string;
  channelLabel: string;
  receivedOn: string;
  receiptRule: string;
  applicant: Applicant;
  applicantWarnings: string[];
  request: CaseRequest;
  state: string;
  stateLabel: string;
  isOpen: boolean;
  clock: ClockSummary;
  decision: Decision | null;
  extensionRequest: { workingDays: number; reason: string; requestedBy: PersonRef; requestedOn: string } | null;
  fee: { amount: number; basis: string; basisLabel: string } | null;
  assignedSection: PersonRef | null;
  assignedOfficer: PersonRef | null;
  closedOn: string | null;
  disclosureProposal: { note: string; relatedCaseIds: number[]; proposedBy: PersonRef; proposedAt: string } | null;
  /** State-machine command names (claim, requestCorrection, …) the current state allows. */
  availableCommands: string[];
  events: CaseEvent[];
  notes: CaseNote[];
  attachments: CaseAttachment[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface RegisterResult {
  id: number;
  caseNumber: string;
  queryCode: string;
  receivedOn: string;
  dueOn: string | null;
  isProvisional: boolean;
  warnings: string[];
  case: CaseDetail;
}

export interface DashboardCounts {
  open: number;
  unclaimed: number;
  dueSoon: number;
  overdue: number;
  waitingForApplicant: number;
  provisional: number;
  myQueue: number;
}

export interface Dashboard {
  today: string;
  dueSoonUntil: string;
  counts: DashboardCounts;
  myQueue: CaseListItem[];
  unclaimed: CaseListItem[];
  dueSoon: CaseListItem[];
  overdue: CaseListItem[];
  waitingForApplicant: CaseListItem[];
  provisional: CaseListItem[];
  provisionalYears: number[];
}

export interface ClockStep {
  kind: string;
  date: string;
  label: string;
}

export interface ClockView {
  caseNumber: string;
  receivedOn: string;
  today: string;
  status: string;
  statusLabel: string;
  dueOn: string | null;
  workingDaysLeft: number | null;
  isOverdue: boolean;
  closedOn?: string;
  isLate?: boolean;
  periodWorkingDays: number;
  extensionWorkingDays: number;
  excludedWorkingDays: number;
  provisional: boolean;
  provisionalYears: number[];
  applicantDeadline?: { kind: string; date: string; hasLapsed: boolean; outcomeIfLapsed: string; provisional: boolean };
  steps: ClockStep[];
}

export interface SimilarCase {
  id: number;
  caseNumber: string;
  receivedOn: string;
  description: string;
  state: string;
  stateLabel: string;
  outcome: string | null;
  outcomeLabel: string | null;
  score: number;
}

export interface FeeQuote {
  basis: string;
  amount: number;
  lines: { from: number; to: number; units: number; unitPrice: number; subtotal: number }[];
  explanation: string;
}

export interface ReplyLetter {
  caseNumber: string;
  letterDate: string;
  isDraft: boolean;
  org: {
    name: string;
    disclosureOffice: string | null;
    address: string | null;
    postalCode: string | null;
    phone: string | null;
    email: string | null;
  };
  applicant: {
    name: string;
    contactPerson: string | null;
    address: string | null;
    postalCode: string | null;
    email: string | null;
  };
  receivedOn: string;
  description: string;
  documentNumbers: string | null;
  decision: Decision;
  legalBasis: string;
  howToObtain: string | null;
  formWanted: string;
  delivery: string;
  fee: { amount: number; basisLabel: string } | null;
  remedies: { reconsiderationDays: number; litigationMonths: number; reconsiderationBody: string; text: string };
  repliedOn: string | null;
  trackingNumber: string | null;
}

export interface ReviewRecord {
  id: number;
  orgId: number;
  applicationId: number | null;
  caseNumber: string | null;
  route: string;
  routeLabel: string;
  body: string;
  reference: string | null;
  filedOn: string;
  closedOn: string | null;
  result: string;
  resultLabel: string;
  notes: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CalendarYear {
  year: number;
  holidays: number;
  makeupWorkdays: number;
  data: { year: number; holidays: string[]; makeupWorkdays: string[]; names?: Record<string, string> };
}

export interface CalendarImportResult {
  years: number[];
  replaced: number[];
  warnings: string[];
}

export type LetterKind = 'reply' | 'correction' | 'extension' | 'fee' | 'consultation';

export interface CaseLetterSummary {
  kind: LetterKind;
  title: string;
  date: string;
  isDraft: boolean;
  isEditable: boolean;
  isEdited: boolean;
  editedBy: { id: number; name: string } | null;
  editedAt: string | null;
}

export interface LetterDocument {
  kind: string;
  titleLines: string[];
  documentNumber: string;
  addressee: string;
  paragraphs: string[];
  signature: { orgName: string; sealText?: string; date: string };
  note?: string;
}

export interface CaseLetter extends CaseLetterSummary {
  document: LetterDocument;
}

/** An org's wording for one letter (GET /orgs/{org}/letter-templates). */
export interface LetterTemplateEntry {
  key: string;
  kind: LetterKind;
  outcome: string | null;
  label: string;
  source: 'own' | 'inherited' | 'standard';
  from: { id: number; name: string } | null;
  usesGeneralReply: boolean;
  own: { title: string | null; body: string; updatedAt: string; updatedBy: { id: number; name: string } | null } | null;
  effective: { title: string | null; body: string } | null;
  standard: { title: string | null; body: string };
  placeholders: { name: string; description: string }[];
}

export interface LetterTemplateList {
  org: { id: number; name: string };
  canEdit: boolean;
  items: LetterTemplateEntry[];
}
