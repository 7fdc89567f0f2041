import { Menu, type MenuProps } from 'antd';
import { Link, useLocation } from 'react-router-dom';
import { useSession } from '../session/session.tsx';
import { canOpen, itemForPath, NAV_ITEMS } from './nav-items.tsx';

type MenuItem = Required<MenuProps>['items'][number];

/** The side menu: only the screens the user's roles allow, grouped as the table says. */
export function NavMenu({ isCollapsed = false }: { isCollapsed?: boolean }) {
  const { roles } = useSession();
  const location = useLocation();
  const items: MenuItem[] = [];
  const groups = new Map<string, MenuItem[]>();
  for (const item of NAV_ITEMS) {
    if (!canOpen(item, roles)) continue;
    const entry: MenuItem = {
      key: `/${item.path}`,
      icon: item.icon,
      label: <Link to={`/${item.path}`}>{item.label}</Link>,
    };
    if (!item.group) {
      items.push(entry);
      continue;
    }
    let children = groups.get(item.group);
    if (!children) {
      children = [];
      groups.set(item.group, children);
      // A collapsed menu has no room for group titles: a divider marks the group instead.
      if (isCollapsed) items.push({ key: `group:${item.group}`, type: 'divider' });
      else items.push({ key: `group:${item.group}`, label: item.group, type: 'group', children });
    }
    if (isCollapsed) items.push(entry);
    else children.push(entry);
  }
  const current = itemForPath(location.pathname);
  return <Menu theme="dark" mode="inline" selectedKeys={current ? [`/${current.path}`] : []} items={items} />;
}
