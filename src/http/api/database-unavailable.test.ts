import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import pg from 'pg';
import { testEngines } from '../../db/testing.ts';
import {
  type ApiClient,
  createRoleFixtures,
  createTestApp,
  type RoleFixtures,
  signIn,
  type TestApp,
} from '../testing.ts';

interface Problem {
  code: string;
  detail: string;
}

/** Runs SQL on the PostgreSQL server as the admin of DATABASE_URL (outside the test database). */
async function asServerAdmin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

for (const engine of testEngines()) {
  describe(`database going away (${engine})`, () => {
    let t: TestApp;
    let f: RoleFixtures;
    let admin: ApiClient;

    before(async () => {
      t = await createTestApp(engine);
      f = await createRoleFixtures(t.services);
      admin = await signIn(t.app, f.users.platform_admin.username, f.users.platform_admin.password);
    });
    after(() => t.close());

    /** A burst of reads and writes to run while the database disappears. */
    const burst = () =>
      Array.from({ length: 12 }, (_, i) =>
        i % 2 === 0
          ? admin.get('/api/v1/audit')
          : admin.patch(`/api/v1/orgs/${f.orgIds['fugou-gxj']}`, { fax: `0394-62131${i}` }),
      );

    const assertOutage = async () => {
      const res = await admin.get<Problem>('/api/v1/orgs');
      assert.equal(res.status, 503);
      assert.equal(res.body.code, 'DATABASE_UNAVAILABLE');
      assert.equal(res.body.detail, '数据库暂时无法访问，请稍后再试');
      const write = await admin.post<Problem>('/api/v1/orgs', {
        parentId: null,
        kind: 'government',
        name: '新县',
        code: 'new',
      });
      assert.equal(write.status, 503);
      assert.equal((await t.app.request('/healthz')).status, 200, 'the process keeps serving');
      assert.equal((await t.app.request('/readyz')).status, 503);
    };

    if (engine === 'postgres') {
      test('the server dropping every connection mid-request gives 503, and service resumes when it is back', async () => {
        const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(t.database.db);
        const name = rows[0].name;
        const inFlight = burst();
        await asServerAdmin(`alter database ${name} with allow_connections false`);
        try {
          await asServerAdmin(`select pg_terminate_backend(pid) from pg_stat_activity where datname = '${name}'`);
          const statuses = (await Promise.all(inFlight)).map((r) => r.status);
          assert.ok(
            statuses.every((s) => s === 200 || s === 503),
            `only 200 or 503: ${statuses.join(',')}`,
          );
          await assertOutage();
        } finally {
          await asServerAdmin(`alter database ${name} with allow_connections true`);
        }
        assert.equal((await admin.get('/api/v1/orgs')).status, 200, 'the pool reconnects');
        assert.equal((await t.app.request('/readyz')).status, 200);
      });
    }

    test('a database closed under running requests gives 503 with a Chinese detail; /healthz keeps answering', async () => {
      assert.equal((await admin.get('/api/v1/orgs')).status, 200);
      // pg's pool never answers requests queued for a connection when it is ended, so on
      // PostgreSQL only the requests after the close are checked.
      const inFlight = engine === 'pglite' ? burst() : [];
      await t.database.close();
      const statuses = (await Promise.all(inFlight)).map((r) => r.status);
      assert.ok(
        statuses.every((s) => s === 200 || s === 503),
        `only 200 or 503: ${statuses.join(',')}`,
      );
      await assertOutage();
      const page = await t.app.request('/no-such-page');
      assert.ok(page.status === 404 || page.status === 503, 'the portal still answers');
    });
  });
}
