// The case row's cached fields, recomputed from the timeline after every change: state, the
// clock (due date, provisional flag), and the closing date and outcome for table 三.
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import type { ApplicationPatch } from './application.repo.ts';
import type { EventRow } from './event.repo.ts';
import { caseResult } from './rules/case-outcome.ts';
import { isOpenState, stateOf } from './rules/case-states.ts';
import { computeDeadline, type DeadlineResult } from './rules/deadline.ts';
import type { DeadlineSettings } from './rules/deadline-rules.ts';
import { currentHandling, type TimelineEvent } from './rules/timeline.ts';

/** A stored event as the rules see it (extra stored fields such as a tracking number ride along). */
export function toTimelineEvent(row: Pick<EventRow, 'type' | 'occurred_on' | 'by_user_id' | 'data'>): TimelineEvent {
  return {
    ...row.data,
    type: row.type,
    on: row.occurred_on,
    by: row.by_user_id === null ? '' : String(row.by_user_id),
  } as TimelineEvent;
}

export interface DeriveInput {
  receivedOn: string;
  receiptRule?: string;
  events: readonly TimelineEvent[];
  calendar: WorkingCalendar;
  settings: DeadlineSettings;
  today: string;
}

export function deadlineOf(input: DeriveInput): DeadlineResult {
  return computeDeadline({
    receivedOn: input.receivedOn,
    events: input.events,
    calendar: input.calendar,
    today: input.today,
    settings: input.settings,
    receiptRule: input.receiptRule,
  });
}

/** The decision submitted in the current handling and not yet replied, if any. */
function pendingDecision(events: readonly TimelineEvent[]): string | null {
  let outcome: string | null = null;
  for (const event of currentHandling(events)) {
    if (event.type === 'decisionSubmitted') outcome = event.outcome;
    if (event.type === 'reopened') outcome = null;
  }
  return outcome;
}

export function derivedFields(input: DeriveInput): ApplicationPatch {
  const state = stateOf(input.events);
  const deadline = deadlineOf(input);
  const result = caseResult(input.events);
  return {
    state,
    is_open: isOpenState(state),
    clock_status: deadline.status,
    due_on: deadline.dueDate,
    is_provisional: deadline.provisional || (deadline.applicantDeadline?.provisional ?? false),
    applicant_due_on: deadline.applicantDeadline?.date ?? null,
    closed_on: result.closedOn,
    outcome: result.outcome ?? pendingDecision(input.events),
    reopen_count: input.events.filter((event) => event.type === 'reopened').length,
  };
}
