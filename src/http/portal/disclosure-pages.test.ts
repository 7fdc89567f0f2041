// The 主动公开 pages in process, over items published through the real workflow: org home, guide,
// catalogue, column lists (pagination, sort), item pages (metadata, attachments, interpretation,
// withdrawal), the normative library.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testEngines } from '../../db/testing.ts';
import { createTestApp, type TestApp } from '../testing.ts';
import { NEWS_COUNT, type PortalSeed, seedPortalItems } from './disclosure-portal-testing.ts';
import { formatDate } from './portal-page.ts';

let t: TestApp;
let seed: PortalSeed;
const ORG = '/o/fugou-gxj';

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await t.app.request(path, { headers });
  const html = await res.text();
  const main = html.includes('<main') ? html.slice(html.indexOf('<main'), html.indexOf('</main>')) : html;
  return { res, html, main };
}

const count = (html: string, pattern: RegExp) => (html.match(new RegExp(pattern, 'g')) ?? []).length;
const h1Of = (html: string) => html.match(/<h1>([^<]*)<\/h1>/)?.[1];
/** Link texts of the table's body rows, in order. */
const rowTitles = (html: string) =>
  [...(html.split('<tbody>')[1]?.split('</tbody>')[0] ?? '').matchAll(/<tr><td><a href="[^"]+">([^<]+)<\/a>/g)].map(
    (m) => m[1],
  );
const column = (code: string) => `${ORG}/columns/${seed.fx.columns[code]}`;

function assertPage(html: string) {
  assert.equal(count(html, /<h1[ >]/), 1, 'exactly one h1');
  assert.doesNotMatch(html, /<script/i, 'no JavaScript');
}

