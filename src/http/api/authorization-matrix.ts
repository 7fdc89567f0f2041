// The authorization matrix: one row per API route saying which roles may call it. Rows live in
// `*.matrix.ts` files (src/http/api/ or beside a feature's routes in src/features/), found by
// name, so a feature adds its rows without editing anyone else's file. authorization-matrix.test.ts walks every route of the
// OpenAPI document × every role and fails for a route without a row.
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { addTestUser, type FixtureRole, type RoleFixtures, type TestApp, type TestUser } from '../testing.ts';

export type Who = 'anonymous' | FixtureRole;

export const WHO: readonly Who[] = [
  'anonymous',
  'platform_admin',
  'org_admin',
  'other_org_admin',
  'clerk',
  'reviewer',
  'approver',
  'officer',
];
export const SIGNED_IN: readonly Who[] = WHO.filter((w) => w !== 'anonymous');
/** Platform admin and the org admin of 扶沟县 (the county the fixtures' data lives in). */
export const ADMINS: readonly Who[] = ['platform_admin', 'org_admin'];
/** Also the org admin of another county: for lists that are scoped rather than refused. */
export const ANY_ADMIN: readonly Who[] = ['platform_admin', 'org_admin', 'other_org_admin'];

export interface PrepareContext {
  t: TestApp;
  /** 扶沟县 tree + 西华县, one ready user per role (see createRoleFixtures). */
  f: RoleFixtures;
  who: Who;
  /** Index of `who` in WHO, for distinct values per request. */
  n: number;
}

export interface Prepared {
  /** The concrete path (below /api) when the route has parameters, e.g. `/v1/orgs/3`. */
  path?: string;
  /** Sent as JSON. */
  body?: unknown;
  /** Use a session of its own (the request ends or replaces the session). */
  freshSession?: boolean;
}

export interface MatrixRow {
  /** Who may call it: they get `okStatus`; everyone else 401 (anonymous) or 403 FORBIDDEN. */
  allowed: readonly Who[];
  okStatus: number;
  /** Runs before each role's request; create what the request changes, so roles do not interfere. */
  prepare: (ctx: PrepareContext) => Promise<Prepared> | Prepared;
}

/** Keyed `METHOD /v1/path/{param}` exactly as in the OpenAPI document. */
export type MatrixRows = Record<string, MatrixRow>;

let counter = 0;
/** A short value unique within the test run (codes, user names). */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${counter++}`;
}

/** A fresh clerk in 运行股 (扶沟县工业和信息化局), a target for user routes. */
export function freshClerk({ t, f }: PrepareContext): Promise<TestUser> {
  return addTestUser(t.services, {
    username: `target-${uniqueSuffix()}`,
    grants: [{ orgId: f.orgIds['fugou-gxj-yxg'], role: 'clerk' }],
  });
}

/** Every row of every `*.matrix.ts` under src/http/api and src/features; a route described twice is an error. */
export async function loadMatrixRows(): Promise<MatrixRows> {
  const src = new URL('../../', import.meta.url);
  const files: URL[] = [];
  for (const dir of ['http/api/', 'features/']) {
    const base = new URL(dir, src);
    const names = await readdir(fileURLToPath(base), { recursive: true });
    for (const name of names.filter((n) => n.endsWith('.matrix.ts')).sort()) files.push(new URL(name, base));
  }
  const rows: MatrixRows = {};
  for (const file of files) {
    const module = (await import(file.href)) as { MATRIX_ROWS?: MatrixRows };
    if (!module.MATRIX_ROWS) throw new Error(`${fileURLToPath(file)} 没有导出 MATRIX_ROWS`);
    for (const [route, row] of Object.entries(module.MATRIX_ROWS)) {
      if (rows[route]) throw new Error(`${route} 在多个 .matrix.ts 文件中出现`);
      rows[route] = row;
    }
  }
  return rows;
}
