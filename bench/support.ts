// Shared helpers for benchmarks: a real server in a child process, a fresh PostgreSQL database, stats.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface BenchServer {
  url: string;
  pid: number;
  adminPassword: string | undefined;
  /** Peak resident memory of the server process so far (VmHWM), in MB. */
  peakMemoryMb(): number;
  stop(): Promise<void>;
}

let bundleChecked = false;

/** Benchmarks measure what `npm start` runs: the bundled server (built here when sources changed). */
function ensureServerBundle(): void {
  if (bundleChecked) return;
  const built = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build-server.mjs'), '--if-needed'], {
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error('服务端构建失败');
  bundleChecked = true;
}

export async function startBenchServer(env: NodeJS.ProcessEnv): Promise<BenchServer> {
  ensureServerBundle();
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'bin/gongkai'), 'serve'], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'silent', PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => {
    output += c.toString();
  });
  child.stderr?.on('data', (c: Buffer) => {
    output += c.toString();
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes('已启动')) {
        clearInterval(timer);
        resolve();
      }
    }, 100);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`server exited (${code}): ${output}`));
    });
  });
  const pid = child.pid as number;
  return {
    url: `http://127.0.0.1:${port}`,
    pid,
    adminPassword: /初始管理员密码：(\S+)/.exec(output)?.[1],
    peakMemoryMb: () => {
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      return Math.round(kb / 1024);
    },
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * Waits until the server has rendered every public item page ahead of visitors (/readyz says
 * so); returns how long that took, in seconds, and how many pages it keeps.
 */
export async function waitForPrerender(url: string, timeoutMs = 600_000): Promise<{ seconds: number; pages: number }> {
  const started = performance.now();
  for (;;) {
    const ready = (await (await fetch(`${url}/readyz`)).json()) as { prerender?: { state: string; pages: number } };
    const prerender = ready.prerender;
    if (!prerender || prerender.state === 'done' || prerender.state === 'off')
      return { seconds: (performance.now() - started) / 1000, pages: prerender?.pages ?? 0 };
    if (performance.now() - started > timeoutMs) throw new Error(`预生成超时：${JSON.stringify(prerender)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export function tempDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-bench-'));
}

/** A fresh PostgreSQL database for one benchmark run, dropped by `drop()`. */
export async function createPostgresDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `gongkai_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export function fmt(n: number, digits = 1): string {
  return Number.isFinite(n) ? n.toFixed(digits) : '—';
}
