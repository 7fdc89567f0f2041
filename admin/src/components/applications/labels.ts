// Chinese labels for the application screens. Where the server's pure rules already name a
// thing (states, channels, outcomes, delivery), the words come from there, so the back office,
// the letters and the API never disagree.
import {
  APPLICANT_TYPE_LABELS,
  ATTACHMENT_KIND_LABELS,
  FORM_WANTED_LABELS,
  ID_TYPE_LABELS,
} from '../../../../src/features/applications/application.ts';
import { CASE_STATE_LABELS, type CaseState } from '../../../../src/features/applications/rules/case-states.ts';
import { FEE_BASIS_LABELS } from '../../../../src/features/applications/rules/fees.ts';
import { CHANNEL_LABELS } from '../../../../src/features/applications/rules/receipt.ts';
import {
  CONSULTED_PARTY_LABELS,
  DELIVERY_METHOD_LABELS,
} from '../../../../src/features/applications/rules/timeline.ts';

export {
  APPLICANT_TYPE_LABELS,
  ATTACHMENT_KIND_LABELS,
  CASE_STATE_LABELS,
  CHANNEL_LABELS,
  CONSULTED_PARTY_LABELS,
  DELIVERY_METHOD_LABELS,
  FEE_BASIS_LABELS,
  FORM_WANTED_LABELS,
  ID_TYPE_LABELS,
};

export interface Option<V extends string = string> {
  value: V;
  label: string;
}

/** `{ key: label }` → Select options, in the record's order. */
export function optionsOf<V extends string>(labels: Record<V, string>): Option<V>[] {
  return (Object.entries(labels) as [V, string][]).map(([value, label]) => ({ value, label }));
}

export const STATE_OPTIONS = optionsOf(CASE_STATE_LABELS as Record<CaseState, string>);

/** 自然人 first, then the five kinds of 法人或其他组织 (the columns of table 三). */
export const APPLICANT_TYPE_OPTIONS = optionsOf(APPLICANT_TYPE_LABELS);

export function isLegalPerson(type: string | undefined): boolean {
  return type !== undefined && type !== 'naturalPerson';
}

export function labelOf(labels: Record<string, string>, key: string | null | undefined): string {
  if (!key) return '';
  return labels[key] ?? key;
}

/** Which bucket a case state falls in, for the colour of its tag. */
export function stateTone(state: string): 'ok' | 'warning' | 'danger' | 'neutral' {
  if (state === 'replied' || state === 'archived') return 'ok';
  if (state === 'closed') return 'neutral';
  if (state === 'awaitingCorrection' || state === 'awaitingFee' || state === 'pendingApproval') return 'warning';
  return 'neutral';
}
