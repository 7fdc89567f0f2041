// Table 三 from the cases: the SQL aggregation equals the reference recount (the pure
// computeTable3 over every case), R1–R3 hold, and reopened cases count as they stood on 31 December.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { sql } from 'kysely';
import { testEngines } from '../../db/testing.ts';
import { createRoleFixtures, createTestApp, type RoleFixtures, type TestApp } from '../../http/testing.ts';
import { checkSums } from '../annual-reports/check/hard-rules.ts';
import { emptyReport } from '../annual-reports/read/empty-report.ts';
import type { Applications } from '../annual-reports/report.ts';
import { addDays } from '../calendar/iso-date.ts';
import { APPLICANT_TYPES } from './application.ts';
import { caseRow, type GeneratedSummary, insertCaseRows, randomSource } from './generate-cases.ts';
import { OUTCOME_KEYS } from './rules/outcomes.ts';
import { contextOf, type Driver, registration } from './testing.ts';

function sumProblems(applications: Applications, year: number): string[] {
  const report = emptyReport(year <= 2020 ? '2019' : '2021');
  return checkSums({ ...report, applications }).map((d) => d.message);
}

const summaryArb: fc.Arbitrary<GeneratedSummary> = fc
  .record({
    applicantType: fc.constantFrom(...APPLICANT_TYPES),
    received: fc.integer({ min: 0, max: 3 * 365 }),
    duration: fc.option(fc.integer({ min: 0, max: 200 }), { freq: 4 }),
    outcome: fc.constantFrom(...OUTCOME_KEYS),
  })
  .map(({ applicantType, received, duration, outcome }) => {
    const receivedOn = addDays('2023-06-01', received);
    return duration === null
      ? { applicantType, receivedOn, closedOn: null, outcome: null }
      : { applicantType, receivedOn, closedOn: addDays(receivedOn, duration), outcome };
  });

