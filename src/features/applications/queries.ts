// Reading cases: the detail, staff lists, the officer's queue, the dashboard and the clock view.
import { forbidden, notFound } from '../../core/app-error.ts';
import type { Page, PageQuery } from '../../core/page.ts';
import type { Actor } from '../auth/actor.ts';
import { hasRole } from '../auth/authorize.ts';
import { findOrgById } from '../orgs/org.repo.ts';
import { canOnCase, requireOnCase, VIEW_ROLES, visibleCaseOrgs, WORK_ROLES } from './access.ts';
import { findUserNames } from './application.repo.ts';
import type { CaseDetail, CaseListItem } from './application.ts';
import { type AppContext, type LoadedCase, loadCase, todayOf } from './case-context.ts';
import { type ListRow, toDetail, toListItem } from './case-view.ts';
import { deadlineOf } from './derive.ts';
import { findAttachments, findNotes } from './event.repo.ts';
import {
  type CaseFilters,
  countDashboard,
  type DashboardCounts,
  type DashboardWindow,
  findCases,
  findDashboardLists,
  findQueue,
} from './list.repo.ts';
import { CLOCK_STATUS_LABELS, type DeadlineResult } from './rules/deadline.ts';
import { loadApplicationSettings } from './settings.ts';

/** Loads a case the actor may view (403 otherwise). */
export async function loadVisibleCase(ctx: AppContext, actor: Actor, id: number): Promise<LoadedCase> {
  const loaded = await loadCase(ctx.db, id);
  requireOnCase(actor, loaded.scope, VIEW_ROLES, '您无权查看该申请');
  return loaded;
}

export async function buildDetail(ctx: AppContext, actor: Actor, loaded: LoadedCase): Promise<CaseDetail> {
  const { row } = loaded;
  const [notes, attachments, names, countWorkingDays] = await Promise.all([
    findNotes(ctx.db, row.id),
    findAttachments(ctx.db, row.id),
    findUserNames(ctx.db, row.assigned_officer_id === null ? [] : [row.assigned_officer_id]),
    ctx.calendar.getDayCounter(),
  ]);
  return toDetail({
    row,
    orgName: loaded.org.name,
    section: loaded.section ? { id: loaded.section.id, name: loaded.section.name } : null,
    officerName: row.assigned_officer_id === null ? null : (names.get(row.assigned_officer_id) ?? null),
    events: loaded.eventRows,
    notes,
    attachments,
    countWorkingDays,
    today: todayOf(ctx),
    showPersonalData: canOnCase(actor, loaded.scope, WORK_ROLES),
  });
}

export async function getApplication(ctx: AppContext, actor: Actor, id: number): Promise<CaseDetail> {
  return buildDetail(ctx, actor, await loadVisibleCase(ctx, actor, id));
}

async function checkOrgFilter(ctx: AppContext, actor: Actor, orgId: number | undefined): Promise<void> {
  if (orgId === undefined) return;
  const org = await findOrgById(ctx.db, orgId);
  if (!org) throw notFound('机构不存在');
  if (!hasRole(actor, org.path, VIEW_ROLES)) throw forbidden('您无权查看该机构的申请');
}

export async function listApplications(
  ctx: AppContext,
  actor: Actor,
  filters: CaseFilters,
  page: PageQuery,
): Promise<Page<CaseListItem>> {
  await checkOrgFilter(ctx, actor, filters.orgId);
  const today = todayOf(ctx);
  const [visible, window] = await Promise.all([
    visibleCaseOrgs(ctx.db, actor, VIEW_ROLES),
    filters.list ? dashboardWindow(ctx, actor, today) : Promise.resolve(undefined),
  ]);
  const [{ items, total }, count] = await Promise.all([
    findCases(ctx.db, visible, filters, page, window),
    ctx.calendar.getDayCounter(),
  ]);
  return { items: items.map((row) => toListItem(row, count, today)), total, page: page.page, pageSize: page.pageSize };
}

