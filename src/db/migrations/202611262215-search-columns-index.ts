import { type Kysely, sql } from 'kysely';

// Search filters by column on rows the full-text index already found; a GIN index on
// column_ids tempted the planner into intersecting a bitmap of a whole column (tens of
// thousands of entries at 100,000 items), measured 2–3 times slower than checking the column
// on the matches. Browsing a column uses public_item_column, not search_doc.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists search_doc_columns_idx`.execute(db);
}
