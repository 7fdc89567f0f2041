// SQL for staff lists, the officer's queue and the dashboard. Open cases have partial indexes
// (is_open), so the queue and dashboard stay fast however many closed cases an org keeps.
import { type ExpressionBuilder, type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import { offsetOf, type PageQuery } from '../../core/page.ts';
import type { DB } from '../../db/schema.ts';
import { escapeLike } from '../audit/audit.repo.ts';
import type { VisibleOrgs } from './access.ts';
import { type ListRow, SUMMARY_LENGTH } from './case-view.ts';

type AppQuery = SelectQueryBuilder<DB, 'application', object>;

export interface CaseFilters {
  orgId?: number;
  state?: string;
  isOpen?: boolean;
  officerId?: number;
  q?: string;
  receivedFrom?: string;
  receivedTo?: string;
  /** One of the dashboard's lists, in full and paged (open cases only, the earliest due first). */
  list?: DashboardList;
}

function visibleWhere(eb: ExpressionBuilder<DB, 'application'>, visible: VisibleOrgs) {
  const parts = [];
  if (visible.orgIds && visible.orgIds.length > 0) parts.push(eb('application.org_id', 'in', visible.orgIds));
  if (visible.sectionIds.length > 0) parts.push(eb('application.assigned_section_id', 'in', visible.sectionIds));
  return parts.length === 0 ? sql<boolean>`false` : eb.or(parts);
}

function scoped(db: Kysely<DB>, visible: VisibleOrgs): AppQuery {
  const base = db.selectFrom('application');
  return visible.orgIds === undefined ? base : base.where((eb) => visibleWhere(eb, visible));
}

function withOfficer(query: AppQuery) {
  return query
    .leftJoin('app_user as officer', 'officer.id', 'application.assigned_officer_id')
    .select([
      'application.id',
      'application.org_id',
      'application.case_number',
      'application.received_on',
      'application.channel',
      'application.applicant_type',
      'application.applicant_name',
      'application.applicant_id_number',
      'application.applicant_phone',
      'application.state',
      'application.clock_status',
      'application.due_on',
      'application.is_open',
      'application.is_provisional',
      'application.applicant_due_on',
      'application.assigned_officer_id',
      'application.closed_on',
      'application.outcome',
      'application.version',
      'officer.display_name as officer_name',
      sql<string>`left(application.description, ${SUMMARY_LENGTH + 1})`.as('summary'),
    ]);
}

export async function findCases(
  db: Kysely<DB>,
  visible: VisibleOrgs,
  filters: CaseFilters,
  page: PageQuery,
  window?: DashboardWindow,
): Promise<{ items: ListRow[]; total: number }> {
  let query = scoped(db, visible);
  if (filters.orgId !== undefined) query = query.where('application.org_id', '=', filters.orgId);
  if (filters.state) query = query.where('application.state', '=', filters.state);
  if (filters.isOpen !== undefined) query = query.where('application.is_open', '=', filters.isOpen);
  if (filters.officerId !== undefined) query = query.where('application.assigned_officer_id', '=', filters.officerId);
  if (filters.receivedFrom) query = query.where('application.received_on', '>=', filters.receivedFrom);
  if (filters.receivedTo) query = query.where('application.received_on', '<=', filters.receivedTo);
  if (filters.list) {
    if (!window) throw new Error('a dashboard list needs its window');
    query = dashboardListWhere(query.where('application.is_open', '=', true), filters.list, window);
  }
  if (filters.q) {
    const like = `%${escapeLike(filters.q)}%`;
    query = query.where((eb) =>
      eb.or([
        eb('application.case_number', 'ilike', like),
        eb('application.applicant_name', 'ilike', like),
        eb('application.description', 'ilike', like),
      ]),
    );
  }
  let ordered = withOfficer(query);
  if (filters.list) {
    const order = filters.list === 'waitingForApplicant' ? 'application.applicant_due_on' : 'application.due_on';
    ordered = ordered.orderBy(sql`${sql.ref(order)} asc nulls last`).orderBy('application.id');
  } else {
    ordered = ordered.orderBy('application.received_on', 'desc').orderBy('application.id', 'desc');
  }
  const [items, count] = await Promise.all([
    ordered.limit(page.pageSize).offset(offsetOf(page)).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}

/** Open cases assigned to the officer, the earliest due first (the total rides along: one statement). */
export async function findQueue(
  db: Kysely<DB>,
  officerId: number,
  page: PageQuery,
): Promise<{ items: ListRow[]; total: number }> {
  const query = db
    .selectFrom('application')
    .where('application.assigned_officer_id', '=', officerId)
    .where('application.is_open', '=', true);
  const rows = await withOfficer(query)
    .select(sql<number>`count(*) over ()`.as('total'))
    .orderBy(sql`application.due_on asc nulls last`)
    .orderBy('application.id')
    .limit(page.pageSize)
    .offset(offsetOf(page))
    .execute();
  if (rows.length === 0 && page.page > 1) {
    const count = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return { items: [], total: Number(count.n) };
  }
  return { items: rows.map(({ total: _total, ...row }) => row), total: Number(rows[0]?.total ?? 0) };
}

export interface DashboardCounts {
  open: number;
  myQueue: number;
  unclaimed: number;
  dueSoon: number;
  overdue: number;
  waitingForApplicant: number;
  provisional: number;
}

export const DASHBOARD_LISTS = [
  'myQueue',
  'unclaimed',
  'dueSoon',
  'overdue',
  'waitingForApplicant',
  'provisional',
] as const;
export type DashboardList = (typeof DASHBOARD_LISTS)[number];

export interface DashboardWindow {
  today: string;
  /** "Due soon" = due from today up to this date (3 working days). */
  dueSoonUntil: string;
  officerId: number;
}
type Window = DashboardWindow;

function openScoped(db: Kysely<DB>, visible: VisibleOrgs, orgId: number | undefined): AppQuery {
  let query = scoped(db, visible).where('application.is_open', '=', true);
  if (orgId !== undefined) query = query.where('application.org_id', '=', orgId);
  return query;
}

/** Every count of the dashboard and the years of provisional dates, in one pass over the open cases. */
export async function countDashboard(
  db: Kysely<DB>,
  visible: VisibleOrgs,
  orgId: number | undefined,
  window: Window,
): Promise<{ counts: DashboardCounts; provisionalYears: number[] }> {
  const row = await openScoped(db, visible, orgId)
    .select([
      sql<number>`count(*)`.as('open'),
      sql<number>`count(*) filter (where assigned_officer_id = ${window.officerId})`.as('my_queue'),
      sql<number>`count(*) filter (where state = 'registered' and assigned_officer_id is null)`.as('unclaimed'),
      sql<number>`count(*) filter (where clock_status = 'running' and due_on between ${window.today} and ${window.dueSoonUntil})`.as(
        'due_soon',
      ),
      sql<number>`count(*) filter (where clock_status = 'running' and due_on < ${window.today})`.as('overdue'),
      sql<number>`count(*) filter (where clock_status = 'waitingForApplicant')`.as('waiting'),
      sql<number>`count(*) filter (where is_provisional)`.as('provisional'),
      sql<
        number[] | null
      >`array_agg(distinct extract(year from coalesce(due_on, applicant_due_on))::int) filter (where is_provisional)`.as(
        'years',
      ),
    ])
    .executeTakeFirstOrThrow();
  return {
    counts: {
      open: Number(row.open),
      myQueue: Number(row.my_queue),
      unclaimed: Number(row.unclaimed),
      dueSoon: Number(row.due_soon),
      overdue: Number(row.overdue),
      waitingForApplicant: Number(row.waiting),
      provisional: Number(row.provisional),
    },
    provisionalYears: (row.years ?? [])
      .map(Number)
      .filter((y) => Number.isFinite(y) && y > 0)
      .sort((a, b) => a - b),
  };
}

/** The conditions of a dashboard list (over open cases), shared by the dashboard and the full list. */
function dashboardListWhere(query: AppQuery, list: DashboardList, window: Window): AppQuery {
  switch (list) {
    case 'myQueue':
      return query.where('application.assigned_officer_id', '=', window.officerId);
    case 'dueSoon':
      return query
        .where('application.clock_status', '=', 'running')
        .where('application.due_on', '>=', window.today)
        .where('application.due_on', '<=', window.dueSoonUntil);
    case 'overdue':
      return query.where('application.clock_status', '=', 'running').where('application.due_on', '<', window.today);
    case 'waitingForApplicant':
      return query.where('application.clock_status', '=', 'waitingForApplicant');
    case 'provisional':
      return query.where('application.is_provisional', '=', true);
    case 'unclaimed':
      return query.where('application.state', '=', 'registered').where('application.assigned_officer_id', 'is', null);
  }
}

function listQuery(
  db: Kysely<DB>,
  visible: VisibleOrgs,
  orgId: number | undefined,
  list: DashboardList,
  window: Window,
  limit: number,
) {
  const query = dashboardListWhere(openScoped(db, visible, orgId), list, window);
  const order = list === 'waitingForApplicant' ? 'application.applicant_due_on' : 'application.due_on';
  return withOfficer(query)
    .select(sql.lit(list).as('list'))
    .orderBy(sql`${sql.ref(order)} asc nulls last`)
    .orderBy('application.id')
    .limit(limit);
}

/** The first `limit` cases of every dashboard list, in one statement (UNION ALL). */
export async function findDashboardLists(
  db: Kysely<DB>,
  visible: VisibleOrgs,
  orgId: number | undefined,
  window: Window,
  limit: number,
): Promise<Record<DashboardList, ListRow[]>> {
  const parts = DASHBOARD_LISTS.map((list) => sql`(${listQuery(db, visible, orgId, list, window, limit)})`);
  const { rows } = await sql<ListRow & { list: DashboardList }>`${sql.join(parts, sql` union all `)}`.execute(db);
  const lists = Object.fromEntries(DASHBOARD_LISTS.map((list) => [list, [] as ListRow[]])) as Record<
    DashboardList,
    ListRow[]
  >;
  for (const { list, ...row } of rows) lists[list].push(row);
  return lists;
}
