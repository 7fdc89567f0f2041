// Workflow commands (POST /items/{id}/<command>): each runs in one transaction that locks the
// item, checks state and role, records who did it, and writes the audit entry.
import { type Kysely, sql, type Updateable } from 'kysely';
import { AppError, notFound } from '../../core/app-error.ts';
import { invalidField } from '../../core/validation.ts';
import type { DB } from '../../db/schema.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ActionContext } from '../auth/actor.ts';
import type { Role } from '../auth/roles.ts';
import type { ItemTable } from './disclosure.tables.ts';
import type { DisclosureDeps } from './disclosure-deps.ts';
import { loadDisclosureSettings } from './disclosure-settings.ts';
import * as repo from './item.repo.ts';
import type { ItemSummary } from './item.ts';
import { isPublicRow, toSummary } from './item-view.ts';
import { rolesFor as heldRoles, loadOrg } from './org-access.ts';
import { publishItem, unpublishItem } from './publish.ts';
import { checkCommand, failedChecks, nextState, type ReviewChecklist, type WorkflowCommand } from './workflow.ts';

export interface ReviewInput {
  checklist: ReviewChecklist;
  /** 审查结论, e.g. 经审查，同意公开. */
  conclusion: string;
  /** 审查依据. */
  grounds: string;
}

export interface SendBackReview {
  checklist: ReviewChecklist;
  conclusion: string;
  grounds?: string;
}

export interface CommandOptions {
  /** Refuse when the item changed since the caller looked (optional). */
  expectedVersion?: number;
}

export interface WorkflowService {
  submit(ctx: ActionContext, id: number, options?: CommandOptions): Promise<ItemSummary>;
  review(ctx: ActionContext, id: number, input: ReviewInput & CommandOptions): Promise<ItemSummary>;
  approve(ctx: ActionContext, id: number, options?: CommandOptions): Promise<ItemSummary>;
  publish(ctx: ActionContext, id: number, options?: CommandOptions): Promise<ItemSummary>;
  schedule(ctx: ActionContext, id: number, input: { at: Date } & CommandOptions): Promise<ItemSummary>;
  /** `review`: the reviewer's 保密审查 that led to it, kept in the audit entry. */
  sendBack(
    ctx: ActionContext,
    id: number,
    input: { reason: string; review?: SendBackReview } & CommandOptions,
  ): Promise<ItemSummary>;
  revise(ctx: ActionContext, id: number, options?: CommandOptions): Promise<ItemSummary>;
  withdraw(
    ctx: ActionContext,
    id: number,
    input: { reason: string; publicNotice?: boolean } & CommandOptions,
  ): Promise<ItemSummary>;
  /**
   * Publishes scheduled items that are due. Safe to call from every instance: an advisory
   * lock lets one run at a time, the others return at once.
   */
  publishDueItems(now: Date): Promise<{ published: number[]; failed: number[]; skipped: boolean }>;
}

/** Advisory lock key of the scheduler ('gk-pub' as an integer). */
const SCHEDULER_LOCK = 0x676b707562;

type Step = (trx: Kysely<DB>, row: repo.ItemRow, at: Date) => Promise<Updateable<ItemTable> | 'published'>;

