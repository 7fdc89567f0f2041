import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createSeedCalendar } from '../../calendar/seed.ts';
import { computeDeadline, type DeadlineInput } from './deadline.ts';
import { receiptDate } from './receipt.ts';
import type { TimelineEvent } from './timeline.ts';

const calendar = createSeedCalendar();
const add = (date: string, n: number) => calendar.addWorkingDays(date, n).date;
const by = 'officer-1';

function deadline(receivedOn: string, events: TimelineEvent[], today: string, settings?: DeadlineInput['settings']) {
  return computeDeadline({ receivedOn, events, calendar, today, settings });
}

describe('receipt date by channel (Art. 31)', () => {
  test('in person: the day submitted; registered post: the day signed; online, fax, e-mail, letter: the day confirmed', () => {
    const facts = { submittedOn: '2025-03-01', signedOn: '2025-03-02', confirmedOn: '2025-03-03' };
    const on = (channel: Parameters<typeof receiptDate>[0]['channel']) => {
      const result = receiptDate({ channel, ...facts });
      return result.ok ? result.receivedOn : result.message;
    };
    assert.deepEqual(
      ['inPerson', 'oral', 'registeredPost', 'online', 'fax', 'email', 'ordinaryLetter'].map((channel) =>
        on(channel as 'online'),
      ),
      ['2025-03-01', '2025-03-01', '2025-03-02', '2025-03-03', '2025-03-03', '2025-03-03', '2025-03-03'],
    );
  });

  test('a missing date for the channel is named in Chinese', () => {
    const result = receiptDate({ channel: 'registeredPost', submittedOn: '2025-03-01' });
    assert.deepEqual(result, { ok: false, field: 'signedOn', message: '邮寄的申请须填写签收日期' });
  });
});

describe('answer period', () => {
  test('20 working days from the day after receipt, crossing the 2025 National Day break', () => {
    const result = deadline('2025-09-26', [], '2025-09-30');
    assert.equal(result.dueDate, '2025-10-30');
    assert.equal(result.status, 'running');
    // 09-28 (make-up Sunday), 09-29 and 09-30 have been used.
    assert.equal(result.workingDaysLeft, 17);
    assert.equal(result.isOverdue, false);
    const labels = result.steps.map((step) => step.label).join('\n');
    assert.match(labels, /2025-10-01（星期三）至2025-10-08（星期三） 国庆节、中秋节放假，8 天，不计入/);
    assert.match(labels, /2025-09-28（星期日） 国庆节调休上班，计为工作日/);
    assert.match(labels, /2025-10-11（星期六） 国庆节调休上班，计为工作日/);
    assert.equal(result.steps[0].kind, 'receipt');
    assert.equal(result.steps.at(-1)?.kind, 'due');
  });

  test('the receipt rule is quoted in the first step', () => {
    const receipt = receiptDate({ channel: 'registeredPost', signedOn: '2025-03-03' });
    assert.ok(receipt.ok);
    const result = computeDeadline({
      receivedOn: receipt.receivedOn,
      receiptRule: receipt.rule,
      events: [],
      calendar,
      today: '2025-03-03',
    });
    assert.match(result.steps[0].label, /以签收之日为收到申请之日/);
  });

  test('an org that counts the receipt day gets a due date one working day earlier', () => {
    assert.equal(deadline('2025-03-03', [], '2025-03-03').dueDate, '2025-03-31');
    assert.equal(deadline('2025-03-03', [], '2025-03-03', { isReceiptDayCounted: true }).dueDate, '2025-03-28');
  });

  test('past the due date the case is overdue and the days left are negative', () => {
    const result = deadline('2025-09-26', [], '2025-11-03');
    assert.equal(result.isOverdue, true);
    assert.equal(result.workingDaysLeft, -2);
  });

  test('due today leaves 0 working days and is not overdue', () => {
    const result = deadline('2025-09-26', [], '2025-10-30');
    assert.deepEqual([result.workingDaysLeft, result.isOverdue], [0, false]);
  });

  test('a period running into a year without holiday data is provisional and says so', () => {
    const result = deadline('2026-12-15', [], '2026-12-15');
    assert.equal(result.provisional, true);
    assert.deepEqual(result.provisionalYears, [2027]);
    assert.ok(result.steps.some((step) => step.kind === 'provisional' && step.label.includes('2027 年')));
  });
});