for (const engine of testEngines()) {
  describe(`主动公开 pages (${engine})`, () => {
    before(async () => {
      t = await createTestApp(engine);
      seed = await seedPortalItems(t.services, t.clock);
    });
    after(() => t.close());

    describe('org home and guide', () => {
      test('the home page lists the newest items of each top-level column, linking to the column', async () => {
        const { res, main } = await get(`${ORG}/`);
        assert.equal(res.status, 200);
        const newsPanel = main.slice(
          main.indexOf('id="latest-news"'),
          main.indexOf('</section>', main.indexOf('id="latest-news"')),
        );
        assert.match(newsPanel, />部门动态<\/h2>/);
        assert.match(newsPanel, new RegExp(`<a href="${column('news')}">更多部门动态</a>`));
        const titles = [...newsPanel.matchAll(/<a href="\/o\/fugou-gxj\/items\/\d+">([^<]+)<\/a>/g)].map((m) => m[1]);
        assert.deepEqual(
          titles,
          [23, 22, 21, 20, 19, 18].map((n) => `县工信局工作动态第${n}期`),
        );
        assert.ok(main.includes('>关于公布行政许可事项清单的通知</a>'), 'a notice shows under 通知公告');
        assert.ok(
          !main.includes('尚未公开的草稿信息') && !main.includes('误发的一条信息'),
          'no drafts or withdrawn items',
        );
      });

      test('the guide shows the text edited in the back office, its update date and the office contacts', async () => {
        t.clock.advance(86_400_000);
        await t.services.disclosures.guide.putGuide(seed.fx.ctx.org_admin, 'fugou-gxj', {
          bodyHtml: '<h2>一、公开机构</h2><p>本局政府信息公开指南（测试修订稿）。</p><script>alert(1)</script>',
        });
        const { res, html, main } = await get(`${ORG}/guide`);
        assert.equal(res.status, 200);
        assertPage(html);
        assert.ok(main.includes('本局政府信息公开指南（测试修订稿）。'));
        assert.ok(main.includes(`信息更新日期：${formatDate(t.clock.now())}`));
        const office = main.slice(main.indexOf('id="guide-office"'));
        for (const text of ['扶沟县工业和信息化局办公室', '河南省周口市扶沟县城关镇健康路36号', '0394-6213101'])
          assert.ok(office.includes(text), `office panel shows ${text}`);
        assert.ok(!main.includes('alert(1)'), 'the edited text was sanitised');
      });
    });

    describe('catalogue', () => {
      test('the catalogue tree lists the org columns and every statutory kind with its published count', async () => {
        const { res, html, main } = await get(`${ORG}/catalogue`);
        assert.equal(res.status, 200);
        assertPage(html);
        assert.match(
          main,
          new RegExp(`<a href="${column('news')}">部门动态</a> <span class="count">（${NEWS_COUNT} 条）</span>`),
        );
        assert.match(
          main,
          new RegExp(`<a href="${column('a20-1')}">规章和规范性文件</a> <span class="count">（3 条）</span>`),
        );
        assert.match(main, new RegExp(`<a href="${column('a20-5')}">行政许可</a> <span class="count">（1 条）</span>`));
        for (let n = 1; n <= 15; n++) assert.ok(main.includes(`href="${column(`a20-${n}`)}"`), `Art. 20 (${n}) listed`);
        for (let n = 1; n <= 7; n++) assert.ok(main.includes(`href="${column(`a21-${n}`)}"`), `Art. 21 (${n}) listed`);
      });

      test('法定主动公开内容 is a table of the Art. 20 and 21 kinds with headers, each row linking its column', async () => {
        const { res, html, main } = await get(`${ORG}/proactive`);
        assert.equal(res.status, 200);
        assertPage(html);
        assert.match(main, /<caption>条例第二十条规定主动公开的政府信息<\/caption>/);
        assert.equal(count(main, /<th scope="col"[ >]/), 8, 'two tables of four column headers');
        assert.equal(count(main, /<th scope="row">/), 22, '15 + 7 rows, each headed by its column');
        assert.match(main, /（五）<\/td><td>办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果<\/td>/);
      });
    });

    describe('column lists', () => {
      test('20 items a page, newest first, with an accessible page navigation', async () => {
        const { res, html, main } = await get(column('news'));
        assert.equal(res.status, 200);
        assertPage(html);
        assert.equal(h1Of(html), '部门动态');
        assert.match(main, /<caption>部门动态：共 23 条，第 1 页，最新发布在前<\/caption>/);
        assert.match(main, /<th scope="col">标题<\/th>/);
        assert.match(main, /<th scope="col" class="date" aria-sort="descending">发布日期<\/th>/);
        const titles = rowTitles(main);
        assert.equal(titles.length, 20);
        assert.equal(titles[0], '县工信局工作动态第23期');
        assert.equal(titles[19], '县工信局工作动态第4期');
        const nav = main.slice(main.indexOf('<nav class="pagination" aria-label="分页">'));
        assert.ok(nav.length > 0, 'pagination nav');
        assert.match(nav, /aria-current="page" aria-label="第 1 页，当前页">1<\/a>/);
        assert.match(nav, new RegExp(`<a href="${column('news')}\\?page=2" rel="next">下一页</a>`));
      });

      test('page 2 holds the rest; the oldest-first order is the reverse', async () => {
        const second = await get(`${column('news')}?page=2`);
        assert.deepEqual(
          rowTitles(second.main),
          [3, 2, 1].map((n) => `县工信局工作动态第${n}期`),
        );
        assert.match(second.main, /rel="prev">上一页<\/a>/);
        const oldest = await get(`${column('news')}?sort=oldest`);
        const titles = rowTitles(oldest.main);
        assert.equal(titles[0], '县工信局工作动态第1期');
        assert.equal(titles[19], '县工信局工作动态第20期');
        assert.match(oldest.main, /aria-sort="ascending"/);
        assert.match(
          oldest.main,
          /<a href="[^"]+\?sort=oldest&amp;page=2" aria-label="第 2 页">2<\/a>/,
          'page links keep the order',
        );
        assert.match(oldest.main, /<a href="[^"]+\?sort=oldest" aria-current="true"[^>]*>最早发布在前<\/a>/);
      });

      test('a parent column lists its sub-columns and their items; a column can be addressed by code', async () => {
        const { main } = await get(column('statutory'));
        assert.match(main, new RegExp(`<a href="${column('a20-1')}">规章和规范性文件</a>（3 条）`));
        assert.equal(rowTitles(main).length, 4);
        const byCode = await get(`${ORG}/columns/news`);
        assert.equal(byCode.res.status, 200);
        assert.equal(h1Of(byCode.html), '部门动态');
      });

      test('unknown columns, other orgs’ columns and pages past the end are 404; a bad page number is 400', async () => {
        for (const path of [
          `${ORG}/columns/999999`,
          `/o/fugou/columns/${seed.fx.columns.news}`,
          `${column('news')}?page=3`,
        ]) {
          const { res, html } = await get(path);
          assert.equal(res.status, 404, path);
          assertPage(html);
        }
        const bad = await get(`${column('news')}?page=abc`);
        assert.equal(bad.res.status, 400);
        assert.match(bad.main, /页码应为 1 到 10000 之间的整数/);
      });
    });

    describe('item pages', () => {
      test('a policy document shows its metadata table, body, attachments with type and size, and its interpretation', async () => {
        const { res, html, main } = await get(`${ORG}/items/${seed.policy.id}`);
        assert.equal(res.status, 200);
        assertPage(html);
        assert.equal(h1Of(html), '扶沟县促进中小企业发展的若干措施');
        assert.match(main, /<table class="meta-table"><caption>信息索引<\/caption>/);
        const rows = [...main.matchAll(/<tr><th scope="row">([^<]+)<\/th><td>([^<]*)<\/td><\/tr>/g)].map((m) => [
          m[1],
          m[2],
        ]);
        assert.deepEqual(
          rows.map(([label]) => label),
          ['索引号', '发布机构', '成文日期', '发布日期', '文号', '主题分类', '公开方式'],
        );
        const value = Object.fromEntries(rows);
        assert.equal(value.索引号, seed.policy.indexNo);
        assert.equal(value.成文日期, '2023-03-01');
        assert.equal(value.文号, '扶工信〔2023〕5号');
        assert.equal(value.主题分类, '工业、交通');
        assert.equal(value.公开方式, '主动公开');
        assert.ok(main.includes('<p>支持中小企业<strong>专精特新</strong>发展。</p>'), 'body as published');
        assert.match(main, /措施全文\.png<\/a> <span class="muted">（PNG 图片，70 字节）<\/span>/);
        assert.match(main, /申报表\.png<\/a> <span class="muted">（PNG 图片，3\.0 KB）<\/span>/);
        const interpretations = main.slice(main.indexOf('id="item-interpretations"'));
        assert.ok(
          interpretations.includes(
            `<a href="${ORG}/items/${seed.interpretation.id}">《扶沟县促进中小企业发展的若干措施》政策解读</a>`,
          ),
        );
      });

      test('an interpretation links back to the document it explains', async () => {
        const { main } = await get(`${ORG}/items/${seed.interpretation.id}`);
        const interprets = main.slice(main.indexOf('id="item-interprets"'));
        assert.ok(interprets.includes(`<a href="${ORG}/items/${seed.policy.id}">扶沟县促进中小企业发展的若干措施</a>`));
      });

      test('a normative document shows its validity; abolished ones show the date', async () => {
        const valid = await get(`${ORG}/items/${seed.normative.valid2025.id}`);
        assert.match(valid.main, /<th scope="row">有效性<\/th><td>有效（2025-03-01 起施行）<\/td>/);
        const abolished = await get(`${ORG}/items/${seed.normative.abolished2023.id}`);
        assert.match(abolished.main, /<th scope="row">有效性<\/th><td>废止（2024-12-31 废止）<\/td>/);
      });

      test('the page is also reachable by its 索引号, and another org’s address redirects to the right one', async () => {
        const indexNo = seed.policy.indexNo ?? '';
        for (const path of [`${ORG}/items/${encodeURIComponent(indexNo)}`, `${ORG}/items/${indexNo}`]) {
          const { res, html } = await get(path);
          assert.equal(res.status, 200, path);
          assert.equal(h1Of(html), '扶沟县促进中小企业发展的若干措施');
        }
        const moved = await get(`/o/fugou/items/${seed.policy.id}`);
        assert.equal(moved.res.status, 301);
        assert.equal(moved.res.headers.get('location'), `${ORG}/items/${seed.policy.id}`);
      });

      test('unknown, unpublished and quietly withdrawn items are 404; a withdrawal with a notice says so', async () => {
        for (const id of [999999, seed.draft.id, seed.withdrawnQuietly.id]) {
          const { res, html } = await get(`${ORG}/items/${id}`);
          assert.equal(res.status, 404, String(id));
          assertPage(html);
          assert.ok(
            !html.includes(id === seed.draft.id ? '尚未公开的草稿信息' : '误发的一条信息'),
            'title not revealed',
          );
        }
        const notice = await get(`${ORG}/items/${seed.withdrawnWithNotice.id}`);
        assert.equal(notice.res.status, 200);
        assert.equal(h1Of(notice.html), '信息已撤回');
        assert.ok(notice.main.includes('撤回说明：办公地点调整方案暂缓实施'));
        assert.ok(!notice.main.includes('meta-table'), 'no content of the withdrawn item');
      });

      test('item pages carry an ETag and revalidate to 304', async () => {
        const first = await t.app.request(`${ORG}/items/${seed.policy.id}`);
        const etag = first.headers.get('etag');
        assert.ok(etag);
        assert.equal(first.headers.get('cache-control'), 'no-cache');
        const again = await t.app.request(`${ORG}/items/${seed.policy.id}`, { headers: { 'if-none-match': etag } });
        assert.equal(again.status, 304);
      });
    });

    describe('normative library', () => {
      test('filters by validity and year with a labelled GET form', async () => {
        const { res, html, main } = await get(`${ORG}/normative?validity=${encodeURIComponent('有效')}&year=2025`);
        assert.equal(res.status, 200);
        assertPage(html);
        assert.match(main, /<form class="panel filter-form" method="get" action="\/o\/fugou-gxj\/normative"/);
        assert.match(main, /<label for="filter-validity">有效性<\/label>/);
        assert.match(main, /<label for="filter-year">成文年份<\/label>/);
        assert.match(main, /<option value="有效" selected="">有效<\/option>/);
        assert.match(main, /<option value="2025" selected="">2025 年<\/option>/);
        assert.deepEqual(rowTitles(main), ['扶沟县工业企业安全生产管理办法']);
        assert.match(main, /<th scope="col">文件名称<\/th>/);

        const year2023 = await get(`${ORG}/normative?year=2023`);
        assert.deepEqual(
          rowTitles(year2023.main).sort(),
          ['扶沟县企业技术改造专项资金管理办法', '扶沟县工业园区管理暂行规定'].sort(),
        );
        const abolished = await get(`${ORG}/normative?validity=${encodeURIComponent('废止')}`);
        assert.deepEqual(rowTitles(abolished.main), ['扶沟县工业园区管理暂行规定']);
        assert.match(abolished.main, /废止<span class="muted">（2024-12-31）<\/span>/);
      });

      test('a county government’s library includes its departments’ documents; bad filters get a Chinese 400', async () => {
        const county = await get('/o/fugou/normative');
        assert.equal(rowTitles(county.main).length, 3);
        const bad = await get(`${ORG}/normative?validity=bogus&year=20x5`);
        assert.equal(bad.res.status, 400);
        assert.match(bad.main, /有效性只能选择“有效”“失效”或“废止”/);
        assert.match(bad.main, /年份应为四位数字/);
        assert.match(bad.main, /<select id="filter-validity" name="validity" aria-invalid="true">/);
      });
    });
  });
}
