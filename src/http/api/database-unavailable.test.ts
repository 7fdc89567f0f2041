import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testEngines } from '../../db/testing.ts';
import { createRoleFixtures, createTestApp, signIn, type TestApp } from '../testing.ts';

for (const engine of testEngines()) {
  describe(`database going away (${engine})`, () => {
    let t: TestApp;

    before(async () => {
      t = await createTestApp(engine);
    });
    after(() => t.close());

    test('requests in flight and after get 503 with a Chinese detail; /healthz keeps answering', async () => {
      const f = await createRoleFixtures(t.services);
      const admin = await signIn(t.app, f.users.platform_admin.username, f.users.platform_admin.password);
      assert.equal((await admin.get('/api/v1/orgs')).status, 200);

      // A burst of reads and writes, with the database closed while they run.
      const burst = Array.from({ length: 12 }, (_, i) =>
        i % 2 === 0 ? admin.get('/api/v1/audit') : admin.patch(`/api/v1/orgs/${f.orgIds['fugou-gxj']}`, { fax: `0394-62131${i}` }),
      );
      await t.database.close();
      const statuses = (await Promise.all(burst)).map((r) => r.status);
      assert.ok(statuses.every((s) => s === 200 || s === 503), `only 200 or 503: ${statuses.join(',')}`);

      const res = await admin.get<{ code: string; detail: string }>('/api/v1/orgs');
      assert.equal(res.status, 503);
      assert.equal(res.body.code, 'DATABASE_UNAVAILABLE');
      assert.equal(res.body.detail, '数据库暂时无法访问，请稍后再试');
      const write = await admin.post<{ code: string }>('/api/v1/orgs', { parentId: null, kind: 'government', name: '新县', code: 'new' });
      assert.equal(write.status, 503);

      assert.equal((await t.app.request('/healthz')).status, 200);
      const ready = await t.app.request('/readyz');
      assert.equal(ready.status, 503);
      const page = await t.app.request('/no-such-page');
      assert.ok(page.status === 404 || page.status === 503, 'the portal still answers');
    });
  });
}
