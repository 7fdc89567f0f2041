// Deadline reminders by e-mail (when SMTP_URL is set): once a working day, each officer with an
// e-mail address gets the list of their open cases due within 3 working days or overdue. Safe on
// several instances: a PostgreSQL advisory lock lets one run at a time, and application_reminder
// (officer, day) makes sure nobody is mailed twice the same day. In-app reminders are the
// dashboard's lists.
import { sql } from 'kysely';
import nodemailer from 'nodemailer';
import type { ServiceDeps } from '../../services.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { CalendarService } from '../calendar/calendar.service.ts';
import { chinaDate } from './china-date.ts';
import { DUE_SOON_WORKING_DAYS } from './queries.ts';

/** Advisory lock key of the reminder job ('gk-rem' as an integer). */
const REMINDER_LOCK = 0x676b72656d;
/** Reminders go out from this hour of the day, China time. */
export const REMINDER_HOUR = 8;

export interface ReminderCase {
  id: number;
  caseNumber: string;
  orgName: string;
  dueOn: string;
  isOverdue: boolean;
  /** Working days from today to the due date (0 = due today); for overdue cases, days late. */
  workingDays: number;
}

export interface ReminderMail {
  officerId: number;
  to: string;
  cases: ReminderCase[];
}

export interface ReminderRun {
  /** Why nothing was sent: no SMTP, another instance is running it, a holiday, too early. */
  skipped?: 'noSmtp' | 'locked' | 'notWorkingDay' | 'tooEarly';
  sent: ReminderMail[];
  failed: { officerId: number; to: string; error: string }[];
}

export interface ReminderService {
  /** Sends today's reminders to the officers who have not had theirs. */
  sendDueReminders(now?: Date): Promise<ReminderRun>;
}

/** The mail: subject and plain text, no applicant's personal data (case numbers only). */
export function composeReminder(
  officerName: string,
  today: string,
  cases: readonly ReminderCase[],
  publicUrl?: string,
): { subject: string; text: string } {
  const overdue = cases.filter((c) => c.isOverdue);
  const dueSoon = cases.filter((c) => !c.isOverdue);
  const parts = [
    overdue.length > 0 ? `已逾期 ${overdue.length} 件` : '',
    dueSoon.length > 0 ? `${DUE_SOON_WORKING_DAYS} 个工作日内到期 ${dueSoon.length} 件` : '',
  ].filter(Boolean);
  const line = (c: ReminderCase) => {
    const when = c.isOverdue
      ? `已逾期（答复期限 ${c.dueOn}，已超过 ${c.workingDays} 个工作日）`
      : c.workingDays === 0
        ? `今天到期（${c.dueOn}）`
        : `${c.dueOn} 到期（还剩 ${c.workingDays} 个工作日）`;
    const link = publicUrl ? `\n  ${publicUrl}/admin/applications/${c.id}` : '';
    return `- ${c.caseNumber}（${c.orgName}）：${when}${link}`;
  };
  const sections: string[] = [`${officerName}：`, '', `截至 ${today}，您承办的依申请公开申请中${parts.join('，')}：`];
  if (overdue.length > 0) sections.push('', '已逾期：', ...overdue.map(line));
  if (dueSoon.length > 0) sections.push('', `${DUE_SOON_WORKING_DAYS} 个工作日内到期：`, ...dueSoon.map(line));
  sections.push(
    '',
    '请登录政务公开平台后台及时办理；需要延期的，请在答复期限届满前报负责人批准。',
    '',
    '（本邮件由系统每个工作日自动发送，请勿直接回复。）',
  );
  return { subject: `【依申请公开】${parts.join('，')}（${today}）`, text: sections.join('\n') };
}

function senderOf(smtpUrl: string, from: string | undefined): string {
  if (from) return from;
  const host = new URL(smtpUrl).hostname || 'localhost';
  return `"政务公开平台" <gongkai@${host}>`;
}

