import type { NavLink } from './view-types.ts';

export type PlatformPage = 'home' | 'search';

/** Navigation on platform-level pages (no org chosen yet): the org list and search across all orgs. */
export function platformNav(current: PlatformPage | null): NavLink[] {
  return [
    { href: '/', label: '首页', isCurrent: current === 'home' },
    { href: '/search', label: '全站搜索', isCurrent: current === 'search' },
  ];
}
