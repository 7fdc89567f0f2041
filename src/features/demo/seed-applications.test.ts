import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp, type TestApp } from '../../http/testing.ts';
import { checkSums } from '../annual-reports/check/hard-rules.ts';
import { emptyReport } from '../annual-reports/read/empty-report.ts';
import type { ApplicationRow } from '../annual-reports/report.ts';
import { OUTCOME_KEYS } from '../applications/rules/outcomes.ts';
import { rowAt } from '../applications/rules/table3.ts';
import { seedApplications } from './seed-applications.ts';
import { seedPlatform } from './seed-platform.ts';

describe('demo 依申请公开 data', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp('pglite');
    await seedPlatform(t.services);
  });
  after(() => t.close());

  test('a year of cases for 扶沟县自然资源局 covers every decision type, and its figures recount and balance', async () => {
    const seeded = await seedApplications(t.services);
    assert.equal(seeded.created, true);
    const admin = await t.services.auth.loadActor(
      (
        await t.database.db
          .selectFrom('app_user')
          .select('id')
          .where('username', '=', 'admin')
          .executeTakeFirstOrThrow()
      ).id,
    );
    const figures = await t.services.applications.computeApplicationsFigures(admin, 'fugou-zrzyj', 2025);
    assert.deepEqual(figures, await t.services.applications.recountApplicationsFigures(admin, 'fugou-zrzyj', 2025));
    assert.deepEqual(
      checkSums({ ...emptyReport('2021'), applications: figures }).map((d) => d.message),
      [],
    );
    const missing = OUTCOME_KEYS.filter((key) => (rowAt(figures, key) as ApplicationRow).total === 0);
    assert.deepEqual(missing, []);
    assert.ok((figures.carriedOver.total ?? 0) >= 3, 'cases carried over from 2024');
    assert.ok((figures.carriedForward.total ?? 0) >= 3, 'cases open at the end of 2025');
    const columns = ['naturalPerson', 'business', 'research', 'publicInterest', 'legalService', 'other'] as const;
    for (const column of columns) assert.ok((figures.received[column] ?? 0) > 0, column);
    const review = await t.services.reviews.computeReviewFigures(admin, 'fugou-zrzyj', 2025);
    assert.deepEqual([review.reconsideration.upheld, review.litigationDirect.pending], [1, 1]);
    const dashboard = await t.services.applications.getDashboard(admin);
    assert.ok(dashboard.counts.open >= 5);
    const events = await t.database.db.selectFrom('application_event').select('type').distinct().execute();
    const types = new Set(events.map((e) => e.type));
    for (const type of [
      'correctionRequested',
      'correctionReceived',
      'correctionLapsed',
      'extensionApproved',
      'feeNotified',
      'feePaid',
      'feeLapsed',
      'withdrawn',
      'consultationStarted',
    ]) {
      assert.ok(types.has(type), type);
    }
    assert.equal(
      (await t.services.applications.computeApplicationsFigures(admin, 'fugou-gxj', 2023)).received.total,
      0,
      '工信局 2023 shows none',
    );
  });

  test('running it again changes nothing', async () => {
    const before = await t.database.db
      .selectFrom('application')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal((await seedApplications(t.services)).created, false);
    const after = await t.database.db
      .selectFrom('application')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(after.n), Number(before.n));
  });
});
