// Every API route × every role: the server allows or refuses exactly as designed. Routes are
// read from the OpenAPI document and rows from the *.matrix.ts files, so a new route without
// a row fails here.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testEngines } from '../../db/testing.ts';
import {
  type ApiClient,
  createClient,
  createRoleFixtures,
  createTestApp,
  type RoleFixtures,
  signIn,
  type TestApp,
} from '../testing.ts';
import { loadMatrixRows, WHO, type Who } from './authorization-matrix.ts';

const MATRIX = await loadMatrixRows();

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
      const doc = await createClient(t.app).get<{ paths: Record<string, Record<string, unknown>> }>(
        '/api/openapi.json',
      );
      const documented = Object.entries(doc.body.paths).flatMap(([path, ops]) =>
        Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
      );
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
          const res = await client.request<{ code?: string }>(
            method,
            path,
            prepared.body === undefined ? {} : { body: prepared.body },
          );
          const allowed = row.allowed.includes(who);
          const expected = allowed ? row.okStatus : who === 'anonymous' ? 401 : 403;
          if (res.status !== expected)
            outcomes.push(`${who}: expected ${expected}, got ${res.status} ${res.body?.code ?? ''}`);
          else if (!allowed && who !== 'anonymous' && res.body?.code !== 'FORBIDDEN')
            outcomes.push(`${who}: code ${res.body?.code}`);
        }
        assert.deepEqual(outcomes, []);
      });
    }

    test('each allowed change by the county admin left an audit entry naming them', async () => {
      const admin = await clientFor('org_admin', false);
      const res = await admin.get<{ items: { actorName: string | null; action: string }[] }>(
        `/api/v1/audit?pageSize=200&actorId=${f.users.org_admin.id}`,
      );
      const actions = new Set(
        res.body.items.filter((e) => e.actorName === f.users.org_admin.username).map((e) => e.action),
      );
      const expected = ['org.create', 'org.update', 'user.create', 'user.update', 'user.reset_password', 'user.unlock'];
      for (const action of [...expected, 'role_grant.create', 'role_grant.delete'])
        assert.ok(actions.has(action), action);
    });
  });
}
