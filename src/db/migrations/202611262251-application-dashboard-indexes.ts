// The dashboard's partial indexes, for databases migrated before they were added to
// 202611262100-applications (a no-op where that migration already created them).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create index if not exists application_unclaimed_idx on application (org_id, due_on, id)
      where is_open and state = 'registered' and assigned_officer_id is null;
    create index if not exists application_waiting_idx on application (org_id, applicant_due_on, id)
      where is_open and clock_status = 'waitingForApplicant';
    create index if not exists application_provisional_idx on application (org_id, due_on, id)
      where is_open and is_provisional;
  `.execute(db);
}
