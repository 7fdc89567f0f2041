// The portal in headless Chromium: axe-core finds no WCAG 2.1 A/AA violations on the main pages,
// in standard and large-text mode, on a desktop and a phone; the toggle and skip link work without JS.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { serve } from '@hono/node-server';
import type { Page } from 'playwright-core';
import { chromiumMissingReason, launchBrowser, screenshotPath, type TestBrowser } from '../../../e2e/browser.ts';
import { createTestApp, type TestApp } from '../testing.ts';
import { insertPortalOrgs } from './portal-testing.ts';

const skip = chromiumMissingReason();
if (skip) console.log(skip);

const AXE_SOURCE = skip ? '' : fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

const PAGES = [
  '/',
  '/o/fugou/',
  '/o/fugou-gxj/',
  '/o/fugou-gxj/guide',
  '/o/fugou-gxj/apply',
  `/search?q=${encodeURIComponent('安全生产')}&org=fugou-gxj`,
  `/o/fugou-gxj/search?q=${'字'.repeat(101)}`,
  '/accessibility',
  '/privacy',
  '/o/no-such-org/',
];

/** Runs axe-core in the page. Injected over the DevTools protocol, so the site's CSP (no inline scripts) stays on. */
async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  const options = JSON.stringify({ runOnly: { type: 'tag', values: WCAG_21_AA } });
  return page.evaluate(
    `axe.run(document, ${options}).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })))`,
  );
}

function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    .join('\n');
}

describe('portal in Chromium', { skip }, () => {
  let t: TestApp;
  let browser: TestBrowser;
  let base: string;
  let close: () => Promise<void>;

  before(async () => {
    t = await createTestApp('pglite');
    await insertPortalOrgs(t.database.db);
    const server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => new Promise<void>((resolve) => server.close(() => resolve()));
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await close?.();
    await t?.close();
  });

  for (const mode of ['standard', 'large'] as const) {
    test(`axe finds no WCAG 2.1 A/AA violations (${mode} mode, desktop and phone)`, async () => {
      const page = await browser.context.newPage();
      await browser.context.clearCookies();
      if (mode === 'large') await browser.context.addCookies([{ name: 'gk_large', value: '1', url: base }]);
      try {
        for (const width of [1366, 375]) {
          await page.setViewportSize({ width, height: width === 375 ? 812 : 800 });
          for (const path of PAGES) {
            const res = await page.goto(`${base}${path}`);
            assert.ok(res, path);
            const violations = await axeViolations(page);
            assert.equal(violations.length, 0, `${path} (${mode}, ${width}px):\n${describeViolations(violations)}`);
            const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
            assert.ok(Number(overflow) <= 0, `${path} (${mode}, ${width}px) scrolls sideways by ${overflow}px`);
          }
        }
        const shots: [string, string][] = [
          ['/', 'home'],
          ['/o/fugou-gxj/', 'org-home'],
          ['/o/fugou-gxj/guide', 'guide'],
          ['/o/no-such-org/', 'not-found'],
        ];
        for (const [width, device] of [
          [1366, 'desktop'],
          [375, 'phone'],
        ] as const) {
          await page.setViewportSize({ width, height: width === 375 ? 812 : 800 });
          for (const [path, name] of shots) {
            await page.goto(`${base}${path}`);
            await page.screenshot({ path: screenshotPath(`portal-${name}-${mode}-${device}`), fullPage: true });
          }
        }
      } finally {
        await page.close();
      }
    });
  }

  test('the large-text link works without JavaScript and the choice persists across pages', async () => {
    const context = browser.context;
    await context.clearCookies();
    const page = await context.newPage();
    try {
      await page.setViewportSize({ width: 1366, height: 800 });
      await page.goto(`${base}/o/fugou-gxj/guide`);
      const rootSize = () => page.evaluate('getComputedStyle(document.documentElement).fontSize');
      assert.equal(await rootSize(), '16px');
      await page.click('a.mode-toggle');
      await page.waitForURL(`${base}/o/fugou-gxj/guide`);
      assert.equal(await rootSize(), '22px');
      await page.click('nav[aria-label="主导航"] >> text=政府信息公开目录');
      assert.equal(await rootSize(), '22px', 'still large on the next page');
      assert.match((await page.textContent('a.mode-toggle')) ?? '', /退出长者模式/);
      await page.click('a.mode-toggle');
      assert.equal(await rootSize(), '16px');
    } finally {
      await page.close();
    }
  });

  test('the first Tab reaches a visible skip link that moves focus to the main content', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`${base}/o/fugou-gxj/`);
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate('document.activeElement.textContent'), '跳到主要内容');
      const box = await page.locator('.skip-link').boundingBox();
      assert.ok(box && box.y >= 0 && box.height > 0, 'skip link is on screen when focused');
      const focusBackground = await page.evaluate('getComputedStyle(document.activeElement).backgroundColor');
      assert.equal(focusBackground, 'rgb(255, 221, 0)', 'focus is shown by the yellow focus style');
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate('document.activeElement.id'), 'main');
    } finally {
      await page.close();
    }
  });
});
