import type { Org } from '../../../features/orgs/org.ts';
import type { Services } from '../../../services.ts';
import { ItemList, type ListedItem, Panel } from '../../views/components.tsx';
import { type OrgPageInput, orgHref, type PageResult } from '../portal-page.ts';
import { publishedOn } from './item-format.tsx';

export interface LatestColumn {
  key: string;
  title: string;
  items: ListedItem[];
  moreHref: string;
}

const COLUMNS = [
  { key: 'news', title: '工作动态' },
  { key: 'notices', title: '通知公告' },
  { key: 'policies', title: '政策文件' },
  { key: 'interpretations', title: '政策解读' },
] as const;

/** Newest items on the home page per top-level column. */
const LATEST_PER_COLUMN = 6;

/**
 * The latest items of each top-level catalogue column, read in one query; an org that has no
 * catalogue yet shows the usual columns, empty.
 */
export async function loadLatestColumns(services: Services, org: Org): Promise<LatestColumn[]> {
  const latest = await services.portalQueries.latestByTopColumn(org.id, LATEST_PER_COLUMN);
  if (latest.length === 0)
    return COLUMNS.map((column) => ({ ...column, items: [], moreHref: orgHref(org, 'catalogue') }));
  return latest.map(({ column, items }) => ({
    key: column.code,
    title: column.name,
    items: items.map((item) => ({ title: item.title, href: item.href, date: publishedOn(item.publishedAt) })),
    moreHref: orgHref(org, `columns/${column.id}`),
  }));
}

const QUICK_LINKS = [
  { path: 'guide', label: '政府信息公开指南', text: '公开的方式、途径、机构与联系方式' },
  { path: 'catalogue', label: '政府信息公开目录', text: '按栏目查阅本单位主动公开的信息' },
  { path: 'apply', label: '依申请公开', text: '申请获取本单位的政府信息' },
  { path: 'annual-reports', label: '政府信息公开年报', text: '历年政府信息公开工作年度报告' },
] as const;

export async function renderOrgHome({ services, org }: OrgPageInput): Promise<PageResult> {
  const columns = await loadLatestColumns(services, org);
  const children = org.children;
  return {
    title: '首页',
    heading: org.name,
    body: (
      <>
        <ul class="quick-links" aria-label="常用栏目">
          {QUICK_LINKS.map((link) => (
            <li key={link.path}>
              <a href={orgHref(org, link.path)}>
                <strong>{link.label}</strong>
                <span>{link.text}</span>
              </a>
            </li>
          ))}
        </ul>
        <div class="grid">
          {columns.map((column) => (
            <Panel
              key={column.key}
              title={column.title}
              headingId={`latest-${column.key}`}
              more={{ href: column.moreHref, label: `更多${column.title}` }}
            >
              <ItemList items={column.items} emptyText="本栏目暂无信息。" />
            </Panel>
          ))}
        </div>
        {children.length > 0 ? (
          <Panel title="所属部门和单位" headingId="child-orgs">
            <ul class="org-tree">
              {children.map((child) => (
                <li key={child.code}>
                  <a href={orgHref(child)}>{child.name}</a>
                </li>
              ))}
            </ul>
          </Panel>
        ) : null}
      </>
    ),
  };
}
