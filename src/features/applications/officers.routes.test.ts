// The assign/reassign picker for non-administrators: who may handle the org's (or a section's)
// cases, exactly the people the assign step accepts.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testEngines } from '../../db/testing.ts';
import {
  type ApiClient,
  addTestUser,
  createRoleFixtures,
  createTestApp,
  type RoleFixtures,
  signIn,
  type TestApp,
} from '../../http/testing.ts';
import { caseInState, contextOf } from './testing.ts';

interface Officer {
  id: number;
  name: string;
  roles: string[];
  grantedAt: { id: number; name: string }[];
}

for (const engine of testEngines()) {
  describe(`case officer picker (${engine})`, () => {
    let t: TestApp;
    let f: RoleFixtures;
    let reviewer: ApiClient;
    let sectionOfficerId: number;

    before(async () => {
      t = await createTestApp(engine);
      f = await createRoleFixtures(t.services, 'pick');
      reviewer = await signIn(t.app, f.users.reviewer.username, f.users.reviewer.password);
      sectionOfficerId = (
        await addTestUser(t.services, {
          username: 'pick-yxg-officer',
          displayName: '运行股承办人',
          grants: [{ orgId: f.orgIds['fugou-gxj-yxg'], role: 'officer' }],
        })
      ).id;
    });
    after(() => t.close());

    test('a reviewer (no user administration) lists the org’s handlers, and a section’s when one is chosen', async () => {
      const org = f.orgIds['fugou-gxj'];
      const res = await reviewer.get<{ items: Officer[] }>(`/api/v1/applications/officers?orgId=${org}`);
      assert.equal(res.status, 200);
      const ids = res.body.items.map((o) => o.id);
      assert.ok(ids.includes(f.users.officer.id) && ids.includes(f.users.approver.id));
      assert.ok(!ids.includes(f.users.reviewer.id), '审核员不是承办人');
      assert.ok(!ids.includes(f.users.org_admin.id) && !ids.includes(sectionOfficerId));
      assert.deepEqual(res.body.items.find((o) => o.id === f.users.officer.id)?.roles, ['officer']);

      const section = f.orgIds['fugou-gxj-yxg'];
      const withSection = await reviewer.get<{ items: Officer[] }>(
        `/api/v1/applications/officers?orgId=${org}&sectionId=${section}`,
      );
      const picked = withSection.body.items.find((o) => o.id === sectionOfficerId);
      assert.equal(picked?.name, '运行股承办人');
      assert.deepEqual(
        picked?.grantedAt.map((g) => g.id),
        [section],
      );

      // Everyone listed is accepted by the assign step.
      const driver = {
        services: t.services,
        officer: await contextOf(t.services, f.users.officer.id),
        leader: await contextOf(t.services, f.users.approver.id),
      };
      const c = await caseInState(driver, org, 'registered');
      const assigned = await reviewer.post<{ assignedOfficer: { id: number } }>(`/api/v1/applications/${c.id}/assign`, {
        version: c.version,
        sectionId: section,
        officerId: sectionOfficerId,
      });
      assert.equal(assigned.status, 200, JSON.stringify(assigned.body));
      assert.equal(assigned.body.assignedOfficer.id, sectionOfficerId);
    });

    test('refused to those who cannot assign; a section of another org is a 400 naming it', async () => {
      const orgAdmin = await signIn(t.app, f.users.org_admin.username, f.users.org_admin.password);
      const refused = await orgAdmin.get(`/api/v1/applications/officers?orgId=${f.orgIds['fugou-gxj']}`);
      assert.equal(refused.status, 403);
      const wrong = await reviewer.get<{ fields: { field: string; message: string }[] }>(
        `/api/v1/applications/officers?orgId=${f.orgIds['fugou-gxj']}&sectionId=${f.orgIds.xihua}`,
      );
      assert.equal(wrong.status, 400);
      assert.equal(wrong.body.fields[0].field, 'sectionId');
      const missing = await reviewer.get<{ fields: { field: string }[] }>('/api/v1/applications/officers');
      assert.equal(missing.status, 400);
      assert.equal(missing.body.fields[0].field, 'orgId');
    });
  });
}
