// The only SQL of search. Same statements on PGlite and PostgreSQL: tsvector over jieba tokens
// ('simple' config, title weighted A, body and attachments B) plus pg_trgm on titles.
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';

export interface SearchDocInput {
  itemId: number;
  orgId: number;
  columnIds: number[];
  year: number;
  docType: string;
  title: string;
  bodyText: string;
  publishedAt: Date;
  titleTokens: string;
  tokens: string;
}

/** Longest body text kept for snippets. */
export const MAX_SNIPPET_SOURCE_CHARS = 20_000;

export async function upsertSearchDoc(db: Kysely<DB>, doc: SearchDocInput): Promise<void> {
  const values = {
    item_id: doc.itemId,
    org_id: doc.orgId,
    column_ids: doc.columnIds,
    year: doc.year,
    doc_type: doc.docType,
    title: doc.title,
    body_text: doc.bodyText.slice(0, MAX_SNIPPET_SOURCE_CHARS),
    published_at: doc.publishedAt,
    title_tokens: doc.titleTokens,
    tokens: doc.tokens,
  };
  const { item_id: _id, ...update } = values;
  await db
    .insertInto('search_doc')
    .values(values)
    .onConflict((oc) => oc.column('item_id').doUpdateSet(update))
    .execute();
}

export async function deleteSearchDoc(db: Kysely<DB>, itemId: number): Promise<void> {
  await db.deleteFrom('search_doc').where('item_id', '=', itemId).execute();
}

export interface SearchFilters {
  /** Materialised path of an org: its whole subtree is searched. */
  orgPath?: string;
  /** Any of these columns (a column and its sub-columns). */
  columnIds?: number[];
  year?: number;
  docType?: string;
}

export interface SearchSqlInput {
  /** to_tsquery text, e.g. `'行政许可' & '通知'`. */
  tsquery: string;
  /** The same words restricted to the title (weight A), e.g. `'行政许可':A & '通知':A`. */
  titleTsquery: string;
  /** The query as typed, for trigram similarity with titles. */
  raw: string;
  filters: SearchFilters;
  limit: number;
  offset: number;
  /** Size of each candidate list; defaults to CANDIDATES. */
  candidates?: number;
}

export interface SearchRow {
  item_id: number;
  org_id: number;
  org_code: string;
  org_name: string;
  title: string;
  body_text: string;
  published_at: Date;
  doc_type: string;
  year: number;
  /** Null beyond the scored candidates. */
  score: number | null;
}

/** The newest matches and the newest title matches, this many each, are scored precisely. */
export const CANDIDATES = 60;
/** Counting stops here: the total then reads "more than". */
export const COUNT_CAP = 1000;

function filtered(db: Kysely<DB>, filters: SearchFilters) {
  let query = db.selectFrom('search_doc as d');
  // A subquery rather than a join: most searches have no org filter and should not pay for one.
  if (filters.orgPath) {
    const orgPath = filters.orgPath;
    query = query.where('d.org_id', 'in', (eb) =>
      eb.selectFrom('org').select('org.id').where('org.path', 'like', `${orgPath}%`),
    );
  }
  if (filters.columnIds) query = query.where(sql<boolean>`d.column_ids && ${sql.val(filters.columnIds)}::integer[]`);
  if (filters.year !== undefined) query = query.where('d.year', '=', filters.year);
  if (filters.docType) query = query.where('d.doc_type', '=', filters.docType);
  return query;
}

const tsq = (text: string) => sql`to_tsquery('simple', ${text})`;

/**
 * The candidates: the newest matches and the newest matches in the title. Each list walks the
 * items newest first and stops early for common words, or uses the GIN index for rare ones, so
 * a word found in a third of 100,000 items costs no more than a rare one.
 */
function candidateIds(db: Kysely<DB>, input: SearchSqlInput) {
  const n = input.candidates ?? CANDIDATES;
  const newest = (query: string) =>
    filtered(db, input.filters)
      .select('d.item_id')
      .where(sql<boolean>`d.tsv @@ ${tsq(query)}`)
      .orderBy('d.published_at', 'desc')
      .orderBy('d.item_id', 'desc')
      .limit(n);
  return db
    .selectFrom(newest(input.titleTsquery).as('t'))
    .select('t.item_id')
    .union(db.selectFrom(newest(input.tsquery).as('a')).select('a.item_id'));
}

