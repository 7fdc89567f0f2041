import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { AppError } from '../../core/app-error.ts';
import type { AppEnv } from '../app-env.ts';

export const CSRF_COOKIE = 'gk_csrf';
export const CSRF_HEADER = 'x-csrf-token';
export const CSRF_FIELD = '_csrf';
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * CSRF protection on every state-changing request. Signed-in requests must echo the
 * session's token (header or form field); anonymous ones (sign-in, public forms) use a
 * double-submit cookie. SameSite cookies are a second line of defence.
 */
export function csrfProtection(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    let cookieToken = getCookie(c, CSRF_COOKIE);
    if (!cookieToken) {
      // 122 random bits from Node's pooled CSPRNG (a fresh randomBytes call per visitor costs more).
      cookieToken = randomUUID().replaceAll('-', '');
      setCookie(c, CSRF_COOKIE, cookieToken, { sameSite: 'Strict', path: '/', httpOnly: false });
    }
    c.set('csrfToken', c.get('actor')?.csrfToken ?? cookieToken);
    if (!SAFE.has(c.req.method)) {
      let sent = c.req.header(CSRF_HEADER);
      if (!sent) {
        const type = c.req.header('content-type') ?? '';
        if (type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data')) {
          const form = await c.req.parseBody();
          const field = form[CSRF_FIELD];
          if (typeof field === 'string') sent = field;
        }
      }
      const actor = c.get('actor');
      const expected = actor ? actor.csrfToken : getCookie(c, CSRF_COOKIE);
      if (!sent || !expected || !same(sent, expected)) {
        // The token of a session that just expired no longer matches: say why, not "CSRF".
        throw new AppError(c.get('sessionExpired') && sent ? 'SESSION_EXPIRED' : 'CSRF_FAILED');
      }
    }
    await next();
  };
}
