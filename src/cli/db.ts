import { loadConfig } from '../config.ts';
import { type Database, openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { exportDatabase, ImportError, importDatabase } from '../db/portable-export.ts';
import { openConfiguredDatabase } from '../main.ts';
import { CliError, EXIT_UNUSABLE } from './cli-error.ts';
import type { CliCommand } from './main.ts';

const HELP = `用法：gongkai db <子命令>

  migrate        把数据库迁移到最新结构
  export FILE    把全部数据导出到 FILE（gzip 压缩的 NDJSON，可在嵌入式数据库与 PostgreSQL 之间互相迁移）
  import FILE    把导出文件导入一个新建的空数据库（全部成功或全部不写入）

数据库由 DATABASE_URL 决定；不设置时使用 GONGKAI_DATA_DIR（默认 ./data）中的嵌入式数据库。
嵌入式数据库同一时间只能由一个进程打开：服务运行时请先停止服务。
例：把嵌入式数据库迁到 PostgreSQL
  gongkai db export gongkai.ndjson.gz
  DATABASE_URL=postgres://user@host/gongkai gongkai db import gongkai.ndjson.gz`;

async function withDatabase<T>(run: (database: Database) => Promise<T>, migrate = true): Promise<T> {
  const config = loadConfig();
  const database = migrate
    ? await openConfiguredDatabase(config)
    : await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.databaseUrl ? undefined : config.dataDir });
  try {
    return await run(database);
  } finally {
    await database.close();
  }
}

function summary(counts: Record<string, number>): string {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return `${Object.keys(counts).length} 张数据表，共 ${total} 行`;
}

export const dbCommand: CliCommand = {
  summary: '数据库',
  async run(args) {
    const [sub, file, ...rest] = args;
    if (!sub || sub === '--help' || sub === '-h' || file === '--help' || rest.includes('--help')) {
      process.stdout.write(`${HELP}\n`);
      return 0;
    }
    switch (sub) {
      case 'migrate':
        return withDatabase(async (database) => {
          const applied = await migrateToLatest(database.db);
          process.stdout.write(applied.length > 0 ? `已应用迁移：${applied.join('、')}\n` : '数据库结构已是最新。\n');
          return 0;
        }, false);
      case 'export':
        if (!file) throw new CliError('请指定导出文件，例如：gongkai db export gongkai.ndjson.gz');
        return withDatabase(async (database) => {
          const counts = await exportDatabase(database.db, database.engine, file);
          process.stdout.write(`已导出到 ${file}：${summary(counts)}\n`);
          return 0;
        });
      case 'import':
        if (!file) throw new CliError('请指定导入文件，例如：gongkai db import gongkai.ndjson.gz');
        return withDatabase(async (database) => {
          try {
            const counts = await importDatabase(database.db, file);
            process.stdout.write(`已导入 ${file}：${summary(counts)}\n`);
            return 0;
          } catch (error) {
            if (error instanceof ImportError) throw new CliError(error.message, EXIT_UNUSABLE);
            throw error;
          }
        });
      default:
        throw new CliError(`未知的子命令：db ${sub}。运行 gongkai db --help 查看用法。`);
    }
  },
};
