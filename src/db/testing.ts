// Real databases for tests: PGlite always, PostgreSQL too when DATABASE_URL is set.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import pg from 'pg';
import { type Database, type Engine, openDatabase } from './database.ts';
import { migrateToLatest } from './migrate.ts';

export function testEngines(): Engine[] {
  return process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

/** A fresh, migrated database of its own; `close()` drops it (PostgreSQL) or discards it (PGlite). */
export async function openTestDatabase(engine: Engine): Promise<Database> {
  if (engine === 'pglite') {
    const database = await openDatabase({ loadDataDir: await migratedPGliteTemplate() });
    await migrateToLatest(database.db);
    return database;
  }
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('DATABASE_URL is not set');
  const name = `gongkai_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdminClient(adminUrl, (client) => client.query(`create database ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 5 });
  await migrateToLatest(database.db);
  return {
    ...database,
    close: async () => {
      await database.close();
      await withAdminClient(adminUrl, (client) => client.query(`drop database if exists ${name} with (force)`));
    },
  };
}

/**
 * initdb plus migrations cost PGlite many seconds; do them once per set of migrations and
 * start every test database from the dumped result (cached in the OS temp directory).
 */
async function migratedPGliteTemplate(): Promise<Blob> {
  const migrationsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
  const hash = createHash('sha256');
  for (const name of fs.readdirSync(migrationsDir).sort())
    hash.update(name).update(fs.readFileSync(path.join(migrationsDir, name)));
  const file = path.join(os.tmpdir(), `gongkai-pglite-template-${hash.digest('hex').slice(0, 16)}.tar`);
  if (fs.existsSync(file)) return new Blob([fs.readFileSync(file)]);
  const database = await openDatabase({});
  try {
    await migrateToLatest(database.db);
    const dump = await database.dumpDataDir!();
    const partial = `${file}.${process.pid}.part`;
    fs.writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    fs.renameSync(partial, file);
    return dump;
  } finally {
    await database.close();
  }
}

async function withAdminClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Empties every table except the migration bookkeeping (audit_entry's append-only trigger is bypassed). */
export async function resetTestDatabase(database: Database): Promise<void> {
  // One connection throughout: the replication-role setting is per session.
  await database.db.connection().execute(async (conn) => {
    const { rows } = await sql<{ tablename: string }>`
      select tablename from pg_tables where schemaname = 'public' and tablename not like 'kysely_%'`.execute(conn);
    if (rows.length === 0) return;
    const list = rows.map((r) => `"${r.tablename}"`).join(', ');
    await sql`set session_replication_role = replica`.execute(conn);
    try {
      await sql.raw(`truncate ${list} restart identity cascade`).execute(conn);
    } finally {
      await sql`set session_replication_role = default`.execute(conn);
    }
  });
}
