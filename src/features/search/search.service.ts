import type { Page } from '../../core/page.ts';
import { invalidField } from '../../core/validation.ts';
import type { ServiceDeps } from '../../services.ts';
import { findColumnSubtreeIds } from '../disclosures/catalogue.repo.ts';
import { loadOrg } from '../disclosures/org-access.ts';
import { highlight, snippet } from './highlight.ts';
import { COUNT_CAP, findSuggestion, runSearch, type SearchFilters } from './search.repo.ts';
import { queryTokens } from './segmenter.ts';

export interface SearchInput {
  q: string;
  /** Org id or code: that org and everything below it. */
  org?: string;
  /** A catalogue column and its sub-columns. */
  column?: number;
  year?: number;
  type?: string;
  page: number;
  pageSize: number;
}

export interface SearchHit {
  itemId: number;
  orgCode: string;
  orgName: string;
  title: string;
  /** Escaped HTML with the query's words in <mark>. */
  titleHtml: string;
  snippetHtml: string;
  publishedAt: string;
  docType: string;
  year: number;
  /** The item's portal page. */
  href: string;
}

export interface SearchResult extends Page<SearchHit> {
  query: string;
  /** The words searched for, after segmentation. */
  terms: string[];
  /** No item had every word, so items with any of them are listed. */
  relaxed: boolean;
  /** More matches than counted: `total` reads "over COUNT_CAP". */
  totalCapped: boolean;
  /** "您是不是要找": the nearest published title, offered when there are few results. */
  suggestion: { itemId: number; title: string } | null;
}

export interface SearchService {
  search(input: SearchInput): Promise<SearchResult>;
}

/** Fewer results than this and a near title is suggested. */
const SUGGEST_BELOW = 3;

/** to_tsquery text for the words; `weights` ('A') restricts each to the title. */
export function toTsQuery(terms: readonly string[], operator: '&' | '|', weights = ''): string {
  return terms
    .map((t) => `'${t.replace(/\\/g, '\\\\').replace(/'/g, "''")}'${weights ? `:${weights}` : ''}`)
    .join(` ${operator} `);
}

export function createSearchService(deps: ServiceDeps): SearchService {
  const { db } = deps;

  async function filtersOf(input: SearchInput): Promise<SearchFilters> {
    const filters: SearchFilters = { year: input.year, docType: input.type };
    if (input.org) filters.orgPath = (await loadOrg(db, input.org)).path;
    if (input.column !== undefined) {
      const ids = await findColumnSubtreeIds(db, input.column);
      if (ids.length === 0) throw invalidField('column', '栏目不存在');
      filters.columnIds = ids;
    }
    return filters;
  }

  return {
    async search(input) {
      const query = input.q.trim().slice(0, 100);
      const terms = queryTokens(query);
      const empty: SearchResult = {
        items: [],
        total: 0,
        page: input.page,
        pageSize: input.pageSize,
        query,
        terms,
        relaxed: false,
        suggestion: null,
        totalCapped: false,
      };
      if (terms.length === 0) return empty;
      const filters = await filtersOf(input);
      const base = { raw: query, filters, limit: input.pageSize, offset: (input.page - 1) * input.pageSize };
      let relaxed = false;
      let found = await runSearch(db, {
        ...base,
        tsquery: toTsQuery(terms, '&'),
        titleTsquery: toTsQuery(terms, '&', 'A'),
      });
      if (found.total === 0 && terms.length > 1) {
        found = await runSearch(db, {
          ...base,
          tsquery: toTsQuery(terms, '|'),
          titleTsquery: toTsQuery(terms, '|', 'A'),
        });
        relaxed = found.total > 0;
      }
      const { rows } = found;
      const total = Math.min(found.total, COUNT_CAP);
      let suggestion: SearchResult['suggestion'] = null;
      // Only for near misses: no exact hit, or too few to be what was meant.
      if (relaxed || total < SUGGEST_BELOW) {
        const near = await findSuggestion(db, query, filters);
        // A relaxed match is no exact hit, so its best title is still worth suggesting.
        if (near && near.title !== query && (relaxed || !rows.some((r) => r.item_id === near.itemId)))
          suggestion = near;
      }
      const marks = [...terms, query];
      return {
        ...empty,
        relaxed,
        suggestion,
        total,
        totalCapped: found.total > COUNT_CAP,
        items: rows.map((r) => ({
          itemId: r.item_id,
          orgCode: r.org_code,
          orgName: r.org_name,
          title: r.title,
          titleHtml: highlight(r.title, marks),
          snippetHtml: snippet(r.body_text, marks),
          publishedAt: r.published_at.toISOString(),
          docType: r.doc_type,
          year: r.year,
          href: `/o/${r.org_code}/items/${r.item_id}`,
        })),
      };
    },
  };
}
