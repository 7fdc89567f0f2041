import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createSeedCalendar } from '../../calendar/seed.ts';
import { caseResult } from './case-outcome.ts';
import { type CaseState, stateOf } from './case-states.ts';
import type { Actor, CaseCommand, CaseCommandType } from './commands.ts';
import { computeDeadline } from './deadline.ts';
import { ALLOWED_FROM, applyCommand, availableCommands, checkEditable } from './state-machine.ts';
import type { TimelineEvent } from './timeline.ts';

const calendar = createSeedCalendar();
const officer: Actor = { userId: 'officer', isLeader: false };
const leader: Actor = { userId: 'leader', isLeader: true };
const RECEIVED = '2025-03-03';
const TODAY = '2025-06-30';

function apply(
  events: readonly TimelineEvent[],
  command: CaseCommand,
  on: string,
  actor: Actor = leader,
  receivedOn = RECEIVED,
) {
  return applyCommand({ receivedOn, events, calendar, today: TODAY }, { command, on, actor });
}

/** Applies commands in order, failing the test on any refusal. */
function run(steps: [CaseCommand, string, Actor?][], start: readonly TimelineEvent[] = []): TimelineEvent[] {
  let events = [...start];
  for (const [command, on, actor] of steps) {
    const result = apply(events, command, on, actor ?? leader);
    assert.ok(result.ok, result.ok ? '' : `${command.type}: ${result.refusal.message}`);
    events = result.events;
  }
  return events;
}

const e = (type: string, on: string, extra: Record<string, unknown> = {}) =>
  ({ type, on, by: 'officer', ...extra }) as TimelineEvent;
const claimed = e('claimed', '2025-03-04');
const decided = e('decisionSubmitted', '2025-03-05', { outcome: 'granted' });
const approved = e('decisionApproved', '2025-03-06');
const HISTORIES: Record<CaseState, TimelineEvent[]> = {
  registered: [],
  inProgress: [claimed],
  awaitingCorrection: [e('correctionRequested', '2025-03-04', { correctBy: '2025-03-14', items: ['文号'] })],
  consulting: [claimed, e('consultationStarted', '2025-03-05', { party: 'agency', partyName: '县财政局' })],
  awaitingFee: [claimed, e('feeNotified', '2025-03-05', { amount: 100, basis: 'perPage' })],
  pendingApproval: [claimed, decided],
  approved: [claimed, decided, approved],
  replied: [claimed, decided, approved, e('replied', '2025-03-07', { method: 'post' })],
  archived: [claimed, decided, approved, e('replied', '2025-03-07', { method: 'post' }), e('archived', '2025-03-08')],
  closed: [claimed, e('withdrawn', '2025-03-05')],
};

const VALID: Record<CaseCommandType, [CaseCommand, string]> = {
  claim: [{ type: 'claim' }, '2025-03-10'],
  sendBack: [{ type: 'sendBack', reason: '不属于本科室' }, '2025-03-10'],
  reassign: [{ type: 'reassign', officerId: 'officer-2' }, '2025-03-10'],
  requestCorrection: [{ type: 'requestCorrection', items: ['请写明文件名称'] }, '2025-03-10'],
  receiveCorrection: [{ type: 'receiveCorrection' }, '2025-03-10'],
  closeForNoCorrection: [{ type: 'closeForNoCorrection' }, '2025-03-17'],
  startConsultation: [{ type: 'startConsultation', party: 'thirdParty', partyName: '某公司' }, '2025-03-10'],
  endConsultation: [{ type: 'endConsultation' }, '2025-03-10'],
  approveExtension: [{ type: 'approveExtension', workingDays: 20, reason: '需调取档案' }, '2025-03-10'],
  notifyFee: [{ type: 'notifyFee', amount: 380, basis: 'perPage' }, '2025-03-10'],
  recordPayment: [{ type: 'recordPayment' }, '2025-03-10'],
  closeForUnpaidFee: [{ type: 'closeForUnpaidFee' }, '2025-04-03'],
  withdraw: [{ type: 'withdraw', reason: '已自行获取' }, '2025-03-10'],
  submitDecision: [{ type: 'submitDecision', outcome: 'partiallyGranted' }, '2025-03-10'],
  approveDecision: [{ type: 'approveDecision' }, '2025-03-10'],
  returnDecision: [{ type: 'returnDecision', reason: '依据不充分' }, '2025-03-10'],
  reply: [{ type: 'reply', method: 'email' }, '2025-03-10'],
  archive: [{ type: 'archive' }, '2025-03-10'],
  reopen: [{ type: 'reopen', reason: '复议决定责令重新答复' }, '2025-03-10'],
};

