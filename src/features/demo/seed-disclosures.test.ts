import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testEngines } from '../../db/testing.ts';
import { createTestApp, type TestApp } from '../../http/testing.ts';
import { seedDisclosures } from './seed-disclosures.ts';
import { seedPlatform } from './seed-platform.ts';

for (const engine of testEngines()) {
  describe(`demo disclosures seed (${engine})`, () => {
    let t: TestApp;
    let seconds = 0;
    let created = 0;

    before(async () => {
      t = await createTestApp(engine);
      await seedPlatform(t.services);
      const started = performance.now();
      created = (await seedDisclosures(t.services)).items;
      seconds = (performance.now() - started) / 1000;
    });
    after(() => t.close());

    test('扶沟县工业和信息化局 has its catalogue, guide and the 15 部门动态 of 2023, marked as demo data', async () => {
      const catalogue = await t.services.disclosures.catalogue.getCatalogue('fugou-gxj');
      const news = catalogue.columns.find((c) => c.code === 'news');
      assert.equal(news?.publishedCount, 15);
      const list = await t.services.disclosures.portal.listColumnItems(news?.id ?? 0, { page: 1, pageSize: 50 });
      assert.ok(list.items.every((i) => i.publishedAt.startsWith('2023')));
      const page = await t.services.disclosures.portal.getPublishedItem(list.items[0].id);
      assert.match(page?.kind === 'published' ? page.item.bodyHtml : '', /演示数据/);
      assert.equal((await t.services.disclosures.guide.getGuide('fugou-gxj')).isDefault, false);
    });

    test('its 2023 table 二 is all zeros (empty registries)', async () => {
      const org = await t.database.db
        .selectFrom('org')
        .select('id')
        .where('code', '=', 'fugou-gxj')
        .executeTakeFirstOrThrow();
      const figures = await t.services.registries.computeProactiveFigures(org.id, 2023);
      assert.deepEqual(figures, {
        regulations: { issued: 0, abolished: 0, inForce: 0 },
        normativeDocuments: { issued: 0, abolished: 0, inForce: 0 },
        licensing: 0,
        penalty: 0,
        coercion: 0,
        feesWanYuan: 0,
      });
    });

    test('the demo department has a few hundred items across columns, findable by search, with registries behind table 二', async () => {
      assert.ok(created > 250, `${created} items`);
      const catalogue = await t.services.disclosures.catalogue.getCatalogue('fugou-scjgj');
      const used = catalogue.columns.flatMap((c) => [c, ...c.children]).filter((c) => c.publishedCount > 0);
      assert.ok(used.length >= 8, `${used.length} columns with items`);
      const found = await t.services.search.search({ q: '食品安全', org: 'fugou-scjgj', page: 1, pageSize: 5 });
      assert.ok(found.total > 10);
      const org = await t.database.db
        .selectFrom('org')
        .select('id')
        .where('code', '=', 'fugou-scjgj')
        .executeTakeFirstOrThrow();
      const lastYear = new Date().getUTCFullYear() - 1;
      const figures = await t.services.registries.computeProactiveFigures(org.id, lastYear);
      assert.ok((figures.licensing ?? 0) > 12 * 40);
      assert.ok((figures.normativeDocuments.inForce ?? 0) > 0);
      const interpretations = await t.database.db
        .selectFrom('item')
        .select('id')
        .where('interprets_item_id', 'is not', null)
        .execute();
      assert.ok(interpretations.length >= 4);
      const approver = await t.database.db
        .selectFrom('app_user')
        .select('id')
        .where('username', '=', 'scjg-approver')
        .executeTakeFirstOrThrow();
      const deadlines = await t.services.disclosures.items.listDeadlines(await t.services.auth.loadActor(approver.id), {
        withinWorkingDays: 5,
      });
      assert.deepEqual(
        deadlines.map((d) => d.item.title),
        ['关于开展冬季特种设备安全检查的通知'],
      );
    });

    test('seeding again changes nothing, and the first run is fast', async () => {
      assert.deepEqual(await seedDisclosures(t.services), { created: false, items: 0 });
      assert.ok(seconds < 60, `${seconds.toFixed(1)} s`);
      console.log(`# seedDisclosures: ${created} items in ${seconds.toFixed(1)} s`);
    });
  });
}