async function dashboardWindow(ctx: AppContext, actor: Actor, today: string): Promise<DashboardWindow> {
  const calendar = await ctx.calendar.getCalendar();
  return {
    today,
    dueSoonUntil: calendar.addWorkingDays(today, DUE_SOON_WORKING_DAYS).date,
    officerId: actor.userId,
  };
}

/** The signed-in officer's open cases, earliest due first. */
export async function getMyQueue(ctx: AppContext, actor: Actor, page: PageQuery): Promise<Page<CaseListItem>> {
  const [{ items, total }, count] = await Promise.all([
    findQueue(ctx.db, actor.userId, page),
    ctx.calendar.getDayCounter(),
  ]);
  const today = todayOf(ctx);
  return { items: items.map((row) => toListItem(row, count, today)), total, page: page.page, pageSize: page.pageSize };
}

export interface Dashboard {
  today: string;
  /** "Due soon" = due within 3 working days: today up to this date. */
  dueSoonUntil: string;
  counts: DashboardCounts;
  myQueue: CaseListItem[];
  unclaimed: CaseListItem[];
  dueSoon: CaseListItem[];
  overdue: CaseListItem[];
  waitingForApplicant: CaseListItem[];
  provisional: CaseListItem[];
  /** Years without holiday data that open cases' dates run into: load them to settle the dates. */
  provisionalYears: number[];
}

const DASHBOARD_LIST_SIZE = 10;
export const DUE_SOON_WORKING_DAYS = 3;

/** Counts and the first cases of each list, over the open cases the actor may see (three statements). */
export async function getDashboard(ctx: AppContext, actor: Actor, orgId?: number): Promise<Dashboard> {
  await checkOrgFilter(ctx, actor, orgId);
  const [visible, calendar, count] = await Promise.all([
    visibleCaseOrgs(ctx.db, actor, VIEW_ROLES),
    ctx.calendar.getCalendar(),
    ctx.calendar.getDayCounter(),
  ]);
  const today = todayOf(ctx);
  const window = {
    today,
    dueSoonUntil: calendar.addWorkingDays(today, DUE_SOON_WORKING_DAYS).date,
    officerId: actor.userId,
  };
  const [{ counts, provisionalYears }, lists] = await Promise.all([
    countDashboard(ctx.db, visible, orgId, window),
    findDashboardLists(ctx.db, visible, orgId, window, DASHBOARD_LIST_SIZE),
  ]);
  const items = (rows: ListRow[]) => rows.map((row) => toListItem(row, count, today));
  return {
    today,
    dueSoonUntil: window.dueSoonUntil,
    counts,
    myQueue: items(lists.myQueue),
    unclaimed: items(lists.unclaimed),
    dueSoon: items(lists.dueSoon),
    overdue: items(lists.overdue),
    waitingForApplicant: items(lists.waitingForApplicant),
    provisional: items(lists.provisional),
    provisionalYears: provisionalYears.filter((year) => !calendar.hasYear(year)),
  };
}

export interface ClockView extends Omit<DeadlineResult, 'dueDate'> {
  caseNumber: string;
  receivedOn: string;
  today: string;
  statusLabel: string;
  dueOn: string | null;
}

/** The due date with every step of how it was computed (receipt, restarts, pauses, holidays). */
export async function getClock(ctx: AppContext, actor: Actor, id: number): Promise<ClockView> {
  const loaded = await loadVisibleCase(ctx, actor, id);
  const [calendar, settings] = await Promise.all([
    ctx.calendar.getCalendar(),
    loadApplicationSettings(ctx.db, loaded.row.org_id),
  ]);
  const today = todayOf(ctx);
  const { dueDate, ...deadline } = deadlineOf({
    receivedOn: loaded.row.received_on,
    receiptRule: loaded.row.receipt_rule,
    events: loaded.events,
    calendar,
    settings: settings.deadlines,
    today,
  });
  return {
    ...deadline,
    caseNumber: loaded.row.case_number,
    receivedOn: loaded.row.received_on,
    today,
    statusLabel: CLOCK_STATUS_LABELS[deadline.status],
    dueOn: dueDate,
  };
}