describe('every command from every state', () => {
  for (const [state, history] of Object.entries(HISTORIES) as [CaseState, TimelineEvent[]][]) {
    test(`from 「${state}」: the allowed commands succeed and the others are refused`, () => {
      assert.equal(stateOf(history), state);
      for (const [type, [command, on]] of Object.entries(VALID) as [CaseCommandType, [CaseCommand, string]][]) {
        const result = apply(history, command, on);
        if (ALLOWED_FROM[type].includes(state)) {
          assert.ok(result.ok, `${type} should be allowed: ${result.ok ? '' : result.refusal.message}`);
        } else {
          assert.equal(result.ok, false, `${type} should be refused from ${state}`);
          if (!result.ok) {
            assert.ok(
              ['ILLEGAL_TRANSITION', 'CASE_CLOSED', 'DECISION_NOT_APPROVED'].includes(result.refusal.code),
              type,
            );
            assert.match(result.refusal.message, /[\u4e00-\u9fff]/);
          }
        }
      }
      assert.deepEqual(
        availableCommands(history),
        (Object.keys(ALLOWED_FROM) as CaseCommandType[]).filter((type) => ALLOWED_FROM[type].includes(state)),
      );
    });
  }
});

describe('a case from registration to archive', () => {
  test('passes through every stage with the due date following the timeline', () => {
    const steps: [CaseCommand, string, Actor?, CaseState?][] = [
      [{ type: 'claim' }, '2025-03-04', officer, 'inProgress'],
      [
        { type: 'requestCorrection', items: ['请写明文号'], correctBy: '2025-03-21' },
        '2025-03-05',
        officer,
        'awaitingCorrection',
      ],
      [{ type: 'receiveCorrection' }, '2025-03-12', officer, 'inProgress'],
      [{ type: 'startConsultation', party: 'thirdParty', partyName: '某公司' }, '2025-03-13', officer, 'consulting'],
      [{ type: 'endConsultation' }, '2025-03-20', officer, 'inProgress'],
      [{ type: 'approveExtension', workingDays: 10, reason: '涉及档案多' }, '2025-03-21', leader, 'inProgress'],
      [{ type: 'notifyFee', amount: 380, basis: 'perPage' }, '2025-03-24', officer, 'awaitingFee'],
      [{ type: 'recordPayment' }, '2025-03-26', officer, 'inProgress'],
      [{ type: 'submitDecision', outcome: 'granted' }, '2025-04-01', officer, 'pendingApproval'],
      [{ type: 'approveDecision' }, '2025-04-02', leader, 'approved'],
      [{ type: 'reply', method: 'post' }, '2025-04-03', officer, 'replied'],
      [{ type: 'archive' }, '2025-04-10', officer, 'archived'],
    ];
    let events: TimelineEvent[] = [];
    for (const [command, on, actor, expected] of steps) {
      const result = apply(events, command, on, actor);
      assert.ok(result.ok, result.ok ? '' : `${command.type}: ${result.refusal.message}`);
      assert.equal(result.state, expected, command.type);
      assert.equal(result.event.by, actor?.userId);
      events = result.events;
    }
    assert.deepEqual(caseResult(events), { closedOn: '2025-04-03', outcome: 'granted' });
    const clock = computeDeadline({ receivedOn: RECEIVED, events, calendar, today: '2025-04-10' });
    // Restart on 03-12; +10 extension; 5 days consulting (03-14…03-20) and 2 days paying (03-25, 03-26) excluded.
    assert.equal(clock.dueDate, calendar.addWorkingDays('2025-03-12', 37).date);
    assert.deepEqual([clock.status, clock.isLate], ['stopped', false]);
  });
});

