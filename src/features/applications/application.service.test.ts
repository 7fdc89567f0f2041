import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AppError } from '../../core/app-error.ts';
import { testEngines } from '../../db/testing.ts';
import { createRoleFixtures, createTestApp, type RoleFixtures, type TestApp } from '../../http/testing.ts';
import type { ActionContext } from '../auth/actor.ts';
import { caseInState, contextOf, type Driver, registration, sampleApplicant, VALID_ID_NUMBER } from './testing.ts';

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  assert.fail('expected the call to be refused');
}

for (const engine of testEngines()) {
  describe(`applications: register, read, edit (${engine})`, () => {
    let t: TestApp;
    let f: RoleFixtures;
    let driver: Driver;
    let orgAdmin: ActionContext;
    let otherAdmin: ActionContext;
    let clerk: ActionContext;
    let gxj: number;

    before(async () => {
      t = await createTestApp(engine);
      f = await createRoleFixtures(t.services, 'a');
      driver = {
        services: t.services,
        officer: await contextOf(t.services, f.users.officer.id),
        leader: await contextOf(t.services, f.users.approver.id),
      };
      orgAdmin = await contextOf(t.services, f.users.org_admin.id);
      otherAdmin = await contextOf(t.services, f.users.other_org_admin.id);
      clerk = await contextOf(t.services, f.users.clerk.id);
      gxj = f.orgIds['fugou-gxj'];
    });
    after(() => t.close());

    test('the receipt date follows Art. 31 for each channel', async () => {
      const apps = t.services.applications;
      const post = await apps.registerApplication(
        driver.officer,
        registration(gxj, '2025-04-07', { channel: 'registeredPost', submittedOn: undefined, signedOn: '2025-04-08' }),
      );
      assert.equal(post.receivedOn, '2025-04-08');
      assert.match(post.case.receiptRule, /签收之日/);
      const fax = await apps.registerApplication(
        driver.officer,
        registration(gxj, '2025-04-07', { channel: 'fax', submittedOn: '2025-04-07', confirmedOn: '2025-04-09' }),
      );
      assert.equal(fax.receivedOn, '2025-04-09');
      const missing = await refusal(
        apps.registerApplication(driver.officer, registration(gxj, '2025-04-07', { channel: 'ordinaryLetter' })),
      );
      assert.equal(missing.code, 'VALIDATION_FAILED');
      assert.match(missing.detail, /平常信函须填写与申请人确认的日期/);
    });

    test('a wrong ID check digit is a warning on a registered case, not a refusal', async () => {
      const wrong = `${VALID_ID_NUMBER.slice(0, 17)}${VALID_ID_NUMBER[17] === '1' ? '2' : '1'}`;
      const result = await t.services.applications.registerApplication(
        driver.officer,
        registration(gxj, '2025-04-10', { applicant: sampleApplicant({ idNumber: wrong }) }),
      );
      assert.ok(result.id > 0);
      assert.equal(result.warnings.length, 1);
      assert.match(result.warnings[0], /校验位不符/);
      assert.deepEqual(result.case.applicantWarnings, result.warnings);
      const fine = await t.services.applications.registerApplication(driver.officer, registration(gxj, '2025-04-10'));
      assert.deepEqual(fine.warnings, []);
    });

    test('case numbers count up per org and year and follow the org\u2019s pattern setting', async () => {
      const apps = t.services.applications;
      const first = await apps.registerApplication(driver.officer, registration(gxj, '2024-12-30'));
      const second = await apps.registerApplication(driver.officer, registration(gxj, '2024-12-31'));
      assert.equal(first.caseNumber, '扶工信依申〔2024〕1号');
      assert.equal(second.caseNumber, '扶工信依申〔2024〕2号');
      await apps.updateSettings(orgAdmin, 'fugou-gxj', { caseNumberPattern: 'GXJ-{year}-{seq:4}' });
      const third = await apps.registerApplication(driver.officer, registration(gxj, '2024-12-31'));
      assert.equal(third.caseNumber, 'GXJ-2024-0003');
      await apps.updateSettings(orgAdmin, 'fugou-gxj', { caseNumberPattern: '{prefix}依申〔{year}〕{seq}号' });
      const bad = await refusal(apps.updateSettings(orgAdmin, 'fugou-gxj', { caseNumberPattern: 'GXJ-{year}' }));
      assert.match(bad.detail, /\{seq\}/);
    });

    test('a receipt date in the future and an application to a section are refused', async () => {
      const future = await refusal(
        t.services.applications.registerApplication(driver.officer, registration(gxj, '2099-01-05')),
      );
      assert.match(future.detail, /晚于今天/);
      const section = await refusal(
        t.services.applications.registerApplication(
          driver.officer,
          registration(f.orgIds['fugou-gxj-yxg'], '2025-01-06'),
        ),
      );
      assert.match(section.detail, /股室/);
    });

    test('lists mask ID numbers and phones; the detail shows them in full only to those who work cases', async () => {
      const { id } = await caseInState(driver, gxj, 'registered', '2025-05-06');
      const list = await t.services.applications.listApplications(
        driver.officer.actor,
        { orgId: gxj },
        { page: 1, pageSize: 200 },
      );
      const item = list.items.find((row) => row.id === id);
      assert.ok(item);
      assert.equal(item.applicantIdNumberMasked, '4127**********1236');
      assert.equal(item.applicantPhoneMasked, '138****5678');
      assert.ok(!JSON.stringify(list).includes(VALID_ID_NUMBER));
      assert.ok(!JSON.stringify(list).includes('13812345678'));
      const full = await t.services.applications.getApplication(driver.officer.actor, id);
      assert.equal(full.applicant.idNumber, VALID_ID_NUMBER);
      assert.equal(full.applicant.phone, '13812345678');
      const masked = await t.services.applications.getApplication(orgAdmin.actor, id);
      assert.equal(masked.applicant.idNumber, '4127**********1236');
      assert.equal(masked.applicant.phone, '138****5678');
      assert.equal(masked.applicant.address, '（已隐藏）');
    });

    test('other counties\u2019 staff and a clerk of a sibling section can neither see nor work the case', async () => {
      const { id, version } = await caseInState(driver, gxj, 'registered', '2025-05-07');
      for (const who of [otherAdmin, clerk]) {
        assert.equal((await refusal(t.services.applications.getApplication(who.actor, id))).code, 'FORBIDDEN');
        const claim = t.services.applications.runCommand(who, { id, version, command: { type: 'claim' } });
        assert.equal((await refusal(claim)).code, 'FORBIDDEN');
        const listed = await t.services.applications.listApplications(who.actor, {}, { page: 1, pageSize: 200 });
        assert.ok(!listed.items.some((row) => row.id === id));
      }
      const byAdmin = t.services.applications.runCommand(orgAdmin, { id, version, command: { type: 'claim' } });
      assert.equal((await refusal(byAdmin)).code, 'FORBIDDEN', 'an org admin administers, but does not handle cases');
      const figures = refusal(t.services.applications.computeApplicationsFigures(otherAdmin.actor, 'fugou-gxj', 2025));
      assert.equal((await figures).code, 'FORBIDDEN');
    });

    test('a case assigned to a section is visible to that section\u2019s clerk', async () => {
      const { id } = await caseInState(driver, gxj, 'registered', '2025-05-08', {
        assignedSectionId: f.orgIds['fugou-gxj-bgs'],
      });
      const detail = await t.services.applications.getApplication(clerk.actor, id);
      assert.equal(detail.assignedSection?.id, f.orgIds['fugou-gxj-bgs']);
      const list = await t.services.applications.listApplications(clerk.actor, {}, { page: 1, pageSize: 200 });
      assert.ok(list.items.some((row) => row.id === id));
    });

    test('of two edits made from the same version, the second is refused with VERSION_CONFLICT', async () => {
      const { id, version } = await caseInState(driver, gxj, 'inProgress', '2025-05-12');
      const apps = t.services.applications;
      const first = await apps.updateApplication(driver.officer, {
        id,
        version,
        applicant: sampleApplicant({ phone: '13900000001' }),
      });
      assert.equal(first.version, version + 1);
      const second = await refusal(
        apps.updateApplication(driver.leader, { id, version, applicant: sampleApplicant({ phone: '13900000002' }) }),
      );
      assert.equal(second.code, 'VERSION_CONFLICT');
      const command = await refusal(
        apps.runCommand(driver.officer, {
          id,
          version,
          command: { type: 'startConsultation', party: 'agency', partyName: '县财政局' },
        }),
      );
      assert.equal(command.code, 'VERSION_CONFLICT');
      assert.equal((await apps.getApplication(driver.officer.actor, id)).applicant.phone, '13900000001');
    });

    test('concurrent commands on one case: exactly one wins, the other gets VERSION_CONFLICT', async () => {
      const { id, version } = await caseInState(driver, gxj, 'inProgress', '2025-05-13');
      const apps = t.services.applications;
      const results = await Promise.allSettled([
        apps.runCommand(driver.officer, {
          id,
          version,
          on: '2025-05-14',
          command: { type: 'startConsultation', party: 'agency', partyName: '县财政局' },
        }),
        apps.runCommand(driver.leader, {
          id,
          version,
          on: '2025-05-14',
          command: { type: 'withdraw', reason: '撤回' },
        }),
      ]);
      assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
      const rejected = results.find((r) => r.status === 'rejected');
      assert.equal(rejected?.status === 'rejected' && (rejected.reason as AppError).code, 'VERSION_CONFLICT');
      const detail = await apps.getApplication(driver.officer.actor, id);
      assert.equal(detail.events.length, 2);
    });

    test('a closed case cannot be edited until reopened with a reason', async () => {
      const { id, version } = await caseInState(driver, gxj, 'replied', '2025-05-19');
      const apps = t.services.applications;
      const edit = await refusal(
        apps.updateApplication(driver.officer, { id, version, applicant: sampleApplicant({ name: '李四' }) }),
      );
      assert.equal(edit.code, 'INVALID_TRANSITION');
      assert.match(edit.detail, /已办结/);
      const noReason = await refusal(
        apps.runCommand(driver.officer, { id, version, command: { type: 'reopen', reason: ' ' } }),
      );
      assert.equal(noReason.code, 'INVALID_TRANSITION');
      const reopened = await apps.runCommand(driver.officer, {
        id,
        version,
        command: { type: 'reopen', reason: '复议决定责令重新答复' },
      });
      assert.equal(reopened.state, 'inProgress');
      const edited = await apps.updateApplication(driver.officer, {
        id,
        version: reopened.version,
        applicant: sampleApplicant({ name: '李四' }),
      });
      assert.equal(edited.applicant.name, '李四');
    });

    test('every change is in the audit log, without full ID numbers', async () => {
      const { id } = await caseInState(driver, gxj, 'approved', '2025-05-20');
      const entries = await t.database.db
        .selectFrom('audit_entry')
        .select(['action', 'actor_id', 'after'])
        .where('target_type', '=', 'application')
        .where('target_id', '=', String(id))
        .orderBy('id')
        .execute();
      assert.deepEqual(
        entries.map((e) => e.action),
        ['application.register', 'application.claim', 'application.submitDecision', 'application.approveDecision'],
      );
      assert.equal(entries[3].actor_id, f.users.approver.id);
      assert.ok(!JSON.stringify(entries).includes(VALID_ID_NUMBER));
    });
  });
}
