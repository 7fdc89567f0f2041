// Where uploaded files live. Local directory by default (under the data directory); an
// S3-compatible store can implement the same interface when several instances share files.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

export interface StoredFile {
  /** Opaque key to read the file back; never derived from the uploaded file name. */
  key: string;
  sha256: string;
  sizeBytes: number;
}

export interface FileStorage {
  save(data: Uint8Array): Promise<StoredFile>;
  read(key: string): Promise<Uint8Array>;
  remove(key: string): Promise<void>;
}

export class FileMissingError extends Error {
  constructor(key: string) {
    super(`文件 ${key} 不存在`);
  }
}

const KEY_PATTERN = /^\d{4}\/\d{2}\/[0-9a-f]{32}$/;

function newKey(now: Date): string {
  const month = String(now.getUTCMonth() + 1).padStart(2, '0');
  return `${now.getUTCFullYear()}/${month}/${randomBytes(16).toString('hex')}`;
}

function describe(key: string, data: Uint8Array): StoredFile {
  return { key, sha256: createHash('sha256').update(data).digest('hex'), sizeBytes: data.byteLength };
}

/** Files under `root`, one per key (`YYYY/MM/<random>`); keys are checked so no path can escape `root`. */
export function createLocalFileStorage(root: string, now: () => Date = () => new Date()): FileStorage {
  const pathOf = (key: string) => {
    if (!KEY_PATTERN.test(key)) throw new FileMissingError(key);
    return path.join(root, ...key.split('/'));
  };
  return {
    async save(data) {
      const key = newKey(now());
      const file = pathOf(key);
      await fs.mkdir(path.dirname(file), { recursive: true });
      const partial = `${file}.part`;
      await fs.writeFile(partial, data, { flag: 'wx' });
      await fs.rename(partial, file);
      return describe(key, data);
    },
    async read(key) {
      try {
        return new Uint8Array(await fs.readFile(pathOf(key)));
      } catch (error) {
        if ((error as { code?: string }).code === 'ENOENT') throw new FileMissingError(key);
        throw error;
      }
    },
    async remove(key) {
      await fs.rm(pathOf(key), { force: true });
    },
  };
}

/** Keeps files in memory: tests, and anything that must not touch the disk. */
export function createMemoryFileStorage(now: () => Date = () => new Date()): FileStorage {
  const files = new Map<string, Uint8Array>();
  return {
    async save(data) {
      const key = newKey(now());
      files.set(key, new Uint8Array(data));
      return describe(key, data);
    },
    async read(key) {
      const data = files.get(key);
      if (!data) throw new FileMissingError(key);
      return new Uint8Array(data);
    },
    async remove(key) {
      files.delete(key);
    },
  };
}
