import { ApartmentOutlined, AuditOutlined, HomeOutlined, TeamOutlined } from '@ant-design/icons';
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

export const NAV_ITEMS: readonly NavItem[] = [
  {
    path: '',
    label: '工作台',
    icon: <HomeOutlined />,
    roles: [],
    page: page(() => import('../pages/home-page.tsx'), 'HomePage'),
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
