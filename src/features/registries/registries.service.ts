// Registries behind annual-report table 二: decision counts, fees, the figures themselves, and
// (from normative.service.ts) the normative-document register.
import { AppError, conflict } from '../../core/app-error.ts';
import { invalidField } from '../../core/validation.ts';
import type { ServiceDeps } from '../../services.ts';
import type { Proactive2021 } from '../annual-reports/report.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ActionContext, Actor } from '../auth/actor.ts';
import { type DecisionEntry, describeProblem, parseDecisionRows } from './decision-import.ts';
import { createNormativeService, type NormativeService } from './normative.service.ts';
import * as repo from './registries.repo.ts';
import type { DecisionKind } from './registries.tables.ts';
import { WAN_YUAN } from './registries.ts';
import { editableOrg, readableOrg } from './registry-access.ts';
import { readTableFile } from './table-file.ts';

export interface DecisionMonth {
  month: number;
  licensing: number;
  penalty: number;
  coercion: number;
}

export interface DecisionYear {
  year: number;
  months: DecisionMonth[];
  totals: Record<DecisionKind, number>;
}

export interface FeeYear {
  year: number;
  /** A single figure for the whole year, when recorded that way. */
  annual: string | null;
  months: { month: number; amountWanYuan: string }[];
  totalWanYuan: string;
}

export interface RegistryService extends NormativeService {
  getDecisionCounts(actor: Actor, org: string, year: number): Promise<DecisionYear>;
  putDecisionCounts(ctx: ActionContext, org: string, entries: DecisionEntry[]): Promise<DecisionYear[]>;
  /** CSV/XLSX, all or nothing: any bad cell refuses the file with a row-by-row report. */
  importDecisionCounts(
    ctx: ActionContext,
    org: string,
    file: { fileName: string; bytes: Uint8Array },
  ): Promise<{ rows: number; years: number[] }>;
  getFees(actor: Actor, org: string, year: number): Promise<FeeYear>;
  /** month null = the whole year's figure (a year has either one annual figure or monthly ones). */
  putFee(
    ctx: ActionContext,
    org: string,
    input: { year: number; month: number | null; amountWanYuan: string },
  ): Promise<FeeYear>;
  /** Table 二 (2021 template) for one org and year, computed from the registries. */
  computeProactiveFigures(orgId: number, year: number): Promise<Proactive2021>;
  getProactiveFigures(actor: Actor, org: string, year: number): Promise<Proactive2021>;
}

