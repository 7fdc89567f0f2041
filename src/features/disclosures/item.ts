// An item of proactive disclosure (主动公开信息) as staff and the API see it.
import type { DocType, ItemState, Validity } from './disclosure.tables.ts';
import type { ItemContentFinding } from './item-content-checks.ts';
import type { Timeliness } from './timeliness.ts';
import type { ReviewChecklist } from './workflow.ts';

export type { DocType, ItemState, Validity };

export const DOC_TYPES: readonly DocType[] = [
  'news',
  'notice',
  'policy',
  'normative',
  'plan',
  'statistics',
  'budget',
  'interpretation',
  'other',
];

export const DOC_TYPE_LABELS: Record<DocType, string> = {
  news: '工作动态',
  notice: '通知公告',
  policy: '政策文件',
  normative: '规范性文件',
  plan: '规划计划',
  statistics: '统计信息',
  budget: '财政预决算',
  interpretation: '政策解读',
  other: '其他',
};

export const VALIDITIES: readonly Validity[] = ['valid', 'expired', 'abolished'];

export const VALIDITY_LABELS: Record<Validity, string> = { valid: '有效', expired: '失效', abolished: '废止' };

/** The catalogue metadata an item carries (what the portal's metadata table shows). */
export interface ItemMetadata {
  title: string;
  /** 发布机构 */
  publisher: string;
  /** 成文日期 */
  formedOn: string | null;
  /** 变更日期: a change restarts the Art. 26 clock. */
  changedOn: string | null;
  /** 文号 */
  docNo: string | null;
  /** 主题分类 */
  topic: string | null;
  /** 公开方式 */
  disclosureMethod: string;
  docType: DocType;
  /** 有效性, for normative documents. */
  validity: Validity | null;
  effectiveOn: string | null;
  invalidOn: string | null;
  /** For a 政策解读: the policy item it explains. */
  interpretsItemId: number | null;
}

export interface ItemInput extends Partial<Omit<ItemMetadata, 'title'>> {
  orgId: number;
  title: string;
  bodyHtml?: string;
  columnIds: number[];
}

export interface ItemPatch extends Partial<ItemMetadata> {
  bodyHtml?: string;
  columnIds?: number[];
  /** The version the editor started from: a stale one is refused (VERSION_CONFLICT). */
  expectedVersion: number;
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

/** 谁公开、谁审查、谁负责. */
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

export interface ItemSummary {
  id: number;
  orgId: number;
  title: string;
  state: ItemState;
  docType: DocType;
  indexNo: string | null;
  columnIds: number[];
  version: number;
  /** A published version is on the portal now. */
  isPublic: boolean;
  liveVersionNo: number | null;
  publishedAt: string | null;
  scheduledAt: string | null;
  updatedAt: string;
}

/** Art. 26 on a list row: the live version as published, or the working copy against today. */
export interface RowTimeliness extends Timeliness {
  /** true: judged at publication (isLate = 逾期公开); false: not yet published (isLate = 已超期). */
  published: boolean;
}

/** A row of the staff list: the summary with its 成文日期 and the Art. 26 flag. */
export interface ItemListEntry extends ItemSummary {
  formedOn: string | null;
  timeliness: RowTimeliness | null;
}

export interface Item extends ItemSummary, ItemMetadata {
  bodyHtml: string;
  firstPublishedAt: string | null;
  workflow: WorkflowRecord;
  attachments: AttachmentInfo[];
  /** Art. 26 for the working copy (against today until it is published). */
  timeliness: Timeliness | null;
  /** Content checks of the working copy (sensitive words, typos, personal data) for the reviewer. */
  contentChecks: ItemContentFinding[];
}

export interface ItemVersion extends ItemMetadata {
  itemId: number;
  versionNo: number;
  orgId: number;
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
