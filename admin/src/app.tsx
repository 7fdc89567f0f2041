import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { Suspense, useEffect, useMemo, useState } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { ClientBridge } from './api/client-bridge.tsx';
import { Loading } from './components/loading.tsx';
import { AdminLayout } from './layout/admin-layout.tsx';
import { NAV_ITEMS } from './layout/nav-items.tsx';
import { ChangePasswordPage } from './pages/change-password-page.tsx';
import { LoginPage } from './pages/login-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { RequireRoles, RequireSession } from './session/guards.tsx';
import { SessionProvider } from './session/session.tsx';

dayjs.locale('zh-cn');

// antd's default greys and link blue fall short of WCAG AA contrast (4.5:1) on white; these meet it.
const THEME = {
  token: {
    colorPrimary: '#b71c1c',
    colorLink: '#0958d9',
    colorError: '#cf1322',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
    borderRadius: 4,
  },
};

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/** Whether the user asked the system for less motion (WCAG 2.3.3): then nothing slides or fades. */
function usePrefersReducedMotion(): boolean {
  const [reduced, setReduced] = useState(() => window.matchMedia?.(REDUCED_MOTION).matches ?? false);
  useEffect(() => {
    const query = window.matchMedia?.(REDUCED_MOTION);
    if (!query) return;
    const onChange = () => setReduced(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return reduced;
}

/** No auto-inserted space in two-character buttons ("登 录"): screen readers then read the real word. */
export function App() {
  const reducedMotion = usePrefersReducedMotion();
  const theme = useMemo(() => ({ token: { ...THEME.token, motion: !reducedMotion } }), [reducedMotion]);
  return (
    <ConfigProvider locale={zhCN} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp>
        <BrowserRouter basename="/admin">
          <SessionProvider>
            <ClientBridge />
            <Routes>
              <Route path="/login" element={<LoginPage />} />
              <Route
                path="/change-password"
                element={
                  <RequireSession isPasswordPage>
                    <ChangePasswordPage />
                  </RequireSession>
                }
              />
              <Route
                element={
                  <RequireSession>
                    <AdminLayout />
                  </RequireSession>
                }
              >
                {NAV_ITEMS.map((item) => (
                  <Route
                    key={item.path}
                    index={item.path === ''}
                    path={item.path === '' ? undefined : `${item.path}/*`}
                    element={
                      <RequireRoles item={item}>
                        <Suspense fallback={<Loading />}>
                          <item.page />
                        </Suspense>
                      </RequireRoles>
                    }
                  />
                ))}
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Routes>
          </SessionProvider>
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  );
}
