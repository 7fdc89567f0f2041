// 行政复议 and 行政诉讼 records, and report table 四 computed from them.
import type { Outcome } from '../annual-reports/report.ts';

export const REVIEW_ROUTES = ['reconsideration', 'litigation_direct', 'litigation_after_reconsideration'] as const;
export type ReviewRoute = (typeof REVIEW_ROUTES)[number];

export const REVIEW_ROUTE_LABELS: Record<ReviewRoute, string> = {
  reconsideration: '行政复议',
  litigation_direct: '行政诉讼（未经复议直接起诉）',
  litigation_after_reconsideration: '行政诉讼（复议后起诉）',
};

export const REVIEW_RESULTS = ['upheld', 'corrected', 'other', 'pending'] as const;
export type ReviewResult = (typeof REVIEW_RESULTS)[number];

export const REVIEW_RESULT_LABELS: Record<ReviewResult, string> = {
  upheld: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
};

export interface ReviewCase {
  id: number;
  orgId: number;
  applicationId: number | null;
  caseNumber: string | null;
  route: ReviewRoute;
  routeLabel: string;
  body: string;
  reference: string | null;
  filedOn: string;
  closedOn: string | null;
  result: ReviewResult;
  resultLabel: string;
  notes: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ReviewSummary {
  route: ReviewRoute;
  filedOn: string;
  closedOn: string | null;
  result: ReviewResult;
}

export interface Table4 {
  reconsideration: Outcome;
  litigationDirect: Outcome;
  litigationAfterReconsideration: Outcome;
}

export interface Table4Options {
  /** Also count cases filed before the year and still pending on 1 January (default true). */
  countPendingFromEarlierYears: boolean;
}

const KEY: Record<ReviewRoute, keyof Table4> = {
  reconsideration: 'reconsideration',
  litigation_direct: 'litigationDirect',
  litigation_after_reconsideration: 'litigationAfterReconsideration',
};

function zero(): Outcome {
  return { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 };
}

/**
 * Table 四 for `year`: each counted case once, in its result as of 31 December (still pending
 * if decided later). R5 (upheld + corrected + other + pending = total) holds by construction.
 */
export function computeTable4(reviews: readonly ReviewSummary[], year: number, options: Table4Options): Table4 {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const table: Table4 = { reconsideration: zero(), litigationDirect: zero(), litigationAfterReconsideration: zero() };
  for (const review of reviews) {
    if (review.filedOn > last) continue;
    const filedInYear = review.filedOn >= first;
    const pendingAtStart = !filedInYear && (review.closedOn === null || review.closedOn >= first);
    if (!filedInYear && !(options.countPendingFromEarlierYears && pendingAtStart)) continue;
    const isDecided = review.closedOn !== null && review.closedOn <= last && review.result !== 'pending';
    const group = table[KEY[review.route]];
    const result = isDecided ? review.result : 'pending';
    group[result] = (group[result] ?? 0) + 1;
    group.total = (group.total ?? 0) + 1;
  }
  return table;
}
