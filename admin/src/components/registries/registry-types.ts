/** Shapes of the registries behind annual-report table 二 (/api/v1/orgs/{org}/…). */

export type NormativeKind = 'regulation' | 'normative';
export type NormativeStatus = 'valid' | 'abolished' | 'expired' | 'not_yet_issued';
export type DecisionKind = 'licensing' | 'penalty' | 'coercion';

export const NORMATIVE_KIND_LABELS: Record<NormativeKind, string> = { regulation: '规章', normative: '行政规范性文件' };
export const NORMATIVE_STATUS_LABELS: Record<NormativeStatus, string> = {
  valid: '有效',
  abolished: '已废止',
  expired: '已失效',
  not_yet_issued: '尚未印发',
};
export const DECISION_KINDS: readonly DecisionKind[] = ['licensing', 'penalty', 'coercion'];
export const DECISION_KIND_LABELS: Record<DecisionKind, string> = {
  licensing: '行政许可',
  penalty: '行政处罚',
  coercion: '行政强制',
};

export interface NormativeDocument {
  id: number;
  orgId: number;
  title: string;
  docNo: string | null;
  kind: NormativeKind;
  issuedOn: string;
  revisedOn: string[];
  abolishedOn: string | null;
  expiredOn: string | null;
  itemId: number | null;
  status: NormativeStatus;
  updatedAt: string;
}

export interface NormativeInput {
  title: string;
  docNo?: string | null;
  kind: NormativeKind;
  issuedOn: string;
  revisedOn?: string[];
  abolishedOn?: string | null;
  expiredOn?: string | null;
  itemId?: number | null;
}

export interface DecisionMonth {
  month: number;
  licensing: number;
  penalty: number;
  coercion: number;
}

export interface DecisionYear {
  year: number;
  months: DecisionMonth[];
  totals: Record<DecisionKind, number>;
}

export interface DecisionEntry {
  year: number;
  month: number;
  kind: DecisionKind;
  count: number;
}

export interface FeeYear {
  year: number;
  annual: string | null;
  months: { month: number; amountWanYuan: string }[];
  totalWanYuan: string;
}

type Count = number | null;

export interface DocumentCounts {
  issued: Count;
  abolished: Count;
  inForce: Count;
}

/** The `proactive` object of the report schema (2021 template): table 二. */
export interface ProactiveFigures {
  regulations: DocumentCounts;
  normativeDocuments: DocumentCounts;
  licensing: Count;
  penalty: Count;
  coercion: Count;
  feesWanYuan: number | null;
}
