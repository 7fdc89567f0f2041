import type { ReactNode } from 'react';

/** Full-page backdrop for the screens outside the layout (登录, 修改密码). */
export function CenteredCard({ children, width = 400 }: { children: ReactNode; width?: number }) {
  return (
    <main
      style={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: 'linear-gradient(160deg, #fdf3f2 0%, #f5f5f5 60%)',
        padding: 16,
      }}
    >
      <div style={{ width: '100%', maxWidth: width }}>{children}</div>
    </main>
  );
}
