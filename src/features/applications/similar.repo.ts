import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';

export interface SimilarRow {
  id: number;
  case_number: string;
  received_on: string;
  description: string;
  state: string;
  outcome: string | null;
  rank: number;
  similarity: number;
}

/**
 * Other cases of the org whose segmented descriptions share words with the query (full text,
 * GIN index on search_vector), ranked by shared words plus trigram similarity of the text.
 */
export async function findSimilarCases(
  db: Kysely<DB>,
  options: { orgId: number; exceptId: number; query: string; description: string; limit: number },
): Promise<SimilarRow[]> {
  const { rows } = await sql<SimilarRow>`
    select a.id, a.case_number, a.received_on, a.description, a.state, a.outcome,
      ts_rank(a.search_vector, q) as rank,
      similarity(a.description, ${options.description}) as similarity
    from application a, to_tsquery('simple', ${options.query}) q
    where a.org_id = ${options.orgId} and a.id <> ${options.exceptId} and a.search_vector @@ q
    order by ts_rank(a.search_vector, q) + similarity(a.description, ${options.description}) desc, a.id desc
    limit ${options.limit}`.execute(db);
  return rows.map((r) => ({ ...r, rank: Number(r.rank), similarity: Number(r.similarity) }));
}
