import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { resetTestDatabase, testEngines } from '../../db/testing.ts';
import {
  addTestUser,
  createClient,
  createRoleFixtures,
  createTestApp,
  type RoleFixtures,
  signIn,
  type TestApp,
} from '../testing.ts';

const MINUTE = 60_000;

for (const engine of testEngines()) {
  describe(`sessions over HTTP (${engine})`, () => {
    let t: TestApp;
    let f: RoleFixtures;

    before(async () => {
      t = await createTestApp(engine, { env: { SESSION_IDLE_MINUTES: '20' } });
    });
    after(() => t.close());
    beforeEach(async () => {
      await resetTestDatabase(t.database);
      t.clock.reset();
      f = await createRoleFixtures(t.services);
    });

    test('sign-in sets an HttpOnly SameSite session cookie and returns Me with the csrf token', async () => {
      const client = createClient(t.app);
      const res = await client.post<{
        user: { username: string; grants: { roleLabel: string; orgCode: string }[] };
        csrfToken: string;
      }>('/api/v1/auth/login', { username: f.users.clerk.username, password: f.users.clerk.password });
      assert.equal(res.status, 200);
      const cookie = res.headers.getSetCookie().find((c) => c.startsWith('gk_session='));
      assert.ok(cookie);
      assert.match(cookie, /HttpOnly/);
      assert.match(cookie, /SameSite=Lax/);
      assert.deepEqual(
        res.body.user.grants.map((g) => [g.orgCode, g.roleLabel]),
        [['fugou-gxj-bgs', '信息员']],
      );
      const me = await client.get<{ csrfToken: string }>('/api/v1/auth/me');
      assert.equal(me.body.csrfToken, res.body.csrfToken);
    });

    test('wrong password is 401; the fifth failure is 423', async () => {
      const client = createClient(t.app);
      const attempt = () =>
        client.post<{ code: string }>('/api/v1/auth/login', {
          username: f.users.officer.username,
          password: 'Wrong-Passw0rd',
        });
      for (let i = 0; i < 4; i++) assert.equal((await attempt()).body.code, 'INVALID_CREDENTIALS');
      const locked = await attempt();
      assert.equal(locked.status, 423);
      assert.equal(locked.body.code, 'ACCOUNT_LOCKED');
    });

    test('an idle session expires: 401 SESSION_EXPIRED for reads and writes, then plain 401', async () => {
      const client = await signIn(t.app, f.users.org_admin.username, f.users.org_admin.password);
      t.clock.advance(19 * MINUTE);
      assert.equal((await client.get('/api/v1/orgs')).status, 200);
      t.clock.advance(21 * MINUTE);
      const write = await client.patch<{ code: string; detail: string }>(`/api/v1/orgs/${f.orgIds.fugou}`, {
        fax: '0394-0000000',
      });
      assert.equal(write.status, 401);
      assert.equal(write.body.code, 'SESSION_EXPIRED');
      assert.equal(write.body.detail, '登录已过期，请重新登录');
      const again = await signIn(t.app, f.users.org_admin.username, f.users.org_admin.password);
      t.clock.advance(21 * MINUTE);
      const read = await again.get<{ code: string }>('/api/v1/auth/me');
      assert.equal(read.status, 401);
      assert.equal(read.body.code, 'SESSION_EXPIRED');
      assert.equal(
        (await again.get<{ code: string }>('/api/v1/auth/me')).body.code,
        'UNAUTHENTICATED',
        'the dead cookie was cleared',
      );
      const org = await t.services.orgs.getOrg(
        await t.services.auth.loadActor(f.users.platform_admin.id),
        f.orgIds.fugou,
      );
      assert.equal(org.fax, '0394-6211002', 'the refused write changed nothing');
    });

    test('a generated password must be changed before anything else', async () => {
      const user = await addTestUser(t.services, {
        username: 'newbie',
        grants: [{ orgId: f.orgIds.fugou, role: 'org_admin' }],
        mustChangePassword: true,
      });
      const client = await signIn(t.app, user.username, user.password);
      const me = await client.get<{ mustChangePassword: boolean }>('/api/v1/auth/me');
      assert.equal(me.status, 200);
      assert.equal(me.body.mustChangePassword, true);
      for (const res of [
        await client.get<{ code: string }>('/api/v1/orgs'),
        await client.get<{ code: string }>('/api/v1/users'),
        await client.post<{ code: string }>('/api/v1/orgs', {}),
      ]) {
        assert.equal(res.status, 403);
        assert.equal(res.body.code, 'PASSWORD_CHANGE_REQUIRED');
      }
      const weak = await client.post<{ fields: { field: string }[] }>('/api/v1/auth/password', {
        currentPassword: user.password,
        newPassword: 'password12',
      });
      assert.equal(weak.status, 400);
      assert.equal(weak.body.fields[0].field, 'newPassword');
      assert.equal(
        (await client.post('/api/v1/auth/password', { currentPassword: user.password, newPassword: 'Fugou-2026-gk' }))
          .status,
        204,
      );
      assert.equal((await client.get('/api/v1/orgs')).status, 200, 'same session, same csrf token, now unlocked');
    });

    test('logout ends the session on the server', async () => {
      const client = await signIn(t.app, f.users.reviewer.username, f.users.reviewer.password);
      const token = client.cookie('gk_session');
      assert.ok(token);
      assert.equal((await client.post('/api/v1/auth/logout')).status, 204);
      assert.equal(await t.services.auth.resolveSession(token), null);
      assert.equal((await client.get('/api/v1/auth/me')).status, 401);
    });
  });
}
