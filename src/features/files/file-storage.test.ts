import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { createLocalFileStorage, createMemoryFileStorage, FileMissingError } from './file-storage.ts';

const bytes = new TextEncoder().encode('扶沟县 依申请公开 答复书');

describe('file storage', () => {
  test('a saved file reads back byte for byte from the local directory, with its hash', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-files-'));
    const storage = createLocalFileStorage(root);
    const stored = await storage.save(bytes);
    assert.equal(stored.sizeBytes, bytes.byteLength);
    assert.match(stored.sha256, /^[0-9a-f]{64}$/);
    assert.deepEqual(await storage.read(stored.key), bytes);
    assert.ok(fs.existsSync(path.join(root, ...stored.key.split('/'))));
    await storage.remove(stored.key);
    await assert.rejects(storage.read(stored.key), FileMissingError);
    fs.rmSync(root, { recursive: true, force: true });
  });

  test('a key that tries to leave the directory is refused', async () => {
    const storage = createLocalFileStorage(os.tmpdir());
    await assert.rejects(storage.read('../../etc/passwd'), FileMissingError);
  });

  test('two saves of the same content get different keys', async () => {
    const storage = createMemoryFileStorage();
    const a = await storage.save(bytes);
    const b = await storage.save(bytes);
    assert.notEqual(a.key, b.key);
    assert.equal(a.sha256, b.sha256);
  });
});
