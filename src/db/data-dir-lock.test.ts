import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
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
