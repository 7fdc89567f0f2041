// Content-check findings for the reviewer: labels, grouping and the wording of a send-back reason.
import type { ContentFinding, FindingKind } from './disclosure-types.ts';

export const FINDING_KIND_LABELS: Record<FindingKind, string> = {
  sensitiveWord: '敏感词',
  typo: '错别字',
  idCard: '身份证号码',
  mobile: '手机号码',
  bankCard: '银行卡号',
};

export const PERSONAL_KINDS: readonly FindingKind[] = ['idCard', 'mobile', 'bankCard'];

/** "敏感词 1 处、错别字 2 处" in the order of the labels. */
export function findingCounts(findings: readonly ContentFinding[]): string {
  const counts = new Map<FindingKind, number>();
  for (const f of findings) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  return (Object.keys(FINDING_KIND_LABELS) as FindingKind[])
    .filter((kind) => counts.has(kind))
    .map((kind) => `${FINDING_KIND_LABELS[kind]} ${counts.get(kind)} 处`)
    .join('、');
}

export function hasPersonalData(findings: readonly ContentFinding[]): boolean {
  return findings.some((f) => PERSONAL_KINDS.includes(f.kind));
}

/** The findings as lines of a send-back reason: where, what, and what to do. */
export function findingsAsReason(findings: readonly ContentFinding[]): string {
  if (findings.length === 0) return '';
  const lines = findings.map((f) => `${f.fieldLabel}${FINDING_KIND_LABELS[f.kind]}“${f.text}”：${f.suggestion}`);
  return `内容检查发现：${lines.join('；')}。`;
}