export function createRegistryService(deps: ServiceDeps): RegistryService {
  const { db, now } = deps;
  const editable = (ctx: ActionContext, orgRef: string | number) => editableOrg(db, ctx, orgRef);
  const readable = (actor: Actor, orgRef: string | number) => readableOrg(db, actor, orgRef);

  async function decisionYear(orgId: number, year: number): Promise<DecisionYear> {
    const rows = await repo.findDecisionRows(db, orgId, year);
    const months: DecisionMonth[] = Array.from({ length: 12 }, (_, i) => ({
      month: i + 1,
      licensing: 0,
      penalty: 0,
      coercion: 0,
    }));
    const totals = { licensing: 0, penalty: 0, coercion: 0 };
    for (const row of rows) {
      months[row.month - 1][row.kind] = row.count;
      totals[row.kind] += row.count;
    }
    return { year, months, totals };
  }

  async function feeYear(orgId: number, year: number): Promise<FeeYear> {
    const rows = await repo.findFeeRows(db, orgId, year);
    return {
      year,
      annual: rows.find((r) => r.month === null)?.amount_wan_yuan ?? null,
      months: rows
        .filter((r) => r.month !== null)
        .map((r) => ({ month: r.month as number, amountWanYuan: r.amount_wan_yuan })),
      totalWanYuan: await repo.sumFees(db, orgId, year),
    };
  }

  async function computeProactiveFigures(orgId: number, year: number): Promise<Proactive2021> {
    const [regulations, normativeDocuments, decisions, fees] = await Promise.all([
      repo.countNormative(db, orgId, 'regulation', year),
      repo.countNormative(db, orgId, 'normative', year),
      repo.sumDecisions(db, orgId, year),
      repo.sumFees(db, orgId, year),
    ]);
    return {
      regulations,
      normativeDocuments,
      licensing: decisions.licensing,
      penalty: decisions.penalty,
      coercion: decisions.coercion,
      feesWanYuan: Number(fees),
    };
  }

  async function writeDecisions(
    ctx: ActionContext,
    orgRef: string | number,
    entries: DecisionEntry[],
    action: string,
    detail: unknown,
  ) {
    const org = await editable(ctx, orgRef);
    const years = [...new Set(entries.map((e) => e.year))].sort();
    await db.transaction().execute(async (trx) => {
      const at = now();
      await repo.upsertDecisions(trx, org.id, entries, ctx.actor.userId, at);
      await recordAudit(trx, {
        actor: ctx.actor,
        meta: ctx.meta,
        at,
        orgId: org.id,
        action,
        targetType: 'decision_count',
        targetId: `${org.id}:${years.join(',')}`,
        after: detail,
      });
    });
    return { org, years };
  }

  return {
    ...createNormativeService(deps),

    async getDecisionCounts(actor, orgRef, year) {
      const org = await readable(actor, orgRef);
      return decisionYear(org.id, year);
    },

    async putDecisionCounts(ctx, orgRef, entries) {
      if (entries.length === 0) throw invalidField('entries', '请至少填写一个月的数量');
      const keys = new Set(entries.map((e) => `${e.year}-${e.month}-${e.kind}`));
      if (keys.size !== entries.length) throw invalidField('entries', '同一年月的同一类决定只能填写一次');
      const { org, years } = await writeDecisions(ctx, orgRef, entries, 'decision_count.update', entries);
      return Promise.all(years.map((y) => decisionYear(org.id, y)));
    },

    async importDecisionCounts(ctx, orgRef, file) {
      await editable(ctx, orgRef);
      const result = parseDecisionRows(await readTableFile(file.fileName, file.bytes));
      if (!result.ok) {
        const shown = result.problems.slice(0, 50);
        const more =
          result.problems.length > shown.length ? `；另有 ${result.problems.length - shown.length} 处问题未列出` : '';
        throw new AppError(
          'VALIDATION_FAILED',
          `文件有 ${result.problems.length} 处问题，未导入任何数据：${shown.map(describeProblem).join('；')}${more}`,
          shown.map((p) => ({
            field: p.row === 0 ? 'file' : `第${p.row}行${p.column ? `.${p.column}` : ''}`,
            message: p.message,
          })),
        );
      }
      const { years } = await writeDecisions(ctx, orgRef, result.entries, 'decision_count.import', {
        fileName: file.fileName,
        rows: result.rows,
      });
      return { rows: result.rows, years };
    },

    async getFees(actor, orgRef, year) {
      const org = await readable(actor, orgRef);
      return feeYear(org.id, year);
    },

    async putFee(ctx, orgRef, input) {
      if (!WAN_YUAN.test(input.amountWanYuan))
        throw invalidField('amountWanYuan', '金额以万元为单位，最多 4 位小数，如 12.3456');
      const org = await editable(ctx, orgRef);
      await db.transaction().execute(async (trx) => {
        const rows = await trx
          .selectFrom('fee_amount')
          .select(['id', 'month', 'amount_wan_yuan'])
          .where('org_id', '=', org.id)
          .where('year', '=', input.year)
          .forUpdate()
          .execute();
        if (input.month === null && rows.some((r) => r.month !== null))
          throw conflict(`${input.year} 年已按月填写收费金额，不能再填全年合计`);
        if (input.month !== null && rows.some((r) => r.month === null))
          throw conflict(`${input.year} 年已填写全年合计，不能再按月填写`);
        const existing = rows.find((r) => r.month === input.month);
        const at = now();
        if (existing) {
          await trx
            .updateTable('fee_amount')
            .set({ amount_wan_yuan: input.amountWanYuan, updated_at: at, updated_by: ctx.actor.userId })
            .where('id', '=', existing.id)
            .execute();
        } else {
          await trx
            .insertInto('fee_amount')
            .values({
              org_id: org.id,
              year: input.year,
              month: input.month,
              amount_wan_yuan: input.amountWanYuan,
              updated_at: at,
              updated_by: ctx.actor.userId,
            })
            .execute();
        }
        await recordAudit(trx, {
          actor: ctx.actor,
          meta: ctx.meta,
          at,
          orgId: org.id,
          action: 'fee_amount.update',
          targetType: 'fee_amount',
          targetId: `${org.id}:${input.year}:${input.month ?? 'year'}`,
          before: existing ? { amountWanYuan: existing.amount_wan_yuan } : null,
          after: input,
        });
      });
      return feeYear(org.id, input.year);
    },

    computeProactiveFigures,

    async getProactiveFigures(actor, orgRef, year) {
      const org = await readable(actor, orgRef);
      return computeProactiveFigures(org.id, year);
    },
  };
}
