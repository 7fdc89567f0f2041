// The search pages in process: ranking as the reader sees it, <mark> highlighting, escaping of
// whatever the query holds, the filters, "您是不是要找", pagination and the Chinese messages.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testEngines } from '../../db/testing.ts';
import { createTestApp, type TestApp } from '../testing.ts';
import { type PortalSeed, seedPortalItems } from './disclosure-portal-testing.ts';

let t: TestApp;
let seed: PortalSeed;

async function search(path: string) {
  const res = await t.app.request(path);
  const html = await res.text();
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  const hits = [...main.matchAll(/<h3><a href="\/o\/[a-z0-9-]+\/items\/(\d+)">(.*?)<\/a><\/h3>/g)].map((m) => ({
    id: Number(m[1]),
    titleHtml: m[2],
  }));
  return { res, html, main, hits };
}

const q = (text: string) => encodeURIComponent(text);

for (const engine of testEngines()) {
  describe(`search pages (${engine})`, () => {
    before(async () => {
      t = await createTestApp(engine);
      seed = await seedPortalItems(t.services, t.clock);
    });
    after(() => t.close());

    describe('search results', () => {
      test('the item about 行政许可 comes first, with the words marked in title and snippet', async () => {
        const { res, html, main, hits } = await search(`/search?q=${q('行政许可')}`);
        assert.equal(res.status, 200);
        assert.equal((html.match(/<h1[ >]/g) ?? []).length, 1);
        assert.equal(hits[0]?.id, seed.licensing.id);
        assert.equal(hits[0]?.titleHtml, '关于公布<mark>行政许可</mark>事项清单的通知');
        assert.ok(
          hits.some((hit) => hit.id === seed.meeting.id),
          'an item mentioning it in the body is found too',
        );
        assert.match(main, /<p role="status">找到 2 条与“行政许可”相关的信息。<\/p>/);
        assert.match(main, /<p class="snippet">[^<]*<mark>行政许可<\/mark>/);
        assert.doesNotMatch(html, /<script/i);
      });

      test('HTML in the query is shown as text, never as markup', async () => {
        const attack = '<img src=x onerror=alert(1)>行政许可';
        const { res, html } = await search(`/search?q=${q(attack)}`);
        assert.equal(res.status, 200);
        assert.doesNotMatch(html, /<img/i);
        assert.ok(html.includes('value="&lt;img src=x onerror=alert(1)&gt;行政许可"'), 'echoed escaped in the field');
        assert.ok(html.includes('“&lt;img src=x onerror=alert(1)&gt;行政许可”'), 'echoed escaped in the count');
      });

      test('an org’s search and its filters (type, column, year) narrow the results', async () => {
        const byType = await search(`/o/fugou-gxj/search?q=${q('行政许可')}&type=news`);
        assert.deepEqual(
          byType.hits.map((h) => h.id),
          [seed.meeting.id],
        );
        assert.match(byType.main, /<option value="news" selected="">工作动态<\/option>/);
        const byColumn = await search(`/o/fugou-gxj/search?q=${q('行政许可')}&column=${seed.fx.columns['a20-5']}`);
        assert.deepEqual(
          byColumn.hits.map((h) => h.id),
          [seed.licensing.id],
        );
        assert.match(byColumn.main, /<label for="search-column">栏目<\/label>/);
        const otherYear = await search(`/o/fugou-gxj/search?q=${q('行政许可')}&year=2010`);
        assert.equal(otherYear.hits.length, 0);
        assert.match(otherYear.main, /没有找到与“行政许可”相关的信息/);
        assert.match(otherYear.main, /去掉部分筛选条件后再试/);
        const platformScoped = await search(`/search?q=${q('行政许可')}&org=xihua`);
        assert.equal(platformScoped.hits.length, 0, 'another county has none');
      });

      test('many results are paginated, keeping the query', async () => {
        const first = await search(`/search?q=${q('工作动态')}`);
        assert.equal(first.hits.length, 10);
        assert.match(first.main, /<nav class="pagination" aria-label="分页">/);
        assert.match(
          first.main,
          /<a href="\/search\?q=%E5%B7%A5%E4%BD%9C%E5%8A%A8%E6%80%81&amp;page=2" rel="next">下一页<\/a>/,
        );
        const third = await search(`/search?q=${q('工作动态')}&page=3`);
        assert.match(third.main, /<ol class="search-results" start="21">/);
        assert.ok(third.hits.length >= 3);
        const ids = new Set([...first.hits, ...third.hits].map((h) => h.id));
        assert.equal(ids.size, first.hits.length + third.hits.length, 'pages do not overlap');
      });

      test('a near-miss title gets “您是不是要找” with a link that searches for the real title', async () => {
        const { main } = await search(`/search?q=${q('工业园区管理暂行规顶')}`);
        assert.match(main, /您是不是要找：<a href="\/search\?q=[^"]+">扶沟县工业园区管理暂行规定<\/a>/);
      });
    });

    describe('search input problems', () => {
      test('an empty query asks for words; no query shows just the form', async () => {
        const empty = await search('/search?q=');
        assert.equal(empty.res.status, 200);
        assert.match(empty.main, /请输入要搜索的词语/);
        const blank = await search('/o/fugou-gxj/search');
        assert.equal(blank.res.status, 200);
        assert.doesNotMatch(blank.main, /请输入要搜索的词语|搜索结果/);
      });

      test('a too-long query and bad filters get Chinese errors tied to their fields', async () => {
        const long = await search(`/search?q=${'字'.repeat(101)}`);
        assert.equal(long.res.status, 400);
        assert.match(long.main, /搜索关键词不能超过 100 个字/);
        assert.match(long.main, /aria-describedby="search-q-hint search-q-error"/);
        const badYear = await search(`/search?q=${q('行政许可')}&year=abcd&type=poem`);
        assert.equal(badYear.res.status, 400);
        assert.match(badYear.main, /<span class="error-message" id="search-year-error">.*年份应为四位数字/);
        const summary = badYear.main.slice(
          badYear.main.indexOf('<div class="error-summary"'),
          badYear.main.indexOf('<form'),
        );
        assert.match(
          summary,
          /<a href="#search-year">年份应为四位数字，例如 2025。<\/a>/,
          'summary links the year control',
        );
        assert.match(summary, /<a href="#search-type">请从列表中选择信息类别。<\/a>/);
        assert.match(
          badYear.main,
          /<select id="search-type" name="type" aria-invalid="true" aria-describedby="search-type-error">/,
        );
        const badOrg = await search(`/search?q=${q('行政许可')}&org=nowhere`);
        assert.equal(badOrg.res.status, 400);
        assert.match(badOrg.main, /没有这个单位，请从列表中选择/);
        const columnWithoutOrg = await search(`/search?q=${q('行政许可')}&column=${seed.fx.columns.news}`);
        assert.equal(columnWithoutOrg.res.status, 400);
        assert.match(columnWithoutOrg.main, /请先选择单位，再按栏目筛选/);
      });
    });
  });
}
