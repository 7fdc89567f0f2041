// Which wording an org's letters use: its own template for the letter, else the nearest
// ancestor's (a department without its own uses its government's), else the standard wording.
// For a reply, the nearest org with a template for the decision type or a general reply
// template wins; within one org the decision type's own wins over the general one.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { OrgRecord } from '../orgs/org.ts';
import { findLetterTemplates, type LetterTemplateRow } from './letter-templates.repo.ts';
import type { LetterKind } from './letters/letter-data.ts';
import {
  fillText,
  type LetterTemplate,
  type LetterTemplateKey,
  type LetterTemplates,
  type PlaceholderValues,
} from './letters/letter-template.ts';
import { STANDARD_FEE_PAYMENT } from './letters/standard-templates.ts';
import { OUTCOME_KEYS, type OutcomeKey } from './rules/outcomes.ts';

/** The fee notice's payment details: org text, not a letter of its own. */
export const FEE_PAYMENT_KEY = 'feePayment';

export type TemplateKey = LetterTemplateKey | typeof FEE_PAYMENT_KEY;

/** Every key an org may set, in the order the back office lists them. */
export const TEMPLATE_KEYS: readonly TemplateKey[] = [
  'reply',
  ...OUTCOME_KEYS.map((key): TemplateKey => `reply:${key}`),
  'correction',
  'extension',
  'fee',
  FEE_PAYMENT_KEY,
  'consultation',
];

export function isTemplateKey(value: string): value is TemplateKey {
  return (TEMPLATE_KEYS as readonly string[]).includes(value);
}

/** The letter kind a key is for, and the decision type of a reply:… key. */
export function keyParts(key: TemplateKey): { kind: LetterKind; outcome: OutcomeKey | null } {
  if (key === FEE_PAYMENT_KEY) return { kind: 'fee', outcome: null };
  if (key.startsWith('reply:')) return { kind: 'reply', outcome: key.slice('reply:'.length) as OutcomeKey };
  return { kind: key as LetterKind, outcome: null };
}

/** The org ids from the root down to the org ('/1/4/9/' → [1, 4, 9]). */
export function orgChain(org: Pick<OrgRecord, 'id' | 'path'>): number[] {
  const ids = org.path
    .split('/')
    .filter(Boolean)
    .map(Number)
    .filter((id) => Number.isInteger(id));
  return ids.includes(org.id) ? ids : [...ids, org.id];
}

/** For each key, the row in force for the org: root first, nearer orgs override. */
export function resolveRows(
  chain: readonly number[],
  rows: readonly LetterTemplateRow[],
): Map<string, LetterTemplateRow> {
  const effective = new Map<string, LetterTemplateRow>();
  for (const orgId of chain) {
    const own = rows.filter((row) => row.orgId === orgId && isTemplateKey(row.key));
    // A nearer org's general reply template wins over an ancestor's decision-type templates.
    if (own.some((row) => row.key === 'reply')) {
      for (const key of [...effective.keys()]) if (key.startsWith('reply:')) effective.delete(key);
    }
    for (const row of own) effective.set(row.key, row);
  }
  return effective;
}

export function toLetterTemplate(row: Pick<LetterTemplateRow, 'title' | 'body'>): LetterTemplate {
  return row.title?.trim() ? { title: row.title, body: row.body } : { body: row.body };
}

export interface OrgLetterTemplates {
  templates: LetterTemplates;
  /** The fee notice's payment details (unfilled), or null for the standard text. */
  feePayment: string | null;
}

export function toOrgLetterTemplates(effective: Map<string, LetterTemplateRow>): OrgLetterTemplates {
  const templates: LetterTemplates = {};
  let feePayment: string | null = null;
  for (const [key, row] of effective) {
    if (key === FEE_PAYMENT_KEY) feePayment = row.body;
    else templates[key as LetterTemplateKey] = toLetterTemplate(row);
  }
  return { templates, feePayment };
}

/** The templates the org's letters use (its own and inherited). */
export async function loadOrgLetterTemplates(
  db: Kysely<DB>,
  org: Pick<OrgRecord, 'id' | 'path'>,
): Promise<OrgLetterTemplates> {
  const chain = orgChain(org);
  return toOrgLetterTemplates(resolveRows(chain, await findLetterTemplates(db, chain)));
}

/** The fee notice's payment details filled for a case; `office` is the office's full name. */
export function feePaymentText(
  text: string | null,
  values: { orgName: string; office: string; caseNumber: string; phone?: string; address?: string },
): string {
  const filled: PlaceholderValues = { phone: '', address: '', ...values };
  return fillText(text ?? STANDARD_FEE_PAYMENT, filled).trim();
}
