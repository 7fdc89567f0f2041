// The reply letter's text as edited by staff before approval (null = the standard wording).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table application add column if not exists reply_text jsonb`.execute(db);
}