export function createWorkflowService(deps: DisclosureDeps): WorkflowService {
  const { db, now, getCalendar, logger } = deps;

  async function run(
    ctx: ActionContext,
    id: number,
    command: WorkflowCommand,
    options: CommandOptions,
    step: Step,
    detail?: unknown,
  ): Promise<ItemSummary> {
    const { actor, meta } = ctx;
    // Loaded before the transaction: on PGlite a query outside it would wait forever.
    const calendar = await getCalendar();
    return db.transaction().execute(async (trx) => {
      const row = await repo.findItemRow(trx, id, true);
      if (!row) throw notFound('信息不存在');
      const org = await loadOrg(trx, row.org_id);
      const held = await heldRoles(trx, actor, org);
      if (held.size === 0) throw new AppError('FORBIDDEN', `您无权处理“${org.name}”的公开信息`);
      checkCommand(command, { state: row.state, isPublic: isPublicRow(row) }, (roles: readonly Role[]) =>
        roles.some((r) => held.has(r)),
      );
      if (options.expectedVersion !== undefined && options.expectedVersion !== row.version)
        throw new AppError('VERSION_CONFLICT');
      const at = now();
      const change = await step(trx, row, at);
      let updated: repo.ItemRow | undefined;
      if (change === 'published') {
        updated = await publishItem(trx, { item: row, publishedBy: actor.userId, at, calendar });
      } else {
        updated = await repo.updateItemRow(trx, id, {
          ...change,
          state: change.state ?? nextState(command),
          updated_at: at,
        });
      }
      if (!updated) throw new AppError('VERSION_CONFLICT');
      const columns = (await repo.findItemColumnIds(trx, [id])).get(id) ?? [];
      await recordAudit(trx, {
        actor,
        meta,
        at,
        orgId: row.org_id,
        action: `item.${command.replace('-', '_')}`,
        targetType: 'item',
        targetId: id,
        before: { state: row.state, version: row.version },
        after: {
          state: updated.state,
          version: updated.version,
          indexNo: updated.index_no,
          ...(detail === undefined ? {} : { detail }),
        },
      });
      return toSummary(updated, columns);
    });
  }

  return {
    submit: (ctx, id, options = {}) =>
      run(ctx, id, 'submit', options, async (_trx, _row, at) => ({
        submitted_by: ctx.actor.userId,
        submitted_at: at,
        sent_back_reason: null,
        sent_back_at: null,
        sent_back_by: null,
        sent_back_from: null,
      })),

    review: (ctx, id, input) => {
      const failed = failedChecks(input.checklist);
      return run(
        ctx,
        id,
        'review',
        input,
        async (_trx, _row, at) => {
          if (failed.length > 0)
            throw invalidField('checklist', `保密审查未通过（${failed.join('、')}），请退回修改，不能审核通过`);
          return {
            reviewed_by: ctx.actor.userId,
            reviewed_at: at,
            review_checklist: JSON.stringify(input.checklist),
            review_conclusion: input.conclusion,
            review_grounds: input.grounds,
          };
        },
        { conclusion: input.conclusion },
      );
    },

    approve: (ctx, id, options = {}) =>
      run(ctx, id, 'approve', options, async (_trx, _row, at) => ({ approved_by: ctx.actor.userId, approved_at: at })),

    publish: (ctx, id, options = {}) => run(ctx, id, 'publish', options, async () => 'published'),

    schedule: (ctx, id, input) =>
      run(
        ctx,
        id,
        'schedule',
        input,
        async (_trx, _row, at) => {
          if (input.at.getTime() <= at.getTime())
            throw invalidField('at', '定时发布时间须晚于当前时间；要立即发布请使用“发布”');
          return { scheduled_at: input.at, published_by: ctx.actor.userId };
        },
        { at: input.at.toISOString() },
      ),

    sendBack: (ctx, id, input) =>
      run(
        ctx,
        id,
        'send-back',
        input,
        async (_trx, row, at) => ({
          sent_back_by: ctx.actor.userId,
          sent_back_at: at,
          sent_back_from: row.state,
          sent_back_reason: input.reason,
          // Earlier approvals no longer cover the text that will change.
          submitted_by: null,
          submitted_at: null,
          reviewed_by: null,
          reviewed_at: null,
          review_checklist: null,
          review_conclusion: null,
          review_grounds: null,
          approved_by: null,
          approved_at: null,
          scheduled_at: null,
        }),
        input.review ? { reason: input.reason, review: input.review } : { reason: input.reason },
      ),

    revise: (ctx, id, options = {}) =>
      run(ctx, id, 'revise', options, async (_trx, _row, at) => ({
        drafted_by: ctx.actor.userId,
        drafted_at: at,
        submitted_by: null,
        submitted_at: null,
        reviewed_by: null,
        reviewed_at: null,
        review_checklist: null,
        review_conclusion: null,
        review_grounds: null,
        approved_by: null,
        approved_at: null,
        sent_back_by: null,
        sent_back_at: null,
        sent_back_from: null,
        sent_back_reason: null,
      })),

    withdraw: (ctx, id, input) =>
      run(
        ctx,
        id,
        'withdraw',
        input,
        async (trx, row, at) => {
          const settings = await loadDisclosureSettings(trx, (await loadOrg(trx, row.org_id)).path);
          await unpublishItem(trx, id);
          return {
            state: 'withdrawn',
            withdrawn_by: ctx.actor.userId,
            withdrawn_at: at,
            withdraw_reason: input.reason,
            withdraw_notice: input.publicNotice ?? settings.withdrawalNotice,
            scheduled_at: null,
          };
        },
        { reason: input.reason },
      ),

    async publishDueItems(at) {
      const calendar = await getCalendar();
      return db.transaction().execute(async (trx) => {
        const { rows } = await sql<{
          locked: boolean;
        }>`select pg_try_advisory_xact_lock(${SCHEDULER_LOCK}) as locked`.execute(trx);
        if (!rows[0]?.locked) return { published: [], failed: [], skipped: true };
        const due = await trx
          .selectFrom('item')
          .select('id')
          .where('state', '=', 'scheduled')
          .where('scheduled_at', '<=', at)
          .orderBy('scheduled_at')
          .orderBy('id')
          .limit(200)
          .execute();
        const published: number[] = [];
        const failed: number[] = [];
        for (const { id } of due) {
          // One bad item must not hold back the others: each gets a savepoint of its own.
          await sql`savepoint publish_due`.execute(trx);
          try {
            const row = await repo.findItemRow(trx, id, true);
            if (row?.state !== 'scheduled') {
              await sql`release savepoint publish_due`.execute(trx);
              continue;
            }
            const updated = await publishItem(trx, { item: row, publishedBy: row.published_by ?? null, at, calendar });
            await recordAudit(trx, {
              actor: null,
              meta: { ip: null, requestId: 'scheduler' },
              at,
              orgId: row.org_id,
              action: 'item.publish_scheduled',
              targetType: 'item',
              targetId: id,
              before: { state: row.state, scheduledAt: row.scheduled_at?.toISOString() ?? null },
              after: { state: updated.state, indexNo: updated.index_no, version: updated.live_version_no },
            });
            await sql`release savepoint publish_due`.execute(trx);
            published.push(id);
          } catch (error) {
            await sql`rollback to savepoint publish_due`.execute(trx);
            logger.error({ err: error, itemId: id }, '定时发布失败');
            failed.push(id);
          }
        }
        return { published, failed, skipped: false };
      });
    },
  };
}

/**
 * Calls publishDueItems every `intervalMs` until stopped (the server starts one). The returned
 * stop function clears the timer and resolves once a run in progress has finished, so the
 * database can be closed after it.
 */
export function startPublishScheduler(
  workflow: Pick<WorkflowService, 'publishDueItems'>,
  clock: () => Date,
  intervalMs = 60_000,
  onError: (error: unknown) => void = () => {},
): () => Promise<void> {
  let running: Promise<void> | undefined;
  const timer = setInterval(() => {
    if (running) return;
    running = workflow
      .publishDueItems(clock())
      .then(
        () => undefined,
        (error: unknown) => onError(error),
      )
      .finally(() => {
        running = undefined;
      });
  }, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
