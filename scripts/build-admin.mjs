#!/usr/bin/env node
// Builds the back-office SPA (admin/ → admin/dist) with Vite's JS API.
// `--if-needed` skips the build when admin/dist/index.html is newer than every source file.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const adminDir = path.join(root, 'admin');
const output = path.join(adminDir, 'dist', 'index.html');
const sources = [path.join(adminDir, 'src'), path.join(adminDir, 'index.html'), path.join(adminDir, 'vite.config.ts')];

/** Newest modification time among the given files and everything under the given folders. */
function newestMtime(entries) {
  let newest = 0;
  for (const entry of entries) {
    let stat;
    try {
      stat = fs.statSync(entry);
    } catch {
      continue;
    }
    if (stat.isDirectory()) {
      const children = fs.readdirSync(entry).map((name) => path.join(entry, name));
      newest = Math.max(newest, newestMtime(children));
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  }
  return newest;
}

function isUpToDate() {
  try {
    return fs.statSync(output).mtimeMs > newestMtime(sources);
  } catch {
    return false;
  }
}

async function main() {
  if (process.argv.includes('--if-needed') && isUpToDate()) {
    console.log('后台界面已是最新，跳过构建（admin/dist）');
    return;
  }
  const started = performance.now();
  const { build } = await import('vite');
  await build({
    configFile: path.join(adminDir, 'vite.config.ts'),
    root: adminDir,
    logLevel: 'warn',
    mode: 'production',
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`后台界面已构建：admin/dist（用时 ${seconds} 秒）`);
}

main().catch((error) => {
  const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
  console.error(`后台界面构建失败：${detail}`);
  if (process.env.GONGKAI_DEBUG) console.error(error);
  process.exit(1);
});
