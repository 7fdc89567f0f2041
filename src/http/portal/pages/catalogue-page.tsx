// 政府信息公开目录 (the org's whole catalogue tree with counts) and 法定主动公开内容 (the statutory
// kinds of 条例 Art. 20 and 21 as a table, each row linking its column).
import type { FC } from 'hono/jsx';
import type { CatalogueColumnNode } from '../../../features/disclosures/catalogue.service.ts';
import { buildColumnTree, type ColumnNode } from '../../../features/disclosures/catalogue.ts';
import { Notice, Panel } from '../../views/components.tsx';
import { type OrgPageInput, orgHref, type PageResult } from '../portal-page.ts';

/** Items in a column and its sub-columns (an item filed in two sub-columns counts in each). */
export function subtreeCount(node: CatalogueColumnNode): number {
  return node.children.reduce((sum, child) => sum + subtreeCount(child), node.publishedCount);
}

function withCounts(nodes: ColumnNode[], counts: Map<number, number>): CatalogueColumnNode[] {
  return nodes.map((node) => ({
    ...node,
    publishedCount: counts.get(node.id) ?? 0,
    children: withCounts(node.children, counts),
  }));
}

/** The org's catalogue tree with each column's published count (counts may be a few seconds old). */
async function loadCatalogue({
  services,
  org,
}: Pick<OrgPageInput, 'services' | 'org'>): Promise<CatalogueColumnNode[]> {
  const columns = await services.portalQueries.columnsOf(org.id);
  const counts = await services.portalQueries.countPublishedIn(columns.map((column) => column.id));
  return withCounts(buildColumnTree(columns), counts);
}

export function columnHref(org: { code: string }, columnId: number): string {
  return orgHref(org, `columns/${columnId}`);
}

const ColumnTree: FC<{ org: { code: string }; nodes: CatalogueColumnNode[]; label?: string }> = ({
  org,
  nodes,
  label,
}) => (
  <ul class="catalogue-tree" aria-label={label}>
    {nodes.map((node) => (
      <li key={node.id}>
        <a href={columnHref(org, node.id)}>{node.name}</a> <span class="count">（{subtreeCount(node)} 条）</span>
        {node.article ? <span class="hint">{node.article}</span> : null}
        {node.children.length > 0 ? <ColumnTree org={org} nodes={node.children} /> : null}
      </li>
    ))}
  </ul>
);

const NoCatalogue: FC<{ org: { code: string; name: string } }> = ({ org }) => (
  <Notice>
    <p>{org.name}尚未建立政府信息公开目录，信息将陆续发布。</p>
    <p>
      您可以先查阅<a href={orgHref(org, 'guide')}>政府信息公开指南</a>。
    </p>
  </Notice>
);

export async function renderCatalogue({ services, org }: OrgPageInput): Promise<PageResult> {
  const columns = await loadCatalogue({ services, org });
  return {
    title: '政府信息公开目录',
    body: (
      <>
        <p class="lead">
          本目录按栏目列出{org.name}
          主动公开的政府信息，括号内为已公开的信息条数。点击栏目名称查看信息列表，可按发布日期排序。
        </p>
        {columns.length === 0 ? (
          <NoCatalogue org={org} />
        ) : (
          <Panel title="栏目" headingId="catalogue-columns">
            <ColumnTree org={org} nodes={columns} label={`${org.name}政府信息公开目录`} />
          </Panel>
        )}
        <Panel title="其他查阅方式" headingId="catalogue-more">
          <ul class="link-list">
            <li>
              <a href={orgHref(org, 'normative')}>规范性文件库</a>（按有效性和年份筛选）
            </li>
            <li>
              <a href={orgHref(org, 'search')}>搜索本单位公开的信息</a>
            </li>
            <li>
              <a href={orgHref(org, 'guide')}>政府信息公开指南</a>
            </li>
          </ul>
        </Panel>
      </>
    ),
  };
}

function statutoryColumns(nodes: CatalogueColumnNode[], article: 'a20' | 'a21'): CatalogueColumnNode[] {
  const found: CatalogueColumnNode[] = [];
  const walk = (list: CatalogueColumnNode[]) => {
    for (const node of list) {
      if (node.kind.startsWith(`${article}-`)) found.push(node);
      walk(node.children);
    }
  };
  walk(nodes);
  return found.sort((a, b) => Number(a.kind.split('-')[1]) - Number(b.kind.split('-')[1]) || a.id - b.id);
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];

const StatutoryTable: FC<{ org: { code: string }; caption: string; columns: CatalogueColumnNode[] }> = ({
  org,
  caption,
  columns,
}) => (
  <table class="list-table">
    <caption>{caption}</caption>
    <thead>
      <tr>
        <th scope="col">项</th>
        <th scope="col">条例规定的公开内容</th>
        <th scope="col">栏目</th>
        <th scope="col" class="num">
          信息条数
        </th>
      </tr>
    </thead>
    <tbody>
      {columns.map((node) => (
        <tr key={node.id}>
          <td>（{NUMERALS[Number(node.kind.split('-')[1]) - 1] ?? node.kind}）</td>
          <td>{node.article}</td>
          <th scope="row">
            <a href={columnHref(org, node.id)}>{node.name}</a>
          </th>
          <td class="num">{subtreeCount(node)}</td>
        </tr>
      ))}
    </tbody>
  </table>
);

export async function renderProactive({ services, org }: OrgPageInput): Promise<PageResult> {
  const columns = await loadCatalogue({ services, org });
  const art20 = statutoryColumns(columns, 'a20');
  const art21 = statutoryColumns(columns, 'a21');
  return {
    title: '法定主动公开内容',
    body: (
      <>
        <p class="lead">
          《中华人民共和国政府信息公开条例》第二十条、第二十一条规定了行政机关应当主动公开的政府信息。下表列出{org.name}
          政府信息公开目录中对应的栏目；全部栏目见<a href={orgHref(org, 'catalogue')}>政府信息公开目录</a>。
        </p>
        {art20.length === 0 && art21.length === 0 ? (
          <NoCatalogue org={org} />
        ) : (
          <>
            {art20.length > 0 ? (
              <StatutoryTable org={org} caption="条例第二十条规定主动公开的政府信息" columns={art20} />
            ) : null}
            {art21.length > 0 ? (
              <StatutoryTable
                org={org}
                caption="条例第二十一条规定设区的市级、县级人民政府及其部门还应主动公开的政府信息"
                columns={art21}
              />
            ) : null}
          </>
        )}
      </>
    ),
  };
}
