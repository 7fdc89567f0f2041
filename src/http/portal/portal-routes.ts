// Every portal page in one table. Later issues replace a stub's `render` (or add rows) here;
// the org navigation is derived from the rows that carry a `nav` label, in this order.
import type { NavLink } from '../views/view-types.ts';
import { blankFormRoute } from './apply-downloads.ts';
import { renderColumnFeed, renderSitemap, renderSitemapPart } from './feeds.ts';
import { renderAccessibilityStatement } from './pages/accessibility-page.tsx';
import { renderApplyForm, submitApplyForm } from './pages/apply-form-page.tsx';
import { renderApplyGuide } from './pages/apply-page.tsx';
import { renderApplyReceipt } from './pages/apply-receipt-page.tsx';
import { renderCatalogue, renderProactive } from './pages/catalogue-page.tsx';
import { renderColumn } from './pages/column-page.tsx';
import { renderGuide } from './pages/guide-page.tsx';
import { renderItem } from './pages/item-page.tsx';
import { renderNormativeLibrary } from './pages/normative-page.tsx';
import { renderOrgHome } from './pages/org-home-page.tsx';
import { renderPlatformHome } from './pages/platform-home-page.tsx';
import { renderPrivacyNotice } from './pages/privacy-page.tsx';
import { renderOrgSearchResults, renderPlatformSearchResults } from './pages/search-results-page.tsx';
import { downloadReply, lookupStatus, renderStatusForm, submitCorrection } from './pages/status-page.tsx';
import { underConstruction } from './pages/stub-page.tsx';
import type { OrgPageInput, PageResult, PlatformPageInput } from './portal-page.ts';

/** Platform pages may also answer with a ready response (the sitemap). */
type Rendered = PageResult | Response | Promise<PageResult | Response>;

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
  /** Defaults to GET; forms that change something post back to their own path. */
  method?: 'GET' | 'POST';
  /** A page, or a ready response: a redirect after POST, a file download. */
  render: (input: OrgPageInput) => Rendered;
}

export const PLATFORM_ROUTES: PlatformRoute[] = [
  { path: '/', nav: 'home', render: renderPlatformHome },
  { path: '/search', nav: 'search', render: renderPlatformSearchResults },
  { path: '/accessibility', render: renderAccessibilityStatement },
  { path: '/privacy', render: renderPrivacyNotice },
  { path: '/sitemap.xml', render: renderSitemap },
  { path: '/sitemaps/:part', render: renderSitemapPart },
];

export const ORG_ROUTES: OrgRoute[] = [
  { path: '', nav: '首页', render: renderOrgHome },
  { path: 'guide', nav: '政府信息公开指南', render: renderGuide },
  { path: 'catalogue', nav: '政府信息公开目录', render: renderCatalogue },
  { path: 'columns/:id', within: 'catalogue', render: renderColumn },
  { path: 'columns/:id/feed.atom', render: renderColumnFeed },
  // An id, or a 索引号 with its slashes (fugou-gxj/other/2023-0001).
  { path: 'items/:ref{.+}', within: 'catalogue', render: renderItem },
  { path: 'normative', within: 'catalogue', render: renderNormativeLibrary },
  { path: 'proactive', nav: '法定主动公开内容', render: renderProactive },
  { path: 'apply', nav: '依申请公开', render: renderApplyGuide },
  { path: 'apply/new', within: 'apply', render: renderApplyForm },
  { path: 'apply/new', within: 'apply', method: 'POST', render: submitApplyForm },
  { path: 'apply/receipt', within: 'apply', render: renderApplyReceipt },
  { path: 'apply/status', within: 'apply', render: renderStatusForm },
  { path: 'apply/status', within: 'apply', method: 'POST', render: lookupStatus },
  { path: 'apply/correction', within: 'apply', method: 'POST', render: submitCorrection },
  { path: 'apply/reply/:token', within: 'apply', render: downloadReply },
  { path: 'apply/form.pdf', render: blankFormRoute('pdf') },
  { path: 'apply/form.docx', render: blankFormRoute('docx') },
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
  { path: 'search', nav: '搜索', render: renderOrgSearchResults },
];

/** The org navigation, marking the entry for `currentPath` (a row's path). */
export function orgNav(code: string, currentPath: string | null): NavLink[] {
  return ORG_ROUTES.filter((route) => route.nav).map((route) => ({
    href: `/o/${code}/${route.path}`,
    label: route.nav as string,
    isCurrent: route.path === currentPath,
  }));
}
