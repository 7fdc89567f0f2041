// Helpers of the 依申请公开 browser journey: sign-in, the workflow dialogs, screenshots with axe.
import assert from 'node:assert/strict';
import type { TestContext } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { seriousViolations } from './axe.ts';
import { screenshotPath } from './browser.ts';

export const NEW_ADMIN_PASSWORD = 'Gongkai-Test-2025';
export const ORG = '扶沟县工业和信息化局';
// 18 digits whose check digit is wrong (the right one is 5): a warning, not a refusal.
export const BAD_ID = '412727199001011234';

// A 1×1 PNG: a scanned letter as far as the upload check is concerned.
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * The steps of a journey build on each other: after one fails, the rest are skipped (saying
 * which step failed) instead of each waiting for its own time-out.
 */
export function sequentialSteps(t: TestContext) {
  let failedStep: string | undefined;
  return (name: string, run: () => Promise<void>) =>
    t.test(name, { skip: failedStep && `前一步失败：${failedStep}` }, async () => {
      try {
        await run();
      } catch (error) {
        failedStep = name;
        throw error;
      }
    });
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

export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('[class*="-appear"], [class*="-enter"], [class*="-leave"]') === null &&
      document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
}

export async function capture(page: Page, name: string, options: { only?: string; axe?: boolean } = {}): Promise<void> {
  await settle(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: screenshotPath(name), fullPage: true });
  if (options.axe !== false)
    assert.deepEqual(await seriousViolations(page, options.only), [], `${name}：不应有严重的无障碍问题`);
}

/** Opens a workflow step's dialog from the 办理 card; the dialog is titled "<label>：<case number>". */
export async function openAction(page: Page, label: string): Promise<Locator> {
  await page
    .getByRole('group', { name: /办理操作|结束或撤销/ })
    .getByRole('button', { name: label, exact: true })
    .click();
  const dialog = page.getByRole('dialog', { name: new RegExp(`^${label}：`) });
  await dialog.waitFor();
  return dialog;
}

export async function confirm(dialog: Locator, label: string): Promise<void> {
  await dialog.getByRole('button', { name: label, exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
}

export async function expectState(page: Page, label: string): Promise<void> {
  await page.locator('.ant-descriptions-item').filter({ hasText: '状态' }).first().getByText(label).waitFor();
}

/** Signs in with the password set by the first journey, unless the browser still has a session. */
export async function signIn(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/admin/`);
  const login = page.getByLabel('用户名');
  const home = page.getByRole('heading', { name: '工作台' });
  await login.or(home).waitFor();
  if (await home.isVisible()) return;
  await login.fill('admin');
  await page.getByLabel('密码', { exact: true }).fill(NEW_ADMIN_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await home.waitFor();
}
