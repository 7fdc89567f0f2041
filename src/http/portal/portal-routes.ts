// Every portal page in one table. Later issues replace a stub's `render` (or add rows) here;
// the org navigation is derived from the rows that carry a `nav` label, in this order.
import type { NavLink } from '../views/view-types.ts';
import { renderAccessibilityStatement } from './pages/accessibility-page.tsx';
import { renderGuide } from './pages/guide-page.tsx';
import { renderOrgHome } from './pages/org-home-page.tsx';
import { renderPlatformHome } from './pages/platform-home-page.tsx';
import { renderPrivacyNotice } from './pages/privacy-page.tsx';
import { renderOrgSearch, renderPlatformSearch } from './pages/search-page.tsx';
import { underConstruction } from './pages/stub-page.tsx';
import type { OrgPageInput, PageResult, PlatformPageInput } from './portal-page.ts';

type Rendered = PageResult | Promise<PageResult>;

export interface PlatformRoute {
  /** Absolute path. */
  path: string;
  /** Highlights this entry of the platform navigation. */
  nav?: 'home' | 'search';
  render: (input: PlatformPageInput) => Rendered;
}

export interface OrgRoute {
  /** Path under /o/<code>/ ('' is the org home); Hono patterns allowed, e.g. 'items/:id'. */
  path: string;
  /** Label in the org navigation; rows without one are reachable but not in the menu. */
  nav?: string;
  /** For rows without `nav`: the nav row (by path) to highlight, e.g. an item page → 'catalogue'. */
  within?: string;
  render: (input: OrgPageInput) => Rendered;
}

export const PLATFORM_ROUTES: PlatformRoute[] = [
  { path: '/', nav: 'home', render: renderPlatformHome },
  { path: '/search', nav: 'search', render: renderPlatformSearch },
  { path: '/accessibility', render: renderAccessibilityStatement },
  { path: '/privacy', render: renderPrivacyNotice },
];

export const ORG_ROUTES: OrgRoute[] = [
  { path: '', nav: '首页', render: renderOrgHome },
  { path: 'guide', nav: '政府信息公开指南', render: renderGuide },
  {
    path: 'catalogue',
    nav: '政府信息公开目录',
    render: underConstruction(
      '政府信息公开目录',
      '政府信息公开目录按栏目列出本单位主动公开的全部政府信息，可按发布日期排序查阅。',
    ),
  },
  {
    path: 'proactive',
    nav: '法定主动公开内容',
    render: underConstruction(
      '法定主动公开内容',
      '本栏目发布《中华人民共和国政府信息公开条例》第二十条、第二十一条规定应当主动公开的政府信息。',
    ),
  },
  {
    path: 'apply',
    nav: '依申请公开',
    render: underConstruction(
      '依申请公开',
      '公民、法人或者其他组织可以向本单位申请获取政府信息，并凭查询码查看办理进度和答复。',
      {
        showOffice: true,
      },
    ),
  },
  {
    path: 'annual-reports',
    nav: '政府信息公开年报',
    render: underConstruction(
      '政府信息公开年报',
      '本栏目发布本单位历年政府信息公开工作年度报告，每年1月31日前发布上一年度报告。',
    ),
  },
  {
    path: 'evaluation',
    nav: '社会评议',
    render: underConstruction(
      '社会评议',
      '欢迎您对本单位政府信息公开工作进行评议，评议结果将纳入年度报告的监督保障情况。',
    ),
  },
  { path: 'search', nav: '搜索', render: renderOrgSearch },
];

/** The org navigation, marking the entry for `currentPath` (a row's path). */
export function orgNav(code: string, currentPath: string | null): NavLink[] {
  return ORG_ROUTES.filter((route) => route.nav).map((route) => ({
    href: `/o/${code}/${route.path}`,
    label: route.nav as string,
    isCurrent: route.path === currentPath,
  }));
}
