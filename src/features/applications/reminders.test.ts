// Reminder e-mails against a real SMTP server started here (smtp-server): one mail per officer
// per working day listing their overdue and soon-due cases; never twice a day, not on holidays,
// only one instance at a time; nothing at all without SMTP_URL.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { testEngines } from '../../db/testing.ts';
import { createRoleFixtures, createTestApp, type RoleFixtures, type TestApp } from '../../http/testing.ts';
import { addDays } from '../calendar/iso-date.ts';
import { caseInState, contextOf, type Driver } from './testing.ts';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** Decodes a raw message's subject and (quoted-printable or base64) text body, enough to read it. */
function readMail(raw: string): { subject: string; text: string } {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const subjectLine = /^Subject: (.*)$/m.exec(unfolded)?.[1] ?? '';
  const subject = subjectLine.replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=\s*/gi, (_m, kind: string, data: string) =>
    kind.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64').toString('utf8')
      : Buffer.from(
          data.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
          'latin1',
        ).toString('utf8'),
  );
  const body = rest.join('\n\n');
  const text = /Content-Transfer-Encoding: base64/i.test(head)
    ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
    : Buffer.from(
        body
          .replace(/=\r?\n/g, '')
          .replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
        'latin1',
      ).toString('utf8');
  return { subject, text };
}

const at = (date: string, hour = 9) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+08:00`);

let smtp: SMTPServer;
let smtpUrl = '';
const inbox: Received[] = [];

before(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        inbox.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((resolve) => smtp.close(() => resolve())));

for (const engine of testEngines()) {
  describe(`deadline reminders by e-mail (${engine})`, () => {
    let t: TestApp;
    let f: RoleFixtures;
    const ids: Record<string, number> = {};
    const numbers: Record<string, string> = {};
    // A Wednesday before the 清明 holiday (2025-04-04…06).
    const TODAY = '2025-04-02';

    before(async () => {
      inbox.length = 0;
      t = await createTestApp(engine, {
        env: { SMTP_URL: smtpUrl, SMTP_FROM: 'gongkai@fugou.gov.cn', PUBLIC_URL: 'https://gk.example.gov.cn/' },
      });
      f = await createRoleFixtures(t.services, `rem${engine.length}`);
      const admin = await contextOf(t.services, f.users.platform_admin.id);
      await t.services.users.updateUser(admin, { id: f.users.officer.id, patch: { email: 'officer@fugou.gov.cn' } });
      const driver: Driver = {
        services: t.services,
        officer: await contextOf(t.services, f.users.officer.id),
        leader: await contextOf(t.services, f.users.approver.id),
      };
      const calendar = await t.services.calendar.getCalendar();
      const dueSoonUntil = calendar.addWorkingDays(TODAY, 3).date;
      // Received dates whose 20th working day is overdue / within 3 working days / later.
      const receivedFor = (test: (due: string) => boolean) => {
        let day = TODAY;
        while (!test(calendar.addWorkingDays(day, 20).date)) day = addDays(day, -1);
        return day;
      };
      const org = f.orgIds['fugou-gxj'];
      const make = async (key: string, state: 'inProgress' | 'awaitingCorrection', receivedOn: string) => {
        ids[key] = (await caseInState(driver, org, state, receivedOn)).id;
        numbers[key] = (await t.services.applications.getApplication(driver.officer.actor, ids[key])).caseNumber;
      };
      await make(
        'overdue',
        'inProgress',
        receivedFor((due) => due < TODAY),
      );
      await make(
        'dueSoon',
        'inProgress',
        receivedFor((due) => due >= TODAY && due <= dueSoonUntil),
      );
      await make(
        'later',
        'inProgress',
        receivedFor((due) => due > dueSoonUntil),
      );
      await make(
        'waiting',
        'awaitingCorrection',
        receivedFor((due) => due < TODAY),
      );
    });
    after(() => t.close());

    test('one mail to the officer listing the overdue and the soon-due case, no applicant data', async () => {
      const run = await t.services.reminders.sendDueReminders(at(TODAY));
      assert.equal(run.skipped, undefined);
      assert.deepEqual(run.failed, []);
      assert.equal(inbox.length, 1);
      const [mail] = inbox;
      assert.equal(mail.from, 'gongkai@fugou.gov.cn');
      assert.deepEqual(mail.to, ['officer@fugou.gov.cn']);
      const { subject, text } = readMail(mail.raw);
      assert.equal(subject, `【依申请公开】已逾期 1 件，3 个工作日内到期 1 件（${TODAY}）`);
      assert.ok(text.includes(numbers.overdue) && text.includes(numbers.dueSoon), text);
      assert.ok(!text.includes(numbers.later) && !text.includes(numbers.waiting), '未到期和等待申请人的不提醒');
      assert.ok(text.includes(`https://gk.example.gov.cn/admin/applications/${ids.overdue}`));
      assert.ok(!text.includes('张三') && !text.includes('13812345678'), '邮件不含申请人个人信息');
      const audit = await t.database.db
        .selectFrom('audit_entry')
        .select('action')
        .where('action', '=', 'application.remind')
        .execute();
      assert.equal(audit.length, 1);
    });

    test('not twice the same day, even from two instances at once; again the next working day', async () => {
      const [a, b] = await Promise.all([
        t.services.reminders.sendDueReminders(at(TODAY, 11)),
        t.services.reminders.sendDueReminders(at(TODAY, 11)),
      ]);
      assert.equal(a.sent.length + b.sent.length, 0);
      assert.equal(inbox.length, 1);
      const next = await t.services.reminders.sendDueReminders(at('2025-04-03'));
      assert.equal(next.sent.length, 1);
      assert.equal(inbox.length, 2);
    });

    test('nothing on a holiday or before 8 a.m.', async () => {
      assert.equal((await t.services.reminders.sendDueReminders(at('2025-04-04'))).skipped, 'notWorkingDay');
      assert.equal((await t.services.reminders.sendDueReminders(at('2025-04-07', 7))).skipped, 'tooEarly');
      assert.equal(inbox.length, 2);
    });
  });
}

test('without SMTP_URL nothing is sent', async () => {
  const t = await createTestApp('pglite');
  try {
    assert.equal((await t.services.reminders.sendDueReminders(at('2025-04-02'))).skipped, 'noSmtp');
  } finally {
    await t.close();
  }
});
