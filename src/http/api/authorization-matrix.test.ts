// Every API route × every role: the server allows or refuses exactly as designed. Routes are
// read from the OpenAPI document, so a new route without a row here fails the test.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testEngines } from '../../db/testing.ts';
import {
  addTestUser,
  type ApiClient,
  createClient,
  createRoleFixtures,
  createTestApp,
  type FixtureRole,
  type RoleFixtures,
  signIn,
  type TestApp,
} from '../testing.ts';

type Who = 'anonymous' | FixtureRole;
const WHO: Who[] = ['anonymous', 'platform_admin', 'org_admin', 'other_org_admin', 'clerk', 'reviewer', 'approver', 'officer'];
const SIGNED_IN = WHO.filter((w) => w !== 'anonymous');
const ADMINS: Who[] = ['platform_admin', 'org_admin'];
const ANY_ADMIN: Who[] = ['platform_admin', 'org_admin', 'other_org_admin'];

interface Prepared {
  path?: string;
  body?: unknown;
  /** Run with a session of its own (the request ends or changes it). */
  freshSession?: boolean;
}

interface MatrixRow {
  /** Who may: they get `okStatus`; everyone else 401 (anonymous) or 403. */
  allowed: Who[];
  okStatus: number;
  prepare: (ctx: { f: RoleFixtures; t: TestApp; who: Who; n: number }) => Promise<Prepared> | Prepared;
}

let counter = 0;
const unique = () => `${Date.now().toString(36)}${counter++}`;

const MATRIX: Record<string, MatrixRow> = {
  'POST /v1/auth/login': {
    allowed: WHO,
    okStatus: 200,
    prepare: async ({ t }) => {
      const user = await addTestUser(t.services, { username: `login-${unique()}` });
      return { body: { username: user.username, password: user.password }, freshSession: true };
    },
  },
  'POST /v1/auth/logout': { allowed: WHO, okStatus: 204, prepare: () => ({ freshSession: true }) },
  'GET /v1/auth/me': { allowed: SIGNED_IN, okStatus: 200, prepare: () => ({}) },
  // A wrong current password: reaching the check proves access without changing anything.
  'POST /v1/auth/password': {
    allowed: SIGNED_IN,
    okStatus: 400,
    prepare: () => ({ body: { currentPassword: 'Not-The-Passw0rd', newPassword: 'New-Passw0rd-123' } }),
  },
  'GET /v1/orgs': { allowed: SIGNED_IN, okStatus: 200, prepare: () => ({}) },
  'GET /v1/orgs/tree': { allowed: SIGNED_IN, okStatus: 200, prepare: () => ({}) },
  // 运行股: the clerk's grant is on the sibling 办公室, so the clerk may not see it.
  'GET /v1/orgs/{id}': {
    allowed: ['platform_admin', 'org_admin', 'reviewer', 'approver', 'officer'],
    okStatus: 200,
    prepare: ({ f }) => ({ path: `/v1/orgs/${f.orgIds['fugou-gxj-yxg']}` }),
  },
  'POST /v1/orgs': {
    allowed: ADMINS,
    okStatus: 201,
    prepare: ({ f }) => ({ body: { parentId: f.orgIds['fugou-gxj'], kind: 'section', name: '综合股', code: `m-${unique()}` } }),
  },
  'PATCH /v1/orgs/{id}': {
    allowed: ADMINS,
    okStatus: 200,
    prepare: ({ f, n }) => ({ path: `/v1/orgs/${f.orgIds['fugou-gxj-qyg']}`, body: { contactPhone: `0394-62131${n}` } }),
  },
  'GET /v1/users': { allowed: ANY_ADMIN, okStatus: 200, prepare: () => ({}) },
  'POST /v1/users': {
    allowed: ADMINS,
    okStatus: 201,
    prepare: ({ f }) => ({ body: { username: `u-${unique()}`, displayName: '新同事', grants: [{ orgId: f.orgIds['fugou-gxj'], role: 'clerk' }] } }),
  },
  'GET /v1/users/{id}': { allowed: ADMINS, okStatus: 200, prepare: async (c) => ({ path: `/v1/users/${(await target(c)).id}` }) },
  'PATCH /v1/users/{id}': {
    allowed: ADMINS,
    okStatus: 200,
    prepare: async (c) => ({ path: `/v1/users/${(await target(c)).id}`, body: { phone: '13800000000' } }),
  },
  'POST /v1/users/{id}/reset-password': { allowed: ADMINS, okStatus: 200, prepare: async (c) => ({ path: `/v1/users/${(await target(c)).id}/reset-password` }) },
  'POST /v1/users/{id}/unlock': { allowed: ADMINS, okStatus: 204, prepare: async (c) => ({ path: `/v1/users/${(await target(c)).id}/unlock` }) },
  'POST /v1/role-grants': {
    allowed: ADMINS,
    okStatus: 201,
    prepare: async (c) => ({ body: { userId: (await target(c)).id, orgId: c.f.orgIds['fugou-gxj-qyg'], role: 'reviewer' } }),
  },
  'DELETE /v1/role-grants/{id}': {
    allowed: ADMINS,
    okStatus: 204,
    prepare: async (c) => {
      const user = await target(c);
      const grant = await c.t.database.db.selectFrom('role_grant').select('id').where('user_id', '=', user.id).executeTakeFirstOrThrow();
      return { path: `/v1/role-grants/${grant.id}` };
    },
  },
  'GET /v1/audit': { allowed: ANY_ADMIN, okStatus: 200, prepare: () => ({}) },
};