describe('refusals', () => {
  const inProgress = run([[{ type: 'claim' }, '2025-03-04', officer]]);

  test('a second extension is refused', () => {
    const extended = run([
      [{ type: 'claim' }, '2025-03-04'],
      [{ type: 'approveExtension', workingDays: 5, reason: '档案多' }, '2025-03-10'],
    ]);
    const second = apply(extended, { type: 'approveExtension', workingDays: 5, reason: '还需时间' }, '2025-03-11');
    assert.deepEqual(second.ok ? null : second.refusal.code, 'EXTENSION_ALREADY_GRANTED');
  });

  test('an extension needs a 负责人, at most 20 working days, a reason, and must come before the due date', () => {
    const code = (command: CaseCommand, on: string, actor: Actor) => {
      const result = apply(inProgress, command, on, actor);
      return result.ok ? 'ok' : result.refusal.code;
    };
    assert.equal(
      code({ type: 'approveExtension', workingDays: 10, reason: 'x' }, '2025-03-10', officer),
      'LEADER_REQUIRED',
    );
    assert.equal(
      code({ type: 'approveExtension', workingDays: 21, reason: 'x' }, '2025-03-10', leader),
      'EXTENSION_TOO_LONG',
    );
    assert.equal(
      code({ type: 'approveExtension', workingDays: 10, reason: ' ' }, '2025-03-10', leader),
      'REASON_REQUIRED',
    );
    // Due 2025-03-31: an extension on 04-01 comes too late.
    assert.equal(code({ type: 'approveExtension', workingDays: 10, reason: 'x' }, '2025-03-31', leader), 'ok');
    assert.equal(
      code({ type: 'approveExtension', workingDays: 10, reason: 'x' }, '2025-04-01', leader),
      'EXTENSION_AFTER_DEADLINE',
    );
  });

  test('a correction notice only within 7 working days of receipt, counted on the holiday calendar', () => {
    // Received 2025-09-26: 7 working days run to 10-13 across the National Day break.
    const request: CaseCommand = { type: 'requestCorrection', items: ['请写明文号'] };
    const context = { receivedOn: '2025-09-26', events: [], calendar, today: '2025-12-31' };
    const inTime = applyCommand(context, { command: request, on: '2025-10-13', actor: officer });
    assert.equal(inTime.ok, true);
    const late = applyCommand(context, { command: request, on: '2025-10-14', actor: officer });
    assert.equal(late.ok ? null : late.refusal.code, 'CORRECTION_TOO_LATE');
    assert.match(late.ok ? '' : late.refusal.message, /7 个工作日内（至 2025-10-13）/);
  });

  test('a second correction notice is refused, even after the first was answered', () => {
    const corrected = run([
      [{ type: 'requestCorrection', items: ['文号'] }, '2025-03-04'],
      [{ type: 'receiveCorrection' }, '2025-03-05'],
    ]);
    const again = apply(corrected, { type: 'requestCorrection', items: ['日期'] }, '2025-03-06');
    assert.equal(again.ok ? null : again.refusal.code, 'CORRECTION_ALREADY_REQUESTED');
  });

  test('closing for no correction waits for the correction deadline, then lands in （六）1', () => {
    const waiting = run([[{ type: 'requestCorrection', items: ['文号'], correctBy: '2025-03-14' }, '2025-03-04']]);
    const early = apply(waiting, { type: 'closeForNoCorrection' }, '2025-03-14');
    assert.equal(early.ok ? null : early.refusal.code, 'CORRECTION_NOT_LAPSED');
    const closed = apply(waiting, { type: 'closeForNoCorrection' }, '2025-03-17');
    assert.ok(closed.ok);
    assert.equal(closed.state, 'closed');
    assert.deepEqual(caseResult(closed.events), { closedOn: '2025-03-17', outcome: 'otherHandling.noCorrection' });
  });

  test('one fee notice per case; closing as unpaid only after the 20 working days, landing in （六）2', () => {
    const notified = run([
      [{ type: 'claim' }, '2025-03-04'],
      [{ type: 'notifyFee', amount: 100, basis: 'perApplication' }, '2025-03-05'],
      [{ type: 'recordPayment' }, '2025-03-06'],
    ]);
    const second = apply(notified, { type: 'notifyFee', amount: 100, basis: 'perPage' }, '2025-03-07');
    assert.equal(second.ok ? null : second.refusal.code, 'FEE_ALREADY_NOTIFIED');
    const unpaid = run([
      [{ type: 'claim' }, '2025-03-04'],
      [{ type: 'notifyFee', amount: 100, basis: 'perApplication' }, '2025-03-05'],
    ]);
    const early = apply(unpaid, { type: 'closeForUnpaidFee' }, '2025-04-02');
    assert.equal(early.ok ? null : early.refusal.code, 'FEE_NOT_LAPSED');
    const closed = apply(unpaid, { type: 'closeForUnpaidFee' }, '2025-04-03');
    assert.ok(closed.ok);
    assert.equal(caseResult(closed.events).outcome, 'otherHandling.feeUnpaid');
    const zero = apply(inProgress, { type: 'notifyFee', amount: 0, basis: 'perPage' }, '2025-03-05');
    assert.equal(zero.ok ? null : zero.refusal.code, 'INVALID_INPUT');
  });

  test('a reply before the 负责人 approves the decision is refused', () => {
    const fromWork = apply(inProgress, { type: 'reply', method: 'post' }, '2025-03-05');
    assert.equal(fromWork.ok ? null : fromWork.refusal.code, 'DECISION_NOT_APPROVED');
    const submitted = run([
      [{ type: 'claim' }, '2025-03-04'],
      [{ type: 'submitDecision', outcome: 'granted' }, '2025-03-05'],
    ]);
    const pending = apply(submitted, { type: 'reply', method: 'post' }, '2025-03-06');
    assert.equal(pending.ok ? null : pending.refusal.code, 'DECISION_NOT_APPROVED');
    const byOfficer = apply(submitted, { type: 'approveDecision' }, '2025-03-06', officer);
    assert.equal(byOfficer.ok ? null : byOfficer.refusal.code, 'LEADER_REQUIRED');
  });

  test('lapse outcomes cannot be submitted as decisions; “unclear after correction” needs a correction', () => {
    const code = (outcome: CaseCommand & { type: 'submitDecision' }) => {
      const result = apply(inProgress, outcome, '2025-03-05', officer);
      return result.ok ? 'ok' : result.refusal.code;
    };
    assert.equal(code({ type: 'submitDecision', outcome: 'otherHandling.feeUnpaid' }), 'OUTCOME_NOT_ALLOWED');
    assert.equal(code({ type: 'submitDecision', outcome: 'otherHandling.noCorrection' }), 'OUTCOME_NOT_ALLOWED');
    assert.equal(
      code({ type: 'submitDecision', outcome: 'unableToProvide.unclearAfterCorrection' }),
      'OUTCOME_NOT_ALLOWED',
    );
    assert.equal(code({ type: 'submitDecision', outcome: 'withheld.stateSecret' }), 'ok');
  });

  test('dates cannot be in the future, before receipt or before the previous step', () => {
    const code = (on: string) => {
      const result = apply(
        inProgress,
        { type: 'startConsultation', party: 'agency', partyName: '县财政局' },
        on,
        officer,
      );
      return result.ok ? 'ok' : result.refusal.code;
    };
    assert.equal(code('2025-07-01'), 'DATE_IN_FUTURE');
    assert.equal(code('2025-03-03'), 'DATE_BEFORE_PREVIOUS');
    assert.equal(code('2025-02-28'), 'DATE_BEFORE_PREVIOUS');
    assert.equal(code('2025-03-04'), 'ok');
    assert.equal(code('2025-3-4'), 'INVALID_INPUT');
  });

  test('reasons are required to send back, return a decision and reopen', () => {
    assert.equal(
      ((r) => (r.ok ? 'ok' : r.refusal.code))(apply(inProgress, { type: 'sendBack', reason: '' }, '2025-03-05')),
      'REASON_REQUIRED',
    );
    const closed = HISTORIES.closed;
    assert.equal(
      ((r) => (r.ok ? 'ok' : r.refusal.code))(apply(closed, { type: 'reopen', reason: '  ' }, '2025-03-06')),
      'REASON_REQUIRED',
    );
  });
});

