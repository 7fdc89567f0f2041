import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testEngines } from '../../db/testing.ts';
import { createTestApp, type TestApp } from '../../http/testing.ts';
import { passwordPolicyProblem } from '../auth/password.ts';
import { checkCreditCode } from '../orgs/credit-code.ts';
import { seedPlatform } from './seed-platform.ts';

for (const engine of testEngines()) {
  describe(`demo platform seed (${engine})`, () => {
    let t: TestApp;

    before(async () => {
      t = await createTestApp(engine);
    });
    after(() => t.close());

    test('creates the county tree, one user per role and an admin, and is idempotent', async () => {
      const result = await seedPlatform(t.services);
      assert.equal(result.created, true);
      const tree = await t.services.orgs.getPublicOrgTree();
      assert.equal(tree.length, 1);
      const [county] = tree;
      assert.equal(county.name, '扶沟县人民政府');
      assert.equal(county.kind, 'government');
      assert.equal(county.code, 'fugou');
      const [dept] = county.children;
      assert.equal(dept.name, '扶沟县工业和信息化局');
      assert.equal(dept.code, 'fugou-gxj');
      assert.deepEqual(
        dept.children.map((s) => [s.name, s.code, s.kind]),
        [
          ['办公室', 'fugou-gxj-bgs', 'section'],
          ['运行股', 'fugou-gxj-yxg', 'section'],
          ['企业股', 'fugou-gxj-qyg', 'section'],
        ],
      );
      for (const org of [county, dept]) {
        assert.ok(org.creditCode && checkCreditCode(org.creditCode).isValid, `${org.name} has a valid credit code`);
        assert.match(org.address ?? '', /^河南省周口市扶沟县/);
        assert.match(org.officeHours ?? '', /周一至周五/);
        assert.ok(org.contactPhone && org.disclosureOffice && org.postalCode);
      }

      assert.deepEqual(result.users.map((u) => u.role).sort(), [
        'approver',
        'clerk',
        'officer',
        'org_admin',
        'reviewer',
      ]);
      const passwords = [result.adminPassword!, ...result.users.map((u) => u.password)];
      assert.ok(passwords.every((p) => passwordPolicyProblem(p) === null));
      assert.equal(new Set(passwords).size, passwords.length, 'no shared or fixed password');
      for (const user of [{ username: result.adminUsername!, password: result.adminPassword! }, ...result.users]) {
        const { actor } = await t.services.auth.login({
          username: user.username,
          password: user.password,
          meta: { ip: null, requestId: null },
        });
        assert.equal(actor.mustChangePassword, true, `${user.username} must change the generated password`);
      }
      const admin = await t.services.auth.loadActor(
        (
          await t.database.db
            .selectFrom('app_user')
            .select('id')
            .where('username', '=', 'admin')
            .executeTakeFirstOrThrow()
        ).id,
      );
      assert.ok(admin.grants.some((g) => g.role === 'platform_admin'));

      const again = await seedPlatform(t.services);
      assert.equal(again.created, false);
      assert.equal(again.adminPassword, undefined);
      const orgs = await t.database.db.selectFrom('org').select('id').execute();
      assert.equal(orgs.length, 5);
      const audit = await t.database.db
        .selectFrom('audit_entry')
        .select('action')
        .where('action', '=', 'org.create')
        .execute();
      assert.equal(audit.length, 5, 'the seed is audited like any other change');
    });
  });
}