for (const engine of testEngines()) {
  describe(`table 三 figures (${engine})`, () => {
    let t: TestApp;
    let f: RoleFixtures;
    let driver: Driver;

    before(async () => {
      t = await createTestApp(engine);
      f = await createRoleFixtures(t.services, 'fig');
      driver = {
        services: t.services,
        officer: await contextOf(t.services, f.users.officer.id),
        leader: await contextOf(t.services, f.users.approver.id),
      };
    });
    after(() => t.close());

    test('for random case histories across years, SQL figures equal the recount, a plain count, and R1–R3', async () => {
      const org = f.orgIds['fugou-gxj-qyg'];
      const calendar = await t.services.calendar.getCalendar();
      await fc.assert(
        fc.asyncProperty(
          fc.array(summaryArb, { maxLength: 40 }),
          fc.integer({ min: 2023, max: 2026 }),
          async (summaries, year) => {
            // Cases are the department's; a section id keeps this property's cases apart from other tests'.
            await sql`delete from application where org_id = ${org}`.execute(t.database.db);
            const context = {
              orgId: org,
              calendar,
              counters: new Map<number, number>(),
              officerIds: [],
              random: randomSource(year),
            };
            await insertCaseRows(
              t.database.db,
              summaries.map((s) => caseRow(context, s)),
            );
            const actor = driver.officer.actor;
            const fast = await t.services.applications.computeApplicationsFigures(actor, String(org), year);
            const recount = await t.services.applications.recountApplicationsFigures(actor, String(org), year);
            assert.deepEqual(fast, recount);
            assert.deepEqual(sumProblems(fast, year), []);
            const first = `${year}-01-01`;
            const last = `${year}-12-31`;
            const counted = summaries.filter(
              (s) => s.receivedOn <= last && (s.closedOn === null || s.closedOn >= first),
            );
            assert.equal(fast.received.total, counted.filter((s) => s.receivedOn >= first).length);
            assert.equal(fast.carriedOver.total, counted.filter((s) => s.receivedOn < first).length);
            assert.equal(
              fast.handledTotal.total,
              counted.filter((s) => s.closedOn !== null && s.closedOn <= last).length,
            );
            assert.equal(
              fast.granted.naturalPerson,
              counted.filter(
                (s) =>
                  s.outcome === 'granted' &&
                  s.applicantType === 'naturalPerson' &&
                  s.closedOn !== null &&
                  s.closedOn <= last,
              ).length,
            );
          },
        ),
        { numRuns: 25 },
      );
    });

    test('a case closed in 2024 and reopened in 2025 counts as handled in 2024 and again as carried over in 2025', async () => {
      const apps = t.services.applications;
      const org = f.orgIds['fugou-gxj'];
      const reg = await apps.registerApplication(driver.officer, registration(org, '2024-11-04'));
      let c = reg.case;
      const step = async (
        on: string,
        command: Parameters<typeof apps.runCommand>[1]['command'],
        who: 'officer' | 'leader' = 'officer',
      ) => {
        c = await apps.runCommand(driver[who], { id: c.id, version: c.version, on, command });
      };
      await step('2024-11-05', { type: 'claim' });
      await step('2024-11-20', { type: 'submitDecision', outcome: 'unableToProvide.notHeld', reasons: '经检索未找到' });
      await step('2024-11-21', { type: 'approveDecision' }, 'leader');
      await step('2024-11-22', { type: 'reply', method: 'post' });
      await step('2025-03-03', { type: 'reopen', reason: '行政复议决定责令重新答复' });
      const open2024 = await apps.computeApplicationsFigures(driver.officer.actor, 'fugou-gxj', 2024);
      await step('2025-03-20', { type: 'submitDecision', outcome: 'granted' });
      await step('2025-03-21', { type: 'approveDecision' }, 'leader');
      await step('2025-03-24', { type: 'reply', method: 'post' });
      for (const year of [2024, 2025]) {
        const fast = await apps.computeApplicationsFigures(driver.officer.actor, 'fugou-gxj', year);
        assert.deepEqual(fast, await apps.recountApplicationsFigures(driver.officer.actor, 'fugou-gxj', year));
        assert.deepEqual(sumProblems(fast, year), []);
      }
      const y2024 = await apps.computeApplicationsFigures(driver.officer.actor, 'fugou-gxj', 2024);
      const y2025 = await apps.computeApplicationsFigures(driver.officer.actor, 'fugou-gxj', 2025);
      assert.deepEqual(open2024, y2024, '2024 does not change when the case is handled again in 2025');
      assert.equal(y2024.unableToProvide.notHeld.total, 1);
      assert.equal(y2025.carriedOver.total, 1);
      assert.equal(y2025.granted.total, 1);
    });

    test('reports for 2020 use the 2019 template, with one （六） row', async () => {
      const org = f.orgIds['fugou-gxj-yxg'];
      const calendar = await t.services.calendar.getCalendar();
      const context = {
        orgId: org,
        calendar,
        counters: new Map<number, number>(),
        officerIds: [],
        random: randomSource(7),
      };
      await insertCaseRows(t.database.db, [
        caseRow(context, {
          applicantType: 'business',
          receivedOn: '2020-05-06',
          closedOn: '2020-05-20',
          outcome: 'otherHandling.feeUnpaid',
        }),
        caseRow(context, {
          applicantType: 'business',
          receivedOn: '2020-06-01',
          closedOn: '2020-06-02',
          outcome: 'otherHandling.other',
        }),
      ]);
      const figures = await t.services.applications.computeApplicationsFigures(driver.officer.actor, String(org), 2020);
      assert.deepEqual(Object.keys(figures.otherHandling), ['all']);
      assert.equal((figures.otherHandling as { all: { business: number } }).all.business, 2);
      assert.deepEqual(
        figures,
        await t.services.applications.recountApplicationsFigures(driver.officer.actor, String(org), 2020),
      );
    });
  });
}
