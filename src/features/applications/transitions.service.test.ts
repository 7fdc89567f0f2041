// Every command from every state, through the service: the allowed ones succeed (one event,
// version + 1), the others are refused with 409 INVALID_TRANSITION and the state machine's
// Chinese message, leaving the case untouched.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AppError } from '../../core/app-error.ts';
import { testEngines } from '../../db/testing.ts';
import { createRoleFixtures, createTestApp, type RoleFixtures, type TestApp } from '../../http/testing.ts';
import type { CommandInput } from './case-commands.ts';
import type { CaseState } from './rules/case-states.ts';
import { ALLOWED_FROM } from './rules/state-machine.ts';
import { caseInState, contextOf, type Driver, PATHS } from './testing.ts';

const STATES = Object.keys(PATHS) as CaseState[];

/** A valid example of each command, with a date that meets its guards for a case received 2025-03-03. */
function examples(officerId: number): Record<string, [CommandInput, string]> {
  return {
    assign: [{ type: 'assign', officerId }, '2025-03-10'],
    reassign: [{ type: 'reassign', officerId, reason: '工作调整' }, '2025-03-10'],
    claim: [{ type: 'claim' }, '2025-03-10'],
    sendBack: [{ type: 'sendBack', reason: '不属于本科室职责' }, '2025-03-10'],
    requestCorrection: [{ type: 'requestCorrection', items: ['请写明所需文件的文号'] }, '2025-03-10'],
    receiveCorrection: [{ type: 'receiveCorrection' }, '2025-03-10'],
    closeForNoCorrection: [{ type: 'closeForNoCorrection' }, '2025-04-30'],
    startConsultation: [{ type: 'startConsultation', party: 'thirdParty', partyName: '某公司' }, '2025-03-10'],
    endConsultation: [{ type: 'endConsultation' }, '2025-03-10'],
    approveExtension: [{ type: 'approveExtension', workingDays: 20, reason: '需调取档案' }, '2025-03-10'],
    notifyFee: [{ type: 'notifyFee', basis: 'perPage', pages: 68 }, '2025-03-10'],
    recordPayment: [{ type: 'recordPayment' }, '2025-03-10'],
    closeForUnpaidFee: [{ type: 'closeForUnpaidFee' }, '2025-04-30'],
    withdraw: [{ type: 'withdraw', reason: '已自行获取' }, '2025-03-10'],
    submitDecision: [{ type: 'submitDecision', outcome: 'granted' }, '2025-03-10'],
    approveDecision: [{ type: 'approveDecision' }, '2025-03-10'],
    returnDecision: [{ type: 'returnDecision', reason: '依据不充分' }, '2025-03-10'],
    reply: [{ type: 'reply', method: 'email' }, '2025-03-10'],
    archive: [{ type: 'archive' }, '2025-03-10'],
    reopen: [{ type: 'reopen', reason: '复议决定责令重新答复' }, '2025-03-10'],
  };
}

function allowedStates(type: string): readonly CaseState[] {
  const ruleType = type === 'assign' ? 'reassign' : type;
  return ALLOWED_FROM[ruleType as keyof typeof ALLOWED_FROM];
}

