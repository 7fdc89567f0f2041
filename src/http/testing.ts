// Test helpers: an in-process app over a real test database, and a tiny API client that keeps
// cookies and the CSRF token like the back office does.
import type { Hono } from 'hono';
import { loadConfig } from '../config.ts';
import { createLogger } from '../core/logger.ts';
import type { Database, Engine } from '../db/database.ts';
import { openTestDatabase } from '../db/testing.ts';
import { hashPassword } from '../features/auth/password.ts';
import type { Role } from '../features/auth/roles.ts';
import { seedPlatform } from '../features/demo/seed-platform.ts';
import { insertGrant, insertUser, updateUserRow } from '../features/users/user.repo.ts';
import { createServices, type Services } from '../services.ts';
import { createApp } from './app.ts';
import type { AppEnv } from './app-env.ts';

/** Real time plus an offset that tests move forward (idle timeouts, lockouts). */
export interface TestClock {
  now(): Date;
  advance(ms: number): void;
  reset(): void;
}

export function createTestClock(): TestClock {
  let offset = 0;
  return {
    now: () => new Date(Date.now() + offset),
    advance: (ms) => {
      offset += ms;
    },
    reset: () => {
      offset = 0;
    },
  };
}

export interface TestApp {
  app: Hono<AppEnv>;
  services: Services;
  database: Database;
  clock: TestClock;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Extra environment for loadConfig (e.g. SESSION_IDLE_MINUTES). */
  env?: Record<string, string>;
  /** Reuse an open database instead of opening a fresh one (its close stays with the caller). */
  database?: Database;
}

