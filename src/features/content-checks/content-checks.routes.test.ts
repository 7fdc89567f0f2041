// GET /api/v1/content-checks/sensitive-words: the shipped list the back office offers to switch
// off, and a word taken from it really switches the check off for the org.
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
} from '../../http/testing.ts';
import { createDisclosureFixture, type DisclosureFixture } from '../disclosures/testing.ts';

interface ShippedWord {
  word: string;
  category: string;
  categoryLabel: string;
  suggestion: string;
}

for (const engine of testEngines()) {
  describe(`shipped sensitive words (${engine})`, () => {
    let t: TestApp;
    let f: RoleFixtures;
    let fx: DisclosureFixture;
    const as: Record<string, ApiClient> = {};

    before(async () => {
      t = await createTestApp(engine);
      f = await createRoleFixtures(t.services);
      fx = await createDisclosureFixture(t.services, f);
      for (const role of ['clerk', 'org_admin'] as const)
        as[role] = await signIn(t.app, f.users[role].username, f.users[role].password);
    });
    after(() => t.close());

    test('staff read the shipped list with categories and suggestions; anonymous callers are refused', async () => {
      const res = await as.clerk.get<{ items: ShippedWord[] }>('/api/v1/content-checks/sensitive-words');
      assert.equal(res.status, 200);
      const legal = res.body.items.find((w) => w.word === '法人代表');
      assert.deepEqual(legal, {
        word: '法人代表',
        category: 'legal',
        categoryLabel: '法律表述',
        suggestion: '法律用语为“法定代表人”',
      });
      assert.equal(new Set(res.body.items.map((w) => w.word)).size, res.body.items.length, 'words are unique keys');
      const anonymous = await createClient(t.app).get('/api/v1/content-checks/sensitive-words');
      assert.equal(anonymous.status, 401);
    });

    test('a word chosen from the list and saved as disabled is no longer flagged in drafts', async () => {
      const list = await as.clerk.get<{ items: ShippedWord[] }>('/api/v1/content-checks/sensitive-words');
      // 十九大 stands for a pattern (党的二十大, 十八大 …): disabling the listed word turns the whole rule off.
      const congress = list.body.items.find((w) => w.word === '十九大');
      assert.ok(congress, 'the list offers the congress rule');
      const draft = async (title: string) => {
        const created = await as.clerk.post<{ contentChecks: { kind: string; text: string }[] }>('/api/v1/items', {
          orgId: fx.orgId,
          title,
          bodyHtml: '<p>深入学习贯彻二十大精神。</p>',
          columnIds: [fx.columns.news],
        });
        assert.equal(created.status, 201);
        return created.body.contentChecks.filter((c) => c.kind === 'sensitiveWord').map((c) => c.text);
      };
      assert.deepEqual(await draft('学习会议一'), ['二十大']);
      const saved = await as.org_admin.patch<{ disabledSensitiveWords: string[] }>(
        '/api/v1/orgs/fugou-gxj/disclosure-settings',
        { disabledSensitiveWords: [congress.word] },
      );
      assert.equal(saved.status, 200);
      assert.deepEqual(saved.body.disabledSensitiveWords, ['十九大']);
      assert.deepEqual(await draft('学习会议二'), []);
    });
  });
}
