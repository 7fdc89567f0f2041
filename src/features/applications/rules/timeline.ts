// The facts a case's clock and state are derived from. Dates are 'YYYY-MM-DD'; `by` is a user id.
import type { FeeBasis } from './fees.ts';
import type { OutcomeKey } from './outcomes.ts';

export type ConsultedParty = 'thirdParty' | 'agency';
export type DeliveryMethod = 'post' | 'email' | 'collect' | 'online';

export const CONSULTED_PARTY_LABELS: Record<ConsultedParty, string> = {
  thirdParty: '第三方',
  agency: '其他行政机关',
};

export const DELIVERY_METHOD_LABELS: Record<DeliveryMethod, string> = {
  post: '邮寄',
  email: '电子邮件',
  collect: '当面领取',
  online: '网上送达',
};

interface Base {
  on: string;
  by: string;
}

export type TimelineEvent =
  | (Base & { type: 'claimed' })
  | (Base & { type: 'sentBack'; reason: string })
  | (Base & { type: 'reassigned'; officerId?: string; sectionId?: string })
  | (Base & { type: 'correctionRequested'; correctBy: string; items: string[] })
  | (Base & { type: 'correctionReceived' })
  | (Base & { type: 'correctionLapsed' })
  | (Base & { type: 'consultationStarted'; party: ConsultedParty; partyName: string })
  | (Base & { type: 'consultationEnded' })
  | (Base & { type: 'extensionApproved'; workingDays: number; reason: string })
  /** `on` is the day the applicant received the fee notice. */
  | (Base & { type: 'feeNotified'; amount: number; basis: FeeBasis })
  | (Base & { type: 'feePaid' })
  | (Base & { type: 'feeLapsed' })
  | (Base & { type: 'withdrawn'; reason?: string })
  | (Base & { type: 'decisionSubmitted'; outcome: OutcomeKey })
  | (Base & { type: 'decisionApproved' })
  | (Base & { type: 'decisionReturned'; reason: string })
  | (Base & { type: 'replied'; method: DeliveryMethod })
  | (Base & { type: 'archived' })
  | (Base & { type: 'reopened'; reason: string });

export type TimelineEventType = TimelineEvent['type'];

/** Events of one type, e.g. EventOf<'feeNotified'>. */
export type EventOf<T extends TimelineEventType> = Extract<TimelineEvent, { type: T }>;

/** The events since the case was last reopened: a reopened case is handled afresh. */
export function currentHandling(events: readonly TimelineEvent[]): readonly TimelineEvent[] {
  let start = 0;
  events.forEach((event, index) => {
    if (event.type === 'reopened') start = index;
  });
  return events.slice(start);
}
