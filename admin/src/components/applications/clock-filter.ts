import type { CaseListItem } from './types.ts';

export type ClockFilter = 'overdue' | 'dueSoon' | 'waitingForApplicant' | 'provisional';

export const CLOCK_FILTER_OPTIONS: { value: ClockFilter; label: string }[] = [
  { value: 'overdue', label: '已逾期' },
  { value: 'dueSoon', label: '3 个工作日内到期' },
  { value: 'waitingForApplicant', label: '等待申请人（补正、缴费）' },
  { value: 'provisional', label: '期限暂定' },
];

/** Whether a listed case belongs under a deadline filter (same rules as the dashboard's lists). */
export function matchesClockFilter(item: CaseListItem, filter: ClockFilter): boolean {
  const { clock } = item;
  const isOpen = item.closedOn === null;
  switch (filter) {
    case 'overdue':
      return isOpen && clock.isOverdue;
    case 'dueSoon':
      return isOpen && !clock.isOverdue && clock.workingDaysLeft !== null && clock.workingDaysLeft <= 3;
    case 'waitingForApplicant':
      return isOpen && clock.status === 'waitingForApplicant';
    case 'provisional':
      return isOpen && clock.isProvisional;
  }
}
