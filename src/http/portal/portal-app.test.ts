import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { createTestApp, type TestApp } from '../testing.ts';
import { createPortalApp } from './portal-app.tsx';
import { COUNTY, insertPortalOrgs } from './portal-testing.ts';

let t: TestApp;
let codes: Awaited<ReturnType<typeof insertPortalOrgs>>;

before(async () => {
  t = await createTestApp('pglite');
  codes = await insertPortalOrgs(t.database.db);
});
after(() => t.close());

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await t.app.request(path, { headers });
  return { res, html: await res.text() };
}

const count = (html: string, pattern: RegExp) => (html.match(new RegExp(pattern, 'g')) ?? []).length;
const titleOf = (html: string) => html.match(/<title>([^<]*)<\/title>/)?.[1];

function assertShell(html: string) {
  assert.match(html, /^<!doctype html><html lang="zh-CN"/);
  assert.match(html, /<a class="skip-link" href="#main">跳到主要内容<\/a>/);
  assert.match(html, /<main id="main"/);
  assert.equal(count(html, /<h1[ >]/), 1, 'exactly one h1');
  for (const landmark of ['<header', '<nav', '<main', '<footer'])
    assert.ok(html.includes(landmark), `has ${landmark}>`);
  assert.match(html, /<link rel="stylesheet" href="\/static\/portal\.[0-9a-f]{12}\.css"\/>/);
  assert.ok(html.includes('href="/accessibility"') && html.includes('href="/privacy"'), 'footer links the statements');
  assert.doesNotMatch(html, /<script/i, 'no JavaScript');
}

const ORG_NAV = [
  '首页',
  '政府信息公开指南',
  '政府信息公开目录',
  '法定主动公开内容',
  '依申请公开',
  '政府信息公开年报',
  '社会评议',
  '搜索',
];
const ORG_PATHS = ['', 'guide', 'catalogue', 'proactive', 'apply', 'annual-reports', 'evaluation', 'search'];

describe('platform home', () => {
  test('lists governments and their departments but not sections, with the host office in the footer', async () => {
    const { res, html } = await get('/');
    assert.equal(res.status, 200);
    assertShell(html);
    assert.match(html, /<a href="\/o\/fugou\/">扶沟县人民政府<\/a>/);
    assert.match(html, /<a href="\/o\/fugou-gxj\/">扶沟县工业和信息化局<\/a>/);
    assert.match(html, /<a href="\/o\/fugou-cgz\/">扶沟县城关镇人民政府<\/a>/);
    assert.ok(!html.includes('/o/fugou-gxj-bgs/'), 'sections are not listed');
    const footer = html.slice(html.indexOf('<footer'));
    for (const text of [COUNTY.office, COUNTY.address, COUNTY.phone, COUNTY.hours])
      assert.ok(footer.includes(text), `footer shows ${text}`);
  });

  test('the platform pages all have distinct titles', async () => {
    const titles = new Set<string | undefined>();
    for (const path of ['/', '/search', '/accessibility', '/privacy']) {
      const { res, html } = await get(path);
      assert.equal(res.status, 200, path);
      assertShell(html);
      titles.add(titleOf(html));
    }
    assert.equal(titles.size, 4);
  });

  test('the accessibility statement and privacy notice say what they promise', async () => {
    const a11y = (await get('/accessibility')).html;
    assert.match(a11y, /<h1>无障碍声明<\/h1>/);
    assert.match(a11y, /长者模式/);
    const privacy = (await get('/privacy')).html;
    assert.match(privacy, /<h1>隐私声明<\/h1>/);
    assert.match(privacy, /<th scope="col">名称<\/th>/);
    assert.match(privacy, /gk_large/);
  });
});

