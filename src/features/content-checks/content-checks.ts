// Content checks shown to the reviewer (审核员) next to the 保密审查 checklist: sensitive or
// improper wording, common wrongly written words (错别字), and personal data (身份证号码,
// 手机号码, 银行卡号) in a draft's title and body. Pure: text in, findings out.
import { findPersonalData, type PersonalDataKind } from './personal-data.ts';
import {
  COMMON_TYPOS,
  DEFAULT_SENSITIVE_WORDS,
  SENSITIVE_CATEGORY_LABELS,
  type SensitiveCategory,
  type SensitiveEntry,
} from './word-lists.ts';

export type FindingKind = 'sensitiveWord' | 'typo' | PersonalDataKind;

export const FINDING_KIND_LABELS: Record<FindingKind, string> = {
  sensitiveWord: '敏感词',
  typo: '错别字',
  idCard: '身份证号码',
  mobile: '手机号码',
  bankCard: '银行卡号',
};

export interface ContentFinding {
  kind: FindingKind;
  /** Which part of the item: title or body (the body's plain text). */
  field: string;
  /** The text found, as written. */
  text: string;
  /** Offsets in the field's text (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  /** A few characters either side, to find the place. */
  context: string;
  /** What to do about it, in Chinese. */
  suggestion: string;
  /** For sensitive words: 政治表述, 法律表述, … */
  category?: string;
}

export interface ExtraWord {
  word: string;
  suggestion?: string;
}

export interface ContentCheckOptions {
  /** The platform's own words, checked as well as the shipped list. */
  extraWords?: readonly ExtraWord[];
  /** Shipped words switched off by the platform (their `word`). */
  disabledWords?: readonly string[];
}

export interface CheckedField {
  field: string;
  text: string;
}

const CONTEXT_CHARS = 12;

function contextOf(text: string, start: number, end: number): string {
  const from = Math.max(0, start - CONTEXT_CHARS);
  const to = Math.min(text.length, end + CONTEXT_CHARS);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ')}${to < text.length ? '…' : ''}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function globalPattern(source: string | RegExp): RegExp {
  if (typeof source === 'string') return new RegExp(escapeRegExp(source), 'g');
  return source.flags.includes('g')
    ? new RegExp(source.source, source.flags)
    : new RegExp(source.source, `${source.flags}g`);
}

interface WordRule {
  kind: 'sensitiveWord' | 'typo';
  pattern: RegExp;
  suggestion: (match: string) => string;
  category?: string;
}

function sensitiveRule(entry: SensitiveEntry): WordRule {
  return {
    kind: 'sensitiveWord',
    pattern: globalPattern(entry.pattern ?? entry.word),
    suggestion: (match) => entry.suggestion.replaceAll('{match}', match),
    category: SENSITIVE_CATEGORY_LABELS[entry.category],
  };
}

/** The rules for one platform: shipped words minus the switched-off ones, plus its own. */
export function buildRules(options: ContentCheckOptions = {}): WordRule[] {
  const disabled = new Set(options.disabledWords ?? []);
  const rules: WordRule[] = DEFAULT_SENSITIVE_WORDS.filter((e) => !disabled.has(e.word)).map(sensitiveRule);
  for (const extra of options.extraWords ?? []) {
    const word = extra.word.trim();
    if (!word) continue;
    rules.push(
      sensitiveRule({
        word,
        category: 'improper' satisfies SensitiveCategory,
        suggestion: extra.suggestion?.trim() || '本平台设定的敏感词，请核实后修改或删除',
      }),
    );
  }
  for (const [wrong, right] of COMMON_TYPOS) {
    rules.push({ kind: 'typo', pattern: globalPattern(wrong), suggestion: (match) => `“${match}”应为“${right}”` });
  }
  return rules;
}

/** Every finding in the given fields, in reading order (field by field, then position). */
export function checkContent(fields: readonly CheckedField[], options: ContentCheckOptions = {}): ContentFinding[] {
  const rules = buildRules(options);
  const findings: ContentFinding[] = [];
  for (const { field, text } of fields) {
    const inField: ContentFinding[] = [];
    for (const rule of rules) {
      rule.pattern.lastIndex = 0;
      for (const match of text.matchAll(rule.pattern)) {
        if (match[0] === '') continue;
        const start = match.index ?? 0;
        const end = start + match[0].length;
        inField.push({
          kind: rule.kind,
          field,
          text: match[0],
          start,
          end,
          context: contextOf(text, start, end),
          suggestion: rule.suggestion(match[0]),
          ...(rule.category ? { category: rule.category } : {}),
        });
      }
    }
    for (const hit of findPersonalData(text)) {
      inField.push({ ...hit, field, context: contextOf(text, hit.start, hit.end) });
    }
    // The same words listed twice (a platform word that is also shipped) count once.
    const seen = new Set<string>();
    for (const finding of inField.sort((a, b) => a.start - b.start || b.end - a.end)) {
      const key = `${finding.kind}:${finding.start}:${finding.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(finding);
    }
  }
  return findings;
}
