import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testEngines } from '../../db/testing.ts';
import { createRoleFixtures, createTestApp, type TestApp } from '../../http/testing.ts';
import { createDisclosureFixture, type DisclosureFixture, itemIn } from '../disclosures/testing.ts';
import { runSearch } from './search.repo.ts';
import { toTsQuery } from './search.service.ts';

// A small corpus: two items about 行政许可 (one in the title, one in the body), near misses that
// share only part of the term, and unrelated items.
const CORPUS = [
  {
    key: 'titleMatch',
    title: '关于公布2023年行政许可事项清单的通知',
    body: '<p>根据有关规定，现将本局实施的事项清单予以公布。</p>',
    column: 'notices',
    docType: 'notice' as const,
  },
  {
    key: 'bodyMatch',
    title: '扶沟县工业和信息化局2023年工作总结',
    body: '<p>全年办理行政许可12件，均在法定期限内办结。</p>',
    column: 'news',
    docType: 'news' as const,
  },
  {
    key: 'partOnly',
    title: '关于规范行政执法行为的通知',
    body: '<p>许可证到期的企业请及时换证。</p>',
    column: 'notices',
    docType: 'notice' as const,
  },
  {
    key: 'safety',
    title: '关于开展安全生产大检查的通知',
    body: '<p>为切实做好安全生产工作，决定开展大检查。</p>',
    column: 'notices',
    docType: 'notice' as const,
  },
  {
    key: 'business',
    title: '扶沟县优化营商环境工作方案',
    body: '<p>持续优化营商环境，提升政务服务水平。</p>',
    column: 'policies',
    docType: 'policy' as const,
  },
  {
    key: 'fees',
    title: '政府信息公开信息处理费收费标准',
    body: '<p>依申请公开政府信息，按件或按量收取信息处理费。</p>',
    column: 'a20-8',
    docType: 'other' as const,
  },
];

for (const engine of testEngines()) {
  describe(`search (${engine})`, () => {
    let t: TestApp;
    let fx: DisclosureFixture;
    const ids: Record<string, number> = {};

    before(async () => {
      t = await createTestApp(engine);
      fx = await createDisclosureFixture(t.services, await createRoleFixtures(t.services));
      for (const doc of CORPUS) {
        const item = await itemIn(t.services, fx, {
          title: doc.title,
          bodyHtml: doc.body,
          columnIds: [fx.columns[doc.column]],
          docType: doc.docType,
        });
        ids[doc.key] = item.id;
      }
      // Never published: must not be found.
      await itemIn(t.services, fx, { title: '行政许可草稿（未发布）' }, 'approved');
    });
    after(() => t.close());

    const search = (q: string, extra: Partial<Parameters<TestApp['services']['search']['search']>[0]> = {}) =>
      t.services.search.search({ q, page: 1, pageSize: 20, ...extra });

    test('a query for 行政许可 finds the item titled with it first, then the one mentioning it, and nothing else', async () => {
      const result = await search('行政许可');
      assert.deepEqual(
        result.items.map((i) => i.itemId),
        [ids.titleMatch, ids.bodyMatch],
      );
      assert.deepEqual(result.terms, ['行政许可']);
    });

    test('highlights the words in the title and the snippet, HTML-escaped', async () => {
      const [first, second] = (await search('行政许可')).items;
      assert.equal(first.titleHtml, '关于公布2023年<mark>行政许可</mark>事项清单的通知');
      assert.match(second.snippetHtml, /办理<mark>行政许可<\/mark>12件/);
      assert.equal(second.href, `/o/fugou-gxj/items/${ids.bodyMatch}`);
    });

    test('government terms are whole words: 安全生产 and 信息处理费 find their items', async () => {
      assert.deepEqual(
        (await search('安全生产')).items.map((i) => i.itemId),
        [ids.safety],
      );
      assert.deepEqual(
        (await search('信息处理费')).items.map((i) => i.itemId),
        [ids.fees],
      );
      assert.deepEqual(
        (await search('营商环境 方案')).items.map((i) => i.itemId),
        [ids.business],
      );
    });

    test('a part of a term still finds the term (许可 → 行政许可 and 许可证)', async () => {
      const found = (await search('许可')).items.map((i) => i.itemId);
      for (const key of ['titleMatch', 'bodyMatch', 'partOnly']) assert.ok(found.includes(ids[key]), key);
    });

    test('filters by column, year, document type and org', async () => {
      assert.deepEqual((await search('通知', { column: fx.columns.notices, type: 'notice' })).total, 3);
      assert.equal((await search('行政许可', { type: 'news' })).items[0]?.itemId, ids.bodyMatch);
      assert.equal((await search('行政许可', { column: fx.columns.policies })).total, 0);
      const year = new Date(t.clock.now().getTime() + 8 * 3_600_000).getUTCFullYear();
      assert.equal((await search('行政许可', { year })).total, 2);
      assert.equal((await search('行政许可', { year: year - 5 })).total, 0);
      assert.equal((await search('行政许可', { org: 'fugou' })).total, 2, 'the county includes its departments');
      assert.equal((await search('行政许可', { org: 'xihua' })).total, 0);
      assert.equal(
        (await search('信息处理费', { column: fx.columns.statutory })).total,
        1,
        'a parent column includes its sub-columns',
      );
    });

    test('no item has every word: items with any of them are listed, marked as relaxed', async () => {
      const result = await search('安全生产 营商环境');
      assert.equal(result.relaxed, true);
      assert.deepEqual(new Set(result.items.map((i) => i.itemId)), new Set([ids.safety, ids.business]));
    });

    test('"did you mean" offers the nearest published title for a near miss', async () => {
      const result = await search('扶沟县优化营商环境工做方按');
      assert.equal(result.suggestion?.title, '扶沟县优化营商环境工作方案');
    });

    test('pages never overlap, also past the precisely scored candidates', async () => {
      // One candidate per list: the rest of the matches follow, newest first.
      const input = {
        tsquery: toTsQuery(['通知'], '&'),
        titleTsquery: toTsQuery(['通知'], '&', 'A'),
        raw: '通知',
        filters: {},
        candidates: 1,
      };
      const all = await runSearch(t.database.db, { ...input, limit: 10, offset: 0 });
      assert.ok(all.rows.length >= 3);
      assert.equal(all.total, all.rows.length);
      const pages = [];
      for (let offset = 0; offset < all.rows.length; offset += 1)
        pages.push(...(await runSearch(t.database.db, { ...input, limit: 1, offset })).rows);
      assert.deepEqual(
        pages.map((r) => r.item_id),
        all.rows.map((r) => r.item_id),
      );
      assert.equal(new Set(pages.map((r) => r.item_id)).size, pages.length);
      assert.equal(all.rows[0].score !== null && all.rows.at(-1)?.score, null, 'scored first, the rest after');
    });

    test('punctuation-only and empty queries return nothing without error', async () => {
      assert.equal((await search('！？')).total, 0);
      assert.equal((await search('   ')).total, 0);
      assert.equal((await search("'&|!:*()")).total, 0);
    });
  });
}
