// Helpers for the 主动公开 browser journey: demo users with known passwords, screenshots with axe.
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { seriousViolations } from './axe.ts';
import { screenshotPath } from './browser.ts';
import type { TestServer } from './server.ts';

export const PASSWORD = 'Fugou-Journey-2026';

/** Just enough of an API client: cookies and the CSRF token, like the back office. */
class ApiSession {
  private cookies = new Map<string, string>();
  private csrf = '';
  constructor(private readonly base: string) {}

  async call<T>(method: string, url: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = {
      accept: 'application/json',
      cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
    };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET') headers['x-csrf-token'] = this.csrf || (this.cookies.get('gk_csrf') ?? '');
    const response = await fetch(`${this.base}/api/v1${url}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${url} → ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  async signIn(username: string, password: string): Promise<void> {
    await this.call('GET', '/auth/me').catch(() => undefined);
    const result = await this.call<{ csrfToken: string }>('POST', '/auth/login', { username, password });
    this.csrf = result.csrfToken;
  }
}

/** The demo's 信息员, 审核员 and 负责人 get known passwords (reset by the admin, changed by themselves). */
export async function prepareUsers(server: TestServer): Promise<void> {
  const admin = new ApiSession(server.url);
  await admin.signIn('admin', server.adminPassword);
  await admin.call('POST', '/auth/password', { currentPassword: server.adminPassword, newPassword: PASSWORD });
  for (const username of ['clerk', 'reviewer', 'approver']) {
    const found = await admin.call<{ items: { id: number; username: string }[] }>('GET', `/users?q=${username}`);
    const user = found.items.find((u) => u.username === username);
    assert.ok(user, `演示数据应有用户 ${username}`);
    const { initialPassword } = await admin.call<{ initialPassword: string }>(
      'POST',
      `/users/${user.id}/reset-password`,
    );
    const session = new ApiSession(server.url);
    await session.signIn(username, initialPassword);
    await session.call('POST', '/auth/password', { currentPassword: initialPassword, newPassword: PASSWORD });
  }
}

export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      errors.push(message.text());
  });
  return errors;
}

export async function capture(
  page: Page,
  name: string,
  options: { fullPage?: boolean; only?: string; axe?: boolean } = {},
): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('[class*="-appear"], [class*="-enter"], [class*="-leave"]') === null &&
      document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
  if (options.fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: screenshotPath(name), fullPage: options.fullPage });
  if (options.axe !== false)
    assert.deepEqual(await seriousViolations(page, options.only), [], `${name}：不应有严重的无障碍问题`);
}