describe('org portal', () => {
  test('the org home shows the org name, the full navigation and the column placeholders', async () => {
    const { res, html } = await get(`/o/${codes.bureau}/`);
    assert.equal(res.status, 200);
    assertShell(html);
    assert.match(html, /<span class="org-name">扶沟县工业和信息化局<\/span>/);
    const nav = html.slice(html.indexOf('aria-label="主导航"'), html.indexOf('</nav>'));
    const links = [...nav.matchAll(/<a href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
    assert.deepEqual(
      links,
      ORG_NAV.map((label, i) => [`/o/${codes.bureau}/${ORG_PATHS[i]}`, label]),
    );
    assert.match(nav, /<a href="\/o\/fugou-gxj\/" aria-current="page">首页<\/a>/);
    for (const column of ['工作动态', '通知公告', '政策文件', '政策解读'])
      assert.ok(html.includes(`>${column}</h2>`), column);
    for (const path of ['guide', 'catalogue', 'apply', 'annual-reports'])
      assert.ok(html.includes(`href="/o/fugou-gxj/${path}"`), path);
    assert.match(
      html,
      /<a href="\/">平台首页<\/a><\/li><li><a href="\/o\/fugou\/">扶沟县人民政府<\/a>/,
      'breadcrumb names the parent',
    );
  });

  test("a government's home lists its departments", async () => {
    const { html } = await get(`/o/${codes.county}/`);
    assert.match(html, /所属部门和单位/);
    assert.match(html, /<a href="\/o\/fugou-jtj\/">扶沟县教育体育局<\/a>/);
  });

  test('every navigation page is a real page of its own, marked current in the menu', async () => {
    const titles = new Set<string | undefined>();
    for (const [i, path] of ORG_PATHS.entries()) {
      const { res, html } = await get(`/o/${codes.bureau}/${path}`);
      assert.equal(res.status, 200, path);
      assertShell(html);
      assert.ok(html.includes(`aria-current="page">${ORG_NAV[i]}</a>`), `${ORG_NAV[i]} is current`);
      titles.add(titleOf(html));
    }
    assert.equal(titles.size, ORG_PATHS.length);
  });

  test("the guide shows the disclosure office's address, hours and phone from the org record", async () => {
    const { html } = await get(`/o/${codes.county}/guide`);
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    for (const text of [COUNTY.office, COUNTY.address, '461300', COUNTY.hours, COUNTY.phone, 'gkb@fugou.example.cn']) {
      assert.ok(main.includes(text), `guide shows ${text}`);
    }
  });

  test('an org without contact details still renders, saying nothing false', async () => {
    const { res, html } = await get(`/o/${codes.education}/guide`);
    assert.equal(res.status, 200);
    assert.ok(!html.includes('办公地址'), 'no empty address row');
  });

  test('/o/<code> redirects to the org home', async () => {
    const { res } = await get(`/o/${codes.bureau}`);
    assert.equal(res.status, 301);
    assert.equal(res.headers.get('location'), `/o/${codes.bureau}/`);
  });
});

describe('not found', () => {
  for (const path of [
    '/o/no-such-org/',
    '/o/no-such-org/guide',
    '/o/NOT VALID/',
    '/o/fugou-gxj-bgs/',
    '/o/fugou/no-such-page',
    '/no-such-page',
  ]) {
    test(`${path} is a Chinese 404 page in the portal layout`, async () => {
      const { res, html } = await get(path);
      assert.equal(res.status, 404);
      assertShell(html);
      assert.match(html, /<h1>页面不存在<\/h1>/);
    });
  }

  test('an unknown org code says the org was not found', async () => {
    const { html } = await get('/o/no-such-org/');
    assert.match(html, /没有找到这个单位/);
  });
});

describe('large-text mode (适老化)', () => {
  test('the toggle link sets a cookie and comes back; the next page uses the large stylesheet', async () => {
    const page = await get(`/o/${codes.bureau}/guide`);
    const href = page.html.match(/<a class="mode-toggle" href="([^"]+)"/)?.[1]?.replaceAll('&amp;', '&');
    assert.ok(href, 'toggle link present');
    assert.ok(!page.html.includes('large-text.'), 'standard mode by default');

    const toggled = await t.app.request(href);
    assert.equal(toggled.status, 303);
    assert.equal(toggled.headers.get('location'), `/o/${codes.bureau}/guide`);
    const cookie = toggled.headers.getSetCookie().find((c) => c.startsWith('gk_large='));
    assert.ok(cookie, 'sets gk_large');
    assert.match(cookie, /gk_large=1;.*Max-Age=31536000/);
    assert.match(cookie, /HttpOnly/);

    const large = await get(`/o/${codes.bureau}/`, { cookie: 'gk_large=1' });
    assert.match(large.html, /<link rel="stylesheet" href="\/static\/large-text\.[0-9a-f]{12}\.css"\/>/);
    assert.match(large.html, /<html lang="zh-CN" class="large-text">/);
    const off = large.html.match(/<a class="mode-toggle" href="([^"]+)"[^>]*>([^<]+)</);
    assert.ok(off, 'toggle link present in large mode');
    assert.ok(off[1].includes('large=0'));
    assert.match(off[2], /退出长者模式/);

    const cleared = await t.app.request(off[1].replaceAll('&amp;', '&'), { headers: { cookie: 'gk_large=1' } });
    assert.equal(cleared.status, 303);
    assert.match(cleared.headers.getSetCookie().find((c) => c.startsWith('gk_large=')) ?? '', /Max-Age=0/);
  });

  test('the 404 page keeps the large-text mode', async () => {
    const { html } = await get('/o/no-such-org/', { cookie: 'gk_large=1' });
    assert.match(html, /large-text\.[0-9a-f]{12}\.css/);
  });

  test('the toggle only returns to paths on this site', async () => {
    for (const back of ['//evil.example/', 'https://evil.example/', '/\\evil.example', '']) {
      const res = await t.app.request(`/prefs/large-text?large=1&back=${encodeURIComponent(back)}`);
      assert.equal(res.headers.get('location'), '/', back);
    }
  });

  test('a malformed toggle gets a Chinese 400 page', async () => {
    const { res, html } = await get('/prefs/large-text?large=yes');
    assert.equal(res.status, 400);
    assert.match(html, /large=1/);
  });
});

