// Which table-三 row a case ends in, and when: derived from the timeline like everything else.
import { CLOSING_OUTCOMES, type OutcomeKey } from './outcomes.ts';
import type { TimelineEvent } from './timeline.ts';

export interface CaseResult {
  /** The day the case was replied to or closed; null while it is open. */
  closedOn: string | null;
  outcome: OutcomeKey | null;
}

/** A reopened case is open again until its next reply or closing. */
export function caseResult(events: readonly TimelineEvent[]): CaseResult {
  let decided: OutcomeKey | null = null;
  let result: CaseResult = { closedOn: null, outcome: null };
  for (const event of events) {
    switch (event.type) {
      case 'decisionSubmitted':
        decided = event.outcome;
        break;
      case 'replied':
        result = { closedOn: event.on, outcome: decided };
        break;
      case 'correctionLapsed':
        result = { closedOn: event.on, outcome: CLOSING_OUTCOMES.correctionLapsed };
        break;
      case 'feeLapsed':
        result = { closedOn: event.on, outcome: CLOSING_OUTCOMES.feeLapsed };
        break;
      case 'withdrawn':
        result = { closedOn: event.on, outcome: CLOSING_OUTCOMES.withdrawn };
        break;
      case 'reopened':
        decided = null;
        result = { closedOn: null, outcome: null };
        break;
      default:
        break;
    }
  }
  return result;
}