describe('withdrawal, editing and reopening', () => {
  test('an applicant can withdraw from any open state; the case lands in （六）3', () => {
    for (const state of [
      'registered',
      'inProgress',
      'awaitingCorrection',
      'consulting',
      'awaitingFee',
      'pendingApproval',
      'approved',
    ] as const) {
      const result = apply(HISTORIES[state], { type: 'withdraw' }, '2025-03-10');
      assert.ok(result.ok, state);
      assert.equal(result.state, 'closed');
      assert.deepEqual(caseResult(result.events), { closedOn: '2025-03-10', outcome: 'otherHandling.other' });
    }
  });

  test('a finished case cannot be edited; an approved one only after the 负责人 returns it', () => {
    assert.equal(checkEditable(HISTORIES.replied)?.code, 'CASE_CLOSED');
    assert.equal(checkEditable(HISTORIES.archived)?.code, 'CASE_CLOSED');
    assert.equal(checkEditable(HISTORIES.closed)?.code, 'CASE_CLOSED');
    assert.equal(checkEditable(HISTORIES.approved)?.code, 'CASE_APPROVED');
    assert.equal(checkEditable(HISTORIES.pendingApproval), null);
    assert.equal(checkEditable(HISTORIES.inProgress), null);
    const returned = apply(HISTORIES.approved, { type: 'returnDecision', reason: '需补充理由' }, '2025-03-10');
    assert.ok(returned.ok);
    assert.equal(checkEditable(returned.events), null);
  });

  test('a reopened archived case is open again, editable, with no outcome until it is answered again', () => {
    const reopened = apply(HISTORIES.archived, { type: 'reopen', reason: '复议决定责令重新答复' }, '2025-05-06');
    assert.ok(reopened.ok);
    assert.equal(reopened.state, 'inProgress');
    assert.equal(checkEditable(reopened.events), null);
    assert.deepEqual(caseResult(reopened.events), { closedOn: null, outcome: null });
    const events = run(
      [
        [{ type: 'submitDecision', outcome: 'partiallyGranted' }, '2025-05-07'],
        [{ type: 'approveDecision' }, '2025-05-08'],
        [{ type: 'reply', method: 'email' }, '2025-05-09'],
      ],
      reopened.events,
    );
    assert.deepEqual(caseResult(events), { closedOn: '2025-05-09', outcome: 'partiallyGranted' });
  });
});
