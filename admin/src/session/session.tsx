import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { api, CSRF_COOKIE, readCookie, setCsrfToken } from '../api/client.ts';
import type { Me, Role } from '../api/types.ts';

type Status = 'loading' | 'anonymous' | 'signed-in';

export interface Session {
  status: Status;
  me: Me | null;
  roles: ReadonlySet<Role>;
  signIn(username: string, password: string): Promise<Me>;
  signOut(): Promise<void>;
  refresh(): Promise<Me | null>;
  /** Forget the user locally (the server already has: expired session). */
  drop(): void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<Status>('loading');
  const [me, setMe] = useState<Me | null>(null);

  const accept = useCallback((next: Me | null) => {
    setCsrfToken(next?.csrfToken ?? null);
    setMe(next);
    setStatus(next ? 'signed-in' : 'anonymous');
    return next;
  }, []);

  const refresh = useCallback(async () => {
    try {
      return accept(await api.get<Me>('/auth/me', undefined, { quiet: true }));
    } catch {
      return accept(null);
    }
  }, [accept]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const session = useMemo<Session>(() => {
    const roles = new Set<Role>(me?.grants.map((grant) => grant.role) ?? []);
    return {
      status,
      me,
      roles,
      refresh,
      drop: () => accept(null),
      async signIn(username, password) {
        // A stale session token must not be sent with the sign-in; the anonymous cookie token is.
        setCsrfToken(null);
        // The anonymous token comes with any GET; get one if the cookie is gone (cleared, expired).
        if (!readCookie(CSRF_COOKIE)) await api.get('/auth/me', undefined, { quiet: true }).catch(() => undefined);
        const result = await api.post<{ user: Omit<Me, 'csrfToken'>; csrfToken: string }>(
          '/auth/login',
          { username, password },
          { quiet: true },
        );
        const signedIn: Me = { ...result.user, csrfToken: result.csrfToken };
        accept(signedIn);
        return signedIn;
      },
      async signOut() {
        try {
          await api.post('/auth/logout', undefined, { quiet: true });
        } finally {
          accept(null);
        }
      },
    };
  }, [status, me, refresh, accept]);

  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
