import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, test } from 'node:test';
import { pingtanReport, report2019WithBlanks } from './fixtures.ts';
import { renderHtml } from './render-html.ts';

const CHROMIUM = '/usr/bin/chromium';

/** The text of the element with this id (tags stripped). */
function textOfId(html: string, id: string): string | undefined {
  const m = new RegExp(`<(th|td)[^>]*\\bid="${id}"[^>]*>([^<]*)</\\1>`).exec(html);
  return m?.[2];
}

const attributeValues = (html: string, name: string): string[] =>
  [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1]);

describe('HTML', () => {
  const html = renderHtml(pingtanReport());

  test('is a Chinese-language page with one h1, a title and three captioned tables', () => {
    assert.match(html, /^<!DOCTYPE html>\n<html lang="zh-CN">/);
    assert.match(html, /<title>平潭综合实验区2022年政府信息公开工作年度报告<\/title>/);
    assert.equal(html.match(/<h1>/g)?.length, 1);
    assert.equal(html.match(/<table /g)?.length, 3);
    assert.deepEqual(
      [...html.matchAll(/<caption[^>]*>([^<]*)<\/caption>/g)].map((m) => m[1]),
      [
        '表二　主动公开政府信息情况',
        '表三　收到和处理政府信息公开申请情况',
        '表四　政府信息公开行政复议、行政诉讼情况',
      ],
    );
  });

  test('has no JavaScript at all', () => {
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /\son[a-z]+=/i);
    assert.doesNotMatch(html, /javascript:/i);
    assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
  });

  test('gives every header cell a scope', () => {
    const ths = html.match(/<th\b[^>]*>/g) ?? [];
    assert.ok(ths.length > 40);
    for (const th of ths) assert.match(th, /\sscope="(col|colgroup|row|rowgroup)"/);
  });

  test('links every number to its headers by id, through both levels of the header', () => {
    const ids = attributeValues(html, 'id');
    assert.equal(new Set(ids).size, ids.length, 'duplicate id');
    const numberCells = html.match(/<td\b[^>]*class="num"[^>]*>/g) ?? [];
    assert.equal(numberCells.length, 10 + 25 * 7 + 15);
    for (const td of numberCells) {
      const headers = /headers="([^"]+)"/.exec(td)?.[1].split(' ') ?? [];
      assert.ok(headers.length >= 2, `${td} has no headers`);
      for (const id of headers) assert.ok(ids.includes(id), `headers refers to missing id ${id}`);
    }
    // （七）总计 / 商业企业 is described by 三、本年度办理结果, （七）总计, 申请人情况, 法人或其他组织, 商业企业.
    const cell = /<td[^>]*headers="([^"]*t3-handledTotal[^"]*t3-business)"[^>]*>3<\/td>/.exec(html);
    assert.ok(cell, 'no 3 under （七）总计 / 商业企业');
    assert.deepEqual(
      cell[1].split(' ').map((id) => textOfId(html, id)),
      ['三、本年度办理结果', '（七）总计', '申请人情况', '法人或其他组织', '商业企业'],
    );
    // 表四: the 1 under 行政诉讼 / 未经复议直接起诉 / 结果维持.
    const lit = /<td[^>]*headers="([^"]*t4-litigationDirect-upheld)"[^>]*>1<\/td>/.exec(html);
    assert.deepEqual(
      lit?.[1].split(' ').map((id) => textOfId(html, id)),
      ['行政诉讼', '未经复议直接起诉', '结果维持'],
    );
  });

  test('keeps the national merged layout in rowspan/colspan', () => {
    assert.match(html, /<th rowspan="22" scope="rowgroup" id="t3-results"[^>]*>三、本年度办理结果<\/th>/);
    assert.match(html, /<th rowspan="8" scope="rowgroup"[^>]*>（三）不予公开<\/th>/);
    assert.match(html, /<th colspan="7" scope="colgroup" id="t3-applicant">申请人情况<\/th>/);
    assert.match(html, /<th colspan="10" scope="colgroup" id="t4-litigation">行政诉讼<\/th>/);
  });

  test('prints on A4 with the official margins', () => {
    assert.match(html, /@page \{ size: A4; margin: 37mm 26mm 35mm 28mm; \}/);
    assert.match(html, /@media print/);
    assert.match(html, /thead \{ display: table-header-group; \}/);
  });

  test('escapes everything taken from the report', () => {
    const hostile = {
      ...pingtanReport(),
      agency: '<script>alert(1)</script>',
      sections: { overview: 'a < b & "c"', extra: "<img src=x onerror='x'>" },
    };
    const out = renderHtml(hostile);
    assert.doesNotMatch(out, /<script>|<img/);
    assert.match(out, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(out, /a &lt; b &amp; &quot;c&quot;/);
  });

  test('leaves a blank (null) cell empty rather than 0', () => {
    const out = renderHtml(report2019WithBlanks());
    assert.match(out, /<td class="num" headers="t3-carriedForward t3-applicant t3-total"><\/td>/);
  });

  test('passes axe-core accessibility checks in a browser', {
    skip: !existsSync(CHROMIUM) && 'chromium 未安装',
  }, async () => {
    const { chromium } = await import('playwright-core');
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-background-networking'],
    });
    try {
      // The page forbids scripts by CSP; axe is injected by the test harness only.
      const page = await browser.newPage({ bypassCSP: true });
      await page.setContent(html);
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const axe = (
          globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; help: string }[] }> } }
        ).axe;
        return (await axe.run()).violations.map((v) => `${v.id}: ${v.help}`);
      });
      assert.deepEqual(violations, []);
    } finally {
      await browser.close();
    }
  });
});
