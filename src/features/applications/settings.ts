// Per-org settings of the application workflow (org_setting rows), with the defaults the
// disclosure rules name where the law leaves the choice open.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { DEFAULT_CASE_NUMBER_PATTERN } from './case-number.ts';
import { DEFAULT_DEADLINE_SETTINGS, type DeadlineSettings } from './rules/deadline-rules.ts';
import { findOrgSettings } from './settings.repo.ts';

export const SETTING_KEYS = {
  caseNumberPattern: 'applications.caseNumberPattern',
  casePrefix: 'applications.casePrefix',
  deadlines: 'applications.deadlines',
  countPendingFromEarlierYears: 'reviews.countPendingFromEarlierYears',
} as const;

export interface ApplicationSettings {
  /** e.g. {prefix}依申〔{year}〕{seq}号. */
  caseNumberPattern: string;
  /** null = derived from the org's short name (扶工信). */
  casePrefix: string | null;
  deadlines: DeadlineSettings;
  /**
   * Table 四: count cases filed in earlier years that were still pending at the start of the
   * year (default true), in addition to the cases filed in the year.
   */
  countPendingFromEarlierYears: boolean;
}

export const DEFAULT_APPLICATION_SETTINGS: ApplicationSettings = {
  caseNumberPattern: DEFAULT_CASE_NUMBER_PATTERN,
  casePrefix: null,
  deadlines: DEFAULT_DEADLINE_SETTINGS,
  countPendingFromEarlierYears: true,
};

function pickDeadlines(value: unknown): DeadlineSettings {
  const stored = (value && typeof value === 'object' ? value : {}) as Partial<Record<keyof DeadlineSettings, unknown>>;
  const result = { ...DEFAULT_DEADLINE_SETTINGS };
  if (typeof stored.isReceiptDayCounted === 'boolean') result.isReceiptDayCounted = stored.isReceiptDayCounted;
  if (typeof stored.isClockStoppedForFee === 'boolean') result.isClockStoppedForFee = stored.isClockStoppedForFee;
  const period = stored.correctionPeriodWorkingDays;
  if (typeof period === 'number' && Number.isInteger(period) && period > 0) result.correctionPeriodWorkingDays = period;
  return result;
}

export async function loadApplicationSettings(db: Kysely<DB>, orgId: number): Promise<ApplicationSettings> {
  const stored = await findOrgSettings(db, orgId, Object.values(SETTING_KEYS));
  const pattern = stored.get(SETTING_KEYS.caseNumberPattern);
  const prefix = stored.get(SETTING_KEYS.casePrefix);
  const pending = stored.get(SETTING_KEYS.countPendingFromEarlierYears);
  return {
    caseNumberPattern: typeof pattern === 'string' && pattern ? pattern : DEFAULT_CASE_NUMBER_PATTERN,
    casePrefix: typeof prefix === 'string' && prefix ? prefix : null,
    deadlines: pickDeadlines(stored.get(SETTING_KEYS.deadlines)),
    countPendingFromEarlierYears: typeof pending === 'boolean' ? pending : true,
  };
}
