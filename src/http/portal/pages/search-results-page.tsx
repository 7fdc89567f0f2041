// Search across the platform (/search) or within one org (/o/<code>/search):
// ?q=&org=&column=&year=&type=&page=. Bad filters get Chinese messages tied to their controls.
import { buildColumnTree, type ColumnNode } from '../../../features/disclosures/catalogue.ts';
import { DOC_TYPES } from '../../../features/disclosures/item.ts';
import { chinaYear } from '../../../features/disclosures/timeliness.ts';
import type { Org } from '../../../features/orgs/org.ts';
import type { Services } from '../../../services.ts';
import type { OrgPageInput, PageResult, PlatformPageInput } from '../portal-page.ts';
import { orgHref } from '../portal-page.ts';
import { docTypeLabel } from './item-format.tsx';
import { BAD_PAGE_MESSAGE, hrefWith, parsePageNumber } from './pagination.tsx';
import type { ScopeOption } from './search-form.tsx';
import { parseQuery } from './search-page.tsx';
import { SearchFilterForm, type SearchFilterValues, type SearchFormOptions } from './search-results-form.tsx';
import { SEARCH_PAGE_SIZE, SearchResults } from './search-results-list.tsx';

/** The first year offered: the 条例 took effect on 1 May 2008. */
const FIRST_YEAR = 2008;

type FilterErrors = NonNullable<SearchFormOptions['filterErrors']>;

interface Query {
  get(name: string): string | undefined;
}

function yearsUpToNow(): number[] {
  const years: number[] = [];
  for (let year = chinaYear(new Date()); year >= FIRST_YEAR; year--) years.push(year);
  return years;
}

function flattenColumns(nodes: ColumnNode[], depth = 0): ScopeOption[] {
  return nodes.flatMap((node) => [
    { value: String(node.id), label: `${'— '.repeat(depth)}${node.name}` },
    ...flattenColumns(node.children, depth + 1),
  ]);
}

/** Where each problem's link in the error summary goes. */
const FIELD_IDS: Record<keyof FilterErrors, string> = {
  org: '#search-org',
  column: '#search-column',
  year: '#search-year',
  type: '#search-type',
  page: '#search-q',
};

/** The problems with the search, listed above the form, each linking to its control. */
const ErrorSummary = ({ problems }: { problems: { href: string; text: string }[] }) => (
  <div class="error-summary" role="alert" aria-labelledby="search-error-title">
    <h2 id="search-error-title">请修改搜索条件</h2>
    <ul>
      {problems.map((problem) => (
        <li key={problem.text}>
          <a href={problem.href}>{problem.text}</a>
        </li>
      ))}
    </ul>
  </div>
);

const TYPES: ScopeOption[] = DOC_TYPES.map((type) => ({ value: type, label: docTypeLabel(type) }));

interface SearchPageInput {
  services: Services;
  query: Query;
  /** Where the form submits (and page links point). */
  action: string;
  /** The org searched: fixed by the address, or chosen in the form (undefined: all orgs). */
  org: Org | undefined;
  orgError?: string;
  orgOptions?: ScopeOption[];
}

