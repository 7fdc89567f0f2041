// What the application use cases share: the database, the clock, the working calendar and
// file storage; and loading one case with everything needed to check a step.
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { notFound } from '../../core/app-error.ts';
import type { DB } from '../../db/schema.ts';
import type { CalendarService } from '../calendar/calendar.service.ts';
import type { FileStorage } from '../files/file-storage.ts';
import { findOrgById } from '../orgs/org.repo.ts';
import type { OrgRecord } from '../orgs/org.ts';
import type { CaseScope } from './access.ts';
import { type ApplicationRow, findApplicationRow } from './application.repo.ts';
import { chinaDate } from './china-date.ts';
import { toTimelineEvent } from './derive.ts';
import { type EventRow, findEvents } from './event.repo.ts';
import type { TimelineEvent } from './rules/timeline.ts';

export interface AppContext {
  db: Kysely<DB>;
  now: () => Date;
  calendar: CalendarService;
  files: FileStorage;
  logger: Logger;
}

export function todayOf(ctx: AppContext): string {
  return chinaDate(ctx.now());
}

export interface LoadedCase {
  row: ApplicationRow;
  org: OrgRecord;
  section: OrgRecord | null;
  scope: CaseScope;
  eventRows: EventRow[];
  events: TimelineEvent[];
}

export const CASE_NOT_FOUND = '未找到该申请';

/** Loads a case, its org and section and its timeline; `forUpdate` locks the row for a change. */
export async function loadCase(db: Kysely<DB>, id: number, options: { forUpdate?: boolean } = {}): Promise<LoadedCase> {
  const row = await findApplicationRow(db, id, options);
  if (!row) throw notFound(CASE_NOT_FOUND);
  return completeCase(db, row);
}

export async function completeCase(db: Kysely<DB>, row: ApplicationRow): Promise<LoadedCase> {
  const [org, section, eventRows] = await Promise.all([
    findOrgById(db, row.org_id),
    row.assigned_section_id === null ? Promise.resolve(undefined) : findOrgById(db, row.assigned_section_id),
    findEvents(db, row.id),
  ]);
  if (!org) throw notFound(CASE_NOT_FOUND);
  return {
    row,
    org,
    section: section ?? null,
    scope: { orgPath: org.path, sectionPath: section?.path ?? null },
    eventRows,
    events: eventRows.map(toTimelineEvent),
  };
}
