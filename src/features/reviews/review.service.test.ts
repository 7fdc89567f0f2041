import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AppError } from '../../core/app-error.ts';
import { testEngines } from '../../db/testing.ts';
import { createRoleFixtures, createTestApp, type RoleFixtures, type TestApp } from '../../http/testing.ts';
import { checkSums } from '../annual-reports/check/hard-rules.ts';
import { emptyReport } from '../annual-reports/read/empty-report.ts';
import { caseInState, contextOf, type Driver } from '../applications/testing.ts';
import type { ActionContext } from '../auth/actor.ts';

for (const engine of testEngines()) {
  describe(`reconsideration and litigation records (${engine})`, () => {
    let t: TestApp;
    let f: RoleFixtures;
    let driver: Driver;
    let orgAdmin: ActionContext;
    let otherAdmin: ActionContext;

    before(async () => {
      t = await createTestApp(engine);
      f = await createRoleFixtures(t.services, 'rv');
      driver = {
        services: t.services,
        officer: await contextOf(t.services, f.users.officer.id),
        leader: await contextOf(t.services, f.users.approver.id),
      };
      orgAdmin = await contextOf(t.services, f.users.org_admin.id);
      otherAdmin = await contextOf(t.services, f.users.other_org_admin.id);
    });
    after(() => t.close());

    test('records link to their case, follow its org, and table 四 counts them with R5', async () => {
      const reviews = t.services.reviews;
      const replied = await caseInState(driver, f.orgIds['fugou-gxj'], 'replied', '2024-09-02');
      const upheld = await reviews.createReview(driver.officer, {
        applicationId: replied.id,
        route: 'reconsideration',
        body: '扶沟县人民政府',
        filedOn: '2024-10-20',
        closedOn: '2025-01-15',
        result: 'upheld',
      });
      assert.deepEqual([upheld.orgId, upheld.resultLabel], [f.orgIds['fugou-gxj'], '结果维持']);
      assert.ok(upheld.caseNumber);
      await reviews.createReview(driver.officer, {
        applicationId: replied.id,
        route: 'litigation_direct',
        body: '扶沟县人民法院',
        filedOn: '2025-03-01',
      });
      await reviews.createReview(driver.officer, {
        orgId: f.orgIds['fugou-gxj'],
        route: 'litigation_after_reconsideration',
        body: '周口市中级人民法院',
        filedOn: '2025-02-10',
        closedOn: '2025-06-30',
        result: 'corrected',
      });
      const table = await reviews.computeReviewFigures(driver.officer.actor, 'fugou-gxj', 2025);
      assert.deepEqual(table.reconsideration, { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 });
      assert.deepEqual(table.litigationDirect, { upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 });
      assert.deepEqual(table.litigationAfterReconsideration, {
        upheld: 0,
        corrected: 1,
        other: 0,
        pending: 0,
        total: 1,
      });
      const report = emptyReport('2021');
      assert.deepEqual(
        checkSums({ ...report, ...table, applications: report.applications }).filter((d) => d.rule === 'R5'),
        [],
      );
      const y2024 = await reviews.computeReviewFigures(driver.officer.actor, 'fugou-gxj', 2024);
      assert.deepEqual(y2024.reconsideration, { upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 });
    });

    test('the org setting decides whether earlier years\u2019 pending cases count', async () => {
      await t.services.applications.updateSettings(orgAdmin, 'fugou-gxj', { countPendingFromEarlierYears: false });
      const only = await t.services.reviews.computeReviewFigures(driver.officer.actor, 'fugou-gxj', 2025);
      assert.equal(only.reconsideration.total, 0);
      await t.services.applications.updateSettings(orgAdmin, 'fugou-gxj', { countPendingFromEarlierYears: true });
    });

    test('a result needs a closing date, versions guard edits, and other counties cannot see the records', async () => {
      const reviews = t.services.reviews;
      const bad = await reviews
        .createReview(driver.officer, {
          orgId: f.orgIds['fugou-gxj'],
          route: 'reconsideration',
          body: '扶沟县人民政府',
          filedOn: '2025-05-01',
          result: 'upheld',
        })
        .catch((e: unknown) => e);
      assert.ok(bad instanceof AppError && bad.code === 'VALIDATION_FAILED');
      const created = await reviews.createReview(driver.officer, {
        orgId: f.orgIds['fugou-gxj'],
        route: 'reconsideration',
        body: '扶沟县人民政府',
        filedOn: '2025-05-01',
      });
      const closed = await reviews.updateReview(driver.officer, created.id, {
        version: created.version,
        closedOn: '2025-07-01',
        result: 'other',
      });
      assert.deepEqual([closed.result, closed.version], ['other', created.version + 1]);
      const stale = await reviews
        .updateReview(driver.leader, created.id, { version: created.version, notes: '旧版本' })
        .catch((e: unknown) => e);
      assert.ok(stale instanceof AppError && stale.code === 'VERSION_CONFLICT');
      const hidden = await reviews.getReview(otherAdmin.actor, created.id).catch((e: unknown) => e);
      assert.ok(hidden instanceof AppError && hidden.code === 'FORBIDDEN');
      const list = await reviews.listReviews(otherAdmin.actor, {}, { page: 1, pageSize: 50 });
      assert.equal(list.total, 0);
      await reviews.deleteReview(driver.officer, created.id);
      const gone = await reviews.getReview(driver.officer.actor, created.id).catch((e: unknown) => e);
      assert.ok(gone instanceof AppError && gone.code === 'NOT_FOUND');
    });
  });
}
