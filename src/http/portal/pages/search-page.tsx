import { Panel } from '../../views/components.tsx';
import { type OrgPageInput, orgHref, type PageResult, type PlatformPageInput } from '../portal-page.ts';
import { SearchForm } from './search-form.tsx';

const MAX_QUERY_CHARS = 100;

interface ParsedQuery {
  query: string;
  error?: string;
}

/** The trimmed query, or a Chinese message when it is too long. */
export function parseQuery(raw: string | undefined): ParsedQuery {
  const query = (raw ?? '').trim();
  if ([...query].length > MAX_QUERY_CHARS)
    return {
      query: [...query].slice(0, MAX_QUERY_CHARS).join(''),
      error: `搜索关键词不能超过 ${MAX_QUERY_CHARS} 个字，请缩短后重试。`,
    };
  return { query };
}

function titleFor({ query, error }: ParsedQuery): string {
  return query && !error ? `搜索：${query}` : '搜索';
}

// Results arrive with the full-text search of issue 5; until then the page says so plainly.
const Results = ({ parsed, catalogueHref }: { parsed: ParsedQuery; catalogueHref?: string }) => {
  if (!parsed.query || parsed.error) return null;
  return (
    <Panel title="搜索结果" headingId="search-results">
      <p>全文检索功能正在建设中，暂时无法检索“{parsed.query}”。</p>
      <p>
        {catalogueHref ? (
          <a href={catalogueHref}>请先通过政府信息公开目录查找。</a>
        ) : (
          '请先进入各单位的政府信息公开目录查找。'
        )}
      </p>
    </Panel>
  );
};

export function renderPlatformSearch({ c, directory }: PlatformPageInput): PageResult {
  const parsed = parseQuery(c.req.query('q'));
  const orgs = directory.all();
  const scope = c.req.query('org') ?? '';
  const scoped = orgs.find((org) => org.code === scope);
  return {
    title: titleFor(parsed),
    heading: '全站搜索',
    status: parsed.error ? 400 : 200,
    body: (
      <>
        <SearchForm
          action="/search"
          query={parsed.query}
          error={parsed.error}
          scopes={orgs.map((org) => ({ value: org.code, label: org.name }))}
          scope={scoped?.code}
        />
        <Results parsed={parsed} catalogueHref={scoped ? orgHref(scoped, 'catalogue') : undefined} />
      </>
    ),
  };
}

export function renderOrgSearch({ c, org }: OrgPageInput): PageResult {
  const parsed = parseQuery(c.req.query('q'));
  return {
    title: titleFor(parsed),
    heading: '搜索',
    status: parsed.error ? 400 : 200,
    body: (
      <>
        <p class="lead">在{org.name}公开的政府信息中搜索。</p>
        <SearchForm action={orgHref(org, 'search')} query={parsed.query} error={parsed.error} />
        <Results parsed={parsed} catalogueHref={orgHref(org, 'catalogue')} />
      </>
    ),
  };
}
