// SQL for case rows: numbering, insert, load (optionally locked), update.
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ApplicationTable } from './application.tables.ts';

export type ApplicationRow = Selectable<ApplicationTable>;
export type NewApplicationRow = Insertable<ApplicationTable>;
export type ApplicationPatch = Updateable<ApplicationTable>;

/** The next sequence number of the org's cases in `year` (atomic under concurrent registrations). */
export async function nextCaseSeq(db: Kysely<DB>, orgId: number, year: number): Promise<number> {
  const row = await db
    .insertInto('application_counter')
    .values({ org_id: orgId, year, last_number: 1 })
    .onConflict((oc) =>
      oc
        .columns(['org_id', 'year'])
        .doUpdateSet((eb) => ({ last_number: eb('application_counter.last_number', '+', 1) })),
    )
    .returning('last_number')
    .executeTakeFirstOrThrow();
  return row.last_number;
}

export async function insertApplication(db: Kysely<DB>, values: NewApplicationRow): Promise<ApplicationRow> {
  return db.insertInto('application').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function findApplicationRow(
  db: Kysely<DB>,
  id: number,
  options: { forUpdate?: boolean } = {},
): Promise<ApplicationRow | undefined> {
  let query = db.selectFrom('application').selectAll().where('id', '=', id);
  if (options.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function findApplicationByQueryCode(db: Kysely<DB>, code: string): Promise<ApplicationRow | undefined> {
  return db.selectFrom('application').selectAll().where('query_code', '=', code).executeTakeFirst();
}

export async function updateApplicationRow(
  db: Kysely<DB>,
  id: number,
  patch: ApplicationPatch,
  now: Date,
): Promise<ApplicationRow> {
  return db
    .updateTable('application')
    .set({ ...patch, updated_at: now })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The applicant's cases at the org received in the month of `receivedOn`, in order (按件 fees). */
export async function findApplicantMonthCases(
  db: Kysely<DB>,
  orgId: number,
  applicantKey: string,
  receivedOn: string,
): Promise<{ id: number; received_on: string }[]> {
  const month = receivedOn.slice(0, 7);
  const [year, mon] = month.split('-').map(Number);
  const next = mon === 12 ? `${year + 1}-01-01` : `${year}-${String(mon + 1).padStart(2, '0')}-01`;
  return db
    .selectFrom('application')
    .select(['id', 'received_on'])
    .where('org_id', '=', orgId)
    .where('applicant_key', '=', applicantKey)
    .where('received_on', '>=', `${month}-01`)
    .where('received_on', '<', next)
    .orderBy('received_on')
    .orderBy('id')
    .execute();
}

export async function findOpenCaseIds(db: Kysely<DB>, orgId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('application')
    .select('id')
    .where('org_id', '=', orgId)
    .where('is_open', '=', true)
    .execute();
  return rows.map((r) => r.id);
}

/** Open cases whose cached clock may change when the calendar changes. */
export async function findOpenProvisionalIds(db: Kysely<DB>): Promise<number[]> {
  const rows = await db
    .selectFrom('application')
    .select('id')
    .where('is_open', '=', true)
    .where('is_provisional', '=', true)
    .execute();
  return rows.map((r) => r.id);
}

/** Open cases whose clock is paused or waits for the applicant: their cached dates move with time. */
export async function findOpenPausedIds(db: Kysely<DB>): Promise<number[]> {
  const rows = await db
    .selectFrom('application')
    .select('id')
    .where('is_open', '=', true)
    .where('clock_status', 'in', ['paused', 'waitingForApplicant'])
    .execute();
  return rows.map((r) => r.id);
}

export async function findUserNames(db: Kysely<DB>, ids: readonly number[]): Promise<Map<number, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('app_user').select(['id', 'display_name']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}
