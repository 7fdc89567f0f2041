// Per-org letter templates: an org's own wording for a kind of letter (or the reply of one
// decision type), and the fee notice's payment details. Inherited down the org tree.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table if not exists letter_template (
      org_id integer not null references org (id) on delete cascade,
      key text not null,
      title text,
      body text not null,
      updated_by integer references app_user (id) on delete set null,
      updated_at timestamptz not null default now(),
      primary key (org_id, key)
    )
  `.execute(db);
}
