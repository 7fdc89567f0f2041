// The staff list over HTTP: the year filter and each row's Art. 26 flag (20 working days from
// 成文日期 to 发布日期 on the official calendar).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testEngines } from '../../db/testing.ts';
import { type ApiClient, createRoleFixtures, createTestApp, signIn, type TestApp } from '../../http/testing.ts';
import { createDisclosureFixture, type DisclosureFixture, itemIn } from './testing.ts';

interface Row {
  id: number;
  title: string;
  formedOn: string | null;
  timeliness: { isLate: boolean; published: boolean; deadline: string; workingDaysElapsed: number } | null;
}

for (const engine of testEngines()) {
  describe(`staff item list: year and late flag (${engine})`, () => {
    let t: TestApp;
    let fx: DisclosureFixture;
    let clerk: ApiClient;

    /** Moves the test clock to an instant (China time given). */
    const at = (iso: string) => {
      t.clock.reset();
      t.clock.advance(new Date(iso).getTime() - Date.now());
    };

    before(async () => {
      t = await createTestApp(engine);
      const f = await createRoleFixtures(t.services);
      fx = await createDisclosureFixture(t.services, f);
      clerk = await signIn(t.app, f.users.clerk.username, f.users.clerk.password);

      at('2023-04-10T10:00:00+08:00');
      await itemIn(t.services, fx, { title: '按时A', formedOn: '2023-04-03' });
      // 2023-02-01 + 20 working days = 2023-03-01: published on 04-10 is late.
      await itemIn(t.services, fx, { title: '逾期B', formedOn: '2023-02-01' });
      await itemIn(t.services, fx, { title: '草稿C', formedOn: '2023-04-06' }, 'draft');
      at('2024-01-15T10:00:00+08:00');
      await itemIn(t.services, fx, { title: '按时D', formedOn: '2024-01-08' });
      await itemIn(t.services, fx, { title: '无日期E' }, 'draft');
    });
    after(() => t.close());

    const list = async (query: string) => {
      const res = await clerk.get<{ items: Row[]; total: number }>(`/api/v1/items?org=fugou-gxj&${query}`);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      return new Map(res.body.items.map((r) => [r.title, r]));
    };

    test('the year filter takes 发布日期 for published items and 成文日期 (or drafting) for the rest', async () => {
      assert.deepEqual([...(await list('year=2023')).keys()].sort(), ['按时A', '草稿C', '逾期B']);
      assert.deepEqual([...(await list('year=2024')).keys()].sort(), ['按时D', '无日期E']);
      assert.equal((await list('year=2022')).size, 0);
    });

    test('each row says whether it was published late or is overdue', async () => {
      const rows = await list('year=2023');
      const onTime = rows.get('按时A')?.timeliness;
      assert.equal(onTime?.isLate, false);
      assert.equal(onTime?.published, true);
      // 04-04, 04-06, 04-07, 04-10: 04-05 is 清明 on the official calendar.
      assert.equal(onTime?.workingDaysElapsed, 4);
      const late = rows.get('逾期B')?.timeliness;
      assert.equal(late?.isLate, true);
      assert.equal(late?.published, true);
      assert.equal(late?.deadline, '2023-03-01');
      assert.ok((late?.workingDaysElapsed ?? 0) > 20);
      // Still a draft in January 2024: overdue, not published.
      const draft = rows.get('草稿C')?.timeliness;
      assert.equal(draft?.isLate, true);
      assert.equal(draft?.published, false);
      const rows2024 = await list('year=2024');
      assert.equal(rows2024.get('按时D')?.timeliness?.isLate, false);
      assert.equal(rows2024.get('无日期E')?.timeliness, null, 'no 成文日期, no clock');
    });

    test('year and the late filter combine', async () => {
      assert.deepEqual([...(await list('year=2023&late=true')).keys()], ['逾期B']);
    });

    test('a bad year is refused naming the field', async () => {
      const res = await clerk.get<{ fields: { field: string; message: string }[] }>('/api/v1/items?year=二〇二三');
      assert.equal(res.status, 400);
      assert.equal(res.body.fields[0].field, 'year');
      assert.match(res.body.fields[0].message, /年度/);
    });
  });
}
