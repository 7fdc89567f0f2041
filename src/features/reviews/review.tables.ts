import type { Generated } from 'kysely';

export interface ReviewCaseTable {
  id: Generated<number>;
  org_id: number;
  application_id: number | null;
  route: 'reconsideration' | 'litigation_direct' | 'litigation_after_reconsideration';
  /** 复议机关 or court. */
  body: string;
  /** The body's own case number (e.g. 扶政复决〔2025〕3号). */
  reference: string | null;
  filed_on: string;
  closed_on: string | null;
  result: 'upheld' | 'corrected' | 'other' | 'pending';
  notes: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ReviewTables {
  review_case: ReviewCaseTable;
}
