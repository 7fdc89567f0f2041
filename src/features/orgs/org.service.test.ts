import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { resetTestDatabase, testEngines } from '../../db/testing.ts';
import { addTestUser, createRoleFixtures, createTestApp, type RoleFixtures, type TestApp } from '../../http/testing.ts';
import type { ActionContext } from '../auth/actor.ts';
import type { OrgInput } from './org.ts';

const meta = { ip: null, requestId: 'test' };

for (const engine of testEngines()) {
  describe(`org service (${engine})`, () => {
    let t: TestApp;
    let f: RoleFixtures;
    let asAdmin: ActionContext;
    let asCountyAdmin: ActionContext;

    before(async () => {
      t = await createTestApp(engine);
    });
    after(() => t.close());
    beforeEach(async () => {
      await resetTestDatabase(t.database);
      f = await createRoleFixtures(t.services);
      asAdmin = { actor: await t.services.auth.loadActor(f.users.platform_admin.id), meta };
      asCountyAdmin = { actor: await t.services.auth.loadActor(f.users.org_admin.id), meta };
    });

    const section = (parentId: number, code: string): OrgInput => ({
      parentId,
      kind: 'section',
      name: `测试股${code}`,
      code,
    });
    const failure = async (promise: Promise<unknown>) => {
      try {
        await promise;
      } catch (error) {
        return error as { code: string; detail: string; fields: { field: string }[] };
      }
      assert.fail('expected the call to fail');
    };

    test('keeps the materialised path of each new org', async () => {
      const dept = await t.services.orgs.createOrg(asAdmin, {
        parentId: f.orgIds.fugou,
        kind: 'department',
        name: '扶沟县教育局',
        code: 'fugou-jyj',
      });
      const sec = await t.services.orgs.createOrg(asAdmin, section(dept.id, 'fugou-jyj-bgs'));
      const row = await t.database.db
        .selectFrom('org')
        .select('path')
        .where('id', '=', sec.id)
        .executeTakeFirstOrThrow();
      assert.equal(row.path, `/${f.orgIds.fugou}/${dept.id}/${sec.id}/`);
    });

    test('enforces government → department → section', async () => {
      const orgs = t.services.orgs;
      const cases: [OrgInput, string][] = [
        [{ parentId: null, kind: 'department', name: '孤立部门', code: 'lone-dept' }, '部门的上级必须是政府'],
        [{ parentId: null, kind: 'section', name: '孤立股室', code: 'lone-sec' }, '股室/科室的上级必须是部门'],
        [{ parentId: f.orgIds.fugou, kind: 'section', name: '直属股', code: 'gov-sec' }, '股室/科室的上级必须是部门'],
        [
          { parentId: f.orgIds['fugou-gxj'], kind: 'department', name: '部门下的部门', code: 'dept-dept' },
          '部门的上级必须是政府',
        ],
        [
          { parentId: f.orgIds['fugou-gxj-bgs'], kind: 'section', name: '股下股', code: 'sec-sec' },
          '股室/科室的上级必须是部门',
        ],
        [
          { parentId: f.orgIds['fugou-gxj'], kind: 'government', name: '部门下的政府', code: 'dept-gov' },
          '政府只能作为顶级机构或设在上级政府之下',
        ],
      ];
      for (const [input, message] of cases) {
        const error = await failure(orgs.createOrg(asAdmin, input));
        assert.equal(error.code, 'VALIDATION_FAILED', input.code);
        assert.match(error.detail, new RegExp(message.replace('/', '\\/')), input.code);
      }
      const town = await orgs.createOrg(asAdmin, {
        parentId: f.orgIds.fugou,
        kind: 'government',
        name: '扶沟县城关镇人民政府',
        code: 'fugou-cgz',
      });
      assert.equal(town.parentId, f.orgIds.fugou, 'a government may sit under a government');
    });

    test('validates the unified social credit code and names the field', async () => {
      const base = { parentId: f.orgIds.fugou, kind: 'department' as const, name: '扶沟县民政局', code: 'fugou-mzj' };
      const bad = await failure(t.services.orgs.createOrg(asAdmin, { ...base, creditCode: '114116210061124680' }));
      assert.equal(bad.code, 'VALIDATION_FAILED');
      assert.equal(bad.fields[0].field, 'creditCode');
      assert.match(bad.detail, /校验位/);
      const short = await failure(t.services.orgs.createOrg(asAdmin, { ...base, creditCode: '11411621' }));
      assert.match(short.detail, /18 位/);
      const taken = await failure(t.services.orgs.createOrg(asAdmin, { ...base, creditCode: '114116210061124687' }));
      assert.equal(taken.code, 'CONFLICT');
      assert.match(taken.detail, /扶沟县工业和信息化局/);
    });

    test('a taken org code is a Chinese 409', async () => {
      const error = await failure(t.services.orgs.createOrg(asAdmin, section(f.orgIds['fugou-gxj'], 'fugou-gxj-bgs')));
      assert.equal(error.code, 'CONFLICT');
      assert.match(error.detail, /机构代码 fugou-gxj-bgs 已被机构“办公室”使用/);
    });

    test('org admins create and edit only inside their subtree; only platform admins create roots', async () => {
      const orgs = t.services.orgs;
      const created = await orgs.createOrg(asCountyAdmin, section(f.orgIds['fugou-gxj'], 'fugou-gxj-aqg'));
      assert.equal(created.parentId, f.orgIds['fugou-gxj']);
      assert.equal(
        (await failure(orgs.createOrg(asCountyAdmin, section(f.orgIds.xihua, 'xihua-x')))).code,
        'FORBIDDEN',
      );
      assert.equal(
        (
          await failure(
            orgs.createOrg(asCountyAdmin, { parentId: null, kind: 'government', name: '新县', code: 'xinxian' }),
          )
        ).code,
        'FORBIDDEN',
      );
      const clerk = { actor: await t.services.auth.loadActor(f.users.clerk.id), meta };
      assert.equal(
        (await failure(orgs.createOrg(clerk, section(f.orgIds['fugou-gxj'], 'fugou-gxj-x')))).code,
        'FORBIDDEN',
      );
      const edited = await orgs.updateOrg(asCountyAdmin, {
        id: f.orgIds['fugou-gxj'],
        patch: { contactPhone: '0394-6210000' },
      });
      assert.equal(edited.contactPhone, '0394-6210000');
      assert.equal(edited.name, '扶沟县工业和信息化局', 'fields left out stay as they were');
      assert.equal(
        (await failure(orgs.updateOrg(asCountyAdmin, { id: f.orgIds.xihua, patch: { name: '改名' } }))).code,
        'FORBIDDEN',
      );
    });

    test('moving an org rewrites the paths of its whole subtree and refuses cycles', async () => {
      const orgs = t.services.orgs;
      const dept = f.orgIds['fugou-gxj'];
      const moved = await orgs.updateOrg(asAdmin, { id: dept, patch: { parentId: f.orgIds.xihua } });
      assert.equal(moved.parentId, f.orgIds.xihua);
      const paths = await t.database.db
        .selectFrom('org')
        .select(['id', 'path'])
        .where('id', 'in', [dept, f.orgIds['fugou-gxj-yxg']])
        .orderBy('id')
        .execute();
      assert.deepEqual(
        paths.map((p) => p.path),
        [`/${f.orgIds.xihua}/${dept}/`, `/${f.orgIds.xihua}/${dept}/${f.orgIds['fugou-gxj-yxg']}/`],
      );
      const cycle = await failure(orgs.updateOrg(asAdmin, { id: f.orgIds.xihua, patch: { parentId: f.orgIds.xihua } }));
      assert.equal(cycle.code, 'VALIDATION_FAILED');
      const kind = await failure(orgs.updateOrg(asAdmin, { id: dept, patch: { kind: 'section' } }));
      assert.match(kind.detail, /上级必须是部门|不相容/);
    });

    test('lists and trees show only what the user may see', async () => {
      const orgs = t.services.orgs;
      const names = (items: { name: string }[]) => items.map((o) => o.name);
      const clerk = await t.services.auth.loadActor(f.users.clerk.id);
      assert.deepEqual(names((await orgs.listOrgs(clerk, {}, { page: 1, pageSize: 20 })).items), ['办公室']);
      const other = await t.services.auth.loadActor(f.users.other_org_admin.id);
      assert.deepEqual(names((await orgs.getOrgTree(other)).map((n) => n)), ['西华县人民政府']);
      const reviewerTree = await orgs.getOrgTree(await t.services.auth.loadActor(f.users.reviewer.id));
      assert.deepEqual(names(reviewerTree), ['扶沟县工业和信息化局']);
      assert.deepEqual(names(reviewerTree[0].children), ['办公室', '运行股', '企业股']);
      const all = await orgs.listOrgs(asAdmin.actor, {}, { page: 1, pageSize: 2 });
      assert.equal(all.total, 6);
      assert.equal(all.items.length, 2);
      const found = await orgs.listOrgs(asAdmin.actor, { q: '股' }, { page: 1, pageSize: 20 });
      assert.deepEqual(names(found.items), ['运行股', '企业股']);
      await assert.rejects(orgs.getOrg(clerk, f.orgIds['fugou-gxj-yxg']), { code: 'FORBIDDEN' });
      await assert.rejects(orgs.getOrg(clerk, 999999), { code: 'NOT_FOUND' });
    });

    test('a user with no roles sees no orgs', async () => {
      const loner = await addTestUser(t.services, { username: 'loner' });
      assert.deepEqual(await t.services.orgs.getOrgTree(await t.services.auth.loadActor(loner.id)), []);
    });
  });
}
