// The dashboard's lists as a filter of the case list (?list=… on the page and on the API, which
// filters in SQL, so the list holds every matching case however many are open).

export type ClockFilter = 'myQueue' | 'unclaimed' | 'dueSoon' | 'overdue' | 'waitingForApplicant' | 'provisional';

export const CLOCK_FILTER_OPTIONS: { value: ClockFilter; label: string }[] = [
  { value: 'overdue', label: '已逾期' },
  { value: 'dueSoon', label: '3 个工作日内到期' },
  { value: 'waitingForApplicant', label: '等待申请人（补正、缴费）' },
  { value: 'provisional', label: '期限暂定' },
  { value: 'unclaimed', label: '待签收' },
  { value: 'myQueue', label: '我的待办' },
];

/** The filter named in the page's address, if it is one. */
export function parseClockFilter(value: string | null): ClockFilter | undefined {
  return CLOCK_FILTER_OPTIONS.find((option) => option.value === value)?.value;
}

/** Where the dashboard's "查看全部" of a list leads. */
export function clockFilterHref(filter: ClockFilter): string {
  return `/applications?list=${filter}`;
}
