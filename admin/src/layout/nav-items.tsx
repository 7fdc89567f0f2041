import {
  ApartmentOutlined,
  AuditOutlined,
  BookOutlined,
  CalculatorOutlined,
  CalendarOutlined,
  FieldTimeOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  HomeOutlined,
  PartitionOutlined,
  ReadOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TableOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { type ComponentType, type LazyExoticComponent, lazy, type ReactNode } from 'react';
import type { Role } from '../api/types.ts';

/**
 * Every back-office screen, in menu order. A row says who may open it; the menu and the
 * routes are both built from this table, so adding a screen is adding a row. The server
 * checks the same roles on every API call; this only keeps the menu honest.
 */
export interface NavItem {
  /** Path under /admin/ ('' is the home page). */
  path: string;
  label: string;
  icon: ReactNode;
  /** Roles that may open it; an empty list means every signed-in user. */
  roles: readonly Role[];
  /** Menu group (a sub-menu); none puts it at the top level. */
  group?: string;
  page: LazyExoticComponent<ComponentType>;
}

function page<K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
): LazyExoticComponent<ComponentType> {
  return lazy(async () => ({ default: (await load())[name] }));
}

const ADMINS: readonly Role[] = ['platform_admin', 'org_admin'];
/** Who sees 依申请公开 cases and their figures (the server also checks the org). */
const CASE_ROLES: readonly Role[] = ['platform_admin', 'org_admin', 'clerk', 'reviewer', 'approver', 'officer'];
/** 主动公开 staff: who drafts, reviews, approves, and the office that keeps the registries. */
const DISCLOSURE_STAFF: readonly Role[] = ['platform_admin', 'org_admin', 'clerk', 'reviewer', 'approver'];

export const NAV_ITEMS: readonly NavItem[] = [
  {
    path: '',
    label: '工作台',
    icon: <HomeOutlined />,
    roles: [],
    page: page(() => import('../pages/home-page.tsx'), 'HomePage'),
  },
  {
    path: 'disclosures/items',
    label: '信息发布',
    icon: <FileTextOutlined />,
    roles: DISCLOSURE_STAFF,
    group: '主动公开',
    page: page(() => import('../pages/disclosures/items-page.tsx'), 'ItemsPage'),
  },
  {
    path: 'disclosures/deadlines',
    label: '时限提醒',
    icon: <FieldTimeOutlined />,
    roles: DISCLOSURE_STAFF,
    group: '主动公开',
    page: page(() => import('../pages/disclosures/deadlines-page.tsx'), 'DeadlinesPage'),
  },
  {
    path: 'disclosures/catalogue',
    label: '目录管理',
    icon: <PartitionOutlined />,
    roles: ADMINS,
    group: '主动公开',
    page: page(() => import('../pages/disclosures/catalogue-page.tsx'), 'CataloguePage'),
  },
  {
    path: 'disclosures/guide',
    label: '公开指南',
    icon: <ReadOutlined />,
    roles: ADMINS,
    group: '主动公开',
    page: page(() => import('../pages/disclosures/guide-page.tsx'), 'GuidePage'),
  },
  {
    path: 'disclosures/settings',
    label: '公开设置',
    icon: <SettingOutlined />,
    roles: ADMINS,
    group: '主动公开',
    page: page(() => import('../pages/disclosures/settings-page.tsx'), 'SettingsPage'),
  },
  {
    path: 'registries/normative',
    label: '规范性文件',
    icon: <BookOutlined />,
    roles: DISCLOSURE_STAFF,
    group: '主动公开',
    page: page(() => import('../pages/disclosures/normative-page.tsx'), 'NormativePage'),
  },
  {
    path: 'registries/decisions',
    label: '行政决定与收费',
    icon: <CalculatorOutlined />,
    roles: DISCLOSURE_STAFF,
    group: '主动公开',
    page: page(() => import('../pages/disclosures/decisions-page.tsx'), 'DecisionsPage'),
  },
  {
    path: 'registries/proactive',
    label: '年报表二数据',
    icon: <TableOutlined />,
    roles: DISCLOSURE_STAFF,
    group: '主动公开',
    page: page(() => import('../pages/disclosures/proactive-page.tsx'), 'ProactivePage'),
  },
  {
    path: 'applications',
    label: '申请办理',
    icon: <FileSearchOutlined />,
    roles: CASE_ROLES,
    group: '依申请公开',
    page: page(() => import('../pages/applications/applications-page.tsx'), 'ApplicationsPage'),
  },
  {
    path: 'reviews',
    label: '复议诉讼',
    icon: <SafetyCertificateOutlined />,
    roles: CASE_ROLES,
    group: '依申请公开',
    page: page(() => import('../pages/applications/reviews-page.tsx'), 'ReviewsPage'),
  },
  {
    path: 'application-figures',
    label: '年报表三、表四',
    icon: <TableOutlined />,
    roles: CASE_ROLES,
    group: '依申请公开',
    page: page(() => import('../pages/applications/figures-page.tsx'), 'FiguresPage'),
  },
  {
    path: 'letter-templates',
    label: '文书模板',
    icon: <FileTextOutlined />,
    roles: ADMINS,
    group: '依申请公开',
    page: page(() => import('../pages/applications/letter-templates-page.tsx'), 'LetterTemplatesPage'),
  },
  {
    path: 'orgs',
    label: '机构管理',
    icon: <ApartmentOutlined />,
    roles: ADMINS,
    group: '系统管理',
    page: page(() => import('../pages/orgs-page.tsx'), 'OrgsPage'),
  },
  {
    path: 'users',
    label: '用户管理',
    icon: <TeamOutlined />,
    roles: ADMINS,
    group: '系统管理',
    page: page(() => import('../pages/users-page.tsx'), 'UsersPage'),
  },
  {
    path: 'audit',
    label: '审计日志',
    icon: <AuditOutlined />,
    roles: ADMINS,
    group: '系统管理',
    page: page(() => import('../pages/audit-page.tsx'), 'AuditPage'),
  },
  {
    path: 'calendar',
    label: '工作日历',
    icon: <CalendarOutlined />,
    roles: ADMINS,
    group: '系统管理',
    page: page(() => import('../pages/applications/calendar-page.tsx'), 'CalendarPage'),
  },
];

export function canOpen(item: NavItem, roles: ReadonlySet<Role>): boolean {
  return item.roles.length === 0 || item.roles.some((role) => roles.has(role));
}

/** The item a location belongs to: the longest path that prefixes it. */
export function itemForPath(pathname: string): NavItem | undefined {
  const path = pathname.replace(/^\/+|\/+$/g, '');
  const matches = (item: NavItem) => item.path === path || (item.path !== '' && path.startsWith(`${item.path}/`));
  return [...NAV_ITEMS].sort((a, b) => b.path.length - a.path.length).find(matches);
}
