import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { resetTestDatabase, testEngines } from '../../db/testing.ts';
import { addTestUser, createRoleFixtures, createTestApp, type RoleFixtures, type TestApp } from '../../http/testing.ts';
import type { ActionContext } from '../auth/actor.ts';
import { passwordPolicyProblem } from '../auth/password.ts';

const meta = { ip: '198.51.100.7', requestId: 'test' };

for (const engine of testEngines()) {
  describe(`user service (${engine})`, () => {
    let t: TestApp;
    let f: RoleFixtures;
    const ctx = async (userId: number): Promise<ActionContext> => ({
      actor: await t.services.auth.loadActor(userId),
      meta,
    });

    before(async () => {
      t = await createTestApp(engine);
    });
    after(() => t.close());
    beforeEach(async () => {
      await resetTestDatabase(t.database);
      f = await createRoleFixtures(t.services);
    });

    const login = (username: string, password: string) => t.services.auth.login({ username, password, meta });

    test('a new user gets a generated password that works once and must be changed', async () => {
      const admin = await ctx(f.users.org_admin.id);
      const { user, initialPassword } = await t.services.users.createUser(admin, {
        username: 'Zhaomin',
        displayName: '赵敏',
        phone: '0394-6213109',
        grants: [{ orgId: f.orgIds['fugou-gxj-yxg'], role: 'clerk' }],
      });
      assert.equal(user.username, 'zhaomin');
      assert.equal(user.mustChangePassword, true);
      assert.equal(passwordPolicyProblem(initialPassword), null);
      assert.deepEqual(
        user.grants.map((g) => [g.orgName, g.roleLabel]),
        [['运行股', '信息员']],
      );
      const { actor } = await login('zhaomin', initialPassword);
      assert.equal(actor.mustChangePassword, true);
      const stored = await t.database.db
        .selectFrom('app_user')
        .select('password_hash')
        .where('id', '=', user.id)
        .executeTakeFirstOrThrow();
      assert.ok(!stored.password_hash.includes(initialPassword));
    });

    test('usernames are unique (Chinese 409) and validated', async () => {
      const admin = await ctx(f.users.platform_admin.id);
      await assert.rejects(t.services.users.createUser(admin, { username: 'clerk', displayName: '重复' }), {
        code: 'CONFLICT',
        detail: '用户名 clerk 已被使用',
      });
      await assert.rejects(t.services.users.createUser(admin, { username: '1abc', displayName: '数字开头' }), {
        code: 'VALIDATION_FAILED',
      });
    });

    test('org admins must place new users in their subtree, and cannot grant platform admin', async () => {
      const admin = await ctx(f.users.org_admin.id);
      await assert.rejects(t.services.users.createUser(admin, { username: 'nogrant', displayName: '无角色' }), {
        code: 'VALIDATION_FAILED',
      });
      await assert.rejects(
        t.services.users.createUser(admin, {
          username: 'outsider',
          displayName: '外县',
          grants: [{ orgId: f.orgIds.xihua, role: 'clerk' }],
        }),
        { code: 'FORBIDDEN' },
      );
      await assert.rejects(
        t.services.users.createUser(admin, {
          username: 'boss',
          displayName: '越权',
          grants: [{ orgId: f.orgIds.fugou, role: 'platform_admin' }],
        }),
        { code: 'FORBIDDEN' },
      );
      const count = await t.database.db
        .selectFrom('app_user')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('username', 'in', ['nogrant', 'outsider', 'boss'])
        .executeTakeFirstOrThrow();
      assert.equal(Number(count.n), 0, 'nothing half-created');
    });

    test('org admins list only users with a role in their subtree', async () => {
      const other = await ctx(f.users.other_org_admin.id);
      const page = await t.services.users.listUsers(other.actor, {}, { page: 1, pageSize: 50 });
      assert.deepEqual(
        page.items.map((u) => u.username),
        [f.users.other_org_admin.username],
      );
      const county = await ctx(f.users.org_admin.id);
      const inDept = await t.services.users.listUsers(
        county.actor,
        { orgId: f.orgIds['fugou-gxj'] },
        { page: 1, pageSize: 50 },
      );
      assert.ok(inDept.items.every((u) => u.grants.some((g) => g.orgName !== '扶沟县人民政府')));
      assert.ok(inDept.items.some((u) => u.username === f.users.reviewer.username));
      await assert.rejects(
        t.services.users.listUsers(county.actor, { orgId: f.orgIds.xihua }, { page: 1, pageSize: 20 }),
        { code: 'FORBIDDEN' },
      );
      const search = await t.services.users.listUsers(county.actor, { q: '王丽' }, { page: 1, pageSize: 20 });
      assert.deepEqual(
        search.items.map((u) => u.username),
        ['clerk'],
      );
    });

    test('a department admin cannot manage a user who also holds a county-level role', async () => {
      const deptAdmin = await addTestUser(t.services, {
        username: 'deptadmin',
        grants: [{ orgId: f.orgIds['fugou-gxj'], role: 'org_admin' }],
      });
      const both = await addTestUser(t.services, {
        username: 'both',
        grants: [
          { orgId: f.orgIds['fugou-gxj'], role: 'clerk' },
          { orgId: f.orgIds.fugou, role: 'org_admin' },
        ],
      });
      const asDept = await ctx(deptAdmin.id);
      assert.equal((await t.services.users.getUser(asDept.actor, both.id)).username, 'both', 'visible');
      await assert.rejects(t.services.users.resetPassword(asDept, both.id), { code: 'FORBIDDEN' });
      await assert.rejects(t.services.users.updateUser(asDept, { id: both.id, patch: { displayName: '改名' } }), {
        code: 'FORBIDDEN',
      });
    });

    test('reset password issues a new forced-change password, unlocks, and ends sessions', async () => {
      const admin = await ctx(f.users.org_admin.id);
      const target = f.users.clerk;
      const session = await login(target.username, target.password);
      for (let i = 0; i < 5; i++) await login(target.username, 'Wrong-Passw0rd').catch(() => {});
      const locked = await t.services.users.getUser(admin.actor, target.id);
      assert.ok(locked.lockedUntil, 'locked after five failures');
      const { initialPassword } = await t.services.users.resetPassword(admin, target.id);
      assert.equal(await t.services.auth.resolveSession(session.token), null);
      const fresh = await login(target.username, initialPassword);
      assert.equal(fresh.actor.mustChangePassword, true);
    });

    test('unlock clears the lock without changing the password', async () => {
      const admin = await ctx(f.users.org_admin.id);
      const target = f.users.officer;
      for (let i = 0; i < 5; i++) await login(target.username, 'Wrong-Passw0rd').catch(() => {});
      await assert.rejects(login(target.username, target.password), { code: 'ACCOUNT_LOCKED' });
      await t.services.users.unlockUser(admin, target.id);
      assert.equal((await login(target.username, target.password)).actor.userId, target.id);
    });

    test('deactivating a user ends their sessions; nobody can deactivate themselves', async () => {
      const admin = await ctx(f.users.org_admin.id);
      const session = await login(f.users.approver.username, f.users.approver.password);
      const updated = await t.services.users.updateUser(admin, {
        id: f.users.approver.id,
        patch: { isActive: false, email: 'zjg@fugou.example.cn' },
      });
      assert.equal(updated.isActive, false);
      assert.equal(updated.email, 'zjg@fugou.example.cn');
      assert.equal(await t.services.auth.resolveSession(session.token), null);
      await assert.rejects(t.services.users.updateUser(admin, { id: admin.actor.userId, patch: { isActive: false } }), {
        code: 'VALIDATION_FAILED',
      });
    });

    test('role grants: org admins grant within their subtree to users in view; duplicates are 409', async () => {
      const county = await ctx(f.users.org_admin.id);
      const grant = await t.services.users.grantRole(county, {
        userId: f.users.clerk.id,
        orgId: f.orgIds['fugou-gxj-qyg'],
        role: 'reviewer',
      });
      assert.equal(grant.roleLabel, '审核员');
      assert.equal(grant.orgName, '企业股');
      await assert.rejects(
        t.services.users.grantRole(county, {
          userId: f.users.clerk.id,
          orgId: f.orgIds['fugou-gxj-qyg'],
          role: 'reviewer',
        }),
        { code: 'CONFLICT' },
      );
      await assert.rejects(
        t.services.users.grantRole(county, { userId: f.users.clerk.id, orgId: f.orgIds.xihua, role: 'reviewer' }),
        { code: 'FORBIDDEN' },
      );
      await assert.rejects(
        t.services.users.grantRole(county, {
          userId: f.users.other_org_admin.id,
          orgId: f.orgIds.fugou,
          role: 'clerk',
        }),
        { code: 'FORBIDDEN' },
        'user not in view',
      );
      await assert.rejects(
        t.services.users.grantRole(county, { userId: f.users.clerk.id, orgId: f.orgIds.fugou, role: 'platform_admin' }),
        { code: 'FORBIDDEN' },
      );
      const platform = await ctx(f.users.platform_admin.id);
      await t.services.users.grantRole(platform, {
        userId: f.users.clerk.id,
        orgId: f.orgIds.fugou,
        role: 'platform_admin',
      });
      const actor = await t.services.auth.loadActor(f.users.clerk.id);
      assert.ok(actor.grants.some((g) => g.role === 'platform_admin'));
      await t.services.users.revokeRole(county, grant.id);
      await assert.rejects(t.services.users.revokeRole(county, grant.id), { code: 'NOT_FOUND' });
    });

    test('the last platform admin cannot be revoked', async () => {
      await resetTestDatabase(t.database);
      const { user } = await t.services.users.createPlatformAdmin({ displayName: '平台管理员' });
      const admin = await ctx(user.id);
      await assert.rejects(t.services.users.revokeRole(admin, user.grants[0].id), {
        code: 'CONFLICT',
        detail: '这是最后一名平台管理员，不能撤销',
      });
    });

    test('createPlatformAdmin picks admin, admin2, … and creates a placeholder root org on an empty database', async () => {
      await resetTestDatabase(t.database);
      const first = await t.services.users.createPlatformAdmin({ displayName: '平台管理员' });
      const second = await t.services.users.createPlatformAdmin({ displayName: '平台管理员二' });
      assert.deepEqual([first.user.username, second.user.username], ['admin', 'admin2']);
      assert.equal(passwordPolicyProblem(first.password), null);
      assert.equal(first.user.grants[0].role, 'platform_admin');
      assert.equal(first.user.grants[0].orgId, second.user.grants[0].orgId, 'one root org');
      await assert.rejects(t.services.users.createPlatformAdmin({ username: 'admin', displayName: 'x' }), {
        code: 'CONFLICT',
      });
      const { actor } = await login('admin', first.password);
      assert.equal(actor.mustChangePassword, true);
    });
  });
}
