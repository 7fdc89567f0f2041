import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { AppError } from '../../core/app-error.ts';
import type { Actor } from '../../features/auth/actor.ts';
import type { Services } from '../../services.ts';
import type { AppEnv } from '../app-env.ts';

export const SESSION_COOKIE = 'gk_session';

export function setSessionCookie(c: Context, token: string, secure: boolean): void {
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Lax', path: '/', secure });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}

/** Loads the signed-in user, if any; an idle or expired session is cleared and remembered as such. */
export function loadSession(services: Services): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    c.set('actor', null);
    c.set('sessionExpired', false);
    if (token) {
      const actor = await services.auth.resolveSession(token);
      if (actor) c.set('actor', actor);
      else {
        c.set('sessionExpired', true);
        clearSessionCookie(c);
      }
    }
    await next();
  };
}

/** The signed-in actor, or a 401 that says whether the session expired. */
export function requireActor(c: Context<AppEnv>, options: { allowPasswordChange?: boolean } = {}): Actor {
  const actor = c.get('actor');
  if (!actor) throw new AppError(c.get('sessionExpired') ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED');
  if (actor.mustChangePassword && !options.allowPasswordChange) throw new AppError('PASSWORD_CHANGE_REQUIRED');
  return actor;
}
