import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { resetTestDatabase, testEngines } from '../../db/testing.ts';
import { addTestUser, createTestApp, type TestApp } from '../../http/testing.ts';
import type { RequestMeta } from './actor.ts';

const meta: RequestMeta = { ip: '203.0.113.9', requestId: 'test' };
const MINUTE = 60_000;

for (const engine of testEngines()) {
  describe(`auth service (${engine})`, () => {
    let t: TestApp;
    let orgId: number;

    before(async () => {
      t = await createTestApp(engine);
    });
    after(() => t.close());
    beforeEach(async () => {
      await resetTestDatabase(t.database);
      t.clock.reset();
      const created = await t.services.users.createPlatformAdmin({ username: 'root', displayName: '根管理员' });
      orgId = created.user.grants[0].orgId;
    });

    const login = (username: string, password: string) => t.services.auth.login({ username, password, meta });
    const codeOf = async (promise: Promise<unknown>) => {
      try {
        await promise;
        return 'OK';
      } catch (error) {
        return (error as { code?: string }).code;
      }
    };
    const auditActions = async () =>
      (await t.database.db.selectFrom('audit_entry').select(['action', 'after']).orderBy('id').execute()).map(
        (r) => r.action,
      );

    test('signs in with the right password and resolves the session to the same actor', async () => {
      const user = await addTestUser(t.services, { username: 'wangli', grants: [{ orgId, role: 'clerk' }] });
      const { token, actor } = await login('WangLi ', user.password);
      assert.equal(actor.username, 'wangli');
      assert.deepEqual(
        actor.grants.map((g) => [g.orgId, g.role]),
        [[orgId, 'clerk']],
      );
      const resolved = await t.services.auth.resolveSession(token);
      assert.equal(resolved?.userId, user.id);
      assert.equal(resolved?.csrfToken, actor.csrfToken);
      const stored = await t.database.db.selectFrom('user_session').select('id').execute();
      assert.equal(stored.length, 1);
      assert.notEqual(stored[0].id, token, 'only a hash of the token is stored');
    });

    test('wrong password and unknown user get the same error, and both are audited', async () => {
      await addTestUser(t.services, { username: 'wangli' });
      assert.equal(await codeOf(login('wangli', 'Wrong-Passw0rd')), 'INVALID_CREDENTIALS');
      assert.equal(await codeOf(login('nobody', 'Wrong-Passw0rd')), 'INVALID_CREDENTIALS');
      const failed = await t.database.db
        .selectFrom('audit_entry')
        .selectAll()
        .where('action', '=', 'auth.login_failed')
        .orderBy('id')
        .execute();
      assert.equal(failed.length, 2);
      assert.equal(failed[1].actor_id, null);
      assert.deepEqual(failed[1].after, { username: 'nobody', reason: 'unknown_user' });
      assert.equal(failed[0].ip, '203.0.113.9');
    });

    test('unknown users take about as long as known ones (no timing shortcut)', async () => {
      const user = await addTestUser(t.services, { username: 'wangli' });
      await codeOf(login('nobody', 'x')); // warm the throwaway hash
      const time = async (name: string) => {
        const start = performance.now();
        await codeOf(login(name, 'Wrong-Passw0rd'));
        return performance.now() - start;
      };
      const known = Math.min(await time(user.username), await time(user.username), await time(user.username));
      const unknown = Math.min(await time('nobody'), await time('nobody'), await time('nobody'));
      assert.ok(unknown > known * 0.3, `unknown ${unknown.toFixed(1)} ms vs known ${known.toFixed(1)} ms`);
    });

    test('five consecutive failures lock the account for 15 minutes, even for the right password', async () => {
      const user = await addTestUser(t.services, { username: 'wangli' });
      for (let i = 0; i < 4; i++) assert.equal(await codeOf(login('wangli', 'Wrong-Passw0rd')), 'INVALID_CREDENTIALS');
      assert.equal(await codeOf(login('wangli', 'Wrong-Passw0rd')), 'ACCOUNT_LOCKED');
      assert.equal(await codeOf(login('wangli', user.password)), 'ACCOUNT_LOCKED');
      t.clock.advance(14 * MINUTE);
      assert.equal(await codeOf(login('wangli', user.password)), 'ACCOUNT_LOCKED');
      t.clock.advance(MINUTE + 1000);
      assert.equal(await codeOf(login('wangli', user.password)), 'OK');
      const row = await t.database.db
        .selectFrom('app_user')
        .select(['failed_attempts', 'locked_until'])
        .where('id', '=', user.id)
        .executeTakeFirstOrThrow();
      assert.deepEqual(row, { failed_attempts: 0, locked_until: null });
    });

    test('a made-up name answers exactly like a real one, lockout included', async () => {
      await addTestUser(t.services, { username: 'wangli' });
      const answers = async (name: string) => {
        const seen: string[] = [];
        for (let i = 0; i < 6; i++) {
          try {
            await login(name, 'Wrong-Passw0rd');
            seen.push('OK');
          } catch (error) {
            const e = error as { code?: string; detail?: string };
            seen.push(`${e.code} ${e.detail}`);
          }
        }
        return seen;
      };
      const real = await answers('wangli');
      assert.match(real[4], /^ACCOUNT_LOCKED/);
      assert.deepEqual(await answers('nobody'), real);
      t.clock.advance(15 * MINUTE + 1000);
      assert.equal(
        await codeOf(login('nobody', 'Wrong-Passw0rd')),
        'INVALID_CREDENTIALS',
        'the lock lifts as for accounts',
      );
    });

    test('a success resets the failure count', async () => {
      const user = await addTestUser(t.services, { username: 'wangli' });
      for (let i = 0; i < 4; i++) await codeOf(login('wangli', 'Wrong-Passw0rd'));
      assert.equal(await codeOf(login('wangli', user.password)), 'OK');
      for (let i = 0; i < 4; i++) assert.equal(await codeOf(login('wangli', 'Wrong-Passw0rd')), 'INVALID_CREDENTIALS');
    });

    test('concurrent failures are all counted', async () => {
      const user = await addTestUser(t.services, { username: 'wangli' });
      await Promise.all(Array.from({ length: 5 }, () => codeOf(login('wangli', 'Wrong-Passw0rd'))));
      assert.equal(await codeOf(login('wangli', user.password)), 'ACCOUNT_LOCKED');
    });

    test('a session idle longer than the configured minutes expires; activity keeps it alive', async () => {
      const user = await addTestUser(t.services, { username: 'wangli' });
      const { token } = await login('wangli', user.password);
      const idle = t.services.config.sessionIdleMinutes;
      assert.equal(idle, 30);
      t.clock.advance((idle - 1) * MINUTE);
      assert.ok(await t.services.auth.resolveSession(token), 'still alive after 29 idle minutes');
      t.clock.advance((idle - 1) * MINUTE);
      assert.ok(await t.services.auth.resolveSession(token), 'activity moved the idle window');
      t.clock.advance((idle + 1) * MINUTE);
      assert.equal(await t.services.auth.resolveSession(token), null);
      assert.equal(
        (await t.database.db.selectFrom('user_session').select('id').execute()).length,
        0,
        'the dead session is removed',
      );
    });

    test('a session ends after 12 hours however active', async () => {
      const user = await addTestUser(t.services, { username: 'wangli' });
      const { token } = await login('wangli', user.password);
      for (let step = 0; step < 35; step++) {
        t.clock.advance(20 * MINUTE); // 11 h 40 min in all
        assert.ok(await t.services.auth.resolveSession(token));
      }
      t.clock.advance(19 * MINUTE);
      assert.ok(await t.services.auth.resolveSession(token), 'alive at 11 h 59 min');
      t.clock.advance(2 * MINUTE);
      assert.equal(await t.services.auth.resolveSession(token), null);
    });

    test('last_seen_at is written at most once a minute', async () => {
      const user = await addTestUser(t.services, { username: 'wangli' });
      const { token } = await login('wangli', user.password);
      const lastSeen = async () =>
        (
          await t.database.db.selectFrom('user_session').select('last_seen_at').executeTakeFirstOrThrow()
        ).last_seen_at.getTime();
      const first = await lastSeen();
      t.clock.advance(30_000);
      await t.services.auth.resolveSession(token);
      assert.equal(await lastSeen(), first);
      t.clock.advance(31_000);
      await t.services.auth.resolveSession(token);
      assert.ok((await lastSeen()) > first);
    });

    test('logout ends the session and is audited', async () => {
      const user = await addTestUser(t.services, { username: 'wangli' });
      const { token, actor } = await login('wangli', user.password);
      await t.services.auth.logout({ actor, meta });
      assert.equal(await t.services.auth.resolveSession(token), null);
      assert.deepEqual((await auditActions()).slice(-2), ['auth.login', 'auth.logout']);
    });

    test('a deactivated user loses their live session', async () => {
      const user = await addTestUser(t.services, { username: 'wangli' });
      const { token } = await login('wangli', user.password);
      await t.database.db.updateTable('app_user').set({ is_active: false }).where('id', '=', user.id).execute();
      assert.equal(await t.services.auth.resolveSession(token), null);
      assert.equal(await codeOf(login('wangli', user.password)), 'INVALID_CREDENTIALS');
    });

    test('changing the password checks the current one and the policy, clears the forced change and ends other sessions', async () => {
      const user = await addTestUser(t.services, { username: 'wangli', mustChangePassword: true });
      const first = await login('wangli', user.password);
      const second = await login('wangli', user.password);
      assert.equal(second.actor.mustChangePassword, true);
      const ctx = { actor: second.actor, meta };
      const change = (currentPassword: string, newPassword: string) =>
        t.services.auth.changePassword(ctx, { currentPassword, newPassword });
      await assert.rejects(
        change('Wrong-Passw0rd', 'New-Passw0rd!'),
        (e: { fields: { field: string }[] }) => e.fields[0].field === 'currentPassword',
      );
      await assert.rejects(change(user.password, 'short1A!'), /至少需要 10 个字符/);
      await assert.rejects(change(user.password, 'alllowercaseletters'), /至少三类/);
      await assert.rejects(change(user.password, user.password), /不能与当前密码相同/);
      await assert.rejects(change(user.password, 'Wangli-12345'), /不能包含用户名/);
      await change(user.password, 'New-Passw0rd!');
      const kept = await t.services.auth.resolveSession(second.token);
      assert.equal(kept?.mustChangePassword, false);
      assert.equal(kept?.csrfToken, second.actor.csrfToken, 'the csrf token of this session stays');
      assert.equal(await t.services.auth.resolveSession(first.token), null, 'other sessions end');
      assert.equal(await codeOf(login('wangli', user.password)), 'INVALID_CREDENTIALS');
      assert.equal(await codeOf(login('wangli', 'New-Passw0rd!')), 'OK');
      assert.ok((await auditActions()).includes('auth.change_password'));
    });
  });
}
