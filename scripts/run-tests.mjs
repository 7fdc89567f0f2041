// Runs every *.test.ts under src/ and e2e/ with node's test runner (through tsx).
// DATABASE_URL set → database tests also run on PostgreSQL (each creates and drops its own database).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const roots = ['src', 'admin/src', 'e2e'];
const files = [];
function walk(dir) {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (entry.name.endsWith('.test.ts') || entry.name.endsWith('.test.tsx')) files.push(full);
  }
}
for (const root of roots) walk(root);
const filter = process.argv.slice(2);
const selected = filter.length > 0 ? files.filter((f) => filter.some((part) => f.includes(part))) : files;
if (selected.length === 0) {
  console.error('没有找到测试文件');
  process.exit(1);
}
console.log(
  `运行 ${selected.length} 个测试文件${process.env.DATABASE_URL ? '（PGlite 与 PostgreSQL）' : '（PGlite；设置 DATABASE_URL 可同时测试 PostgreSQL）'}`,
);
const result = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    `--test-concurrency=${process.env.TEST_CONCURRENCY ?? 2}`,
    ...selected,
  ],
  { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' } },
);
process.exit(result.status ?? 1);
