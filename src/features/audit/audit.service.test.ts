import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { sql } from 'kysely';
import { resetTestDatabase, testEngines } from '../../db/testing.ts';
import { createRoleFixtures, createTestApp, type RoleFixtures, type TestApp } from '../../http/testing.ts';
import type { ActionContext } from '../auth/actor.ts';

const meta = { ip: '192.0.2.10', requestId: 'req-audit' };
const page = { page: 1, pageSize: 100 };

for (const engine of testEngines()) {
  describe(`audit log (${engine})`, () => {
    let t: TestApp;
    let f: RoleFixtures;
    let admin: ActionContext;

    before(async () => {
      t = await createTestApp(engine);
    });
    after(() => t.close());
    beforeEach(async () => {
      await resetTestDatabase(t.database);
      f = await createRoleFixtures(t.services);
      admin = { actor: await t.services.auth.loadActor(f.users.platform_admin.id), meta };
    });

    const entries = () => t.database.db.selectFrom('audit_entry').selectAll().orderBy('id').execute();

    test('a change writes who, where, what, before/after, time and IP', async () => {
      const before = t.clock.now();
      await t.services.orgs.updateOrg(admin, {
        id: f.orgIds['fugou-gxj'],
        patch: { officeHours: '周一至周五 8:30-17:00' },
      });
      const entry = (await entries()).at(-1)!;
      assert.equal(entry.action, 'org.update');
      assert.equal(entry.actor_id, f.users.platform_admin.id);
      assert.equal(entry.org_id, f.orgIds['fugou-gxj']);
      assert.equal(entry.target_type, 'org');
      assert.equal(entry.target_id, String(f.orgIds['fugou-gxj']));
      assert.equal(
        (entry.before as { officeHours: string }).officeHours,
        '周一至周五 上午8:00-12:00 下午14:30-17:30（法定节假日除外）',
      );
      assert.equal((entry.after as { officeHours: string }).officeHours, '周一至周五 8:30-17:00');
      assert.equal(entry.ip, '192.0.2.10');
      assert.equal(entry.request_id, 'req-audit');
      assert.ok(entry.at.getTime() >= before.getTime() - 1000);
    });

    test('a failing action leaves neither the change nor an entry', async () => {
      const countBefore = (await entries()).length;
      await assert.rejects(
        t.services.users.createUser(admin, {
          username: 'halfway',
          displayName: '半途',
          grants: [
            { orgId: f.orgIds.fugou, role: 'clerk' },
            { orgId: 999999, role: 'clerk' },
          ],
        }),
        { code: 'VALIDATION_FAILED' },
      );
      assert.equal((await entries()).length, countBefore);
      const user = await t.database.db
        .selectFrom('app_user')
        .select('id')
        .where('username', '=', 'halfway')
        .executeTakeFirst();
      assert.equal(user, undefined);
    });

    test('when the audit entry cannot be written, the change is rolled back too', async () => {
      await sql`alter table audit_entry add constraint test_refuse_org_update check (action <> 'org.update')`.execute(
        t.database.db,
      );
      try {
        await assert.rejects(
          t.services.orgs.updateOrg(admin, { id: f.orgIds['fugou-gxj'], patch: { name: '不该生效的新名称' } }),
        );
        const org = await t.services.orgs.getOrg(admin.actor, f.orgIds['fugou-gxj']);
        assert.equal(org.name, '扶沟县工业和信息化局');
      } finally {
        await sql`alter table audit_entry drop constraint test_refuse_org_update`.execute(t.database.db);
      }
    });

    test('the database refuses UPDATE, DELETE and TRUNCATE on audit entries', async () => {
      const id = (await entries())[0].id;
      await assert.rejects(
        sql`update audit_entry set action = 'forged' where id = ${id}`.execute(t.database.db),
        /append-only/,
      );
      await assert.rejects(sql`delete from audit_entry where id = ${id}`.execute(t.database.db), /append-only/);
      await assert.rejects(sql`truncate audit_entry`.execute(t.database.db), /append-only/);
      assert.notEqual((await entries())[0].action, 'forged');
    });

    test('platform admins see everything; org admins only their subtree; others nothing', async () => {
      await t.services.orgs.updateOrg(admin, { id: f.orgIds.xihua, patch: { contactPhone: '0394-1234567' } });
      await t.services.orgs.updateOrg(admin, {
        id: f.orgIds['fugou-gxj-yxg'],
        patch: { contactPhone: '0394-7654321' },
      });
      const all = await t.services.audit.listAuditEntries(admin.actor, {}, page);
      assert.ok(all.items.some((e) => e.orgId === f.orgIds.xihua));
      const other = await t.services.auth.loadActor(f.users.other_org_admin.id);
      const otherItems = (await t.services.audit.listAuditEntries(other, {}, page)).items;
      assert.ok(otherItems.length > 0);
      assert.ok(
        otherItems.every((e) => e.orgId === f.orgIds.xihua),
        'only 西华县 entries',
      );
      const county = await t.services.auth.loadActor(f.users.org_admin.id);
      const countyItems = (await t.services.audit.listAuditEntries(county, { orgId: f.orgIds['fugou-gxj'] }, page))
        .items;
      assert.ok(countyItems.some((e) => e.orgName === '运行股'));
      assert.ok(countyItems.every((e) => e.orgId !== f.orgIds.xihua && e.orgId !== f.orgIds.fugou));
      await assert.rejects(t.services.audit.listAuditEntries(county, { orgId: f.orgIds.xihua }, page), {
        code: 'FORBIDDEN',
      });
      const clerk = await t.services.auth.loadActor(f.users.clerk.id);
      await assert.rejects(t.services.audit.listAuditEntries(clerk, {}, page), { code: 'FORBIDDEN' });
    });

    test('filters by action, actor, target, time and text, newest first, paginated', async () => {
      t.clock.advance(60_000);
      await t.services.orgs.updateOrg(admin, { id: f.orgIds['fugou-gxj-qyg'], patch: { fax: '0394-6213199' } });
      const byAction = await t.services.audit.listAuditEntries(admin.actor, { action: 'org.update' }, page);
      assert.equal(byAction.total, 1);
      assert.equal(byAction.items[0].targetId, String(f.orgIds['fugou-gxj-qyg']));
      const byActor = await t.services.audit.listAuditEntries(
        admin.actor,
        { actorId: f.users.platform_admin.id, targetType: 'org' },
        page,
      );
      assert.ok(byActor.items.every((e) => e.actorId === f.users.platform_admin.id && e.targetType === 'org'));
      const recent = await t.services.audit.listAuditEntries(
        admin.actor,
        { from: new Date(t.clock.now().getTime() - 30_000) },
        page,
      );
      assert.deepEqual(
        recent.items.map((e) => e.action),
        ['org.update'],
      );
      const old = await t.services.audit.listAuditEntries(
        admin.actor,
        { to: new Date(t.clock.now().getTime() - 30_000) },
        page,
      );
      assert.ok(!old.items.some((e) => e.action === 'org.update'));
      const text = await t.services.audit.listAuditEntries(admin.actor, { q: 'user.create' }, { page: 1, pageSize: 2 });
      assert.equal(text.items.length, 2);
      assert.ok(text.total >= 5, 'seeded users');
      const times = (await t.services.audit.listAuditEntries(admin.actor, {}, page)).items.map((e) => e.at);
      assert.deepEqual(times, [...times].sort().reverse());
    });
  });
}
