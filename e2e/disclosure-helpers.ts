// Helpers for the 主动公开 browser journey: demo users with known passwords, screenshots with axe.
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { createSeedCalendar } from '../src/features/calendar/seed.ts';
import { chinaDate } from '../src/features/disclosures/timeliness.ts';
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
  // Settled: no transition or animation running (endless spinners aside), and no motion about to
  // start. An element left with a "-leave-active" class and nothing running is settled: antd's
  // button spinner keeps that class for good when loading ends before its enter transition began
  // (a fast answer on a busy machine), and waiting for it timed out the journey.
  // (Anonymous functions only: these run in the browser, where no compiler helper exists.)
  await page
    .waitForFunction(
      () =>
        [...document.querySelectorAll('[class*="-appear"], [class*="-enter"], [class*="-leave"]')].every(
          (e) =>
            /-(appear|enter|leave)-active(\s|$)/.test(e.getAttribute('class') ?? '') &&
            e.getAnimations().every((a) => a.playState !== 'running'),
        ) &&
        document
          .getAnimations()
          .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
    )
    .catch(async (error: Error) => {
      // Say what is still moving, not just that the wait timed out.
      const still = await page.evaluate(() =>
        [...document.querySelectorAll('[class*="-appear"], [class*="-enter"], [class*="-leave"]')].map(
          (e) => `${e.tagName.toLowerCase()}.${e.getAttribute('class')?.replace(/\s+/g, '.')}`,
        ),
      );
      throw new Error(`${name}：页面动画未结束（${still.join('；')}）：${error.message}`, { cause: error });
    });
  if (options.fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: screenshotPath(name), fullPage: options.fullPage });
  if (options.axe !== false)
    assert.deepEqual(await seriousViolations(page, options.only), [], `${name}：不应有严重的无障碍问题`);
}

/**
 * A 成文日期 from which, on the official calendar, `left` working days remain today of the 20
 * that Art. 26 allows (the demo server ships the same calendar).
 */
export function formedOnWithWorkingDaysLeft(left: number): string {
  const calendar = createSeedCalendar();
  const today = chinaDate(new Date());
  const day = new Date(`${today}T00:00:00Z`);
  for (let i = 0; i < 60; i++) {
    day.setUTCDate(day.getUTCDate() - 1);
    const candidate = day.toISOString().slice(0, 10);
    if (calendar.workingDaysBetween(candidate, today).days === 20 - left) return candidate;
  }
  throw new Error(`no 成文日期 with ${left} working days left`);
}

/**
 * GONGKAI_E2E_CPU_THROTTLE=4 slows the page's CPU that many times (Chrome DevTools), to see how
 * the journey behaves on a loaded machine.
 */
export async function throttleCpu(page: Page): Promise<void> {
  const rate = Number(process.env.GONGKAI_E2E_CPU_THROTTLE ?? 0);
  if (!(rate > 1)) return;
  const session = await page.context().newCDPSession(page);
  await session.send('Emulation.setCPUThrottlingRate', { rate });
}
