import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { DataDirLockedError } from './data-dir-lock.ts';
import { openDatabase } from './database.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-lock-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A second OS process that opens the embedded database and holds it until killed. */
function holdDatabase(dataDir: string): Promise<ChildProcess> {
  const script = `const { openDatabase } = await import(${JSON.stringify(path.join(root, 'src/db/database.ts'))});
    await openDatabase({ dataDir: ${JSON.stringify(dataDir)} }); console.log('ready'); setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`holder exited with ${code}`)));
  });
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [path.join(root, 'bin/gongkai'), ...args], {
    cwd: root,
    env: { ...process.env, ...env },
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
}

test('a second process cannot open an embedded database another process holds', { timeout: 180_000 }, async () => {
  const dataDir = path.join(tmp, 'held');
  const holder = await holdDatabase(dataDir);
  try {
    await assert.rejects(openDatabase({ dataDir }), (error: Error) => {
      assert.ok(error instanceof DataDirLockedError);
      assert.match(error.message, new RegExp(`正被进程 ${holder.pid} 使用`));
      return true;
    });
    const cli = await run(['db', 'migrate'], { GONGKAI_DATA_DIR: dataDir, DATABASE_URL: '' });
    assert.equal(cli.code, 2);
    assert.match(cli.stderr, /正被进程 \d+ 使用/);
    assert.equal(cli.stderr.trim().split('\n').length, 1, 'one plain line, no stack trace');
  } finally {
    holder.kill('SIGKILL');
    await new Promise((resolve) => holder.once('exit', resolve));
  }
  // The holder died without cleaning up: its stale lock is taken over.
  const database = await openDatabase({ dataDir });
  await database.ping();
  await database.close();
  assert.equal(fs.existsSync(path.join(dataDir, 'gongkai.lock')), false, 'closing releases the lock');
});

test('what a process committed is there after it is killed without warning', { timeout: 180_000 }, async () => {
  const dataDir = path.join(tmp, 'killed');
  const script = `const { openDatabase } = await import(${JSON.stringify(path.join(root, 'src/db/database.ts'))});
    const { sql } = await import('kysely');
    const database = await openDatabase({ dataDir: ${JSON.stringify(dataDir)} });
    await sql\`create table kept (n integer)\`.execute(database.db);
    await database.db.transaction().execute((trx) => sql\`insert into kept values (1), (2), (3)\`.execute(trx));
    console.log('committed'); setInterval(() => {}, 1000);`;
  const writer = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root });
  await new Promise<void>((resolve, reject) => {
    writer.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('committed')) resolve();
    });
    writer.on('exit', (code) => reject(new Error(`writer exited with ${code}`)));
  });
  writer.kill('SIGKILL');
  await new Promise((resolve) => writer.once('exit', resolve));
  const database = await openDatabase({ dataDir });
  try {
    const { rows } = await sql<{ n: number }>`select n from kept order by n`.execute(database.db);
    assert.deepEqual(
      rows.map((r) => r.n),
      [1, 2, 3],
    );
  } finally {
    await database.close();
  }
});
