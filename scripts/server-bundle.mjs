// Where the bundled server lives and whether it is newer than the sources (shared by
// scripts/build-server.mjs and bin/gongkai).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SERVER_BUNDLE_DIR = path.join(root, 'dist', 'server');
export const SERVER_BUNDLE = path.join(SERVER_BUNDLE_DIR, 'cli.mjs');
const STAMP = path.join(SERVER_BUNDLE_DIR, 'BUILT');
const SOURCES = [path.join(root, 'src'), path.join(root, 'package-lock.json'), path.join(root, 'tsconfig.json')];

function newestMtime(entry) {
  let stat;
  try {
    stat = fs.statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, name)));
  return newest;
}

/** True when dist/server was built completely after the last change to any source file. */
export function isServerBundleFresh() {
  let built;
  try {
    built = fs.statSync(STAMP).mtimeMs;
  } catch {
    return false;
  }
  return SOURCES.every((source) => newestMtime(source) < built);
}
