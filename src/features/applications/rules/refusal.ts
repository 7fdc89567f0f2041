// A refused step of a case's workflow. The service maps every refusal to HTTP 409 (Conflict),
// except INVALID_INPUT, which is a 400 naming the field.

export type RefusalCode =
  | 'ILLEGAL_TRANSITION'
  | 'CASE_CLOSED'
  | 'CASE_APPROVED'
  | 'CORRECTION_ALREADY_REQUESTED'
  | 'CORRECTION_TOO_LATE'
  | 'CORRECTION_NOT_LAPSED'
  | 'EXTENSION_ALREADY_GRANTED'
  | 'EXTENSION_TOO_LONG'
  | 'EXTENSION_AFTER_DEADLINE'
  | 'FEE_ALREADY_NOTIFIED'
  | 'FEE_AFTER_DEADLINE'
  | 'FEE_NOT_LAPSED'
  | 'LEADER_REQUIRED'
  | 'DECISION_NOT_APPROVED'
  | 'OUTCOME_NOT_ALLOWED'
  | 'REASON_REQUIRED'
  | 'DATE_BEFORE_PREVIOUS'
  | 'DATE_IN_FUTURE'
  | 'INVALID_INPUT';

export interface Refusal {
  code: RefusalCode;
  /** For people, in Chinese. */
  message: string;
}

export function refuse(code: RefusalCode, message: string): { ok: false; refusal: Refusal } {
  return { ok: false, refusal: { code, message } };
}
