/** Shapes of the 主动公开 API (/api/v1), as the back office uses them. */

export type ItemState = 'draft' | 'submitted' | 'reviewed' | 'approved' | 'scheduled' | 'published' | 'withdrawn';
export type DocType = UpdateClass | 'interpretation';
export type UpdateClass = 'news' | 'notice' | 'policy' | 'normative' | 'plan' | 'statistics' | 'budget' | 'other';
export type Validity = 'valid' | 'expired' | 'abolished';
export type ColumnKind = `a20-${number}` | `a21-${number}` | 'custom';

export interface ColumnRecord {
  id: number;
  orgId: number;
  parentId: number | null;
  name: string;
  code: string;
  kind: ColumnKind;
  updateClass: UpdateClass;
  sort: number;
  updatedAt: string;
}

export interface ColumnNode extends ColumnRecord {
  /** The regulation's wording for statutory kinds. */
  article: string | null;
  publishedCount: number;
  children: ColumnNode[];
}

export interface Catalogue {
  orgId: number;
  orgCode: string;
  orgName: string;
  columns: ColumnNode[];
}

export interface Guide {
  orgId: number;
  orgCode: string;
  orgName: string;
  bodyHtml: string;
  updatedAt: string;
  isDefault: boolean;
}

export interface Person {
  id: number;
  name: string;
}

export interface AttachmentInfo {
  id: number;
  fileName: string;
  mediaType: string;
  ext: string;
  sizeBytes: number;
  hasText: boolean;
}

export interface ReviewChecklist {
  noStateSecrets: boolean;
  noWorkSecrets: boolean;
  personalInfoProtected: boolean;
  contentAccurate: boolean;
}

export interface WorkflowRecord {
  draftedBy: Person | null;
  draftedAt: string | null;
  submittedBy: Person | null;
  submittedAt: string | null;
  reviewedBy: Person | null;
  reviewedAt: string | null;
  reviewChecklist: ReviewChecklist | null;
  reviewConclusion: string | null;
  reviewGrounds: string | null;
  approvedBy: Person | null;
  approvedAt: string | null;
  publishedBy: Person | null;
  sentBack: { by: Person | null; at: string; fromState: ItemState | null; reason: string } | null;
  withdrawn: { by: Person | null; at: string; reason: string; publicNotice: boolean } | null;
}

export interface ItemMetadata {
  title: string;
  publisher: string;
  formedOn: string | null;
  changedOn: string | null;
  docNo: string | null;
  topic: string | null;
  disclosureMethod: string;
  docType: DocType;
  validity: Validity | null;
  effectiveOn: string | null;
  invalidOn: string | null;
  interpretsItemId: number | null;
}

export interface ItemSummary {
  id: number;
  orgId: number;
  title: string;
  state: ItemState;
  docType: DocType;
  indexNo: string | null;
  columnIds: number[];
  version: number;
  isPublic: boolean;
  liveVersionNo: number | null;
  publishedAt: string | null;
  scheduledAt: string | null;
  updatedAt: string;
}

export interface Timeliness {
  referenceDate: string;
  deadline: string;
  workingDaysElapsed: number;
  workingDaysLeft: number;
  isLate: boolean;
  provisional: boolean;
}

/** A row of the staff list: with 成文日期 and the Art. 26 flag. */
export interface ItemListEntry extends ItemSummary {
  formedOn: string | null;
  /** published: judged at publication (isLate = 逾期公开); otherwise against today (isLate = 已超期). */
  timeliness: (Timeliness & { published: boolean }) | null;
}

export type FindingKind = 'sensitiveWord' | 'typo' | 'idCard' | 'mobile' | 'bankCard';

/** One finding of the content checks (敏感词, 错别字, personal data) in the working copy. */
export interface ContentFinding {
  kind: FindingKind;
  field: string;
  fieldLabel: string;
  text: string;
  start: number;
  end: number;
  context: string;
  suggestion: string;
  category?: string;
}

export interface Item extends ItemSummary, ItemMetadata {
  bodyHtml: string;
  firstPublishedAt: string | null;
  workflow: WorkflowRecord;
  attachments: AttachmentInfo[];
  timeliness: Timeliness | null;
  contentChecks: ContentFinding[];
}

export interface ItemVersion extends ItemMetadata {
  itemId: number;
  versionNo: number;
  indexNo: string;
  bodyHtml: string;
  columnIds: number[];
  attachments: AttachmentInfo[];
  publishedAt: string;
  publishedBy: Person | null;
  draftedBy: Person | null;
  draftedAt: string | null;
  reviewedBy: Person | null;
  reviewedAt: string | null;
  reviewChecklist: ReviewChecklist | null;
  reviewConclusion: string | null;
  reviewGrounds: string | null;
  approvedBy: Person | null;
  approvedAt: string | null;
  workingDaysToPublish: number | null;
  isLate: boolean;
  timelinessProvisional: boolean;
}

export interface DeadlineEntry {
  item: ItemSummary;
  timeliness: Timeliness;
}

export interface DisclosureSettings {
  indexNoPattern: string;
  withdrawalNotice: boolean;
  extraSensitiveWords: { word: string; suggestion?: string }[];
  disabledSensitiveWords: string[];
}

/** One word of the shipped sensitive-word list (GET /content-checks/sensitive-words). */
export interface ShippedSensitiveWord {
  word: string;
  category: string;
  categoryLabel: string;
  /** `{match}` stands for the text found. */
  suggestion: string;
}
