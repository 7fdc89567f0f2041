import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Kysely, sql } from 'kysely';
import type { Database } from './database.ts';
import { preparedQuery } from './prepared.ts';
import { openTestDatabase, testEngines } from './testing.ts';

const orgByParent = preparedQuery<{ code: string }>(
  'test_org_children',
  'select code from org where parent_id = $1 and id > $2 order by code',
  ['int', 'int'],
);

for (const engine of testEngines()) {
  describe(`prepared read statements (${engine})`, () => {
    let database: Database;
    let db: Kysely<never>;
    let parentId: number;

    before(async () => {
      database = await openTestDatabase(engine);
      db = database.db as Kysely<never>;
      const { rows } = await sql<{ id: number }>`
        insert into org (kind, name, code, path) values ('government', '测试县人民政府', 'tx', '/') returning id`.execute(
        database.db,
      );
      parentId = rows[0].id;
      for (const code of ['tx-b', 'tx-a', 'tx-c'])
        await sql`insert into org (parent_id, kind, name, code, path)
                  values (${parentId}, 'department', ${code}, ${code}, '/')`.execute(database.db);
    });
    after(() => database.close());

    test('answers like the plain statement, call after call, also when first called concurrently', async () => {
      const results = await Promise.all([orgByParent(db, parentId, 0), orgByParent(db, parentId, 0)]);
      for (const rows of results)
        assert.deepEqual(
          rows.map((r) => r.code),
          ['tx-a', 'tx-b', 'tx-c'],
        );
      assert.deepEqual(await orgByParent(db, parentId + 1000, 0), []);
    });

    test('is a named prepared statement on PGlite only', async () => {
      const { rows } = await sql<{ name: string }>`select name from pg_prepared_statements`.execute(database.db);
      assert.equal(
        rows.some((r) => r.name === 'test_org_children'),
        engine === 'pglite',
      );
    });

    test('text parameters arrive as written, quotes included', async () => {
      const byName = preparedQuery<{ code: string }>('test_org_by_name', 'select code from org where name = $1', [
        'text',
      ]);
      await sql`insert into org (parent_id, kind, name, code, path)
                values (${parentId}, 'department', ${"O'Brien's 局; drop table org; --"}, 'tx-q', '/')`.execute(
        database.db,
      );
      assert.deepEqual(await byName(db, "O'Brien's 局; drop table org; --"), [{ code: 'tx-q' }]);
      assert.deepEqual(await byName(db, "O'Brien"), []);
    });

    test('refuses parameters of the wrong type or number', async () => {
      await assert.rejects(orgByParent(db, 1.5, 0), /integer/);
      await assert.rejects(orgByParent(db, parentId), /2 parameters/);
    });
  });
}
