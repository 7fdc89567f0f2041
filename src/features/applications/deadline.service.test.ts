// The due date derived end to end: registered through the service, moved only by events, on
// the seeded calendar. Expected dates are counted by hand from the State Council notices.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testEngines } from '../../db/testing.ts';
import { createRoleFixtures, createTestApp, type RoleFixtures, type TestApp } from '../../http/testing.ts';
import type { ActionContext } from '../auth/actor.ts';
import type { CaseDetail } from './application.ts';
import type { CommandInput } from './case-commands.ts';
import { chinaDate } from './china-date.ts';
import { contextOf, type Driver, registration } from './testing.ts';

for (const engine of testEngines()) {
  describe(`deadlines derived from the timeline (${engine})`, () => {
    let t: TestApp;
    let f: RoleFixtures;
    let driver: Driver;
    let orgAdmin: ActionContext;

    before(async () => {
      t = await createTestApp(engine);
      f = await createRoleFixtures(t.services, 'd');
      driver = {
        services: t.services,
        officer: await contextOf(t.services, f.users.officer.id),
        leader: await contextOf(t.services, f.users.approver.id),
      };
      orgAdmin = await contextOf(t.services, f.users.org_admin.id);
    });
    after(() => t.close());

    async function register(receivedOn: string): Promise<CaseDetail> {
      return (
        await t.services.applications.registerApplication(
          driver.officer,
          registration(f.orgIds['fugou-gxj'], receivedOn),
        )
      ).case;
    }

    async function step(
      c: CaseDetail,
      on: string,
      command: CommandInput,
      who: 'officer' | 'leader' = 'officer',
    ): Promise<CaseDetail> {
      return t.services.applications.runCommand(driver[who], { id: c.id, version: c.version, on, command });
    }

    test('registration: 20 working days from the day after receipt', async () => {
      const c = await register('2025-03-03');
      assert.equal(c.clock.dueOn, '2025-03-31');
      assert.equal(c.clock.status, 'running');
    });

    test('a correction notice stops the clock; the period restarts from the correction (Qingming skipped)', async () => {
      let c = await register('2025-03-03');
      c = await step(c, '2025-03-05', { type: 'requestCorrection', items: ['请写明所需文件的名称或文号'] });
      assert.equal(c.clock.dueOn, null);
      assert.equal(c.clock.status, 'waitingForApplicant');
      // 15 working days after 03-05, the org's default correction period.
      assert.equal(c.clock.applicantDueOn, '2025-03-26');
      c = await step(c, '2025-03-20', { type: 'receiveCorrection' });
      // 03-21 … 04-03 (10 days), 04-04 清明节 off, 04-07 … 04-18 (10 days).
      assert.equal(c.clock.dueOn, '2025-04-18');
      const clock = await t.services.applications.getClock(driver.officer.actor, c.id);
      const kinds = clock.steps.map((s) => s.kind);
      assert.ok(kinds.includes('correctionRequested') && kinds.includes('correctionReceived'));
      assert.ok(clock.steps.some((s) => s.kind === 'holiday' && s.label.includes('清明节')));
      assert.equal(clock.steps.at(-1)?.kind, 'due');
    });

    test('consultation time is not counted', async () => {
      let c = await register('2025-06-03');
      c = await step(c, '2025-06-04', { type: 'claim' });
      assert.equal(c.clock.dueOn, '2025-07-01');
      c = await step(c, '2025-06-05', { type: 'startConsultation', party: 'agency', partyName: '扶沟县财政局' });
      c = await step(c, '2025-06-12', { type: 'endConsultation' });
      // 06-06, 06-09 … 06-12 excluded: five working days later than without the consultation.
      assert.equal(c.clock.dueOn, '2025-07-08');
      const clock = await t.services.applications.getClock(driver.officer.actor, c.id);
      assert.equal(clock.excludedWorkingDays, 5);
      assert.ok(clock.steps.some((s) => s.kind === 'consultationEnded' && s.label.includes('5 个工作日')));
    });

    test('an extension over National Day 2025 skips 10-01…10-08 and counts the make-up days', async () => {
      let c = await register('2025-09-10');
      c = await step(c, '2025-09-11', { type: 'claim' });
      // 09-11 … 09-30 with Sunday 09-28 worked (15 days), 10-09, 10-10, Saturday 10-11, 10-13, 10-14.
      assert.equal(c.clock.dueOn, '2025-10-14');
      c = await step(
        c,
        '2025-10-09',
        { type: 'approveExtension', workingDays: 20, reason: '需向县档案馆调取档案' },
        'leader',
      );
      assert.equal(c.clock.dueOn, '2025-11-11');
      const clock = await t.services.applications.getClock(driver.officer.actor, c.id);
      assert.equal(clock.periodWorkingDays, 40);
      assert.equal(clock.extensionWorkingDays, 20);
      const holiday = clock.steps.find((s) => s.kind === 'holiday');
      assert.match(holiday?.label ?? '', /2025-10-01（星期三）至2025-10-08（星期三） 国庆节、中秋节放假，8 天/);
      assert.deepEqual(
        clock.steps.filter((s) => s.kind === 'makeupWorkday').map((s) => s.date),
        ['2025-09-28', '2025-10-11'],
      );
      assert.ok(clock.steps.some((s) => s.kind === 'extension' && s.label.includes('负责人批准')));
      assert.equal(clock.provisional, false);
    });

    test('whether a fee notice stops the clock is the org\u2019s setting, and changing it re-derives open cases', async () => {
      let c = await register('2025-03-03');
      c = await step(c, '2025-03-04', { type: 'claim' });
      c = await step(c, '2025-03-05', { type: 'notifyFee', basis: 'perPage', pages: 68 });
      c = await step(c, '2025-03-12', { type: 'recordPayment' });
      // Default: stopped 03-06 … 03-12 (five working days) → 2025-04-08 (04-04 清明节 off).
      assert.equal(c.clock.dueOn, '2025-04-08');
      await t.services.applications.updateSettings(orgAdmin, 'fugou-gxj', {
        deadlines: { isClockStoppedForFee: false },
      });
      assert.equal(
        (await t.services.applications.getApplication(driver.officer.actor, c.id)).clock.dueOn,
        '2025-03-31',
      );
      await t.services.applications.updateSettings(orgAdmin, 'fugou-gxj', {
        deadlines: { isClockStoppedForFee: true },
      });
      assert.equal(
        (await t.services.applications.getApplication(driver.officer.actor, c.id)).clock.dueOn,
        '2025-04-08',
      );
    });

    test('a third party\u2019s 15 working days run out by themselves: the dashboard settles the paused clock', async () => {
      const calendar = await t.services.calendar.getCalendar();
      const today = chinaDate(t.clock.now());
      let c = await register(today);
      c = await step(c, today, { type: 'claim' });
      c = await step(c, today, { type: 'startConsultation', party: 'thirdParty', partyName: '扶沟县某某置业有限公司' });
      assert.equal(c.clock.status, 'paused');
      t.clock.advance(40 * 86_400_000);
      try {
        await t.services.applications.getDashboard(driver.officer.actor);
        const settled = await t.services.applications.getApplication(driver.officer.actor, c.id);
        assert.equal(settled.clock.status, 'running');
        // 20 working days plus the 15 the third party had, counted from receipt.
        assert.equal(settled.clock.dueOn, calendar.addWorkingDays(today, 35).date);
      } finally {
        t.clock.reset();
      }
    });

    test('a reply after the due date is marked late in the clock view', async () => {
      let c = await register('2025-03-03');
      c = await step(c, '2025-03-04', { type: 'claim' });
      c = await step(c, '2025-04-01', {
        type: 'submitDecision',
        outcome: 'unableToProvide.notHeld',
        reasons: '经检索，本机关未制作该信息',
      });
      c = await step(c, '2025-04-02', { type: 'approveDecision' }, 'leader');
      c = await step(c, '2025-04-02', { type: 'reply', method: 'post', trackingNumber: 'EMS9876543210' });
      const clock = await t.services.applications.getClock(driver.officer.actor, c.id);
      assert.deepEqual([clock.status, clock.closedOn, clock.isLate], ['stopped', '2025-04-02', true]);
      assert.equal(c.closedOn, '2025-04-02');
      assert.equal(c.events.at(-1)?.data.trackingNumber, 'EMS9876543210');
    });
  });
}
