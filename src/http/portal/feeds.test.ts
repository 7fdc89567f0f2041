// The column Atom feed and the sitemap, parsed as XML: well formed, the right elements, published
// items only.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DOMParser } from '@xmldom/xmldom';
import { testEngines } from '../../db/testing.ts';
import { createTestApp, type TestApp } from '../testing.ts';
import { type PortalSeed, seedPortalItems } from './disclosure-portal-testing.ts';
import { escapeXml } from './feeds.ts';

let t: TestApp;
let seed: PortalSeed;
const ATOM = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

/** Parses strictly: any well-formedness error fails the test. */
function parseXml(text: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({
    errorHandler: {
      warning: () => {},
      error: (m: string) => errors.push(m),
      fatalError: (m: string) => errors.push(m),
    },
  }).parseFromString(text, 'application/xml');
  assert.deepEqual(errors, [], 'well-formed XML');
  return doc as unknown as Document;
}

/** Child elements by local name (xmldom's NodeList is not iterable). */
function children(node: Element, name: string): Element[] {
  const found: Element[] = [];
  for (let i = 0; i < node.childNodes.length; i++) {
    const child = node.childNodes.item(i);
    if (child && child.nodeType === 1 && (child as Element).localName === name) found.push(child as Element);
  }
  return found;
}
const text = (node: Element, name: string) => children(node, name)[0]?.textContent ?? undefined;

for (const engine of testEngines()) {
  describe(`feeds and sitemap (${engine})`, () => {
    before(async () => {
      t = await createTestApp(engine);
      seed = await seedPortalItems(t.services, t.clock);
    });
    after(() => t.close());

    describe('column feed', () => {
      test('is a valid Atom feed of the column’s newest items', async () => {
        const res = await t.app.request(`/o/fugou-gxj/columns/${seed.fx.columns.news}/feed.atom`);
        assert.equal(res.status, 200);
        assert.match(res.headers.get('content-type') ?? '', /^application\/atom\+xml/);
        const feed = parseXml(await res.text()).documentElement;
        assert.equal(feed.localName, 'feed');
        assert.equal(feed.namespaceURI, ATOM);
        assert.equal(text(feed, 'title'), '扶沟县工业和信息化局 - 部门动态');
        assert.match(text(feed, 'id') ?? '', /^http:\/\/localhost\/o\/fugou-gxj\/columns\/\d+$/);
        assert.match(text(feed, 'updated') ?? '', RFC3339);
        const self = children(feed, 'link').find((l) => l.getAttribute('rel') === 'self');
        assert.match(self?.getAttribute('href') ?? '', /\/feed\.atom$/);
        assert.ok(text(children(feed, 'author')[0], 'name'), 'feed has an author');
        const entries = children(feed, 'entry');
        assert.equal(entries.length, 20);
        assert.deepEqual(
          entries.slice(0, 3).map((e) => text(e, 'title')),
          ['县工信局工作动态第23期', '县工信局工作动态第22期', '县工信局工作动态第21期'],
        );
        for (const entry of entries) {
          assert.match(text(entry, 'id') ?? '', /^http:\/\/localhost\/o\/fugou-gxj\/items\/\d+$/);
          assert.match(text(entry, 'updated') ?? '', RFC3339);
          assert.equal(children(entry, 'link')[0]?.getAttribute('href'), text(entry, 'id'));
        }
        assert.equal(text(entries[0], 'summary'), '第23期工作动态正文。');
      });

      test('revalidates by ETag; unknown columns and other orgs’ columns are 404', async () => {
        const path = `/o/fugou-gxj/columns/${seed.fx.columns.notices}/feed.atom`;
        const first = await t.app.request(path);
        const etag = first.headers.get('etag');
        assert.ok(etag);
        assert.equal((await t.app.request(path, { headers: { 'if-none-match': etag } })).status, 304);
        for (const missing of [
          '/o/fugou-gxj/columns/999999/feed.atom',
          `/o/fugou/columns/${seed.fx.columns.news}/feed.atom`,
        ]) {
          assert.equal((await t.app.request(missing)).status, 404, missing);
        }
      });

      test('text is escaped for XML', () => {
        assert.equal(escapeXml('A&B <c> "d" \'e\'\u0001'), 'A&amp;B &lt;c&gt; &quot;d&quot; &apos;e&apos;');
      });
    });

    describe('sitemap', () => {
      test('lists every published item and the portal pages, but no drafts or withdrawn items', async () => {
        const res = await t.app.request('/sitemap.xml');
        assert.equal(res.status, 200);
        assert.match(res.headers.get('content-type') ?? '', /^application\/xml/);
        const urlset = parseXml(await res.text()).documentElement;
        assert.equal(urlset.localName, 'urlset');
        assert.equal(urlset.namespaceURI, 'http://www.sitemaps.org/schemas/sitemap/0.9');
        const urls = children(urlset, 'url');
        const locs = new Set(urls.map((u) => text(u, 'loc')));
        const item = (id: number) => `http://localhost/o/fugou-gxj/items/${id}`;
        const published = [
          ...seed.news,
          seed.policy,
          seed.interpretation,
          seed.licensing,
          seed.meeting,
          ...Object.values(seed.normative),
        ];
        for (const p of published) assert.ok(locs.has(item(p.id)), `lists ${p.title}`);
        for (const hidden of [seed.draft, seed.withdrawnWithNotice, seed.withdrawnQuietly])
          assert.ok(!locs.has(item(hidden.id)), `omits ${hidden.title}`);
        const itemUrls = urls.filter((u) => /\/items\/\d+$/.test(text(u, 'loc') ?? ''));
        assert.equal(itemUrls.length, published.length, 'published items only');
        for (const u of itemUrls) assert.match(text(u, 'lastmod') ?? '', RFC3339);
        for (const page of [
          'http://localhost/',
          'http://localhost/o/fugou/',
          'http://localhost/o/fugou-gxj/catalogue',
          `http://localhost/o/fugou-gxj/columns/${seed.fx.columns.news}`,
        ])
          assert.ok(locs.has(page), page);
        assert.ok(![...locs].some((loc) => loc?.includes('fugou-gxj-bgs')), 'sections have no portal');
      });
    });
  });
}
