// Search results: the count, "您是不是要找", each hit with its highlighted title and snippet (the
// search service escapes the text and adds only <mark>), and page links that keep the filters.
import type { FC } from 'hono/jsx';
import type { SearchResult } from '../../../features/search/search.service.ts';
import { Panel } from '../../views/components.tsx';
import { docTypeLabel, publishedOn } from './item-format.tsx';
import { Pagination } from './pagination.tsx';

export const SEARCH_PAGE_SIZE = 10;

const NoResults: FC<{ query: string; hasFilters: boolean }> = ({ query, hasFilters }) => (
  <>
    <p role="status">没有找到与“{query}”相关的信息。</p>
    <ul>
      <li>请检查词语是否有错别字，或换用意思相近的词语。</li>
      <li>减少关键词的数量，例如只输入“安全生产”。</li>
      {hasFilters ? <li>去掉部分筛选条件后再试。</li> : null}
    </ul>
  </>
);

export const SearchResults: FC<{
  result: SearchResult;
  hasFilters: boolean;
  hrefFor: (page: number, query?: string) => string;
}> = ({ result, hasFilters, hrefFor }) => {
  const { items, total, page, pageSize, query, suggestion, relaxed } = result;
  return (
    <Panel title="搜索结果" headingId="search-results">
      {suggestion ? (
        <p class="suggestion">
          您是不是要找：<a href={hrefFor(1, suggestion.title)}>{suggestion.title}</a>
        </p>
      ) : null}
      {total === 0 ? (
        <NoResults query={query} hasFilters={hasFilters} />
      ) : (
        <>
          <p role="status">
            找到 {total} 条与“{query}”相关的信息
            {total > pageSize ? `，这是第 ${(page - 1) * pageSize + 1}—${Math.min(page * pageSize, total)} 条` : ''}。
          </p>
          {relaxed ? <p class="muted">没有同时包含全部词语的信息，下面列出包含其中部分词语的信息。</p> : null}
          <ol class="search-results" start={(page - 1) * pageSize + 1}>
            {items.map((hit) => (
              <li key={hit.itemId}>
                <h3>
                  {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the search service escapes the text and adds only <mark> */}
                  <a href={hit.href} dangerouslySetInnerHTML={{ __html: hit.titleHtml }} />
                </h3>
                {hit.snippetHtml ? (
                  // biome-ignore lint/security/noDangerouslySetInnerHtml: escaped by the search service, <mark> only
                  <p class="snippet" dangerouslySetInnerHTML={{ __html: hit.snippetHtml }} />
                ) : null}
                <p class="result-meta">
                  {hit.orgName} · {docTypeLabel(hit.docType)} · 发布日期 {publishedOn(hit.publishedAt)}
                </p>
              </li>
            ))}
          </ol>
          <Pagination page={page} pageSize={pageSize} total={total} hrefFor={(p) => hrefFor(p)} />
        </>
      )}
    </Panel>
  );
};