export function createReminderService(deps: ServiceDeps, extras: { calendar: CalendarService }): ReminderService {
  const { db, config, logger } = deps;
  const transport = config.smtpUrl ? nodemailer.createTransport(config.smtpUrl) : null;

  return {
    async sendDueReminders(now = deps.now()) {
      const run: ReminderRun = { sent: [], failed: [] };
      if (!transport || !config.smtpUrl) return { ...run, skipped: 'noSmtp' };
      const today = chinaDate(now);
      const hour = Number(
        new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hour12: false, timeZone: 'Asia/Shanghai' }).format(now),
      );
      if (hour < REMINDER_HOUR) return { ...run, skipped: 'tooEarly' };
      const calendar = await extras.calendar.getCalendar();
      if (!calendar.isWorkingDay(today)) return { ...run, skipped: 'notWorkingDay' };
      const dueSoonUntil = calendar.addWorkingDays(today, DUE_SOON_WORKING_DAYS).date;
      const from = senderOf(config.smtpUrl, config.smtpFrom);

      return db.transaction().execute(async (trx) => {
        const { rows } = await sql<{
          locked: boolean;
        }>`select pg_try_advisory_xact_lock(${REMINDER_LOCK}) as locked`.execute(trx);
        if (!rows[0]?.locked) return { ...run, skipped: 'locked' as const };
        const due = await trx
          .selectFrom('application as a')
          .innerJoin('app_user as u', 'u.id', 'a.assigned_officer_id')
          .innerJoin('org as o', 'o.id', 'a.org_id')
          .leftJoin('application_reminder as r', (join) =>
            join.onRef('r.officer_id', '=', 'u.id').on('r.day', '=', today),
          )
          .select([
            'a.id',
            'a.case_number',
            'a.due_on',
            'o.name as org_name',
            'u.id as officer_id',
            'u.display_name',
            'u.email',
          ])
          .where('a.is_open', '=', true)
          .where('a.clock_status', '=', 'running')
          .where('a.due_on', '<=', dueSoonUntil)
          .where('u.is_active', '=', true)
          .where('u.email', 'is not', null)
          .where('r.officer_id', 'is', null)
          .orderBy('u.id')
          .orderBy('a.due_on')
          .orderBy('a.id')
          .execute();
        const byOfficer = new Map<number, { name: string; email: string; cases: ReminderCase[] }>();
        for (const row of due) {
          if (!row.email || !row.due_on) continue;
          const entry = byOfficer.get(row.officer_id) ?? { name: row.display_name, email: row.email, cases: [] };
          const isOverdue = row.due_on < today;
          entry.cases.push({
            id: row.id,
            caseNumber: row.case_number,
            orgName: row.org_name,
            dueOn: row.due_on,
            isOverdue,
            workingDays: isOverdue
              ? calendar.workingDaysBetween(row.due_on, today).days
              : calendar.workingDaysBetween(today, row.due_on).days,
          });
          byOfficer.set(row.officer_id, entry);
        }
        for (const [officerId, entry] of byOfficer) {
          const mail = composeReminder(entry.name, today, entry.cases, config.publicUrl);
          try {
            await transport.sendMail({ from, to: entry.email, subject: mail.subject, text: mail.text });
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            logger.warn({ err: error, officerId }, 'reminder e-mail failed');
            run.failed.push({ officerId, to: entry.email, error: message });
            continue;
          }
          await trx
            .insertInto('application_reminder')
            .values({ officer_id: officerId, day: today, case_count: entry.cases.length, sent_at: now })
            .execute();
          run.sent.push({ officerId, to: entry.email, cases: entry.cases });
        }
        if (run.sent.length > 0 || run.failed.length > 0) {
          await recordAudit(trx, {
            actor: null,
            meta: { ip: null, requestId: 'reminders' },
            at: now,
            orgId: null,
            action: 'application.remind',
            targetType: 'application_reminder',
            targetId: today,
            after: {
              sent: run.sent.map((m) => ({ officerId: m.officerId, cases: m.cases.map((c) => c.id) })),
              failed: run.failed.map((f) => ({ officerId: f.officerId, error: f.error })),
            },
          });
        }
        return run;
      });
    },
  };
}

/** Tries the reminders every `intervalMs` (they go out once a working day; the server starts one). */
export function startReminderScheduler(
  reminders: ReminderService,
  clock: () => Date,
  intervalMs = 10 * 60_000,
  onError: (error: unknown) => void = () => {},
): () => void {
  let running = false;
  const tick = () => {
    if (running) return;
    running = true;
    reminders
      .sendDueReminders(clock())
      .catch(onError)
      .finally(() => {
        running = false;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
