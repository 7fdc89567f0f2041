// The 依申请公开 pages in headless Chromium: a citizen fills the form (first wrongly, then right),
// gets the receipt and looks up the status; axe-core finds no WCAG 2.1 A/AA violation on any of
// those pages, in standard and large-text mode, on a desktop and a phone. Screenshots go to .tmp/.
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
const ORG = '/o/fugou-gxj';

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Every violation, whatever its impact. Injected over the DevTools protocol, so the CSP stays on. */
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

async function assertAccessible(page: Page, what: string): Promise<void> {
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, `${what}:\n${describeViolations(violations)}`);
  const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
  assert.ok(Number(overflow) <= 0, `${what} scrolls sideways by ${overflow}px`);
}

async function fillForm(page: Page): Promise<void> {
  await page.check('#f-applicantType'); // 自然人
  await page.fill('#f-name', '王小明');
  await page.fill('#f-idNumber', '412727199001011236');
  await page.fill('#f-phone', '13712345678');
  await page.fill('#f-description', '扶沟县2025年城区供暖价格调整的听证材料和批复文件');
  await page.check('#f-formWanted-electronic');
  await page.check('#f-delivery-online');
  await page.check('#f-privacy');
}

describe('依申请公开 pages in Chromium', { skip }, () => {
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
    test(`apply, receipt and status pass axe (${mode} mode, desktop and phone)`, async () => {
      await browser.context.clearCookies();
      if (mode === 'large') await browser.context.addCookies([{ name: 'gk_large', value: '1', url: base }]);
      const page = await browser.context.newPage();
      try {
        for (const [width, device] of [
          [1366, 'desktop'],
          [375, 'phone'],
        ] as const) {
          await page.setViewportSize({ width, height: width === 375 ? 812 : 800 });
          const shot = (name: string) =>
            page.screenshot({ path: screenshotPath(`apply-${name}-${mode}-${device}`), fullPage: true });
          const where = (name: string) => `${name} (${mode}, ${device})`;

          await page.goto(`${base}${ORG}/apply`);
          await assertAccessible(page, where('guide'));

          await page.goto(`${base}${ORG}/apply/new`);
          await assertAccessible(page, where('form'));
          await shot('form');

          // Submitting an empty form: the error summary leads to each field.
          await page.click('button[type=submit]');
          await page.waitForSelector('.error-summary');
          assert.match(await page.title(), /^错误：/);
          await assertAccessible(page, where('form with errors'));
          await shot('form-errors');
          await page.click('.error-summary a[href="#f-name"]');
          assert.equal(
            await page.evaluate('document.activeElement.id'),
            'f-name',
            'the summary link moves focus to the field',
          );

          await fillForm(page);
          await Promise.all([page.waitForURL(`${base}${ORG}/apply/receipt`), page.click('button[type=submit]')]);
          await assertAccessible(page, where('receipt'));
          await shot('receipt');
          const code = (await page.textContent('.query-code'))?.trim() ?? '';
          assert.match(code, /^[2-9A-Z]{5} [2-9A-Z]{5}$/);

          await page.goto(`${base}${ORG}/apply/status`);
          await assertAccessible(page, where('status form'));
          await page.fill('#f-queryCode', code);
          await page.fill('#f-phone', '13712345678');
          await page.click('button[type=submit]');
          await page.waitForSelector('.stage');
          assert.equal(await page.textContent('.stage'), '已登记');
          await assertAccessible(page, where('status'));
          await shot('status');

          await page.goto(`${base}${ORG}/apply/status`);
          await page.fill('#f-queryCode', code);
          await page.fill('#f-phone', '13700000000');
          await page.click('button[type=submit]');
          await page.waitForSelector('.error-summary');
          await assertAccessible(page, where('status not found'));
        }
      } finally {
        await page.close();
      }
    });
  }
});
