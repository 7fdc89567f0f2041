// The 21 decision types of table 三, grouped as the table prints them, for the decision form.
import {
  citeBasis,
  GROUP_LABELS,
  isOutcomeKey,
  OUTCOME_TYPES,
  type OutcomeGroup,
  outcomeType,
} from '../../../../src/features/applications/rules/outcomes.ts';

/** Reached by their own closing actions (逾期未补正 / 逾期未缴费), never as a decision. */
const CLOSING_ONLY = new Set(['otherHandling.noCorrection', 'otherHandling.feeUnpaid']);

export interface OutcomeOptionGroup {
  label: string;
  title: string;
  options: { value: string; label: string; disabled?: boolean }[];
}

export function outcomeOptionGroups(): OutcomeOptionGroup[] {
  const groups = new Map<OutcomeGroup, OutcomeOptionGroup>();
  for (const type of OUTCOME_TYPES) {
    let group = groups.get(type.group);
    if (!group) {
      group = { label: GROUP_LABELS[type.group], title: GROUP_LABELS[type.group], options: [] };
      groups.set(type.group, group);
    }
    const isClosing = CLOSING_ONLY.has(type.key);
    group.options.push({
      value: type.key,
      label: isClosing ? `${type.rowLabel}（请用“逾期关闭”操作）` : type.rowLabel,
      disabled: isClosing || undefined,
    });
  }
  return [...groups.values()];
}

/** The legal basis a decision cites by default, e.g. 《…条例》第三十七条、第三十六条第（三）项. */
export function defaultLegalBasis(outcome: string | undefined): string {
  return outcome && isOutcomeKey(outcome) ? citeBasis(outcome) : '';
}

/** What the officer should know about an outcome (where practice, not an article, decides). */
export function outcomeNote(outcome: string | undefined): string | undefined {
  return outcome && isOutcomeKey(outcome) ? outcomeType(outcome).note : undefined;
}
