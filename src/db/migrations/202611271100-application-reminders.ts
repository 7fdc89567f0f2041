// Which officers got their deadline reminder e-mail on which day (at most one a day each).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table if not exists application_reminder (
      officer_id integer not null references app_user (id) on delete cascade,
      day date not null,
      case_count integer not null,
      sent_at timestamptz not null default now(),
      primary key (officer_id, day)
    )
  `.execute(db);
}
