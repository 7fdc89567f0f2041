#!/usr/bin/env node
// Bundles the server and CLI (src/cli/main.ts → dist/server/) with esbuild, so `npm start` runs plain
// JavaScript: no TypeScript loader thread, a third less memory. `--if-needed` skips the build when
// the bundle is newer than every source file. bin/gongkai runs the sources through tsx whenever
// the bundle is missing or older than them, so a stale bundle is never used.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isServerBundleFresh, SERVER_BUNDLE_DIR } from './server-bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** `--outdir DIR` builds elsewhere (tests); the default is the bundle bin/gongkai runs. */
function outdirArgument() {
  const at = process.argv.indexOf('--outdir');
  return at > 0 ? path.resolve(process.argv[at + 1]) : SERVER_BUNDLE_DIR;
}

async function main() {
  const outdir = outdirArgument();
  if (outdir === SERVER_BUNDLE_DIR && process.argv.includes('--if-needed') && isServerBundleFresh()) {
    console.log('服务端已是最新，跳过构建（dist/server）');
    return;
  }
  const started = performance.now();
  const { build } = await import('esbuild');
  fs.rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: { cli: path.join(root, 'src/cli/main.ts') },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    tsconfig: path.join(root, 'tsconfig.json'),
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  // Written last: its time marks a complete build.
  fs.writeFileSync(path.join(outdir, 'BUILT'), `${new Date().toISOString()}\n`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`服务端已构建：${path.relative(root, path.join(outdir, 'cli.mjs'))}（用时 ${seconds} 秒）`);
}

main().catch((error) => {
  const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
  console.error(`服务端构建失败：${detail}`);
  process.exitCode = 1;
});
