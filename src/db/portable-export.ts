// A complete, engine-neutral export of every row: gzip'd NDJSON, one header line, then
// row batches per table in foreign-key order. Values travel as PostgreSQL's own JSON
// (row_to_json / json_populate_recordset), so every column type survives both directions.
import fs from 'node:fs';
import readline from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { type Kysely, sql } from 'kysely';
import type { DB } from './schema.ts';

export const EXPORT_FORMAT = 'gongkai-export';
export const EXPORT_VERSION = 1;
const BATCH = 500;
/** Tables that migrations fill with reference data (official holidays): an import replaces their rows. */
const REFERENCE_TABLES = new Set(['calendar_day']);

export class ImportError extends Error {}

interface Header {
  format: string;
  version: number;
  exportedAt: string;
  engine: string;
  migrations: string[];
  tables: string[];
}

/** User tables in an order where every table comes after the tables it references. */
export async function tablesInDependencyOrder(db: Kysely<DB>): Promise<string[]> {
  const { rows: tables } = await sql<{ name: string }>`
    select tablename as name from pg_tables
    where schemaname = 'public' and tablename not like 'kysely\\_%' order by tablename`.execute(db);
  const { rows: edges } = await sql<{ child: string; parent: string }>`
    select c.relname as child, p.relname as parent
    from pg_constraint k
    join pg_class c on c.oid = k.conrelid
    join pg_class p on p.oid = k.confrelid
    join pg_namespace n on n.oid = c.relnamespace
    where k.contype = 'f' and n.nspname = 'public' and c.relname <> p.relname`.execute(db);
  const names = tables.map((t) => t.name);
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (name: string) => {
    if (ordered.includes(name) || visiting.has(name)) return;
    visiting.add(name);
    for (const edge of edges) if (edge.child === name) visit(edge.parent);
    visiting.delete(name);
    ordered.push(name);
  };
  for (const name of names) visit(name);
  return ordered;
}

async function appliedMigrations(db: Kysely<DB>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  return rows.map((r) => r.name);
}

export async function exportDatabase(db: Kysely<DB>, engine: string, file: string): Promise<Record<string, number>> {
  const tables = await tablesInDependencyOrder(db);
  const header: Header = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date().toISOString(),
    engine,
    migrations: await appliedMigrations(db),
    tables,
  };
  const counts: Record<string, number> = {};
  async function* lines() {
    yield `${JSON.stringify(header)}\n`;
    for (const table of tables) {
      counts[table] = 0;
      const keyColumns = await primaryKeyColumns(db, table);
      const orderBy = keyColumns.length > 0 ? keyColumns.map((k) => `t."${k}"`).join(', ') : '1';
      for (let offset = 0; ; offset += BATCH) {
        const { rows } = await sql<{ row: unknown }>`
          select row_to_json(t) as row from ${sql.table(table)} t
          order by ${sql.raw(orderBy)} limit ${BATCH} offset ${offset}`.execute(db);
        if (rows.length === 0) break;
        counts[table] += rows.length;
        yield `${JSON.stringify({ table, rows: rows.map((r) => r.row) })}\n`;
        if (rows.length < BATCH) break;
      }
    }
  }
  await pipeline(Readable.from(lines()), createGzip(), fs.createWriteStream(file));
  return counts;
}

async function primaryKeyColumns(db: Kysely<DB>, table: string): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    select a.attname as name from pg_index i
    join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
    where i.indrelid = ${`public.${table}`}::regclass and i.indisprimary order by a.attnum`.execute(db);
  return rows.map((r) => r.name);
}

/** Loads an export into a migrated, empty database, all or nothing. */
export async function importDatabase(db: Kysely<DB>, file: string): Promise<Record<string, number>> {
  if (!fs.existsSync(file)) throw new ImportError(`找不到导入文件：${file}`);
  const counts: Record<string, number> = {};
  let header: Header | undefined;
  try {
    await db.transaction().execute(async (trx) => {
      const tables = await tablesInDependencyOrder(trx);
      // Open the stream only now: lines emitted before iteration starts would be lost.
      const input = fs.createReadStream(file).pipe(createGunzip());
      const reader = readline.createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
      for await (const line of reader) {
        if (!line.trim()) continue;
        const record = JSON.parse(line) as Header | { table: string; rows: unknown[] };
        if (!header) {
          header = record as Header;
          await checkHeader(trx, header, tables);
          continue;
        }
        const { table, rows } = record as { table: string; rows: unknown[] };
        if (!tables.includes(table)) throw new ImportError(`导入文件含有未知的数据表：${table}`);
        counts[table] = (counts[table] ?? 0) + rows.length;
        await sql`insert into ${sql.table(table)} select * from json_populate_recordset(null::${sql.table(table)}, ${JSON.stringify(rows)}::json)`.execute(
          trx,
        );
      }
      if (!header) throw new ImportError('导入文件是空的');
      for (const table of tables) await resetIdentity(trx, table);
    });
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR' || error instanceof SyntaxError) {
      throw new ImportError(`导入文件 ${file} 不是有效的 gongkai 导出文件（gzip 压缩的 NDJSON）`);
    }
    throw new ImportError(`导入失败，数据库未作任何改动：${(error as Error).message}`);
  }
  return counts;
}

async function checkHeader(db: Kysely<DB>, header: Header, tables: string[]): Promise<void> {
  if (header?.format !== EXPORT_FORMAT) throw new ImportError('导入文件不是 gongkai 导出文件');
  if (header.version !== EXPORT_VERSION) throw new ImportError(`不支持的导出文件版本：${header.version}`);
  const ours = await appliedMigrations(db);
  const missing = header.migrations.filter((m) => !ours.includes(m));
  if (missing.length > 0)
    throw new ImportError(`导出文件来自更新的版本（缺少迁移 ${missing.join('、')}），请先升级 gongkai`);
  const extra = ours.filter((m) => !header.migrations.includes(m));
  if (extra.length > 0)
    throw new ImportError(
      `导出文件来自较旧的版本（缺少迁移 ${extra.join('、')}）：请用相同版本导出导入，或先在原库上运行 gongkai db migrate 后重新导出`,
    );
  for (const table of tables) {
    if (REFERENCE_TABLES.has(table) && header.tables.includes(table)) {
      await sql`delete from ${sql.table(table)}`.execute(db);
      continue;
    }
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(db);
    if (rows[0].n > 0)
      throw new ImportError(`目标数据库不是空的（数据表 ${table} 已有数据）。导入只能写入新建的空数据库。`);
  }
}

async function resetIdentity(db: Kysely<DB>, table: string): Promise<void> {
  const { rows } = await sql<{ column: string }>`
    select attname as column from pg_attribute
    where attrelid = ${`public.${table}`}::regclass and attidentity <> '' and not attisdropped`.execute(db);
  for (const { column } of rows) {
    await sql`select setval(pg_get_serial_sequence(${table}, ${column}), coalesce((select max(${sql.ref(column)}) from ${sql.table(table)}), 0) + 1, false)`.execute(
      db,
    );
  }
}
