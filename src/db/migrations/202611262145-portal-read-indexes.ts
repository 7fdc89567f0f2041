import { type Kysely, sql } from 'kysely';

// The public portal's reads: an item page lists the 政策解读 of its live version, and the
// normative-documents library filters live versions by type, neither of which may scan every
// published version once there are 100,000 of them.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create index item_version_interprets_idx on item_version (interprets_item_id) where interprets_item_id is not null;
    create index item_version_normative_idx on item_version (org_id, item_id) where doc_type = 'normative';
  `.execute(db);
}
