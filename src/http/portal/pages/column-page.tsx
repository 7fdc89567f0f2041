// One column's published items, 20 a page, newest or oldest first (?sort=oldest), with its
// sub-columns and an Atom feed link.
import type { FC } from 'hono/jsx';
import { buildColumnTree, type ColumnNode } from '../../../features/disclosures/catalogue.ts';
import type { PublishedItemSummary } from '../../../features/disclosures/public.service.ts';
import { Notice, Panel } from '../../views/components.tsx';
import { type OrgPageInput, orgHref, type PageResult } from '../portal-page.ts';
import { columnHref } from './catalogue-page.tsx';
import { orgNotFound, publishedOn } from './item-format.tsx';
import { BAD_PAGE_MESSAGE, hrefWith, Pagination, pageCountOf, parsePageNumber } from './pagination.tsx';

export const COLUMN_PAGE_SIZE = 20;

type Sort = 'newest' | 'oldest';

/** `?sort=`: newest first unless `oldest`; null for anything else. */
export function parseSort(raw: string | undefined): Sort | null {
  if (raw === undefined || raw === '' || raw === 'newest') return 'newest';
  return raw === 'oldest' ? 'oldest' : null;
}

interface TreeNode<T> {
  id: number;
  code: string;
  children: T[];
}

/** Finds a column by id or by its code (`/columns/12` and `/columns/news` both work). */
export function findColumnNode<T extends TreeNode<T>>(nodes: T[], ref: string): T | undefined {
  const isId = /^\d+$/.test(ref);
  for (const node of nodes) {
    if (isId ? node.id === Number(ref) : node.code === ref) return node;
    const below = findColumnNode(node.children, ref);
    if (below) return below;
  }
  return undefined;
}

/** The column and the columns above it, from the top. */
function pathTo(nodes: ColumnNode[], id: number): ColumnNode[] {
  for (const node of nodes) {
    if (node.id === id) return [node];
    const below = pathTo(node.children, id);
    if (below.length > 0) return [node, ...below];
  }
  return [];
}

const SortLinks: FC<{ sort: Sort; hrefFor: (sort: Sort) => string }> = ({ sort, hrefFor }) => (
  <p class="sort-links">
    <span id="sort-label">排序：</span>
    {(['newest', 'oldest'] as const).map((option) => (
      <a
        key={option}
        href={hrefFor(option)}
        aria-current={option === sort ? 'true' : undefined}
        aria-describedby="sort-label"
      >
        {option === 'newest' ? '最新发布在前' : '最早发布在前'}
      </a>
    ))}
  </p>
);

export const ItemTable: FC<{ caption: string; items: PublishedItemSummary[]; sort?: Sort }> = ({
  caption,
  items,
  sort,
}) => {
  const hasDocNo = items.some((item) => item.docNo);
  return (
    <table class="list-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">标题</th>
          {hasDocNo ? <th scope="col">文号</th> : null}
          <th scope="col" class="date" aria-sort={sort ? (sort === 'newest' ? 'descending' : 'ascending') : undefined}>
            发布日期
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <td>
              <a href={item.href}>{item.title}</a>
            </td>
            {hasDocNo ? <td>{item.docNo ?? '—'}</td> : null}
            <td class="date">{publishedOn(item.publishedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};

function subtreeIds(node: ColumnNode): number[] {
  return [node.id, ...node.children.flatMap(subtreeIds)];
}

/** Items in each child column and below (an item filed in two of its sub-columns counts in each). */
async function subColumnCounts(services: OrgPageInput['services'], node: ColumnNode): Promise<Map<number, number>> {
  const counts = await services.portalQueries.countPublishedIn(subtreeIds(node).slice(1));
  const total = (child: ColumnNode) => subtreeIds(child).reduce((sum, id) => sum + (counts.get(id) ?? 0), 0);
  return new Map(node.children.map((child) => [child.id, total(child)]));
}

export async function renderColumn(input: OrgPageInput): Promise<PageResult> {
  const { c, services, org } = input;
  // The bare tree (no per-column counts: those would read every item of the org).
  const tree = buildColumnTree(await services.portalQueries.columnsOf(org.id));
  const node = findColumnNode(tree, c.req.param('id') ?? '');
  if (!node) return orgNotFound(input, '没有找到这个栏目，它可能已调整。请从政府信息公开目录查找。');
  const page = parsePageNumber(c.req.query('page'));
  const sort = parseSort(c.req.query('sort'));
  const crumbs = [
    { label: '政府信息公开目录', href: orgHref(org, 'catalogue') },
    ...pathTo(tree, node.id)
      .slice(0, -1)
      .map((above) => ({ label: above.name, href: columnHref(org, above.id) })),
  ];
  if (page === null || sort === null) {
    return {
      title: node.name,
      crumbs,
      status: 400,
      body: (
        <Notice>
          <p>
            {page === null ? BAD_PAGE_MESSAGE : '排序方式只能是 sort=newest（最新在前）或 sort=oldest（最早在前）。'}
          </p>
          <p>
            <a href={columnHref(org, node.id)}>查看本栏目第 1 页</a>
          </p>
        </Notice>
      ),
    };
  }

  const subCounts = node.children.length > 0 ? await subColumnCounts(services, node) : new Map<number, number>();
  const list = await services.portalQueries.columnList({
    columnIds: subtreeIds(node),
    sort,
    limit: COLUMN_PAGE_SIZE,
    offset: (page - 1) * COLUMN_PAGE_SIZE,
  });
  const pages = pageCountOf(list.total, COLUMN_PAGE_SIZE);
  if (page > pages) return orgNotFound(input, `本栏目只有 ${pages} 页，没有第 ${page} 页。`);
  const base = columnHref(org, node.id);
  const hrefFor = (p: number) => hrefWith(base, { sort: sort === 'newest' ? undefined : sort, page: p });
  return {
    title: node.name,
    crumbs,
    body: (
      <>
        {node.article ? <p class="lead">条例规定的公开内容：{node.article}。</p> : null}
        {node.children.length > 0 ? (
          <Panel title="下级栏目" headingId="sub-columns">
            <ul class="link-list">
              {node.children.map((child) => (
                <li key={child.id}>
                  <a href={columnHref(org, child.id)}>{child.name}</a>（{subCounts.get(child.id) ?? 0} 条）
                </li>
              ))}
            </ul>
          </Panel>
        ) : null}
        {list.total === 0 ? (
          <p class="muted">本栏目暂无公开的信息。</p>
        ) : (
          <>
            <SortLinks sort={sort} hrefFor={(s) => hrefWith(base, { sort: s === 'newest' ? undefined : s })} />
            <ItemTable
              caption={`${node.name}：共 ${list.total} 条${pages > 1 ? `，第 ${page} 页` : ''}，${sort === 'newest' ? '最新发布在前' : '最早发布在前'}`}
              items={list.items}
              sort={sort}
            />
            <Pagination page={page} pageSize={COLUMN_PAGE_SIZE} total={list.total} hrefFor={hrefFor} />
          </>
        )}
        <p class="feed-link">
          <a href={`${base}/feed.atom`} type="application/atom+xml">
            订阅本栏目更新（Atom）
          </a>
        </p>
      </>
    ),
  };
}
