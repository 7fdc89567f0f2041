// 信息处理费 through the service: the tiers of 国办函〔2020〕109号, with 按件 counted per
// applicant per calendar month across all of the org's cases.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AppError } from '../../core/app-error.ts';
import { testEngines } from '../../db/testing.ts';
import { createRoleFixtures, createTestApp, type RoleFixtures, type TestApp } from '../../http/testing.ts';
import { addDays } from '../calendar/iso-date.ts';
import { caseInState, contextOf, type Driver, registration, sampleApplicant } from './testing.ts';

for (const engine of testEngines()) {
  describe(`processing fees (${engine})`, () => {
    let t: TestApp;
    let f: RoleFixtures;
    let driver: Driver;

    before(async () => {
      t = await createTestApp(engine);
      f = await createRoleFixtures(t.services, 'fee');
      driver = {
        services: t.services,
        officer: await contextOf(t.services, f.users.officer.id),
        leader: await contextOf(t.services, f.users.approver.id),
      };
    });
    after(() => t.close());

    test('68 pages cost 380 元 and the notice records amount and basis', async () => {
      const c = await caseInState(driver, f.orgIds['fugou-gxj'], 'inProgress', '2025-03-03');
      const quote = await t.services.applications.quoteFee(driver.officer.actor, c.id, 'perPage', 68);
      assert.equal(quote.amount, 380);
      const after = await t.services.applications.runCommand(driver.officer, {
        id: c.id,
        version: c.version,
        on: '2025-03-05',
        command: { type: 'notifyFee', basis: 'perPage', pages: 68 },
      });
      assert.deepEqual(after.fee, { amount: 380, basis: 'perPage', basisLabel: '按量计收' });
      assert.equal(after.state, 'awaitingFee');
      const again = await t.services.applications
        .runCommand(driver.officer, {
          id: c.id,
          version: after.version,
          on: '2025-03-06',
          command: { type: 'notifyFee', basis: 'perApplication' },
        })
        .catch((e: unknown) => e);
      assert.ok(again instanceof AppError);
      assert.equal(again.code, 'INVALID_TRANSITION');
    });

    test('按件: 35 applications by one applicant in a month cost 3,000 元 in all; others and other months do not count', async () => {
      const apps = t.services.applications;
      const org = f.orgIds['fugou-gxj'];
      const applicant = sampleApplicant({ name: '王五', idNumber: '410102198502030011', phone: '13700000035' });
      const ids: number[] = [];
      for (let i = 0; i < 35; i++) {
        const day = addDays('2025-05-05', i % 20);
        ids.push((await apps.registerApplication(driver.officer, registration(org, day, { applicant }))).id);
        if (i === 4) {
          // Someone else, and the same person in June, in between: they must not shift the count.
          await apps.registerApplication(driver.officer, registration(org, day));
          await apps.registerApplication(driver.officer, registration(org, '2025-06-03', { applicant }));
        }
      }
      const quotes = [];
      for (const id of ids) quotes.push(await apps.quoteFee(driver.officer.actor, id, 'perApplication'));
      assert.equal(
        quotes.reduce((sum, q) => sum + q.amount, 0),
        3000,
      );
      assert.equal(quotes.filter((q) => q.amount === 0).length, 10);
      assert.equal(quotes.filter((q) => q.amount === 100).length, 20);
      assert.equal(quotes.filter((q) => q.amount === 200).length, 5);
      const june = await apps.listApplications(
        driver.officer.actor,
        { orgId: org, receivedFrom: '2025-06-01', receivedTo: '2025-06-30' },
        { page: 1, pageSize: 10 },
      );
      const juneQuote = await apps.quoteFee(driver.officer.actor, june.items[0].id, 'perApplication');
      assert.equal(juneQuote.amount, 0);
      const first = await apps.getApplication(driver.officer.actor, ids[0]);
      const free = await apps.runCommand(driver.officer, {
        id: first.id,
        version: first.version,
        on: first.receivedOn,
        command: { type: 'claim' },
      });
      const refused = await apps
        .runCommand(driver.officer, {
          id: free.id,
          version: free.version,
          on: free.receivedOn,
          command: { type: 'notifyFee', basis: 'perApplication' },
        })
        .catch((e: unknown) => e);
      assert.ok(refused instanceof AppError);
      assert.match(refused.detail, /不收费/);
    });

    test('an unpaid fee closes the case as （六）2 only after the 20 working days to pay', async () => {
      const c = await caseInState(driver, f.orgIds['fugou-gxj'], 'awaitingFee', '2025-03-03');
      const early = await t.services.applications
        .runCommand(driver.officer, {
          id: c.id,
          version: c.version,
          on: '2025-03-20',
          command: { type: 'closeForUnpaidFee' },
        })
        .catch((e: unknown) => e);
      assert.ok(early instanceof AppError);
      assert.match(early.detail, /尚未届满/);
      const closed = await t.services.applications.runCommand(driver.officer, {
        id: c.id,
        version: c.version,
        on: '2025-04-30',
        command: { type: 'closeForUnpaidFee' },
      });
      assert.deepEqual(
        [closed.state, closed.decision?.outcome, closed.closedOn],
        ['closed', 'otherHandling.feeUnpaid', '2025-04-30'],
      );
    });
  });
}