describe('correction (补正)', () => {
  const requested: TimelineEvent = {
    type: 'correctionRequested',
    on: '2025-03-05',
    by,
    correctBy: '2025-03-26',
    items: ['请写明文号'],
  };

  test('while awaiting the correction there is no due date, only the applicant’s deadline', () => {
    const result = deadline('2025-03-03', [requested], '2025-03-10');
    assert.equal(result.status, 'waitingForApplicant');
    assert.equal(result.dueDate, null);
    assert.equal(result.workingDaysLeft, null);
    assert.deepEqual(result.applicantDeadline, {
      kind: 'correction',
      date: '2025-03-26',
      hasLapsed: false,
      outcomeIfLapsed: 'otherHandling.noCorrection',
      provisional: false,
    });
    assert.equal(deadline('2025-03-03', [requested], '2025-03-27').applicantDeadline?.hasLapsed, true);
  });

  test('the 20 working days restart from receipt of the correction', () => {
    const result = deadline(
      '2025-03-03',
      [requested, { type: 'correctionReceived', on: '2025-03-20', by }],
      '2025-03-20',
    );
    assert.equal(result.dueDate, '2025-04-18'); // crosses 清明 (04-04)
    assert.equal(result.dueDate, add('2025-03-20', 20));
    assert.equal(result.workingDaysLeft, 20);
    assert.ok(result.steps.some((step) => step.kind === 'correctionReceived' && step.label.includes('重新计算')));
  });

  test('a lapsed correction stops the clock', () => {
    const result = deadline(
      '2025-03-03',
      [requested, { type: 'correctionLapsed', on: '2025-03-27', by }],
      '2025-04-01',
    );
    assert.deepEqual([result.status, result.dueDate, result.closedOn], ['stopped', null, '2025-03-27']);
  });
});

describe('consultation (征求意见) is not counted', () => {
  test('a closed third-party consultation moves the due date by its working days', () => {
    const events: TimelineEvent[] = [
      { type: 'consultationStarted', on: '2025-03-10', by, party: 'thirdParty', partyName: '某公司' },
      { type: 'consultationEnded', on: '2025-03-17', by },
    ];
    const result = deadline('2025-03-03', events, '2025-03-18');
    assert.equal(result.excludedWorkingDays, 5);
    assert.equal(result.dueDate, add('2025-03-03', 25));
    assert.match(result.steps.find((step) => step.kind === 'consultationEnded')?.label ?? '', /5 个工作日不计入/);
  });

  test('an open consultation pauses the clock: the days left stay frozen', () => {
    const events: TimelineEvent[] = [
      { type: 'consultationStarted', on: '2025-03-10', by, party: 'agency', partyName: '县自然资源局' },
    ];
    const early = deadline('2025-03-03', events, '2025-03-12');
    const later = deadline('2025-03-03', events, '2025-03-20');
    assert.equal(early.status, 'paused');
    assert.equal(early.workingDaysLeft, 15);
    assert.equal(later.workingDaysLeft, 15);
    assert.equal(later.dueDate, add('2025-03-20', 15));
  });

  test('a third party that never answers pauses the clock for at most 15 working days', () => {
    const events: TimelineEvent[] = [
      { type: 'consultationStarted', on: '2025-10-09', by, party: 'thirdParty', partyName: '张某' },
    ];
    const result = deadline('2025-09-26', events, '2025-11-10');
    assert.equal(result.status, 'running');
    assert.equal(result.excludedWorkingDays, 15);
    assert.equal(result.dueDate, add('2025-09-26', 35));
  });
});

