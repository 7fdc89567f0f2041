// Per-org disclosure settings in org_setting; an org without its own value inherits its nearest
// ancestor's (a county can set one 索引号 pattern for all its departments).
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ExtraWord } from '../content-checks/content-checks.ts';
import { DEFAULT_INDEX_NO_PATTERN } from './index-no.ts';

export interface DisclosureSettings {
  /** 索引号 pattern, e.g. {org}/{category}/{year}-{seq:4}. */
  indexNoPattern: string;
  /** Leave a public notice (撤回说明) at a withdrawn item's address. */
  withdrawalNotice: boolean;
  /** Sensitive words of the platform, checked with the shipped list (content checks). */
  extraSensitiveWords: ExtraWord[];
  /** Shipped sensitive words switched off. */
  disabledSensitiveWords: string[];
}

export const SETTING_KEYS = {
  indexNoPattern: 'disclosure.index_no_pattern',
  withdrawalNotice: 'disclosure.withdrawal_notice',
  extraSensitiveWords: 'content_checks.extra_words',
  disabledSensitiveWords: 'content_checks.disabled_words',
} as const;

export const DEFAULT_SETTINGS: DisclosureSettings = {
  indexNoPattern: DEFAULT_INDEX_NO_PATTERN,
  withdrawalNotice: true,
  extraSensitiveWords: [],
  disabledSensitiveWords: [],
};

function ancestorIds(path: string): number[] {
  return path.split('/').filter(Boolean).map(Number);
}

export async function loadDisclosureSettings(db: Kysely<DB>, orgPath: string): Promise<DisclosureSettings> {
  const ids = ancestorIds(orgPath);
  if (ids.length === 0) return { ...DEFAULT_SETTINGS };
  const rows = await db
    .selectFrom('org_setting')
    .select(['org_id', 'key', 'value'])
    .where('org_id', 'in', ids)
    .where('key', 'in', Object.values(SETTING_KEYS))
    .execute();
  // Nearest ancestor wins: walk from the root down, later (deeper) values overwrite.
  const settings: DisclosureSettings = { ...DEFAULT_SETTINGS };
  for (const id of ids) {
    for (const row of rows.filter((r) => r.org_id === id)) {
      if (row.key === SETTING_KEYS.indexNoPattern && typeof row.value === 'string') settings.indexNoPattern = row.value;
      if (row.key === SETTING_KEYS.withdrawalNotice && typeof row.value === 'boolean')
        settings.withdrawalNotice = row.value;
      if (row.key === SETTING_KEYS.extraSensitiveWords && Array.isArray(row.value))
        settings.extraSensitiveWords = (row.value as ExtraWord[]).filter((w) => typeof w?.word === 'string');
      if (row.key === SETTING_KEYS.disabledSensitiveWords && Array.isArray(row.value))
        settings.disabledSensitiveWords = (row.value as unknown[]).filter((w): w is string => typeof w === 'string');
    }
  }
  return settings;
}

export async function saveDisclosureSetting(
  db: Kysely<DB>,
  orgId: number,
  key: string,
  value: unknown,
  now: Date,
): Promise<void> {
  const json = JSON.stringify(value);
  await db
    .insertInto('org_setting')
    .values({ org_id: orgId, key, value: json, updated_at: now })
    .onConflict((oc) => oc.columns(['org_id', 'key']).doUpdateSet({ value: json, updated_at: now }))
    .execute();
}
