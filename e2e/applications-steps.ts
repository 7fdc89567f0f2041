// Helpers of the 依申请公开 browser journey: sign-in, the workflow dialogs, screenshots with axe.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestContext } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { loadConfig } from '../src/config.ts';
import { startServer } from '../src/main.ts';
import { seriousViolations } from './axe.ts';
import { screenshotPath } from './browser.ts';
import type { TestServer } from './server.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

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
  // A click while the dialog is still zooming in can be lost: wait until it stands still.
  await page.waitForFunction(
    (element) => element !== null && !/-appear|-enter/.test(element.className),
    await dialog.elementHandle(),
  );
  return dialog;
}

export async function confirm(dialog: Locator, label: string): Promise<void> {
  await dialog.getByRole('button', { name: label, exact: true }).click();
  try {
    await dialog.waitFor({ state: 'hidden' });
  } catch (error) {
    // Say what the dialog shows (a refusal, a field error) rather than only that it stayed open.
    const shown = ((await dialog.textContent().catch(() => '')) ?? '').replace(/\s+/g, ' ').slice(0, 300);
    throw new Error(`「${label}」对话框没有关闭：${shown}`, { cause: error });
  }
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

export const ORG_CODE = 'fugou-gxj';
// The citizen of journey 3 (an invented, valid GB 11643 number).
export const CITIZEN = '王小明';
export const CITIZEN_ID = '412727199001011236';
export const CITIZEN_PHONE = '13912340001';
export const CITIZEN_MASKED_PHONE = '139****0001';
export const EDITED_PARAGRAPH = '如对上述答复有疑问，可在工作日与本机关办公室联系。';

/** The portal's status page: query code and phone in, the stage shown. */
export async function lookupStatus(page: Page, portal: string, queryCode: string): Promise<void> {
  await page.goto(`${portal}/apply/status`);
  await page.fill('#f-queryCode', queryCode);
  await page.fill('#f-phone', CITIZEN_PHONE);
  await Promise.all([page.waitForLoadState(), page.click('main button[type=submit]')]);
  await page.locator('.stage').waitFor();
}

/** Clicks a download link; checks the file's name ends with `extension` and returns where it was saved. */
export async function expectDownload(page: Page, link: Locator, extension: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  assert.ok(
    download.suggestedFilename().endsWith(extension),
    `下载的文件应为 ${extension}：${download.suggestedFilename()}`,
  );
  const saved = await download.path();
  assert.ok(saved, '文件应能下载');
  return saved;
}

/**
 * The real server (fresh embedded database, demo data) serving a private copy of the built back
 * office. Other people's test runs rebuild admin/dist while a journey runs (Vite empties the
 * folder and writes new hashed chunks), and the journey's already-loaded SPA then fails to load
 * its lazy pages ("Failed to fetch dynamically imported module"): a step waits for a heading or
 * a dialog that never comes. A snapshot taken when the journey starts cannot change under it.
 */
export async function startJourneyServer(): Promise<TestServer> {
  const adminDir = snapshotAdminDist();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-e2e-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    GONGKAI_DATA_DIR: dataDir,
    GONGKAI_SEED_DEMO: '1',
    LOG_LEVEL: 'silent',
  });
  const server = await startServer({ config, adminDir });
  if (!server.initialAdminPassword) {
    await server.stop();
    throw new Error('新数据库首次启动时应生成初始管理员密码');
  }
  return {
    url: `http://127.0.0.1:${server.port}`,
    adminPassword: server.initialAdminPassword,
    async stop() {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(adminDir, { recursive: true, force: true });
    },
  };
}

/** Every chunk a script of the build imports (statically or lazily) is there. */
function chunksComplete(dist: string): boolean {
  const assets = path.join(dist, 'assets');
  for (const name of fs.readdirSync(assets).filter((n) => n.endsWith('.js'))) {
    const code = fs.readFileSync(path.join(assets, name), 'utf8');
    for (const match of code.matchAll(/["'`]\.\/([\w.-]+\.(?:js|css))["'`]/g)) {
      if (!fs.existsSync(path.join(assets, match[1]))) return false;
    }
  }
  return true;
}

/** Copies admin/dist, retrying while a concurrent build leaves it incomplete (every asset index.html names). */
function snapshotAdminDist(): string {
  const source = path.join(ROOT, 'admin', 'dist');
  for (let attempt = 1; ; attempt++) {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-admin-'));
    try {
      fs.cpSync(source, copy, { recursive: true });
      const html = fs.readFileSync(path.join(copy, 'index.html'), 'utf8');
      const assets = [...html.matchAll(/(?:src|href)="\/admin\/([^"]+)"/g)].map((m) => m[1]);
      if (assets.length > 0 && assets.every((asset) => fs.existsSync(path.join(copy, asset))) && chunksComplete(copy)) {
        return copy;
      }
    } catch {
      // A build was replacing the folder: try again.
    }
    fs.rmSync(copy, { recursive: true, force: true });
    if (attempt >= 20) throw new Error('admin/dist 不完整（可能正在构建），无法启动浏览器旅程');
    execFileSync('sleep', ['1']);
  }
}
