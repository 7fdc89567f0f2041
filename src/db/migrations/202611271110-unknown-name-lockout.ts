// Failed sign-ins under names that have no account are counted too, so after five attempts a
// made-up name is "locked" exactly like a real one and the answers cannot tell them apart.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table if not exists unknown_login (
      username text primary key,
      failed_attempts integer not null default 0,
      locked_until timestamptz,
      updated_at timestamptz not null default now()
    )
  `.execute(db);
  await sql`create index if not exists unknown_login_updated_idx on unknown_login (updated_at)`.execute(db);
}