/** A fresh clerk in 运行股 for each request, so one role's change never affects the next. */
function target({ t, f }: { t: TestApp; f: RoleFixtures }) {
  return addTestUser(t.services, { username: `target-${unique()}`, grants: [{ orgId: f.orgIds['fugou-gxj-yxg'], role: 'clerk' }] });
}

for (const engine of testEngines()) {
  describe(`authorization matrix (${engine})`, () => {
    let t: TestApp;
    let f: RoleFixtures;
    const clients = new Map<Who, ApiClient>();

    const clientFor = async (who: Who, fresh: boolean): Promise<ApiClient> => {
      if (who === 'anonymous') return createClient(t.app);
      if (fresh) return signIn(t.app, f.users[who].username, f.users[who].password);
      let client = clients.get(who);
      if (!client) {
        client = await signIn(t.app, f.users[who].username, f.users[who].password);
        clients.set(who, client);
      }
      return client;
    };

    before(async () => {
      t = await createTestApp(engine);
      f = await createRoleFixtures(t.services, 'm');
    });
    after(() => t.close());

    test('every route in the OpenAPI document has a row, and every row a route', async () => {
      const doc = await createClient(t.app).get<{ paths: Record<string, Record<string, unknown>> }>('/api/openapi.json');
      const documented = Object.entries(doc.body.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
      assert.deepEqual([...documented].sort(), Object.keys(MATRIX).sort());
    });

    for (const [route, row] of Object.entries(MATRIX)) {
      test(route, async () => {
        const [method, template] = route.split(' ');
        const outcomes: string[] = [];
        for (const [n, who] of WHO.entries()) {
          const prepared = await row.prepare({ f, t, who, n });
          const client = await clientFor(who, prepared.freshSession ?? false);
          const path = `/api${prepared.path ?? template}`;
          const res = await client.request<{ code?: string }>(method, path, prepared.body === undefined ? {} : { body: prepared.body });
          const expected = row.allowed.includes(who) ? row.okStatus : who === 'anonymous' ? 401 : 403;
          if (res.status !== expected) outcomes.push(`${who}: expected ${expected}, got ${res.status} ${res.body?.code ?? ''}`);
          if (!row.allowed.includes(who) && who !== 'anonymous' && res.body?.code !== 'FORBIDDEN') outcomes.push(`${who}: code ${res.body?.code}`);
        }
        assert.deepEqual(outcomes, []);
      });
    }

    test('after each allowed change an audit entry names the actor', async () => {
      const admin = await clientFor('org_admin', false);
      const res = await admin.get<{ items: { actorName: string | null; action: string }[] }>('/api/v1/audit?pageSize=200');
      const actions = new Set(res.body.items.filter((e) => e.actorName === f.users.org_admin.username).map((e) => e.action));
      for (const action of ['org.create', 'org.update', 'user.create', 'user.update', 'user.reset_password', 'user.unlock', 'role_grant.create', 'role_grant.delete']) {
        assert.ok(actions.has(action), action);
      }
    });
  });
}
