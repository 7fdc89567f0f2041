import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { resetTestDatabase, testEngines } from '../../db/testing.ts';
import { createRoleFixtures, createTestApp, type TestApp } from '../../http/testing.ts';
import type { ItemState } from './item.ts';
import {
  type ContextRole,
  createDisclosureFixture,
  type DisclosureFixture,
  itemIn,
  PASSING_REVIEW,
} from './testing.ts';
import type { WorkflowCommand } from './workflow.ts';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

for (const engine of testEngines()) {
  describe(`disclosure workflow (${engine})`, () => {
    let t: TestApp;
    let fx: DisclosureFixture;

    before(async () => {
      t = await createTestApp(engine);
    });
    after(() => t.close());
    beforeEach(async () => {
      t.clock.reset();
      await resetTestDatabase(t.database);
      fx = await createDisclosureFixture(t.services, await createRoleFixtures(t.services));
    });

    const wf = () => t.services.disclosures.workflow;

    test('draft → submit → review → approve → publish records who drafted, reviewed and approved', async () => {
      const item = await itemIn(t.services, fx, { title: '关于开展2023年安全生产检查的通知', formedOn: '2023-03-01' });
      assert.equal(item.state, 'published');
      assert.equal(item.isPublic, true);
      assert.match(item.indexNo ?? '', /^fugou-gxj\/other\/\d{4}-0001$/);
      assert.equal(item.workflow.draftedBy?.name, 't-clerk');
      assert.equal(item.workflow.reviewedBy?.name, 't-reviewer');
      assert.equal(item.workflow.approvedBy?.name, 't-approver');
      assert.equal(item.workflow.reviewConclusion, PASSING_REVIEW.conclusion);
      assert.deepEqual(item.workflow.reviewChecklist, PASSING_REVIEW.checklist);
      const [version] = await t.services.disclosures.items.listVersions(fx.ctx.reviewer.actor, item.id);
      assert.equal(version.reviewedBy?.name, 't-reviewer');
      assert.equal(version.approvedBy?.name, 't-approver');
      const actions = (
        await t.database.db
          .selectFrom('audit_entry')
          .select('action')
          .where('target_type', '=', 'item')
          .where('target_id', '=', String(item.id))
          .orderBy('id')
          .execute()
      ).map((r) => r.action);
      assert.deepEqual(actions, ['item.create', 'item.submit', 'item.review', 'item.approve', 'item.publish']);
    });

    // [command, state the item is in, role, expected]
    const cases: [WorkflowCommand, ItemState, ContextRole, string][] = [
      ['submit', 'draft', 'clerk', 'ok'],
      ['submit', 'draft', 'reviewer', 'FORBIDDEN'],
      ['submit', 'draft', 'other_org_admin', 'FORBIDDEN'],
      ['submit', 'submitted', 'clerk', 'INVALID_TRANSITION'],
      ['review', 'submitted', 'reviewer', 'ok'],
      ['review', 'submitted', 'clerk', 'FORBIDDEN'],
      ['review', 'submitted', 'approver', 'FORBIDDEN'],
      ['review', 'draft', 'reviewer', 'INVALID_TRANSITION'],
      ['approve', 'reviewed', 'approver', 'ok'],
      ['approve', 'reviewed', 'reviewer', 'FORBIDDEN'],
      ['approve', 'reviewed', 'officer', 'FORBIDDEN'],
      ['approve', 'submitted', 'approver', 'INVALID_TRANSITION'],
      ['publish', 'approved', 'approver', 'ok'],
      ['publish', 'approved', 'clerk', 'ok'],
      ['publish', 'approved', 'reviewer', 'FORBIDDEN'],
      ['publish', 'reviewed', 'approver', 'INVALID_TRANSITION'],
      ['publish', 'draft', 'clerk', 'INVALID_TRANSITION'],
      ['send-back', 'submitted', 'reviewer', 'ok'],
      ['send-back', 'submitted', 'clerk', 'FORBIDDEN'],
      ['send-back', 'reviewed', 'approver', 'ok'],
      ['send-back', 'reviewed', 'reviewer', 'FORBIDDEN'],
      ['send-back', 'draft', 'reviewer', 'INVALID_TRANSITION'],
      ['withdraw', 'published', 'approver', 'ok'],
      ['withdraw', 'published', 'clerk', 'FORBIDDEN'],
      ['withdraw', 'approved', 'approver', 'INVALID_TRANSITION'],
      ['revise', 'published', 'clerk', 'ok'],
      ['revise', 'published', 'reviewer', 'FORBIDDEN'],
      ['revise', 'approved', 'clerk', 'INVALID_TRANSITION'],
    ];

    test('each command is allowed to its role and refused to others (403) or from the wrong state (409)', async () => {
      const outcomes: string[] = [];
      for (const [command, state, role, expected] of cases) {
        const item = await itemIn(t.services, fx, { title: `${command}-${state}-${role}` }, state);
        const ctx = fx.ctx[role];
        const run: Record<WorkflowCommand, () => Promise<unknown>> = {
          submit: () => wf().submit(ctx, item.id),
          review: () => wf().review(ctx, item.id, PASSING_REVIEW),
          approve: () => wf().approve(ctx, item.id),
          publish: () => wf().publish(ctx, item.id),
          schedule: () => wf().schedule(ctx, item.id, { at: new Date(Date.now() + 3_600_000) }),
          'send-back': () => wf().sendBack(ctx, item.id, { reason: '请补充依据' }),
          revise: () => wf().revise(ctx, item.id),
          withdraw: () => wf().withdraw(ctx, item.id, { reason: '内容已过时' }),
        };
        const got = await codeOf(run[command]());
        if (got !== expected) outcomes.push(`${command} from ${state} by ${role}: expected ${expected}, got ${got}`);
      }
      assert.deepEqual(outcomes, []);
    });

    test('refusals explain themselves in Chinese', async () => {
      const item = await itemIn(t.services, fx, {}, 'submitted');
      await assert.rejects(
        wf().approve(fx.ctx.approver, item.id),
        (e: { status: number; detail: string }) => e.status === 409 && /待审核.*不能批准/.test(e.detail),
      );
      await assert.rejects(
        wf().review(fx.ctx.clerk, item.id, PASSING_REVIEW),
        (e: { status: number; detail: string }) => e.status === 403 && /审核通过须由审核员操作/.test(e.detail),
      );
    });

    test('a review with an unconfirmed secrecy check is refused and the item stays with the reviewer', async () => {
      const item = await itemIn(t.services, fx, {}, 'submitted');
      const review = { ...PASSING_REVIEW, checklist: { ...PASSING_REVIEW.checklist, noWorkSecrets: false } };
      await assert.rejects(
        wf().review(fx.ctx.reviewer, item.id, review),
        (e: { code: string; detail: string }) => e.code === 'VALIDATION_FAILED' && /工作秘密/.test(e.detail),
      );
      assert.equal((await t.services.disclosures.items.getItem(fx.ctx.reviewer.actor, item.id)).state, 'submitted');
    });

    test('sending back returns the item to its drafter with the reason, and clears the earlier review', async () => {
      const item = await itemIn(t.services, fx, {}, 'reviewed');
      await wf().sendBack(fx.ctx.approver, item.id, { reason: '文号有误，请核对' });
      const back = await t.services.disclosures.items.getItem(fx.ctx.clerk.actor, item.id);
      assert.equal(back.state, 'draft');
      assert.equal(back.workflow.sentBack?.reason, '文号有误，请核对');
      assert.equal(back.workflow.sentBack?.fromState, 'reviewed');
      assert.equal(back.workflow.reviewedBy, null);
      await wf().submit(fx.ctx.clerk, item.id);
      assert.equal((await t.services.disclosures.items.getItem(fx.ctx.clerk.actor, item.id)).workflow.sentBack, null);
    });

    test('an edit after publication goes through the workflow again; the portal keeps the old version until then', async () => {
      const { items, portal } = t.services.disclosures;
      const v1 = await itemIn(t.services, fx, { title: '第一版标题' });
      await wf().revise(fx.ctx.clerk, v1.id);
      const draft = await items.getItem(fx.ctx.clerk.actor, v1.id);
      await items.updateItem(fx.ctx.clerk, v1.id, { title: '第二版标题', expectedVersion: draft.version });
      const during = await portal.getPublishedItem(v1.id);
      assert.equal(during?.kind === 'published' && during.item.title, '第一版标题');
      await wf().submit(fx.ctx.clerk, v1.id);
      await wf().review(fx.ctx.reviewer, v1.id, PASSING_REVIEW);
      await wf().approve(fx.ctx.approver, v1.id);
      await wf().publish(fx.ctx.approver, v1.id);
      const now = await portal.getPublishedItem(v1.id);
      assert.equal(now?.kind === 'published' && now.item.title, '第二版标题');
      assert.equal(now?.kind === 'published' && now.item.indexNo, v1.indexNo, '索引号 stays with the item');
      const versions = await items.listVersions(fx.ctx.clerk.actor, v1.id);
      assert.deepEqual(
        versions.map((v) => [v.versionNo, v.title]),
        [
          [2, '第二版标题'],
          [1, '第一版标题'],
        ],
      );
    });

    test('only drafts can be edited, and a stale edit is refused', async () => {
      const { items } = t.services.disclosures;
      const item = await itemIn(t.services, fx, {}, 'draft');
      await items.updateItem(fx.ctx.clerk, item.id, { topic: '工业', expectedVersion: item.version });
      assert.equal(
        await codeOf(items.updateItem(fx.ctx.clerk, item.id, { topic: '信息化', expectedVersion: item.version })),
        'VERSION_CONFLICT',
      );
      const published = await itemIn(t.services, fx);
      assert.equal(
        await codeOf(
          items.updateItem(fx.ctx.clerk, published.id, { title: '偷改', expectedVersion: published.version }),
        ),
        'INVALID_TRANSITION',
      );
    });

    test('withdrawal takes the item off the portal and out of search, leaving a notice with the reason', async () => {
      const { portal } = t.services.disclosures;
      const item = await itemIn(t.services, fx, { title: '关于营商环境专项整治的通知' });
      assert.equal((await t.services.search.search({ q: '营商环境', page: 1, pageSize: 10 })).total, 1);
      await wf().withdraw(fx.ctx.approver, item.id, { reason: '该通知已被新文件替代' });
      const page = await portal.getPublishedItem(item.id);
      assert.equal(page?.kind, 'withdrawn');
      assert.equal(page?.kind === 'withdrawn' && page.reason, '该通知已被新文件替代');
      assert.equal((await t.services.search.search({ q: '营商环境', page: 1, pageSize: 10 })).total, 0);
      assert.equal((await portal.listColumnItems(fx.columns.news, { page: 1, pageSize: 20 })).total, 0);
      const quiet = await itemIn(t.services, fx, { title: '不留说明的信息' });
      await wf().withdraw(fx.ctx.approver, quiet.id, { reason: '误发', publicNotice: false });
      assert.equal(await portal.getPublishedItem(quiet.id), undefined);
    });

    test('a withdrawn item can be revised and published again', async () => {
      const item = await itemIn(t.services, fx);
      await wf().withdraw(fx.ctx.approver, item.id, { reason: '需更正' });
      await wf().revise(fx.ctx.clerk, item.id);
      await wf().submit(fx.ctx.clerk, item.id);
      await wf().review(fx.ctx.reviewer, item.id, PASSING_REVIEW);
      await wf().approve(fx.ctx.approver, item.id);
      await wf().publish(fx.ctx.approver, item.id);
      assert.equal((await t.services.disclosures.portal.getPublishedItem(item.id))?.kind, 'published');
    });

    test('scheduled items are published by the scheduler when due, once', async () => {
      const item = await itemIn(t.services, fx, { title: '定时发布的通知' }, 'approved');
      const at = new Date(t.clock.now().getTime() + 3_600_000);
      await wf().schedule(fx.ctx.approver, item.id, { at });
      assert.deepEqual((await wf().publishDueItems(new Date(at.getTime() - 1000))).published, []);
      assert.deepEqual((await wf().publishDueItems(at)).published, [item.id]);
      assert.deepEqual((await wf().publishDueItems(new Date(at.getTime() + 60_000))).published, []);
      const published = await t.services.disclosures.items.getItem(fx.ctx.clerk.actor, item.id);
      assert.equal(published.state, 'published');
      assert.equal(published.publishedAt, at.toISOString());
      assert.equal(published.workflow.publishedBy?.name, 't-approver');
    });

    test('a schedule in the past is refused', async () => {
      const item = await itemIn(t.services, fx, {}, 'approved');
      assert.equal(
        await codeOf(wf().schedule(fx.ctx.approver, item.id, { at: new Date(t.clock.now().getTime() - 1000) })),
        'VALIDATION_FAILED',
      );
    });

    test('索引号 stay unique when many items are published at once', async () => {
      const approved = [];
      for (let i = 0; i < 24; i++)
        approved.push(await itemIn(t.services, fx, { title: `并发发布 ${i}`, docType: 'notice' }, 'approved'));
      const results = await Promise.all(
        approved.map((item, i) => wf().publish(i % 2 ? fx.ctx.approver : fx.ctx.clerk, item.id)),
      );
      const numbers = results.map((r) => r.indexNo ?? '');
      assert.equal(new Set(numbers).size, approved.length);
      const sequences = numbers.map((n) => Number(n.split('-').pop())).sort((a, b) => a - b);
      assert.deepEqual(
        sequences,
        Array.from({ length: approved.length }, (_, i) => i + 1),
      );
    });

    test('Art. 26: an item formed before National Day is on time within 20 working days on the official calendar, late after', async () => {
      const setClock = (iso: string) => {
        t.clock.reset();
        t.clock.advance(new Date(iso).getTime() - t.clock.now().getTime());
      };
      setClock('2023-10-27T10:00:00+08:00');
      const onTime = await itemIn(t.services, fx, { title: '节前成文 按时发布', formedOn: '2023-09-27' });
      setClock('2023-11-01T10:00:00+08:00');
      const late = await itemIn(t.services, fx, { title: '节前成文 逾期发布', formedOn: '2023-09-27' });
      const [onTimeVersion] = await t.services.disclosures.items.listVersions(fx.ctx.clerk.actor, onTime.id);
      const [lateVersion] = await t.services.disclosures.items.listVersions(fx.ctx.clerk.actor, late.id);
      assert.equal(onTimeVersion.isLate, false);
      assert.equal(onTimeVersion.workingDaysToPublish, 18);
      assert.equal(lateVersion.isLate, true);
      assert.equal(lateVersion.workingDaysToPublish, 21);
      const flagged = await t.services.disclosures.items.listItems(
        fx.ctx.approver.actor,
        { isLate: true },
        { page: 1, pageSize: 20 },
      );
      assert.deepEqual(
        flagged.items.map((i) => i.id),
        [late.id],
      );
    });

    test('the dashboard lists unpublished items nearing their 20-working-day limit', async () => {
      t.clock.reset();
      t.clock.advance(new Date('2023-10-27T10:00:00+08:00').getTime() - t.clock.now().getTime());
      const near = await itemIn(t.services, fx, { title: '快到期', formedOn: '2023-09-27' }, 'submitted');
      const overdue = await itemIn(t.services, fx, { title: '已逾期', formedOn: '2023-09-20' }, 'draft');
      await itemIn(t.services, fx, { title: '时间充裕', formedOn: '2023-10-20' }, 'draft');
      await itemIn(t.services, fx, { title: '已发布', formedOn: '2023-09-27' });
      const list = await t.services.disclosures.items.listDeadlines(fx.ctx.approver.actor, { withinWorkingDays: 5 });
      assert.deepEqual(
        list.map((e) => e.item.id),
        [overdue.id, near.id],
      );
      assert.equal(list[1].timeliness.deadline, '2023-10-31');
      assert.ok(list[0].timeliness.workingDaysLeft < 0);
    });
  });
}
