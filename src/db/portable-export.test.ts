import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { sql } from 'kysely';
import type { Database } from './database.ts';
import { exportDatabase, importDatabase, tablesInDependencyOrder } from './portable-export.ts';
import { openTestDatabase, testEngines } from './testing.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-export-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function fill(database: Database): Promise<void> {
  await sql`
    insert into org (kind, name, code, credit_code, path, address) values
      ('government', '扶沟县人民政府', 'fugou', null, '/1/', '河南省周口市扶沟县'),
      ('department', '扶沟县工业和信息化局', 'fugou-gxj', null, '/1/2/', null);
    insert into app_user (username, display_name, password_hash, locked_until) values
      ('admin', '平台管理员', 'x', '2026-01-02T03:04:05.678Z');
    insert into role_grant (user_id, org_id, role) values (1, 1, 'platform_admin');
    insert into org_setting (org_id, key, value) values (2, 'fees', '{"clockStops": true, "note": "引号\\"与换行\\n"}');
    insert into audit_entry (actor_id, actor_name, org_id, action, before, after, ip)
      values (1, '平台管理员', 1, 'org.create', null, '{"name": "扶沟县人民政府", "n": [1, 2.5]}', '127.0.0.1');
  `.execute(database.db);
}

async function snapshot(database: Database): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {};
  for (const table of await tablesInDependencyOrder(database.db)) {
    const { rows } = await sql<{
      row: unknown;
    }>`select row_to_json(t) as row from ${sql.table(table)} t order by row_to_json(t)::text`.execute(database.db);
    result[table] = rows.map((r) => r.row);
  }
  return result;
}

const engines = testEngines();
const pairs = engines.flatMap((from) => engines.map((to) => [from, to] as const));

for (const [from, to] of pairs) {
  test(`export from ${from} and import into ${to} moves every row unchanged`, async () => {
    const source = await openTestDatabase(from);
    const target = await openTestDatabase(to);
    try {
      await fill(source);
      const file = path.join(tmp, `${from}-${to}.ndjson.gz`);
      const exported = await exportDatabase(source.db, source.engine, file);
      assert.equal(exported.org, 2);
      await importDatabase(target.db, file);
      assert.deepEqual(await snapshot(target), await snapshot(source));
      // Identity sequences continue after the imported ids.
      const { rows } = await sql<{
        id: number;
      }>`insert into org (kind, name, code, path) values ('government', '新县', 'xin', '/') returning id`.execute(
        target.db,
      );
      assert.equal(rows[0].id, 3);
    } finally {
      await source.close();
      await target.close();
    }
  });
}

test('import refuses a database that already holds data, and writes nothing', async () => {
  const source = await openTestDatabase('pglite');
  try {
    await fill(source);
    const file = path.join(tmp, 'nonempty.ndjson.gz');
    await exportDatabase(source.db, source.engine, file);
    await assert.rejects(importDatabase(source.db, file), /不是空的/);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from org`.execute(source.db);
    assert.equal(rows[0].n, 2);
  } finally {
    await source.close();
  }
});

test('import rejects a file that is not an export, with a Chinese message', async () => {
  const target = await openTestDatabase('pglite');
  try {
    const file = path.join(tmp, 'junk.gz');
    fs.writeFileSync(file, 'not gzip at all');
    await assert.rejects(importDatabase(target.db, file), /不是有效的 gongkai 导出文件/);
  } finally {
    await target.close();
  }
});
