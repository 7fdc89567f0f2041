import { Result } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { Loading } from '../components/loading.tsx';
import { canOpen, type NavItem } from '../layout/nav-items.tsx';
import { useSession } from './session.tsx';

/** Signed-in users only; a user with a generated password goes to 修改密码 first. */
export function RequireSession({
  children,
  isPasswordPage = false,
}: {
  children: ReactNode;
  isPasswordPage?: boolean;
}) {
  const { status, me } = useSession();
  const location = useLocation();
  if (status === 'loading') return <Loading />;
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (me.mustChangePassword && !isPasswordPage) return <Navigate to="/change-password" replace />;
  return children;
}

/** A screen the user's roles don't allow says so instead of showing empty tables. */
export function RequireRoles({ item, children }: { item: NavItem; children: ReactNode }) {
  const { roles } = useSession();
  if (!canOpen(item, roles))
    return (
      <Result
        status="403"
        title="无权访问"
        subTitle={`您的角色不能使用“${item.label}”。如需使用，请联系单位管理员授权。`}
      />
    );
  return children;
}