describe('extension (延期)', () => {
  const extend = (on: string, workingDays: number): TimelineEvent => ({
    type: 'extensionApproved',
    on,
    by: 'leader',
    workingDays,
    reason: '需要调取档案',
  });

  test('adds the approved working days to the period', () => {
    const result = deadline('2025-03-03', [extend('2025-03-20', 10)], '2025-03-21');
    assert.equal(result.dueDate, add('2025-03-03', 30));
    assert.equal(result.extensionWorkingDays, 10);
  });

  test('adds at most 20 working days, and only once', () => {
    const result = deadline('2025-03-03', [extend('2025-03-20', 25), extend('2025-03-25', 5)], '2025-03-26');
    assert.equal(result.dueDate, add('2025-03-03', 40));
    assert.ok(result.steps.some((step) => step.label.includes('只能延长一次')));
  });
});

describe('fee notice (收费)', () => {
  const notified: TimelineEvent = { type: 'feeNotified', on: '2025-03-10', by, amount: 380, basis: 'perPage' };
  const paid: TimelineEvent = { type: 'feePaid', on: '2025-03-24', by };

  test('by default the answer clock stops until payment', () => {
    const result = deadline('2025-03-03', [notified, paid], '2025-03-25');
    assert.equal(result.excludedWorkingDays, 10);
    assert.equal(result.dueDate, add('2025-03-03', 30));
  });

  test('an org that keeps the clock running gets the plain due date', () => {
    const result = deadline('2025-03-03', [notified, paid], '2025-03-25', { isClockStoppedForFee: false });
    assert.equal(result.dueDate, add('2025-03-03', 20));
  });

  test('the applicant has 20 working days from the day after the notice; then the case may close as （六）2', () => {
    const waiting = deadline('2025-03-03', [notified], '2025-03-12');
    assert.equal(waiting.status, 'waitingForApplicant');
    assert.equal(waiting.applicantDeadline?.date, add('2025-03-10', 20));
    assert.equal(waiting.applicantDeadline?.hasLapsed, false);
    const lapsed = deadline('2025-03-03', [notified], '2025-04-10');
    assert.deepEqual(
      [lapsed.applicantDeadline?.hasLapsed, lapsed.applicantDeadline?.outcomeIfLapsed],
      [true, 'otherHandling.feeUnpaid'],
    );
  });

  test('a payment deadline running into a year without data is marked provisional', () => {
    const events: TimelineEvent[] = [{ type: 'feeNotified', on: '2026-12-14', by, amount: 380, basis: 'perPage' }];
    const result = deadline('2026-12-01', events, '2026-12-15');
    assert.deepEqual([result.applicantDeadline?.date, result.applicantDeadline?.provisional], ['2027-01-11', true]);
    assert.equal(deadline('2025-03-03', [notified], '2025-03-12').applicantDeadline?.provisional, false);
  });
});

describe('closing and reopening', () => {
  test('a reply stops the clock and records whether it was late', () => {
    const onTime = deadline('2025-09-26', [{ type: 'replied', on: '2025-10-30', by, method: 'post' }], '2025-11-20');
    assert.deepEqual(
      [onTime.status, onTime.isLate, onTime.isOverdue, onTime.workingDaysLeft],
      ['stopped', false, false, null],
    );
    const late = deadline('2025-09-26', [{ type: 'replied', on: '2025-10-31', by, method: 'post' }], '2025-11-20');
    assert.equal(late.isLate, true);
  });

  test('a reopened case gets a fresh 20 working days from the reopening', () => {
    const events: TimelineEvent[] = [
      { type: 'extensionApproved', on: '2025-03-20', by: 'leader', workingDays: 20, reason: '档案多' },
      { type: 'replied', on: '2025-03-25', by, method: 'post' },
      { type: 'reopened', on: '2025-06-03', by, reason: '行政复议决定责令重新答复' },
    ];
    const result = deadline('2025-03-03', events, '2025-06-04');
    assert.equal(result.status, 'running');
    assert.equal(result.dueDate, add('2025-06-03', 20));
    assert.equal(result.extensionWorkingDays, 0);
    assert.ok(result.steps.some((step) => step.kind === 'reopened' && step.label.includes('行政复议决定责令重新答复')));
  });
});