describe('caching', () => {
  test('pages carry an ETag and revalidate to 304; the large-text rendering has its own ETag', async () => {
    const first = await t.app.request(`/o/${codes.bureau}/`);
    const tag = first.headers.get('etag');
    assert.ok(tag);
    assert.equal(first.headers.get('cache-control'), 'no-cache');
    assert.match(first.headers.get('vary') ?? '', /Cookie/);
    const again = await t.app.request(`/o/${codes.bureau}/`, { headers: { 'if-none-match': tag } });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
    const large = await t.app.request(`/o/${codes.bureau}/`, { headers: { cookie: 'gk_large=1' } });
    assert.notEqual(large.headers.get('etag'), tag);
  });

  test('an edited org reaches its pages (with a new ETag) once the directory is read again', async () => {
    const fresh = new Hono<AppEnv>().route('/', createPortalApp(t.services, { directoryTtlMs: 0 }));
    const before = (await fresh.request(`/o/${codes.education}/guide`)).headers.get('etag');
    assert.ok(before);
    await t.database.db
      .updateTable('org')
      .set({ office_hours: '工作日 8:00—17:30' })
      .where('code', '=', codes.education)
      .execute();
    const res = await fresh.request(`/o/${codes.education}/guide`, { headers: { 'if-none-match': before } });
    assert.equal(res.status, 200);
    assert.notEqual(res.headers.get('etag'), before);
    assert.match(await res.text(), /工作日 8:00—17:30/);
  });

  test('stylesheets are served with long caching under their hash and revalidated by ETag otherwise', async () => {
    const { html } = await get('/');
    const href = html.match(/href="(\/static\/portal\.[0-9a-f]{12}\.css)"/)?.[1];
    assert.ok(href);
    const css = await t.app.request(href);
    assert.equal(css.status, 200);
    assert.match(css.headers.get('content-type') ?? '', /^text\/css/);
    assert.match(css.headers.get('cache-control') ?? '', /max-age=31536000, immutable/);
    assert.match(await css.text(), /\.skip-link/);
    const plain = await t.app.request('/static/portal.css', {
      headers: { 'if-none-match': css.headers.get('etag') ?? '' },
    });
    assert.equal(plain.status, 304);
    assert.equal((await t.app.request('/static/nothing.css')).status, 404);
  });

  test('pages are compressed when the browser accepts gzip', async () => {
    const res = await t.app.request('/', { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(res.headers.get('content-encoding'), 'gzip');
  });
});

describe('search page', () => {
  test('has a labelled search field and echoes the query safely', async () => {
    const { res, html } = await get(`/search?q=${encodeURIComponent('<script>alert(1)</script>安全生产')}`);
    assert.equal(res.status, 200);
    assertShell(html);
    assert.match(html, /<label for="search-q">搜索关键词<\/label>/);
    assert.match(
      html,
      /<input id="search-q" name="q" type="search" value="&lt;script&gt;alert\(1\)&lt;\/script&gt;安全生产"/,
    );
    assert.match(html, /<label for="search-org">搜索范围<\/label>/);
  });

  test('an over-long query gets a Chinese error tied to the field', async () => {
    const { res, html } = await get(`/o/${codes.bureau}/search?q=${'字'.repeat(101)}`);
    assert.equal(res.status, 400);
    assert.match(html, /搜索关键词不能超过 100 个字/);
    assert.match(html, /aria-invalid="true"/);
    assert.match(html, /aria-describedby="search-q-hint search-q-error"/);
  });
});

describe('server errors', () => {
  test('a failing page shows a Chinese 500 page that reveals nothing internal', async () => {
    const broken = await createTestApp('pglite', { database: t.database });
    broken.services.orgs.getPublicOrgTree = async () => {
      throw new Error('SECRET-DETAIL relation "org" at /srv/gongkai/src/x.ts:12');
    };
    const res = await broken.app.request(`/o/${codes.bureau}/`);
    const html = await res.text();
    assert.equal(res.status, 500);
    assertShell(html);
    assert.match(html, /<h1>服务器出错了<\/h1>/);
    assert.doesNotMatch(html, /SECRET-DETAIL|relation|\.ts:|\bat \/|Error/);
  });

  test('a lost database gives a Chinese 503 page', async () => {
    const lost = await createTestApp('pglite', { database: t.database });
    lost.services.orgs.getPublicOrgTree = async () => {
      throw Object.assign(new Error('connect ECONNREFUSED 10.0.0.7:5432'), { code: 'ECONNREFUSED' });
    };
    const res = await lost.app.request('/');
    const html = await res.text();
    assert.equal(res.status, 503);
    assert.match(html, /<h1>服务暂不可用<\/h1>/);
    assert.doesNotMatch(html, /ECONNREFUSED|10\.0\.0\.7/);
  });
});