async function searchPage({ services, query, action, org, orgError, orgOptions }: SearchPageInput) {
  const parsed = parseQuery(query.get('q'));
  const errors: FilterErrors = {};
  if (orgError) errors.org = orgError;
  const values: SearchFilterValues = { q: parsed.query, org: org?.code ?? query.get('org') };

  const columns = org ? flattenColumns(buildColumnTree(await services.portalQueries.columnsOf(org.id))) : undefined;
  const column = query.get('column')?.trim();
  if (column) {
    if (!org) errors.column = '请先选择单位，再按栏目筛选。';
    else if (!columns?.some((option) => option.value === column))
      errors.column = `${org.name}没有这个栏目，请从列表中选择。`;
    else values.column = Number(column);
  }
  const year = query.get('year')?.trim();
  if (year) {
    if (/^\d{4}$/.test(year) && Number(year) >= 2000 && Number(year) <= 2100) values.year = Number(year);
    else errors.year = '年份应为四位数字，例如 2025。';
  }
  const type = query.get('type')?.trim();
  if (type) {
    if ((DOC_TYPES as readonly string[]).includes(type)) values.type = type;
    else errors.type = '请从列表中选择信息类别。';
  }
  const page = parsePageNumber(query.get('page'));
  if (page === null) errors.page = BAD_PAGE_MESSAGE;

  const years = yearsUpToNow();
  if (values.year && !years.includes(values.year)) years.push(values.year);
  const form = (
    <SearchFilterForm
      action={action}
      values={values}
      orgs={orgOptions}
      columns={columns}
      years={years}
      types={TYPES}
      queryError={parsed.error}
      filterErrors={errors}
    />
  );
  const hasErrors = Object.keys(errors).length > 0 || parsed.error !== undefined;
  const title = parsed.query && !hasErrors ? `搜索：${parsed.query}` : '搜索';
  if (hasErrors || page === null) {
    return {
      title,
      status: 400 as const,
      body: (
        <>
          <ErrorSummary
            problems={[
              ...(parsed.error ? [{ href: '#search-q', text: parsed.error }] : []),
              ...(Object.entries(errors) as [keyof FilterErrors, string][]).map(([field, text]) => ({
                // Without a chosen org there is no column list to point at: point at the org list.
                href: field === 'column' && !columns ? FIELD_IDS.org : FIELD_IDS[field],
                text,
              })),
            ]}
          />
          {form}
        </>
      ),
    };
  }
  if (!parsed.query) {
    const asked = query.get('q') !== undefined;
    return {
      title,
      status: 200 as const,
      body: (
        <>
          {form}
          {asked ? <p role="status">请输入要搜索的词语。</p> : null}
        </>
      ),
    };
  }

  const result = await services.search.search({
    q: parsed.query,
    org: orgOptions ? values.org || undefined : org?.code,
    column: values.column,
    year: values.year,
    type: values.type,
    page,
    pageSize: SEARCH_PAGE_SIZE,
  });
  const hrefFor = (p: number, q = parsed.query) =>
    hrefWith(action, {
      q,
      org: orgOptions ? values.org : undefined,
      column: values.column,
      year: values.year,
      type: values.type,
      page: p,
    });
  const hasFilters =
    values.column !== undefined ||
    values.year !== undefined ||
    values.type !== undefined ||
    Boolean(orgOptions && values.org);
  return {
    title,
    status: 200 as const,
    body: (
      <>
        {form}
        <SearchResults result={result} hasFilters={hasFilters} hrefFor={hrefFor} />
      </>
    ),
  };
}

const urlQuery = (c: PlatformPageInput['c']): Query => ({ get: (name) => c.req.query(name) });

export async function renderPlatformSearchResults({ c, services, directory }: PlatformPageInput): Promise<PageResult> {
  const code = c.req.query('org')?.trim();
  const place = code ? directory.find(code) : undefined;
  const orgs = directory.all();
  const page = await searchPage({
    services,
    query: urlQuery(c),
    action: '/search',
    org: place?.org,
    orgError: code && !place ? '没有这个单位，请从列表中选择。' : undefined,
    orgOptions: orgs.map((org) => ({ value: org.code, label: org.name })),
  });
  return { ...page, heading: '全站搜索' };
}

export async function renderOrgSearchResults({ c, services, org }: OrgPageInput): Promise<PageResult> {
  const page = await searchPage({ services, query: urlQuery(c), action: orgHref(org, 'search'), org });
  return {
    ...page,
    heading: '搜索',
    body: (
      <>
        <p class="lead">在{org.name}及所属部门公开的政府信息中搜索。</p>
        {page.body}
      </>
    ),
  };
}
