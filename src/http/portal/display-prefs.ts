// The 适老化 large-text preference: a cookie set by a plain GET link, so it works without JavaScript.
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

export const LARGE_TEXT_COOKIE = 'gk_large';
export const LARGE_TEXT_PATH = '/prefs/large-text';
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

export function isLargeText(c: Context): boolean {
  return getCookie(c, LARGE_TEXT_COOKIE) === '1';
}

/** The link that switches the mode and comes back to `currentUrl`. */
export function largeTextToggleHref(isLarge: boolean, currentUrl: string): string {
  const query = new URLSearchParams({ large: isLarge ? '0' : '1', back: currentUrl });
  return `${LARGE_TEXT_PATH}?${query.toString()}`;
}

/** Only same-site paths may be returned to (no `//host` or `/\host` open redirects). */
export function safeBackPath(back: string | undefined): string {
  if (!back || back.length > 2000 || !back.startsWith('/') || back.startsWith('//') || back.startsWith('/\\'))
    return '/';
  if ([...back].some((ch) => ch.charCodeAt(0) < 0x20)) return '/';
  return back;
}

export function rememberLargeText(c: Context, isOn: boolean, secure: boolean): void {
  if (isOn)
    setCookie(c, LARGE_TEXT_COOKIE, '1', {
      path: '/',
      maxAge: ONE_YEAR_SECONDS,
      sameSite: 'Lax',
      httpOnly: true,
      secure,
    });
  else deleteCookie(c, LARGE_TEXT_COOKIE, { path: '/', secure });
}

/** Path and query of the request, for coming back after a toggle. */
export function currentUrl(c: Context): string {
  const url = new URL(c.req.url);
  return `${url.pathname}${url.search}`;
}