export async function createTestApp(engine: Engine, options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.database ?? (await openTestDatabase(engine));
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', GONGKAI_SEED_DEMO: '0', ...options.env });
  const clock = createTestClock();
  const services = createServices(database, config, createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'), clock.now);
  const app = createApp(services);
  const close = options.database ? async () => {} : () => database.close();
  return { app, services, database, clock, close };
}

export interface ApiResponse<T = unknown> {
  status: number;
  /** Parsed JSON, the text of any other body, or null when empty. */
  body: T;
  headers: Headers;
}

export interface RequestOptions {
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as is (malformed JSON, huge bodies). */
  raw?: string | Uint8Array;
  headers?: Record<string, string>;
  /** Leave out the x-csrf-token header. */
  omitCsrf?: boolean;
}

export interface ApiClient {
  request<T = unknown>(method: string, path: string, options?: RequestOptions): Promise<ApiResponse<T>>;
  get<T = unknown>(path: string, options?: RequestOptions): Promise<ApiResponse<T>>;
  post<T = unknown>(path: string, body?: unknown, options?: RequestOptions): Promise<ApiResponse<T>>;
  patch<T = unknown>(path: string, body?: unknown, options?: RequestOptions): Promise<ApiResponse<T>>;
  delete<T = unknown>(path: string, options?: RequestOptions): Promise<ApiResponse<T>>;
  /** The token sent in x-csrf-token (the session's once signed in). */
  csrfToken(): string | undefined;
  cookie(name: string): string | undefined;
}

/** A client with no session yet; it picks up the gk_csrf cookie on its first request. */
export function createClient(app: Hono<AppEnv>): ApiClient {
  const jar = new Map<string, string>();
  let sessionCsrf: string | undefined;

  const storeCookies = (headers: Headers) => {
    for (const line of headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = decodeURIComponent(pair.slice(eq + 1).trim());
      const expired = attributes.some((a) => /max-age=0/i.test(a) || /expires=Thu, 01 Jan 1970/i.test(a));
      if (expired || value === '') jar.delete(name);
      else jar.set(name, value);
    }
  };

  const client: ApiClient = {
    async request<T>(method: string, path: string, options: RequestOptions = {}) {
      if (!jar.has('gk_csrf') && method !== 'GET' && !options.omitCsrf) await client.get('/api/v1/auth/me');
      const headers: Record<string, string> = { ...options.headers };
      if (jar.size > 0) headers.cookie = [...jar].map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('; ');
      const csrf = sessionCsrf ?? jar.get('gk_csrf');
      if (method !== 'GET' && !options.omitCsrf && csrf && !headers['x-csrf-token']) headers['x-csrf-token'] = csrf;
      let body: string | Uint8Array | undefined;
      if (options.raw !== undefined) body = options.raw;
      else if (options.body !== undefined) {
        body = JSON.stringify(options.body);
        headers['content-type'] ??= 'application/json';
      }
      const res = await app.request(path, { method, headers, body: body as BodyInit | undefined });
      storeCookies(res.headers);
      const text = await res.text();
      let parsed: unknown = text === '' ? null : text;
      if (/json/.test(res.headers.get('content-type') ?? '') && text !== '') parsed = JSON.parse(text);
      if (path === '/api/v1/auth/login' && res.status === 200)
        sessionCsrf = (parsed as { csrfToken: string }).csrfToken;
      if (path === '/api/v1/auth/logout' && res.status === 204) sessionCsrf = undefined;
      return { status: res.status, body: parsed as T, headers: res.headers };
    },
    get: (path, options) => client.request('GET', path, options),
    post: (path, body, options) => client.request('POST', path, { ...options, body }),
    patch: (path, body, options) => client.request('PATCH', path, { ...options, body }),
    delete: (path, options) => client.request('DELETE', path, options),
    csrfToken: () => sessionCsrf ?? jar.get('gk_csrf'),
    cookie: (name) => jar.get(name),
  };
  return client;
}

/** Signs in through the API and returns the client holding the session; throws when sign-in fails. */
export async function signIn(app: Hono<AppEnv>, username: string, password: string): Promise<ApiClient> {
  const client = createClient(app);
  const res = await client.post<{ detail?: string }>('/api/v1/auth/login', { username, password });
  if (res.status !== 200) throw new Error(`登录失败（${res.status}）：${res.body?.detail ?? ''}`);
  return client;
}

export interface TestUser {
  id: number;
  username: string;
  password: string;
}

export interface AddTestUserOptions {
  username: string;
  displayName?: string;
  grants?: { orgId: number; role: Role }[];
  /** Defaults to a policy-compliant fixed test password. */
  password?: string;
  /** Defaults to false, so the user can use the API at once. */
  mustChangePassword?: boolean;
}

export const TEST_PASSWORD = 'Test-Passw0rd!';

/** Inserts a user with a known password straight into the database (no audit entry: fixture data). */
export async function addTestUser(services: Services, options: AddTestUserOptions): Promise<TestUser> {
  const password = options.password ?? TEST_PASSWORD;
  const db = services.database.db;
  const now = new Date();
  const account = await insertUser(
    db,
    {
      username: options.username,
      displayName: options.displayName ?? options.username,
      passwordHash: await hashPassword(password),
    },
    now,
  );
  await updateUserRow(db, account.id, { mustChangePassword: options.mustChangePassword ?? false }, now);
  for (const grant of options.grants ?? []) await insertGrant(db, account.id, grant.orgId, grant.role, now);
  return { id: account.id, username: account.username, password };
}

export type FixtureRole =
  | 'platform_admin'
  | 'org_admin'
  | 'other_org_admin'
  | 'clerk'
  | 'reviewer'
  | 'approver'
  | 'officer';

export interface RoleFixtures {
  /** fugou (government) → fugou-gxj (department) → fugou-gxj-bgs / -yxg / -qyg (sections); xihua is another county. */
  orgIds: Record<'fugou' | 'fugou-gxj' | 'fugou-gxj-bgs' | 'fugou-gxj-yxg' | 'fugou-gxj-qyg' | 'xihua', number>;
  /** Ready-to-use users (known password, no forced change), one per role. */
  users: Record<FixtureRole, TestUser>;
}

/**
 * The demo county plus a second county, and one user per role: the platform admin and the
 * county's org admin on 扶沟县人民政府, another org admin on 西华县人民政府, the clerk on the
 * 办公室 section, reviewer, approver and officer on 扶沟县工业和信息化局.
 */
export async function createRoleFixtures(services: Services, prefix = 't'): Promise<RoleFixtures> {
  const seeded = await seedPlatform(services);
  if (!seeded.created) throw new Error('createRoleFixtures 需要一个空数据库');
  const fugou = seeded.orgIds.fugou;
  const admin = await addTestUser(services, {
    username: `${prefix}-padmin`,
    grants: [{ orgId: fugou, role: 'platform_admin' }],
  });
  const ctx = { actor: await services.auth.loadActor(admin.id), meta: { ip: null, requestId: null } };
  const xihua = await services.orgs.createOrg(ctx, {
    parentId: null,
    kind: 'government',
    name: '西华县人民政府',
    code: 'xihua',
  });
  const orgIds = {
    fugou,
    'fugou-gxj': seeded.orgIds['fugou-gxj'],
    'fugou-gxj-bgs': seeded.orgIds['fugou-gxj-bgs'],
    'fugou-gxj-yxg': seeded.orgIds['fugou-gxj-yxg'],
    'fugou-gxj-qyg': seeded.orgIds['fugou-gxj-qyg'],
    xihua: xihua.id,
  };
  const dept = orgIds['fugou-gxj'];
  const user = (name: string, orgId: number, role: Role) =>
    addTestUser(services, { username: `${prefix}-${name}`, grants: [{ orgId, role }] });
  return {
    orgIds,
    users: {
      platform_admin: admin,
      org_admin: await user('orgadmin', fugou, 'org_admin'),
      other_org_admin: await user('otheradmin', xihua.id, 'org_admin'),
      clerk: await user('clerk', orgIds['fugou-gxj-bgs'], 'clerk'),
      reviewer: await user('reviewer', dept, 'reviewer'),
      approver: await user('approver', dept, 'approver'),
      officer: await user('officer', dept, 'officer'),
    },
  };
}
