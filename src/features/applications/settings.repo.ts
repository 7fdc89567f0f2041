import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

export async function findOrgSettings(
  db: Kysely<DB>,
  orgId: number,
  keys: readonly string[],
): Promise<Map<string, unknown>> {
  const rows = await db
    .selectFrom('org_setting')
    .select(['key', 'value'])
    .where('org_id', '=', orgId)
    .where('key', 'in', [...keys])
    .execute();
  return new Map(rows.map((r) => [r.key, r.value]));
}

export async function upsertOrgSetting(
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

export async function deleteOrgSetting(db: Kysely<DB>, orgId: number, key: string): Promise<void> {
  await db.deleteFrom('org_setting').where('org_id', '=', orgId).where('key', '=', key).execute();
}
