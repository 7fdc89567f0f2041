// The JSON API end to end: register, work a case through commands, problem+json refusals,
// optimistic locking, masking, attachments, report figures by org code, review records and the
// calendar import (which settles provisional due dates).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { testEngines } from '../../db/testing.ts';
import {
  type ApiClient,
  createRoleFixtures,
  createTestApp,
  type RoleFixtures,
  signIn,
  type TestApp,
} from '../../http/testing.ts';
import { seedYearData } from '../calendar/seed.ts';
import { VALID_ID_NUMBER } from './testing.ts';

interface Detail {
  id: number;
  version: number;
  state: string;
  caseNumber: string;
  clock: { dueOn: string | null; isProvisional: boolean };
  availableCommands: string[];
}
interface Problem {
  code: string;
  detail: string;
  fields?: { field: string; message: string }[];
}

for (const engine of testEngines()) {
  describe(`application API (${engine})`, () => {
    let t: TestApp;
    let f: RoleFixtures;
    let officer: ApiClient;
    let approver: ApiClient;
    let orgAdmin: ApiClient;
    let platformAdmin: ApiClient;

    before(async () => {
      t = await createTestApp(engine);
      f = await createRoleFixtures(t.services, 'api');
      officer = await signIn(t.app, f.users.officer.username, f.users.officer.password);
      approver = await signIn(t.app, f.users.approver.username, f.users.approver.password);
      orgAdmin = await signIn(t.app, f.users.org_admin.username, f.users.org_admin.password);
      platformAdmin = await signIn(t.app, f.users.platform_admin.username, f.users.platform_admin.password);
    });
    after(() => t.close());

    const body = (receivedOn: string) => ({
      orgId: f.orgIds['fugou-gxj'],
      channel: 'inPerson',
      submittedOn: receivedOn,
      applicant: {
        type: 'naturalPerson',
        name: '张三',
        idType: 'residentId',
        idNumber: VALID_ID_NUMBER,
        phone: '13812345678',
        address: '扶沟县城关镇',
      },
      request: { description: '扶沟县2024年工业企业技术改造项目名单', formWanted: 'paper', delivery: 'post' },
    });

    async function register(receivedOn: string): Promise<Detail> {
      const res = await officer.post<{ case: Detail }>('/api/v1/applications', body(receivedOn));
      assert.equal(res.status, 201);
      return res.body.case;
    }

    test('a case worked through the API from registration to archive', async () => {
      let c = await register('2025-09-26');
      assert.equal(c.clock.dueOn, '2025-10-30');
      const steps: [ApiClient, string, Record<string, unknown>][] = [
        [officer, 'claim', { on: '2025-09-28' }],
        [officer, 'request-extension', { workingDays: 10, reason: '需调取档案', on: '2025-10-09' }],
        [approver, 'approve-extension', { on: '2025-10-10' }],
        [officer, 'submit-decision', { outcome: 'granted', on: '2025-11-03' }],
        [approver, 'approve-decision', { on: '2025-11-04' }],
        [officer, 'reply', { method: 'post', trackingNumber: 'EMS1000', on: '2025-11-05' }],
        [officer, 'archive', { on: '2025-11-06' }],
      ];
      for (const [client, path, extra] of steps) {
        const res = await client.post<Detail>(`/api/v1/applications/${c.id}/${path}`, { version: c.version, ...extra });
        assert.equal(res.status, 200, `${path}: ${JSON.stringify(res.body)}`);
        c = res.body;
      }
      assert.equal(c.state, 'archived');
      assert.equal(c.clock.dueOn, '2025-11-13');
      const clock = await officer.get<{ extensionWorkingDays: number; isLate: boolean }>(
        `/api/v1/applications/${c.id}/clock`,
      );
      assert.deepEqual([clock.body.extensionWorkingDays, clock.body.isLate], [10, false]);
    });

    test('refusals are problem+json: 409 with the state machine\u2019s Chinese message, 409 on a stale version, 400 naming the field', async () => {
      const c = await register('2025-06-02');
      const early = await officer.post<Problem>(`/api/v1/applications/${c.id}/reply`, { version: c.version });
      assert.equal(early.status, 409);
      assert.match(early.headers.get('content-type') ?? '', /application\/problem\+json/);
      assert.equal(early.body.code, 'INVALID_TRANSITION');
      assert.match(early.body.detail, /不能答复/);
      const claimed = await officer.post<Detail>(`/api/v1/applications/${c.id}/claim`, {
        version: c.version,
        on: '2025-06-03',
      });
      assert.equal(claimed.status, 200);
      const stale = await officer.post<Problem>(`/api/v1/applications/${c.id}/withdraw`, { version: c.version });
      assert.deepEqual([stale.status, stale.body.code], [409, 'VERSION_CONFLICT']);
      const noVersion = await officer.post<Problem>(`/api/v1/applications/${c.id}/withdraw`, {});
      assert.equal(noVersion.status, 400);
      assert.ok(noVersion.body.fields?.some((p) => p.field === 'version'));
      const badOutcome = await officer.post<Problem>(`/api/v1/applications/${c.id}/submit-decision`, {
        version: claimed.body.version,
        outcome: 'maybe',
      });
      assert.equal(badOutcome.status, 400);
      assert.ok(badOutcome.body.fields?.some((p) => p.field === 'outcome'));
      const noAddress = await officer.post<Problem>('/api/v1/applications', {
        ...body('2025-06-02'),
        applicant: { ...body('2025-06-02').applicant, address: null },
      });
      assert.equal(noAddress.status, 400);
      assert.match(noAddress.body.detail, /通信地址/);
    });

    test('the list masks personal data in the JSON itself', async () => {
      await register('2025-06-03');
      const list = await officer.get<{ items: unknown[] }>(
        `/api/v1/applications?orgId=${f.orgIds['fugou-gxj']}&pageSize=200`,
      );
      assert.equal(list.status, 200);
      const text = JSON.stringify(list.body);
      assert.ok(!text.includes(VALID_ID_NUMBER) && !text.includes('13812345678'));
      assert.ok(text.includes('4127**********1236') && text.includes('138****5678'));
    });

    test('attachments go up as Base64 and come down byte for byte, with a safe file name header', async () => {
      const c = await register('2025-06-04');
      const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
      const up = await officer.post<{ id: number }>(`/api/v1/applications/${c.id}/attachments`, {
        kind: 'application',
        fileName: '申请书.pdf',
        contentBase64: pdf.toString('base64'),
      });
      assert.equal(up.status, 201);
      const res = await t.app.request(`/api/v1/applications/${c.id}/attachments/${up.body.id}`, {
        headers: { cookie: `gk_session=${officer.cookie('gk_session')}` },
      });
      assert.equal(res.status, 200);
      assert.deepEqual(Buffer.from(await res.arrayBuffer()), pdf);
      assert.match(res.headers.get('content-disposition') ?? '', /filename\*=UTF-8''%E7%94%B3%E8%AF%B7%E4%B9%A6\.pdf/);
    });

    test('table 三 and table 四 by org code, the dashboard and the queue', async () => {
      const figures = await orgAdmin.get<{ received: { total: number }; handledTotal: { total: number } }>(
        '/api/v1/orgs/fugou-gxj/reports/2025/applications',
      );
      assert.equal(figures.status, 200);
      assert.ok(figures.body.received.total >= 4);
      const byId = await orgAdmin.get(`/api/v1/orgs/${f.orgIds['fugou-gxj']}/reports/2025/applications`);
      assert.deepEqual(byId.body, figures.body);
      const review = await orgAdmin.get<{ reconsideration: { total: number } }>(
        '/api/v1/orgs/fugou-gxj/reports/2025/review',
      );
      assert.equal(review.status, 200);
      assert.equal(review.body.reconsideration.total, 0);
      const missing = await orgAdmin.get<Problem>('/api/v1/orgs/no-such-org/reports/2025/applications');
      assert.equal(missing.status, 404);
      const dashboard = await officer.get<{ counts: { open: number; myQueue: number } }>(
        '/api/v1/applications/dashboard',
      );
      assert.equal(dashboard.status, 200);
      assert.ok(dashboard.body.counts.open >= 3);
      const queue = await officer.get<{ total: number }>('/api/v1/applications/queue');
      assert.equal(queue.body.total, dashboard.body.counts.myQueue);
    });

    test('review records through the API feed table 四', async () => {
      const created = await officer.post<{ id: number; version: number }>('/api/v1/reviews', {
        orgId: f.orgIds['fugou-gxj'],
        route: 'reconsideration',
        body: '扶沟县人民政府',
        filedOn: '2025-04-01',
      });
      assert.equal(created.status, 201);
      const patched = await officer.patch<{ result: string }>(`/api/v1/reviews/${created.body.id}`, {
        version: created.body.version,
        closedOn: '2025-06-01',
        result: 'corrected',
      });
      assert.equal(patched.body.result, 'corrected');
      const table = await officer.get<{ reconsideration: { corrected: number; total: number } }>(
        '/api/v1/orgs/fugou-gxj/reports/2025/review',
      );
      assert.deepEqual([table.body.reconsideration.corrected, table.body.reconsideration.total], [1, 1]);
    });

    test('calendar: a year missing makes due dates provisional; importing it through the API settles them', async () => {
      await sql`delete from calendar_day where year = 2025`.execute(t.database.db);
      t.services.calendar.invalidate();
      const c = await register('2025-09-26');
      // Weekends only: National Day and the make-up days are unknown.
      assert.deepEqual(c.clock, { ...c.clock, dueOn: '2025-10-24', isProvisional: true });
      const dashboard = await officer.get<{ provisionalYears: number[] }>('/api/v1/applications/dashboard');
      assert.deepEqual(dashboard.body.provisionalYears, [2025]);
      const seed = seedYearData().find((year) => year.year === 2025);
      assert.ok(seed);
      const file = {
        year: 2025,
        holidays: seed.holidays.map((date) => ({ date, name: seed.names?.[date] })),
        makeupWorkdays: seed.makeupWorkdays.map((date) => ({ date, name: seed.names?.[date] })),
      };
      const refused = await orgAdmin.post<Problem>('/api/v1/calendar/import', {
        fileName: '2025.json',
        content: JSON.stringify(file),
      });
      assert.equal(refused.status, 403);
      const broken = await platformAdmin.post<Problem>('/api/v1/calendar/import', {
        fileName: '2025.json',
        content: '{"year":2025,"holidays":["2025-02-30"]}',
      });
      assert.equal(broken.status, 400);
      assert.match(broken.body.detail, /不是有效日期/);
      const imported = await platformAdmin.post<{ years: number[] }>('/api/v1/calendar/import', {
        fileName: '2025.json',
        content: JSON.stringify(file),
      });
      assert.deepEqual([imported.status, imported.body.years], [200, [2025]]);
      const settled = await officer.get<Detail>(`/api/v1/applications/${c.id}`);
      assert.deepEqual([settled.body.clock.dueOn, settled.body.clock.isProvisional], ['2025-10-30', false]);
      const years = await officer.get<{ items: { year: number }[] }>('/api/v1/calendar/years');
      assert.deepEqual(
        years.body.items.map((y) => y.year),
        [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026],
      );
    });

    test('calendar: an .ics file is accepted too', async () => {
      const ics = [
        'BEGIN:VCALENDAR',
        'BEGIN:VEVENT',
        'DTSTART;VALUE=DATE:20270101',
        'DTEND;VALUE=DATE:20270102',
        'SUMMARY:元旦(休)',
        'END:VEVENT',
        'END:VCALENDAR',
      ].join('\r\n');
      const res = await platformAdmin.post<{ years: number[] }>('/api/v1/calendar/import', {
        fileName: '2027.ics',
        content: ics,
      });
      assert.deepEqual([res.status, res.body.years], [200, [2027]]);
    });
  });
}
