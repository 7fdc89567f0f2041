// The dashboard's lists in full on the list endpoint (?list=…): the same cases the dashboard
// counts, paged, the earliest due first, filtered in SQL however many open cases there are.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testEngines } from '../../db/testing.ts';
import {
  type ApiClient,
  createRoleFixtures,
  createTestApp,
  type RoleFixtures,
  signIn,
  type TestApp,
} from '../../http/testing.ts';
import { addDays } from '../calendar/iso-date.ts';
import { chinaDate } from './china-date.ts';
import { caseInState, contextOf, type Driver } from './testing.ts';

interface Item {
  id: number;
  clock: { dueOn: string | null; status: string; isOverdue: boolean };
}
interface Page {
  items: Item[];
  total: number;
}
interface Dashboard {
  counts: Record<string, number>;
  overdue: Item[];
  dueSoon: Item[];
  waitingForApplicant: Item[];
  myQueue: Item[];
  unclaimed: Item[];
}

for (const engine of testEngines()) {
  describe(`dashboard lists on the list endpoint (${engine})`, () => {
    let t: TestApp;
    let f: RoleFixtures;
    let officer: ApiClient;
    let orgId: number;

    before(async () => {
      t = await createTestApp(engine);
      f = await createRoleFixtures(t.services, 'dash');
      officer = await signIn(t.app, f.users.officer.username, f.users.officer.password);
      orgId = f.orgIds['fugou-gxj'];
      const driver: Driver = {
        services: t.services,
        officer: await contextOf(t.services, f.users.officer.id),
        leader: await contextOf(t.services, f.users.approver.id),
      };
      const calendar = await t.services.calendar.getCalendar();
      const today = chinaDate(t.clock.now());
      // Received so that the 20th working day falls within the next 3 working days.
      let dueSoonReceived = today;
      while (calendar.addWorkingDays(dueSoonReceived, 20).date > calendar.addWorkingDays(today, 2).date) {
        dueSoonReceived = addDays(dueSoonReceived, -1);
      }
      for (let i = 0; i < 12; i++) await caseInState(driver, orgId, 'inProgress', '2025-03-03'); // overdue
      await caseInState(driver, orgId, 'inProgress', dueSoonReceived);
      await caseInState(driver, orgId, 'awaitingCorrection', '2025-03-03');
      await caseInState(driver, orgId, 'registered', addDays(today, -1));
      await caseInState(driver, orgId, 'archived', '2025-03-03');
    });
    after(() => t.close());

    test('each list holds exactly the cases the dashboard counts, the earliest due first, paged', async () => {
      const dashboard = (await officer.get<Dashboard>(`/api/v1/applications/dashboard?orgId=${orgId}`)).body;
      assert.equal(dashboard.counts.overdue, 12);
      assert.equal(dashboard.counts.dueSoon, 1);
      assert.equal(dashboard.counts.waitingForApplicant, 1);
      assert.equal(dashboard.counts.unclaimed, 1);
      for (const list of ['overdue', 'dueSoon', 'waitingForApplicant', 'unclaimed', 'myQueue'] as const) {
        const res = await officer.get<Page>(`/api/v1/applications?orgId=${orgId}&list=${list}&pageSize=10`);
        assert.equal(res.status, 200);
        assert.equal(res.body.total, dashboard.counts[list], list);
        assert.deepEqual(
          res.body.items.map((i) => i.id),
          dashboard[list].map((i) => i.id),
          `${list}: the same cases in the same order as the dashboard`,
        );
      }
      const second = await officer.get<Page>(`/api/v1/applications?orgId=${orgId}&list=overdue&pageSize=10&page=2`);
      assert.equal(second.body.items.length, 2);
      assert.ok(second.body.items.every((i) => i.clock.isOverdue));
      const dues = [...dashboard.overdue, ...second.body.items].map((i) => i.clock.dueOn ?? '');
      assert.deepEqual(dues, [...dues].sort(), 'earliest due first');
    });

    test('an unknown list is a 400 naming the field', async () => {
      const res = await officer.get<{ detail: string; fields: { field: string }[] }>('/api/v1/applications?list=late');
      assert.equal(res.status, 400);
      assert.ok(res.body.fields.some((p) => p.field === 'list'));
      assert.match(res.body.detail, /overdue（已逾期）/);
    });
  });
}