for (const engine of testEngines()) {
  describe(`every transition through the service (${engine})`, () => {
    let t: TestApp;
    let f: RoleFixtures;
    let driver: Driver;

    before(async () => {
      t = await createTestApp(engine);
      f = await createRoleFixtures(t.services, 'x');
      driver = {
        services: t.services,
        officer: await contextOf(t.services, f.users.officer.id),
        leader: await contextOf(t.services, f.users.approver.id),
      };
    });
    after(() => t.close());

    for (const state of STATES) {
      test(`from 「${state}」`, async () => {
        const apps = t.services.applications;
        const org = f.orgIds['fugou-gxj'];
        const refusedCase = await caseInState(driver, org, state);
        const problems: string[] = [];
        for (const [type, [command, on]] of Object.entries(examples(f.users.officer.id))) {
          const isAllowed = allowedStates(type).includes(state);
          const target = isAllowed ? await caseInState(driver, org, state) : refusedCase;
          const before = await apps.getApplication(driver.leader.actor, target.id);
          try {
            const after = await apps.runCommand(driver.leader, { id: target.id, version: target.version, on, command });
            if (!isAllowed) problems.push(`${type}: expected a refusal, got state ${after.state}`);
            else if (after.version !== before.version + 1 || after.events.length !== before.events.length + 1) {
              problems.push(`${type}: expected one event and version + 1`);
            }
          } catch (error) {
            if (!(error instanceof AppError)) throw error;
            if (isAllowed) problems.push(`${type}: refused (${error.code} ${error.detail})`);
            else if (error.code !== 'INVALID_TRANSITION' || !/[\u4e00-\u9fff]/.test(error.detail)) {
              problems.push(`${type}: expected INVALID_TRANSITION with a Chinese message, got ${error.code}`);
            }
            const unchanged = await apps.getApplication(driver.leader.actor, target.id);
            if (!isAllowed && unchanged.version !== before.version)
              problems.push(`${type}: a refused command changed the case`);
          }
        }
        assert.deepEqual(problems, []);
      });
    }

    test('the refusals name the rule: a second extension, a late correction notice, a reply before approval', async () => {
      const apps = t.services.applications;
      const org = f.orgIds['fugou-gxj'];
      const refuse = async (promise: Promise<unknown>) => {
        const error = await promise.then(
          () => assert.fail('expected a refusal'),
          (e: unknown) => e,
        );
        assert.ok(error instanceof AppError);
        return error;
      };
      const c = await caseInState(driver, org, 'inProgress');
      const extended = await apps.runCommand(driver.leader, {
        id: c.id,
        version: c.version,
        on: '2025-03-10',
        command: { type: 'approveExtension', workingDays: 10, reason: '需调取档案' },
      });
      const second = await refuse(
        apps.runCommand(driver.leader, {
          id: c.id,
          version: extended.version,
          on: '2025-03-11',
          command: { type: 'approveExtension', workingDays: 5, reason: '再延' },
        }),
      );
      assert.equal(second.code, 'INVALID_TRANSITION');
      assert.match(second.detail, /只能延长一次/);
      const late = await refuse(
        apps.runCommand(driver.officer, {
          id: c.id,
          version: extended.version,
          on: '2025-03-13',
          command: { type: 'requestCorrection', items: ['文号'] },
        }),
      );
      assert.match(late.detail, /7 个工作日内（至 2025-03-12）/);
      const pending = await caseInState(driver, org, 'pendingApproval');
      const early = await refuse(
        apps.runCommand(driver.officer, { id: pending.id, version: pending.version, command: { type: 'reply' } }),
      );
      assert.equal(early.code, 'INVALID_TRANSITION');
      assert.match(early.detail, /尚未经负责人批准/);
      const tooLong = await refuse(
        apps.runCommand(driver.leader, {
          id: pending.id,
          version: pending.version,
          on: '2025-03-10',
          command: { type: 'approveExtension', workingDays: 21, reason: '太多' },
        }),
      );
      assert.match(tooLong.detail, /最长不超过 20 个工作日/);
    });

    test('approvals need the 负责人 role; an officer is refused with 403 whatever the state', async () => {
      const apps = t.services.applications;
      const pending = await caseInState(driver, f.orgIds['fugou-gxj'], 'pendingApproval');
      for (const command of [
        { type: 'approveDecision' },
        { type: 'returnDecision', reason: '不同意' },
        { type: 'approveExtension', workingDays: 5, reason: '档案' },
      ] as CommandInput[]) {
        const error = await apps
          .runCommand(driver.officer, { id: pending.id, version: pending.version, command })
          .catch((e: unknown) => e);
        assert.ok(error instanceof AppError);
        assert.equal(error.code, 'FORBIDDEN', command.type);
        assert.match(error.detail, /负责人/);
      }
    });

    test('an officer asks for an extension, the 负责人 approves it as asked', async () => {
      const apps = t.services.applications;
      const c = await caseInState(driver, f.orgIds['fugou-gxj'], 'inProgress', '2025-09-10');
      const asked = await apps.requestExtension(driver.officer, {
        id: c.id,
        version: c.version,
        workingDays: 15,
        reason: '需向档案馆调取',
        on: '2025-09-12',
      });
      assert.equal(asked.extensionRequest?.workingDays, 15);
      assert.equal(asked.clock.dueOn, (await apps.getApplication(driver.officer.actor, c.id)).clock.dueOn);
      const approved = await apps.runCommand(driver.leader, {
        id: c.id,
        version: asked.version,
        on: '2025-09-15',
        command: { type: 'approveExtension' },
      });
      assert.equal(approved.extensionRequest, null);
      const event = approved.events.at(-1);
      assert.deepEqual(
        [event?.type, event?.data.workingDays, event?.data.reason],
        ['extensionApproved', 15, '需向档案馆调取'],
      );
      const again = await apps
        .requestExtension(driver.officer, {
          id: c.id,
          version: approved.version,
          workingDays: 5,
          reason: '再延',
          on: '2025-09-16',
        })
        .catch((e: unknown) => e);
      assert.ok(again instanceof AppError && again.code === 'INVALID_TRANSITION');
    });
  });
}