const ROW = [
  'd.item_id',
  'd.org_id',
  'o.code as org_code',
  'o.name as org_name',
  'd.title',
  'd.body_text',
  'd.published_at',
  'd.doc_type',
  'd.year',
] as const;

/**
 * Part one of the order: the candidates, scored by ts_rank over the weighted vector (title A,
 * body and attachments B) plus trigram likeness of title and query. `scored` is how many there are.
 */
export function buildScoredQuery(db: Kysely<DB>, input: SearchSqlInput) {
  return db
    .selectFrom(candidateIds(db, input).as('c'))
    .innerJoin('search_doc as d', 'd.item_id', 'c.item_id')
    .innerJoin('org as o', 'o.id', 'd.org_id')
    .select([
      ...ROW,
      sql<number>`ts_rank(d.tsv, ${tsq(input.tsquery)}) + 0.5 * similarity(d.title, ${input.raw})`.as('score'),
      sql<number>`count(*) over ()`.as('scored'),
    ])
    .orderBy('score', 'desc')
    .orderBy('d.published_at', 'desc')
    .orderBy('d.item_id', 'desc')
    .limit(input.limit)
    .offset(input.offset);
}

/** Part two: every other match, newest first, for pages past the candidates. */
export function buildRestQuery(db: Kysely<DB>, input: SearchSqlInput, offset: number, limit: number) {
  return filtered(db, input.filters)
    .innerJoin('org as o', 'o.id', 'd.org_id')
    .select([...ROW, sql<number | null>`null`.as('score')])
    .where(sql<boolean>`d.tsv @@ ${tsq(input.tsquery)}`)
    .where('d.item_id', 'not in', candidateIds(db, input))
    .orderBy('d.published_at', 'desc')
    .orderBy('d.item_id', 'desc')
    .limit(limit)
    .offset(offset);
}

async function countCandidates(db: Kysely<DB>, input: SearchSqlInput): Promise<number> {
  const row = await db
    .selectFrom(candidateIds(db, input).as('c'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Matches, counted up to COUNT_CAP + 1 (more means "over COUNT_CAP"). */
export function buildCountQuery(db: Kysely<DB>, input: Pick<SearchSqlInput, 'tsquery' | 'filters'>) {
  const matches = filtered(db, input.filters)
    .select(sql<number>`1`.as('one'))
    .where(sql<boolean>`d.tsv @@ ${tsq(input.tsquery)}`)
    .limit(COUNT_CAP + 1);
  return db.selectFrom(matches.as('m')).select((eb) => eb.fn.countAll<number>().as('n'));
}

export interface SearchPage {
  rows: SearchRow[];
  /** Matches, at most COUNT_CAP + 1. */
  total: number;
}

/** One page: from the scored candidates first, then the rest newest first. Pages never overlap. */
export async function runSearch(db: Kysely<DB>, input: SearchSqlInput): Promise<SearchPage> {
  const [scored, count] = await Promise.all([
    buildScoredQuery(db, input).execute(),
    buildCountQuery(db, input).executeTakeFirstOrThrow(),
  ]);
  const total = Number(count.n);
  const size = Number(scored[0]?.scored ?? 0);
  const rows: SearchRow[] = scored.map(({ scored: _scored, ...r }) => ({ ...r, score: Number(r.score) }));
  if (rows.length < input.limit && input.offset + input.limit > size && total > size) {
    // A page that starts past the candidates gets no scored row to tell how many there are.
    const candidates = size > 0 ? size : await countCandidates(db, input);
    rows.push(
      ...(await buildRestQuery(db, input, Math.max(0, input.offset - candidates), input.limit - rows.length).execute()),
    );
  }
  return { rows, total };
}

/** "Did you mean": the published title most like the query (pg_trgm, through the title's trigram index). */
export function buildSuggestionQuery(db: Kysely<DB>, raw: string, filters: SearchFilters) {
  return filtered(db, { orgPath: filters.orgPath })
    .where(sql<boolean>`d.title % ${raw}`)
    .select(['d.item_id', 'd.title', sql<number>`similarity(d.title, ${raw})`.as('likeness')])
    .orderBy('likeness', 'desc')
    .orderBy('d.published_at', 'desc')
    .limit(1);
}

export async function findSuggestion(
  db: Kysely<DB>,
  raw: string,
  filters: SearchFilters,
): Promise<{ itemId: number; title: string } | undefined> {
  const row = await buildSuggestionQuery(db, raw, filters).executeTakeFirst();
  return row && { itemId: row.item_id, title: row.title };
}
