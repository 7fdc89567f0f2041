// Rendered public pages are reused for a few seconds: what a visitor and an editor notice.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { gunzipSync } from 'node:zlib';
import { testEngines } from '../../db/testing.ts';
import {
  createRoleFixtures,
  createTestApp,
  type RoleFixtures,
  signIn,
  TEST_PASSWORD,
  type TestApp,
} from '../testing.ts';
import { PageCache } from './page-cache.ts';

describe('PageCache', () => {
  test('a page is reused until its time to live has passed', () => {
    let now = 0;
    const cache = new PageCache({ ttlMs: 5000, now: () => now });
    cache.set('N/a', '<p>a</p>');
    now = 4999;
    assert.equal(cache.get('N/a')?.html, '<p>a</p>');
    now = 5000;
    assert.equal(cache.get('N/a'), undefined);
    assert.equal(cache.size, 0);
  });

  test('the least recently used page goes first when the cache is full', () => {
    const cache = new PageCache({ ttlMs: 5000, maxEntries: 2 });
    cache.set('N/a', 'a');
    cache.set('N/b', 'b');
    cache.get('N/a');
    cache.set('N/c', 'c');
    assert.equal(cache.get('N/b'), undefined);
    assert.equal(cache.get('N/a')?.html, 'a');
    assert.equal(cache.get('N/c')?.html, 'c');
  });

  test('a byte budget bounds the memory, compressed copies included', () => {
    const cache = new PageCache({ ttlMs: 5000, maxBytes: 40_000 });
    const page = (n: number) => `<p>${String(n).repeat(9_000)}</p>`;
    for (let n = 1; n <= 9; n++) cache.gzipOf(cache.set(`N/${n}`, page(n)));
    assert.ok(cache.size < 9 && cache.size >= 3, `kept ${cache.size} pages`);
    assert.equal(cache.get('N/9')?.html, page(9));
    assert.equal(cache.get('N/1'), undefined);
  });

  test('a time to live of 0 keeps nothing', () => {
    const cache = new PageCache({ ttlMs: 0 });
    cache.set('N/a', 'a');
    assert.equal(cache.enabled, false);
    assert.equal(cache.get('N/a'), undefined);
  });
});

for (const engine of testEngines()) {
  describe(`cached portal pages (${engine})`, () => {
    let t: TestApp;
    let users: RoleFixtures['users'];
    const GUIDE = '/o/fugou-gxj/guide';

    before(async () => {
      t = await createTestApp(engine, { env: { PORTAL_CACHE_SECONDS: '0.5' } });
      ({ users } = await createRoleFixtures(t.services));
    });
    after(() => t.close());

    test('the same page, its ETag, gzip body and 304 come from one rendering', async () => {
      const plain = await t.app.request(GUIDE);
      assert.equal(plain.status, 200);
      const html = await plain.text();
      const etag = plain.headers.get('etag') ?? '';
      assert.match(html, /政府信息公开指南/);

      const zipped = await t.app.request(GUIDE, { headers: { 'accept-encoding': 'gzip, br' } });
      assert.equal(zipped.headers.get('content-encoding'), 'gzip');
      assert.equal(zipped.headers.get('etag'), etag);
      assert.match(zipped.headers.get('vary') ?? '', /Accept-Encoding/);
      assert.equal(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString('utf8'), html);

      const revalidated = await t.app.request(GUIDE, { headers: { 'if-none-match': etag } });
      assert.equal(revalidated.status, 304);
      assert.equal(await revalidated.text(), '');
    });

    test('the large-text mode is a page of its own', async () => {
      const normal = await (await t.app.request(GUIDE)).text();
      const large = await (await t.app.request(GUIDE, { headers: { cookie: 'gk_large=1' } })).text();
      assert.notEqual(normal, large);
      assert.match(large, /关闭长者模式|标准字号|退出长者模式/);
    });

    test('an edit saved through the back office shows on the very next view', async () => {
      assert.doesNotMatch(await (await t.app.request(GUIDE)).text(), /本单位指南已更新/);
      const editor = await signIn(t.app, users.org_admin.username, TEST_PASSWORD);
      const saved = await editor.request('PUT', '/api/v1/orgs/fugou-gxj/guide', {
        body: { bodyHtml: '<h2>一、概述</h2><p>本单位指南已更新。</p>' },
      });
      assert.equal(saved.status, 200);
      assert.match(await (await t.app.request(GUIDE)).text(), /本单位指南已更新/);
    });

    test('a change made elsewhere (another instance, the CLI) shows once the page has aged out', async () => {
      const before = await (await t.app.request(GUIDE)).text();
      const ctx = { actor: await t.services.auth.loadActor(users.org_admin.id), meta: { ip: null, requestId: null } };
      await t.services.disclosures.guide.putGuide(ctx, 'fugou-gxj', { bodyHtml: '<p>另一台服务器保存的指南。</p>' });
      assert.equal(await (await t.app.request(GUIDE)).text(), before, 'still the page rendered a moment ago');
      await sleep(600);
      assert.match(await (await t.app.request(GUIDE)).text(), /另一台服务器保存的指南/);
    });

    test('pages with a visitor’s own token are never shared', async () => {
      const first = await (await t.app.request('/o/fugou-gxj/apply/new')).text();
      const second = await (await t.app.request('/o/fugou-gxj/apply/new')).text();
      const token = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
      assert.ok(token(first));
      assert.notEqual(token(first), token(second));
    });
  });
}
