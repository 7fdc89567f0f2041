// Item pages kept rendered until the database says they changed: rendered ahead of visitors, and
// dropped by changes made on any connection (here plain SQL, as the CLI or another instance
// would), including a change to an interpretation shown on the document's page, a withdrawal,
// and an org rename; on PostgreSQL, a lost listening connection keeps nothing until it is back.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { type Database, NOTICE_CONNECTION_NAME } from '../../db/database.ts';
import { testEngines } from '../../db/testing.ts';
import { createApp } from '../app.ts';
import { createTestApp, type TestApp } from '../testing.ts';
import { type PortalUpkeep, startPortalUpkeep } from './change-notices.ts';
import { type PortalSeed, seedPortalItems } from './disclosure-portal-testing.ts';
import { PageCache } from './page-cache.ts';
import { PublishedPages } from './published-pages.ts';

const ORG = '/o/fugou-gxj';

async function until(condition: () => boolean | Promise<boolean>, what: string, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Changes the live version's title the way the CLI or another instance would: plain SQL. */
async function retitle(database: Database, itemId: number, title: string): Promise<void> {
  await sql`update item_version v set title = ${title} from item i
            where i.id = ${itemId} and v.item_id = i.id and v.version_no = i.live_version_no`.execute(database.db);
}

for (const engine of testEngines()) {
  describe(`item pages kept until they change (${engine})`, () => {
    let t: TestApp;
    let seed: PortalSeed;
    let published: PublishedPages;
    let upkeep: PortalUpkeep;
    let app: ReturnType<typeof createApp>;
    const page = async (path: string) => {
      const res = await app.request(path, { headers: { 'accept-encoding': 'gzip' } });
      const body = Buffer.from(await res.arrayBuffer());
      const html = res.headers.get('content-encoding') === 'gzip' ? (await import('node:zlib')).gunzipSync(body) : body;
      return { status: res.status, html: html.toString('utf8') };
    };

    before(async () => {
      t = await createTestApp(engine);
      seed = await seedPortalItems(t.services, t.clock);
      const pageCache = new PageCache({ ttlMs: 0 });
      published = new PublishedPages({ maxBytes: 64 * 1024 * 1024, settleMs: 300 });
      let current: PortalUpkeep | undefined;
      app = createApp(t.services, { pageCache, publishedPages: published, portalUpkeep: () => current });
      upkeep = await startPortalUpkeep({ database: t.database, pageCache, published, fetch: app.fetch });
      current = upkeep;
    });
    after(async () => {
      await upkeep.stop();
      await t.close();
    });

    test('every public item page is rendered ahead of visitors; drafts and withdrawn items are not', async () => {
      await until(() => upkeep.status().state === 'done', 'the pre-render');
      const { rows } = await sql<{ n: number }>`
        select count(*)::int as n from item where live_version_no is not null and withdrawn_at is null`.execute(
        t.database.db,
      );
      assert.ok(rows[0].n > 20);
      assert.equal(published.size, rows[0].n);
      const ready = (await (await app.request('/readyz')).json()) as { prerender: { state: string; pages: number } };
      assert.deepEqual(ready.prerender, { state: 'done', pages: rows[0].n });

      const policy = await page(`${ORG}/items/${seed.policy.id}`);
      assert.equal(policy.status, 200);
      assert.match(policy.html, /扶沟县促进中小企业发展的若干措施/);
      assert.equal(published.size, rows[0].n, 'served from the kept page, nothing rendered');
      assert.equal((await page(`${ORG}/items/${seed.draft.id}`)).status, 404);
    });

    test('a title changed on another connection shows at the next view', async () => {
      const path = `${ORG}/items/${seed.news[3].id}`;
      assert.match((await page(path)).html, /县工信局工作动态第4期/);
      await retitle(t.database, seed.news[3].id, '县工信局工作动态第4期（更正）');
      await upkeep.flush();
      assert.match((await page(path)).html, /县工信局工作动态第4期（更正）/);
      // Only that page was dropped, and it is rendered again in the background.
      await until(() => published.get(`N${path}`) !== undefined, 'the page rendered again');
    });

    test("an interpretation's new title shows on the page of the document it explains", async () => {
      const policyPath = `${ORG}/items/${seed.policy.id}`;
      assert.ok(published.get(`N${policyPath}`));
      await retitle(t.database, seed.interpretation.id, '图解：促进中小企业发展若干措施（修订）');
      await upkeep.flush();
      assert.match((await page(policyPath)).html, /图解：促进中小企业发展若干措施（修订）/);
    });

    test('a withdrawn item is gone from its address at once', async () => {
      const path = `${ORG}/items/${seed.news[5].id}`;
      assert.equal((await page(path)).status, 200);
      await sql`update item set withdrawn_at = now() where id = ${seed.news[5].id}`.execute(t.database.db);
      await upkeep.flush();
      const after = await page(path);
      assert.doesNotMatch(after.html, /第6期工作动态正文/);
    });

    test('an org rename drops every page and keeps none until the portal has read the new name', async () => {
      assert.ok(published.size > 0);
      await sql`update org set name = name where code = 'fugou-gxj'`.execute(t.database.db);
      await upkeep.flush();
      assert.equal(published.size, 0);
      assert.equal(published.accepting, false);
      await page(`${ORG}/items/${seed.news[0].id}`);
      assert.equal(published.size, 0, 'nothing kept while settling');
      await until(() => upkeep.status().state === 'done' && published.size > 20, 'the pages rendered again');
    });

    if (engine === 'postgres') {
      test('while the listening connection is lost nothing is kept; when it is back, pages are rendered again', async () => {
        assert.ok(published.enabled);
        await sql`select pg_terminate_backend(pid) from pg_stat_activity
                  where datname = current_database() and application_name = ${NOTICE_CONNECTION_NAME}`.execute(
          t.database.db,
        );
        await until(() => !published.enabled, 'the loss noticed');
        assert.equal(published.size, 0);
        await until(() => published.enabled, 'listening again');
        await until(() => upkeep.status().state === 'done' && published.size > 20, 'the pages rendered again');
        await retitle(t.database, seed.news[7].id, '重新连接后的标题');
        await upkeep.flush();
        assert.match((await page(`${ORG}/items/${seed.news[7].id}`)).html, /重新连接后的标题/);
      });
    }
  });
}
