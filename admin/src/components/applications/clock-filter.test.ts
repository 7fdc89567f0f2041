import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { matchesClockFilter } from './clock-filter.ts';
import type { CaseListItem, ClockSummary } from './types.ts';

function item(clock: Partial<ClockSummary>, closedOn: string | null = null): CaseListItem {
  return {
    id: 1,
    orgId: 2,
    caseNumber: '扶工信依申〔2026〕1号',
    receivedOn: '2026-11-02',
    channel: 'inPerson',
    applicantType: 'naturalPerson',
    applicantName: '李四',
    applicantIdNumberMasked: null,
    applicantPhoneMasked: '138****5678',
    summary: '',
    state: 'inProgress',
    stateLabel: '办理中',
    clock: {
      status: 'running',
      statusLabel: '计时中',
      dueOn: '2026-11-30',
      workingDaysLeft: 10,
      isOverdue: false,
      isProvisional: false,
      applicantDueOn: null,
      ...clock,
    },
    assignedOfficer: null,
    closedOn,
    outcome: null,
    version: 1,
  };
}

describe('按答复期限筛选', () => {
  test('已逾期只含未办结且逾期的', () => {
    assert.equal(matchesClockFilter(item({ isOverdue: true, workingDaysLeft: -2 }), 'overdue'), true);
    assert.equal(matchesClockFilter(item({ isOverdue: true, workingDaysLeft: -2 }, '2026-12-01'), 'overdue'), false);
    assert.equal(matchesClockFilter(item({}), 'overdue'), false);
  });

  test('3 个工作日内到期含今天到期，不含已逾期和暂停计时的', () => {
    assert.equal(matchesClockFilter(item({ workingDaysLeft: 0 }), 'dueSoon'), true);
    assert.equal(matchesClockFilter(item({ workingDaysLeft: 3 }), 'dueSoon'), true);
    assert.equal(matchesClockFilter(item({ workingDaysLeft: 4 }), 'dueSoon'), false);
    assert.equal(matchesClockFilter(item({ workingDaysLeft: -1, isOverdue: true }), 'dueSoon'), false);
    assert.equal(matchesClockFilter(item({ workingDaysLeft: null, status: 'paused' }), 'dueSoon'), false);
  });

  test('等待申请人和期限暂定', () => {
    assert.equal(
      matchesClockFilter(item({ status: 'waitingForApplicant', workingDaysLeft: null }), 'waitingForApplicant'),
      true,
    );
    assert.equal(matchesClockFilter(item({ isProvisional: true }), 'provisional'), true);
    assert.equal(matchesClockFilter(item({}), 'provisional'), false);
  });
});
