// Registries behind annual-report table 二: normative documents with their life cycle, monthly
// counts of administrative decisions, and fee income (万元). Pure rules and types.
import type { DecisionKind, NormativeKind } from './registries.tables.ts';

export type { DecisionKind, NormativeKind };

export const NORMATIVE_KIND_LABELS: Record<NormativeKind, string> = { regulation: '规章', normative: '行政规范性文件' };
export const DECISION_KINDS: readonly DecisionKind[] = ['licensing', 'penalty', 'coercion'];
export const DECISION_KIND_LABELS: Record<DecisionKind, string> = {
  licensing: '行政许可',
  penalty: '行政处罚',
  coercion: '行政强制',
};

export type NormativeStatus = 'valid' | 'abolished' | 'expired' | 'not_yet_issued';
export const NORMATIVE_STATUS_LABELS: Record<NormativeStatus, string> = {
  valid: '有效',
  abolished: '已废止',
  expired: '已失效',
  not_yet_issued: '尚未印发',
};

export interface NormativeDocument {
  id: number;
  orgId: number;
  title: string;
  docNo: string | null;
  kind: NormativeKind;
  /** 制发日期 */
  issuedOn: string;
  /** 修订日期, ascending. */
  revisedOn: string[];
  abolishedOn: string | null;
  expiredOn: string | null;
  itemId: number | null;
  /** As of today. */
  status: NormativeStatus;
  updatedAt: string;
}

export interface NormativeLifeCycle {
  issuedOn: string;
  revisedOn: string[];
  abolishedOn: string | null;
  expiredOn: string | null;
}

export function statusOn(doc: NormativeLifeCycle, date: string): NormativeStatus {
  if (doc.issuedOn > date) return 'not_yet_issued';
  if (doc.abolishedOn && doc.abolishedOn <= date) return 'abolished';
  if (doc.expiredOn && doc.expiredOn <= date) return 'expired';
  return 'valid';
}

/** Problems with a life cycle, as [field, message]. */
export function lifeCycleProblems(doc: NormativeLifeCycle): [string, string][] {
  const problems: [string, string][] = [];
  for (const revised of doc.revisedOn) {
    if (revised < doc.issuedOn) problems.push(['revisedOn', `修订日期 ${revised} 早于制发日期`]);
  }
  if (doc.abolishedOn && doc.expiredOn) problems.push(['expiredOn', '废止和失效只能记录其一']);
  const end = doc.abolishedOn ?? doc.expiredOn;
  const endField = doc.abolishedOn ? 'abolishedOn' : 'expiredOn';
  if (end && end < doc.issuedOn) problems.push([endField, '废止/失效日期不能早于制发日期']);
  const lastRevision = doc.revisedOn.at(-1);
  if (end && lastRevision && end < lastRevision) problems.push([endField, '废止/失效日期不能早于最后一次修订日期']);
  return problems;
}

/** Amounts in 万元 with up to 4 decimals, kept as exact decimal text. */
export const WAN_YUAN = /^(0|[1-9]\d{0,11})(\.\d{1,4})?$/;
