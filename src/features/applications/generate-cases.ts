// Generated case rows for the benchmark and the figures tests: plausible data written straight
// into the table (bulk insert), consistent with what the service would have derived.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { addDays, daysBetween } from '../calendar/iso-date.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import type { NewApplicationRow } from './application.repo.ts';
import { APPLICANT_TYPES, type ApplicantType } from './application.ts';
import { newQueryCode } from './query-code.ts';
import { OUTCOME_KEYS, type OutcomeKey } from './rules/outcomes.ts';
import { segmentForIndex } from './segment.ts';

const DESCRIPTIONS = [
  '申请公开扶沟县城关镇桐丘路两侧土地征收的征地补偿安置方案及批复文件',
  '申请公开本村2024年度集体土地征收的土地勘测定界图和征地告知书',
  '申请公开扶沟县国土空间总体规划（2021—2035年）的批复及图件',
  '申请公开某某小区不动产首次登记的审批材料',
  '申请公开2023年度耕地占补平衡指标交易的相关文件',
  '申请公开县自然资源局对违法占地行为的行政处罚决定书',
  '申请公开扶沟县2025年度建设用地供应计划',
  '申请公开练寺镇某村宅基地审批的相关材料',
  '申请公开县城北区控制性详细规划及调整的批复',
  '申请公开国有建设用地使用权出让合同及土地出让金缴纳情况',
  '申请公开2024年全县矿产资源开发利用情况的统计信息',
  '申请公开关于农村乱占耕地建房问题整治的工作方案',
];

export interface GeneratedSummary {
  applicantType: ApplicantType;
  receivedOn: string;
  closedOn: string | null;
  outcome: OutcomeKey | null;
}

/** A tiny deterministic PRNG (mulberry32): the same seed gives the same cases. */
export function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x ^= x + Math.imul(x ^ (x >>> 7), 61 | x);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const tokenCache = new Map<string, string>();
function tokensOf(description: string): string {
  let tokens = tokenCache.get(description);
  if (tokens === undefined) {
    tokens = segmentForIndex(description);
    tokenCache.set(description, tokens);
  }
  return tokens;
}

export interface RowContext {
  orgId: number;
  calendar: WorkingCalendar;
  /** Sequence numbers per case year, continued across calls. */
  counters: Map<number, number>;
  officerIds: readonly number[];
  random: () => number;
}

/** A case row for a summary: closed ones replied (or closed) on `closedOn` with `outcome`. */
export function caseRow(context: RowContext, summary: GeneratedSummary): NewApplicationRow {
  const { random } = context;
  const year = Number(summary.receivedOn.slice(0, 4));
  const seq = (context.counters.get(year) ?? 0) + 1;
  context.counters.set(year, seq);
  const description = DESCRIPTIONS[Math.floor(random() * DESCRIPTIONS.length)];
  const isOpen = summary.closedOn === null;
  const due = context.calendar.addWorkingDays(summary.receivedOn, 20);
  const officer =
    context.officerIds.length > 0 ? context.officerIds[Math.floor(random() * context.officerIds.length)] : null;
  const person = Math.floor(random() * 5000);
  const isWaiting = isOpen && random() < 0.1;
  return {
    org_id: context.orgId,
    case_number: `依申〔${year}〕${seq}号`,
    case_year: year,
    case_seq: seq,
    query_code: newQueryCode(),
    channel: random() < 0.6 ? 'online' : 'inPerson',
    received_on: summary.receivedOn,
    receipt_rule: '生成的数据',
    applicant_type: summary.applicantType,
    applicant_name: `申请人${person}`,
    applicant_id_type: summary.applicantType === 'naturalPerson' ? 'residentId' : null,
    applicant_id_number:
      summary.applicantType === 'naturalPerson' ? `41272719900101${String(person).padStart(4, '0')}` : null,
    applicant_phone: `138${String(person).padStart(8, '0')}`,
    applicant_key: `np:申请人${person}`,
    description,
    form_wanted: 'electronic',
    delivery: 'email',
    applicant_email: `a${person}@example.com`,
    tokens: tokensOf(description),
    state: isOpen ? (isWaiting ? 'awaitingCorrection' : officer === null ? 'registered' : 'inProgress') : 'archived',
    is_open: isOpen,
    clock_status: isOpen ? (isWaiting ? 'waitingForApplicant' : 'running') : 'stopped',
    due_on: isWaiting ? null : due.date,
    is_provisional: !isWaiting && due.provisional,
    applicant_due_on: isWaiting ? addDays(summary.receivedOn, 20) : null,
    outcome: summary.outcome,
    closed_on: summary.closedOn,
    assigned_officer_id: officer,
  };
}

const WEIGHTED_TYPES: ApplicantType[] = [...Array(14).fill('naturalPerson'), ...APPLICANT_TYPES];

/** `count` cases received between `from` and `to`; those received within 30 days of `to` mostly still open. */
export function generateSummaries(random: () => number, count: number, from: string, to: string): GeneratedSummary[] {
  const span = daysBetween(from, to);
  const summaries: GeneratedSummary[] = [];
  for (let i = 0; i < count; i++) {
    const receivedOn = addDays(from, Math.floor(random() * (span + 1)));
    const age = daysBetween(receivedOn, to);
    const isOpen = age < 30 ? random() < 0.7 : random() < 0.005;
    const closedOn = isOpen ? null : addDays(receivedOn, Math.min(age, 1 + Math.floor(random() * 40)));
    summaries.push({
      applicantType: WEIGHTED_TYPES[Math.floor(random() * WEIGHTED_TYPES.length)],
      receivedOn,
      closedOn,
      outcome: isOpen ? null : OUTCOME_KEYS[Math.floor(random() * OUTCOME_KEYS.length)],
    });
  }
  return summaries;
}

/** Inserts in batches and moves the org's case counters past the generated numbers. */
export async function insertCaseRows(db: Kysely<DB>, rows: readonly NewApplicationRow[], batch = 1000): Promise<void> {
  for (let i = 0; i < rows.length; i += batch)
    await db
      .insertInto('application')
      .values(rows.slice(i, i + batch))
      .execute();
  const last = new Map<string, { orgId: number; year: number; seq: number }>();
  for (const row of rows) {
    const key = `${row.org_id}:${row.case_year}`;
    const seq = Math.max(last.get(key)?.seq ?? 0, row.case_seq);
    last.set(key, { orgId: row.org_id, year: row.case_year, seq });
  }
  for (const { orgId, year, seq } of last.values()) {
    await db
      .insertInto('application_counter')
      .values({ org_id: orgId, year, last_number: seq })
      .onConflict((oc) => oc.columns(['org_id', 'year']).doUpdateSet({ last_number: seq }))
      .execute();
  }
}
