// Portal and API throughput against the same server's /healthz, on PGlite and (with DATABASE_URL) PostgreSQL.
// Targets: portal pages ≥ 30% of /healthz throughput, p99 < 50 ms at 32 connections;
// peak memory < 1.2 GB on PGlite, < 300 MB on PostgreSQL.
import fs from 'node:fs';
import autocannon from 'autocannon';
import {
  type BenchServer,
  createPostgresDatabase,
  fmt,
  startBenchServer,
  tempDataDir,
  waitForPrerender,
} from './support.ts';

const CONNECTIONS = 32;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

/** autocannon at 32 connections after a 1 s warm-up. */
async function measure(url: string, headers: Record<string, string> = {}) {
  await autocannon({ url, connections: CONNECTIONS, duration: 1, headers });
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

async function signIn(server: BenchServer): Promise<string> {
  const home = await fetch(`${server.url}/`);
  const csrf = /gk_csrf=([^;]+)/.exec(home.headers.get('set-cookie') ?? '')?.[1] ?? '';
  const login = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, cookie: `gk_csrf=${csrf}` },
    body: JSON.stringify({ username: 'admin', password: server.adminPassword }),
  });
  if (!login.ok) throw new Error(`登录失败：${login.status} ${await login.text()}`);
  const session = /gk_session=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')?.[1] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = `gk_session=${session}; gk_csrf=${csrf}`;
  const change = await fetch(`${server.url}/api/v1/auth/password`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie },
    body: JSON.stringify({ currentPassword: server.adminPassword, newPassword: 'Bench-Passw0rd!' }),
  });
  if (!change.ok) throw new Error(`修改密码失败：${change.status} ${await change.text()}`);
  return cookie;
}

async function runOn(label: string, env: NodeJS.ProcessEnv, memoryTargetMb: number): Promise<boolean> {
  // First start: migrations and the demo seed, once in a database's life; its peak is printed apart.
  const firstStart = await startBenchServer(env);
  const firstPeak = firstStart.peakMemoryMb();
  const cookie = await signIn(firstStart);
  await firstStart.stop();
  const server = await startBenchServer(env);
  let ok = true;
  try {
    // The item pages rendered ahead of visitors after start (a few hundred in the demo data).
    await waitForPrerender(server.url);
    // /healthz before and after the pages; the higher is the baseline (the conservative ratios).
    const before = await measure(`${server.url}/healthz`);
    const targets: [string, string, Record<string, string>, boolean][] = [
      ['门户首页 /', `${server.url}/`, {}, true],
      ['单位门户 /o/fugou-gxj/', `${server.url}/o/fugou-gxj/`, {}, true],
      ['API 用户列表（已登录）', `${server.url}/api/v1/users?page=1&pageSize=20`, { cookie }, false],
    ];
    const measured = [];
    for (const [name, url, headers, isPortal] of targets)
      measured.push({ name, isPortal, m: await measure(url, headers) });
    const afterwards = await measure(`${server.url}/healthz`);
    const baseline = afterwards.rps > before.rps ? afterwards : before;
    console.log(`\n[${label}] ${CONNECTIONS} 连接，每项 ${SECONDS} 秒`);
    console.log(
      `  /healthz 基线: ${fmt(baseline.rps, 0)} req/s, p50 ${baseline.p50} ms, p99 ${baseline.p99} ms (before/after: ${fmt(before.rps, 0)} / ${fmt(afterwards.rps, 0)} req/s)`,
    );
    for (const { name, isPortal, m } of measured) {
      const ratio = m.rps / baseline.rps;
      const pass = !isPortal || (ratio >= 0.3 && m.p99 < 50);
      if (!pass || m.errors > 0) ok = false;
      console.log(
        `  ${name}: ${fmt(m.rps, 0)} req/s (${fmt(ratio * 100, 0)}% of /healthz), p50 ${m.p50} ms, p99 ${m.p99} ms, errors ${m.errors}${isPortal ? (pass ? '  ✓' : '  ✗ target ≥30%, p99<50ms') : ''}`,
      );
    }
    const peak = server.peakMemoryMb();
    console.log(
      `  server peak memory (VmHWM) while serving: ${peak} MB (target < ${memoryTargetMb} MB) ${peak < memoryTargetMb ? '✓' : '✗'}`,
    );
    console.log(`  first start (migrations + demo seed, before any request): peak ${firstPeak} MB`);
    if (peak >= memoryTargetMb) ok = false;
  } finally {
    await server.stop();
  }
  return ok;
}

const dataDir = tempDataDir();
let allOk = await runOn('PGlite', { GONGKAI_DATA_DIR: dataDir, DATABASE_URL: '' }, 1200);
fs.rmSync(dataDir, { recursive: true, force: true });
if (process.env.DATABASE_URL) {
  const database = await createPostgresDatabase(process.env.DATABASE_URL);
  try {
    allOk = (await runOn('PostgreSQL', { DATABASE_URL: database.url }, 300)) && allOk;
  } finally {
    await database.drop();
  }
}
console.log(allOk ? '\nhttp bench: all targets met' : '\nhttp bench: some targets missed (see ✗)');
