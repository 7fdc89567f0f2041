// Page links for long lists (column lists, the normative library, search results): plain links
// that keep the list's filters, in a labelled <nav>, the current page marked for screen readers.
import type { FC } from 'hono/jsx';

/** Builds `path?query`, leaving out empty values (and page 1, the default). */
export function hrefWith(path: string, params: Record<string, string | number | undefined | null>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    if (key === 'page' && Number(value) === 1) continue;
    query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** The page number from `?page=`: 1 when absent, null when it is not a whole number from 1 to 10,000. */
export function parsePageNumber(raw: string | undefined): number | null {
  if (raw === undefined || raw === '') return 1;
  if (!/^\d{1,5}$/.test(raw)) return null;
  const page = Number(raw);
  return page >= 1 && page <= 10_000 ? page : null;
}

export const BAD_PAGE_MESSAGE = '页码应为 1 到 10000 之间的整数。';

export function pageCountOf(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** Pages to link: the first, the last and two either side of the current one; null marks a gap. */
export function pageWindow(current: number, count: number): (number | null)[] {
  const wanted = new Set([1, count, current - 2, current - 1, current, current + 1, current + 2]);
  const pages = [...wanted].filter((p) => p >= 1 && p <= count).sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const [i, page] of pages.entries()) {
    if (i > 0 && page - pages[i - 1] > 1) out.push(null);
    out.push(page);
  }
  return out;
}

export const Pagination: FC<{ page: number; pageSize: number; total: number; hrefFor: (page: number) => string }> = ({
  page,
  pageSize,
  total,
  hrefFor,
}) => {
  const count = pageCountOf(total, pageSize);
  if (count <= 1) return null;
  return (
    <nav class="pagination" aria-label="分页">
      <p class="pagination-status">
        第 {page} 页，共 {count} 页
      </p>
      <ul>
        {page > 1 ? (
          <li>
            <a href={hrefFor(page - 1)} rel="prev">
              上一页
            </a>
          </li>
        ) : null}
        {pageWindow(page, count).map((p, i) =>
          p === null ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: gaps have no identity of their own
            <li key={`gap-${i}`} class="pagination-gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={p}>
              {p === page ? (
                <a href={hrefFor(p)} aria-current="page" aria-label={`第 ${p} 页，当前页`}>
                  {p}
                </a>
              ) : (
                <a href={hrefFor(p)} aria-label={`第 ${p} 页`}>
                  {p}
                </a>
              )}
            </li>
          ),
        )}
        {page < count ? (
          <li>
            <a href={hrefFor(page + 1)} rel="next">
              下一页
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
};
