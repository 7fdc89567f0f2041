import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startServerProcess } from './server-process.testing.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-serve-'));
after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function startAndStop(port: number): Promise<{ output: string; code: number | null; health: number }> {
  const server = await startServerProcess([path.join(root, 'bin/gongkai'), 'serve'], {
    cwd: root,
    env: { PORT: String(port), HOST: '127.0.0.1', GONGKAI_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' },
  });
  const health = (await fetch(`http://127.0.0.1:${port}/healthz`)).status;
  const code = await server.stop();
  return { output: server.output(), code, health };
}

test('serve prints the URL and, on first start only, a generated admin password; SIGTERM stops cleanly', {
  timeout: 600_000,
}, async () => {
  const port = 31000 + Math.floor(Math.random() * 2000);
  const first = await startAndStop(port);
  assert.equal(first.health, 200);
  assert.match(first.output, new RegExp(`http://localhost:${port}/`));
  const password = /初始管理员密码：(\S+)/.exec(first.output)?.[1];
  assert.ok(password && password.length >= 10, 'a generated password is printed');
  assert.equal(first.code, 0, 'graceful shutdown exits 0');
  assert.equal(fs.existsSync(path.join(dataDir, 'gongkai.lock')), false, 'the lock is released');

  const second = await startAndStop(port + 1);
  assert.doesNotMatch(second.output, /初始管理员密码/, 'no password on later starts');
  assert.equal(second.code, 0);
  // Never a fixed default: a second install gets a different password.
  fs.rmSync(dataDir, { recursive: true, force: true });
  const third = await startAndStop(port + 2);
  assert.notEqual(/初始管理员密码：(\S+)/.exec(third.output)?.[1], password);
});
