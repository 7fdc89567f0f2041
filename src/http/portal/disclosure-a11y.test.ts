// The 主动公开 pages in headless Chromium: axe-core (WCAG 2.1 A/AA) finds nothing on the item page,
// the column list, the search results and the library, in standard and large-text mode, on a
// desktop and a 375 px phone, and nothing scrolls sideways. Screenshots land in .tmp/portal-*.png.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { serve } from '@hono/node-server';
import type { Page } from 'playwright-core';
import { chromiumMissingReason, launchBrowser, screenshotPath, type TestBrowser } from '../../../e2e/browser.ts';
import { createTestApp, type TestApp } from '../testing.ts';
import { type PortalSeed, seedPortalItems } from './disclosure-portal-testing.ts';

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

/** Runs axe-core in the page, injected over the DevTools protocol so the site's CSP stays on. */
async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  const options = JSON.stringify({ runOnly: { type: 'tag', values: WCAG_21_AA } });
  return page.evaluate(
    `axe.run(document, ${options}).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })))`,
  );
}

const describeViolations = (violations: AxeViolation[]) =>
  violations
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    .join('\n');

describe('主动公开 pages in Chromium', { skip }, () => {
  let t: TestApp;
  let seed: PortalSeed;
  let browser: TestBrowser;
  let base: string;
  let close: () => Promise<void>;
  let pages: [string, string][];

  before(async () => {
    t = await createTestApp('pglite');
    seed = await seedPortalItems(t.services, t.clock);
    const server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => new Promise<void>((resolve) => server.close(() => resolve()));
    browser = await launchBrowser();
    pages = [
      [`/o/fugou-gxj/items/${seed.policy.id}`, 'item'],
      [`/o/fugou-gxj/items/${seed.normative.abolished2023.id}`, 'item-normative'],
      [`/o/fugou-gxj/columns/${seed.fx.columns.news}?page=2`, 'column'],
      [`/search?q=${encodeURIComponent('行政许可')}&org=fugou-gxj`, 'search'],
      [`/o/fugou-gxj/search?q=${encodeURIComponent('工作动态')}&year=abcd`, 'search-error'],
      ['/o/fugou-gxj/normative?validity=%E6%9C%89%E6%95%88', 'normative'],
      ['/o/fugou-gxj/catalogue', 'catalogue'],
      ['/o/fugou-gxj/proactive', 'proactive'],
      ['/o/fugou-gxj/', 'home-with-items'],
      [`/o/fugou-gxj/items/${seed.withdrawnWithNotice.id}`, 'withdrawn'],
    ];
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
        for (const [width, device] of [
          [1366, 'desktop'],
          [375, 'phone'],
        ] as const) {
          await page.setViewportSize({ width, height: width === 375 ? 812 : 800 });
          for (const [path, name] of pages) {
            const res = await page.goto(`${base}${path}`);
            assert.ok(res, path);
            const violations = await axeViolations(page);
            assert.equal(violations.length, 0, `${path} (${mode}, ${width}px):\n${describeViolations(violations)}`);
            const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
            assert.ok(Number(overflow) <= 0, `${path} (${mode}, ${width}px) scrolls sideways by ${overflow}px`);
            await page.screenshot({ path: screenshotPath(`portal-${name}-${mode}-${device}`), fullPage: true });
          }
        }
      } finally {
        await page.close();
      }
    });
  }

  test('the page links and sort links work with the keyboard alone', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`${base}/o/fugou-gxj/columns/${seed.fx.columns.news}`);
      await page.focus('nav.pagination a[rel="next"]');
      await page.keyboard.press('Enter');
      await page.waitForURL(/page=2/);
      assert.equal(await page.locator('tbody tr').count(), 3);
      await page.focus('.sort-links a:not([aria-current])');
      await page.keyboard.press('Enter');
      await page.waitForURL(/sort=oldest/);
      assert.equal(await page.locator('tbody tr td a').first().textContent(), '县工信局工作动态第1期');
    } finally {
      await page.close();
    }
  });
});
