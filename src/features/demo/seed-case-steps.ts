// How a demo case goes: steps a number of working days after receipt, and shorthands for the
// usual paths (claim, decide, approve, reply).
import type { ApplicantInput, Channel, RequestInput } from '../applications/application.ts';
import type { CommandInput } from '../applications/case-commands.ts';

export type Who = 'clerk' | 'officer' | 'officer2' | 'approver';

/** A step `at` working days after receipt (or after the previous step when `after` is set). */
export interface Step {
  at: number;
  command: CommandInput;
  who: Who;
}

export interface DemoCase {
  receivedOn: string;
  channel: Channel;
  applicant: ApplicantInput;
  request: RequestInput;
  steps: Step[];
  /** Attach the demo reply letter once replied. */
  hasReplyLetter?: boolean;
}

export function request(description: string, extra: Partial<RequestInput> = {}): RequestInput {
  return { description, formWanted: 'paper', delivery: 'post', ...extra };
}

export const claim = (at = 1, who: Who = 'officer'): Step => ({ at, command: { type: 'claim' }, who });
export const decide = (at: number, command: CommandInput, who: Who = 'officer'): Step[] => [
  { at, command, who },
  { at: at + 1, command: { type: 'approveDecision' }, who: 'approver' },
  { at: at + 2, command: { type: 'reply' }, who: 'clerk' },
];
export const decided = (outcome: CommandInput & { type: 'submitDecision' }, at = 12, who: Who = 'officer'): Step[] => [
  claim(1, who),
  ...decide(at, outcome, who),
];
export const decision = (outcome: string, reasons?: string, extra: Record<string, unknown> = {}) =>
  ({ type: 'submitDecision', outcome, reasons, ...extra }) as CommandInput & { type: 'submitDecision' };

/** Every decision type of table 三 at least once, with corrections, an extension, fees and a withdrawal. */
