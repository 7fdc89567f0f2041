// Every timeline step of a case through one path: lock the row, check role and version, let
// the state machine allow or refuse the step, append the event, recompute the derived clock,
// and audit — all in one transaction.
import { forbidden } from '../../core/app-error.ts';
import { invalidField } from '../../core/validation.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ActionContext, Actor } from '../auth/actor.ts';
import type { Role } from '../auth/roles.ts';
import { CLAIM_ROLES, canOnCase, LEADER_ROLES, requireOnCase, WORK_ROLES } from './access.ts';
import { type ApplicationPatch, findApplicantMonthCases, updateApplicationRow } from './application.repo.ts';
import type { WithheldItem } from './application.ts';
import { type AppContext, type LoadedCase, loadCase, todayOf } from './case-context.ts';
import { derivedFields } from './derive.ts';
import { insertEvent } from './event.repo.ts';
import { refusalError, versionConflict } from './refusal-error.ts';
import { checkOfficer, checkSection } from './register.ts';
import type { CaseCommand } from './rules/commands.ts';
import { type FeeBasis, type FeeQuote, perApplicationFee, perPageFee } from './rules/fees.ts';
import { citeBasis, type OutcomeKey } from './rules/outcomes.ts';
import { applyCommand, availableCommands } from './rules/state-machine.ts';
import type { ConsultedParty, DeliveryMethod } from './rules/timeline.ts';
import { loadApplicationSettings } from './settings.ts';

export type CommandInput =
  | { type: 'assign'; officerId?: number; sectionId?: number }
  | { type: 'reassign'; officerId?: number; sectionId?: number; reason: string }
  | { type: 'claim' }
  | { type: 'sendBack'; reason: string }
  | { type: 'requestCorrection'; items: string[]; correctBy?: string }
  | { type: 'receiveCorrection' }
  | { type: 'closeForNoCorrection' }
  | { type: 'startConsultation'; party: ConsultedParty; partyName: string }
  | { type: 'endConsultation' }
  | { type: 'approveExtension'; workingDays?: number; reason?: string }
  | { type: 'notifyFee'; basis: FeeBasis; pages?: number }
  | { type: 'recordPayment' }
  | { type: 'closeForUnpaidFee' }
  | { type: 'withdraw'; reason?: string }
  | { type: 'submitDecision'; outcome: OutcomeKey; legalBasis?: string; reasons?: string; withheld?: WithheldItem[] }
  | { type: 'approveDecision' }
  | { type: 'returnDecision'; reason: string }
  | { type: 'reply'; method?: DeliveryMethod; trackingNumber?: string }
  | { type: 'archive' }
  | { type: 'reopen'; reason: string };

export type CommandInputType = CommandInput['type'];

export interface RunCommandOptions {
  id: number;
  /** The version the user saw: a different current version means someone else changed the case. */
  version: number;
  /** When it happened (a letter signed for yesterday); defaults to today in China. */
  on?: string;
  command: CommandInput;
}

const LEADER_COMMANDS: readonly CommandInputType[] = ['approveExtension', 'approveDecision', 'returnDecision'];

function rolesFor(type: CommandInputType): readonly Role[] {
  if (LEADER_COMMANDS.includes(type)) return LEADER_ROLES;
  if (type === 'claim') return CLAIM_ROLES;
  return WORK_ROLES;
}

const FORBIDDEN_TEXT: Partial<Record<CommandInputType, string>> = {
  approveExtension: '延长答复期限须经负责人批准，您不是本机关的负责人',
  approveDecision: '处理决定须经负责人批准，您不是本机关的负责人',
  returnDecision: '只有负责人可以退回处理决定',
  claim: '只有承办人可以签收申请',
};

interface Prepared {
  command: CaseCommand;
  patch: ApplicationPatch;
  /** Stored with the event beyond what the rules need (e.g. a tracking number). */
  extra: Record<string, unknown>;
}

/** 按件: the case's position among the applicant's applications to the org in that month. */
export async function quoteFee(
  ctx: AppContext,
  loaded: LoadedCase,
  basis: FeeBasis,
  pages?: number,
): Promise<FeeQuote> {
  if (basis === 'perPage') {
    if (pages === undefined) throw invalidField('pages', '按量计收须填写页数');
    return perPageFee(pages);
  }
  const month = await findApplicantMonthCases(
    ctx.db,
    loaded.row.org_id,
    loaded.row.applicant_key,
    loaded.row.received_on,
  );
  const ordinal = month.findIndex((c) => c.id === loaded.row.id) + 1;
  return perApplicationFee(Math.max(1, ordinal));
}

async function prepare(ctx: AppContext, actor: Actor, loaded: LoadedCase, input: CommandInput): Promise<Prepared> {
  const { row } = loaded;
  const none = { patch: {}, extra: {} };
  switch (input.type) {
    case 'assign':
    case 'reassign': {
      if (!input.officerId && !input.sectionId) throw invalidField('officerId', '请选择承办人或承办科室');
      const section = input.sectionId ? await checkSection(ctx.db, loaded.org, input.sectionId) : loaded.section;
      if (input.officerId) await checkOfficer(ctx.db, loaded.org, section, input.officerId);
      const command: CaseCommand = { type: 'reassign' };
      if (input.officerId) command.officerId = String(input.officerId);
      if (input.sectionId) command.sectionId = String(input.sectionId);
      const patch: ApplicationPatch = { assigned_section_id: section?.id ?? null };
      patch.assigned_officer_id = input.officerId ?? null;
      const extra = input.type === 'reassign' ? { reason: input.reason } : {};
      return { command, patch, extra };
    }
    case 'claim': {
      const other = row.assigned_officer_id !== null && row.assigned_officer_id !== actor.userId;
      if (other && !canOnCase(actor, loaded.scope, LEADER_ROLES)) throw forbidden('本案已分派给其他承办人，不能签收');
      return { command: { type: 'claim' }, patch: { assigned_officer_id: actor.userId }, extra: {} };
    }
    case 'sendBack':
      return { command: input, patch: { assigned_officer_id: null }, extra: {} };
    case 'approveExtension': {
      const pending = row.extension_request as { workingDays?: number; reason?: string } | null;
      const workingDays = input.workingDays ?? pending?.workingDays;
      const reason = input.reason ?? pending?.reason;
      if (workingDays === undefined || reason === undefined) {
        throw invalidField('workingDays', '没有待批准的延期申请，请填写延长的工作日数和理由');
      }
      return {
        command: { type: 'approveExtension', workingDays, reason },
        patch: { extension_request: null },
        extra: {},
      };
    }
    case 'notifyFee': {
      const quote = await quoteFee(ctx, loaded, input.basis, input.pages);
      if (quote.amount === 0) throw invalidField('basis', `按此方式不收费（${quote.explanation}），无需发出收费通知`);
      const extra: Record<string, unknown> = { explanation: quote.explanation };
      if (input.pages !== undefined) extra.pages = input.pages;
      return {
        command: { type: 'notifyFee', amount: quote.amount, basis: input.basis },
        patch: { fee_amount: quote.amount, fee_basis: input.basis },
        extra,
      };
    }
    case 'submitDecision': {
      const reasons = input.reasons?.trim() ?? '';
      if (input.outcome !== 'granted' && reasons === '')
        throw invalidField('reasons', '除予以公开外，处理决定须写明理由');
      const withheld = (input.withheld ?? []).filter((w) => w.item.trim() !== '');
      if (input.outcome === 'partiallyGranted' && withheld.length === 0) {
        throw invalidField('withheld', '部分公开的，请列明不予公开的内容及理由（条例第三十七条）');
      }
      return {
        command: { type: 'submitDecision', outcome: input.outcome },
        patch: {
          // Staff's edit of the reply was written for one outcome: another outcome starts afresh.
          ...((row.reply_text as { outcome?: string } | null)?.outcome === input.outcome ? {} : { reply_text: null }),
          legal_basis: input.legalBasis?.trim() || citeBasis(input.outcome),
          reasons: reasons || null,
          withheld_details: withheld.length > 0 ? JSON.stringify(withheld) : null,
        },
        extra: {},
      };
    }
    case 'reply': {
      const method = input.method ?? (row.delivery as DeliveryMethod);
      const extra = input.trackingNumber ? { trackingNumber: input.trackingNumber } : {};
      return { command: { type: 'reply', method }, patch: {}, extra };
    }
    case 'reopen':
      return { command: input, patch: { extension_request: null, reply_text: null }, extra: {} };
    default:
      return { command: input, ...none };
  }
}

/** Runs inside the command's transaction after its event is stored (e.g. freezing the reply letter). */
export type AfterCommand = (trx: AppContext['db'], loaded: LoadedCase, at: Date) => Promise<void>;

export async function runCaseCommand(
  ctx: AppContext,
  { actor, meta }: ActionContext,
  options: RunCommandOptions,
  afterCommand?: AfterCommand,
): Promise<void> {
  const { command: input } = options;
  // Before the transaction: on PGlite a query outside an open transaction waits for it.
  const calendar = await ctx.calendar.getCalendar();
  await ctx.db.transaction().execute(async (trx) => {
    const loaded = await loadCase(trx, options.id, { forUpdate: true });
    requireOnCase(actor, loaded.scope, WORK_ROLES);
    requireOnCase(actor, loaded.scope, rolesFor(input.type), FORBIDDEN_TEXT[input.type]);
    if (loaded.row.version !== options.version) throw versionConflict(loaded.row.version, options.version);
    const settings = await loadApplicationSettings(trx, loaded.row.org_id);
    const today = todayOf(ctx);
    const on = options.on ?? today;
    const context = {
      receivedOn: loaded.row.received_on,
      events: loaded.events,
      calendar,
      today,
      settings: settings.deadlines,
    };
    const isLeader = canOnCase(actor, loaded.scope, LEADER_ROLES);
    // The state first: a step the case's state does not allow is refused before its input is checked.
    const ruleType = input.type === 'assign' ? 'reassign' : input.type;
    if (!availableCommands(loaded.events).includes(ruleType)) {
      const probe = applyCommand(context, {
        command: { type: ruleType } as CaseCommand,
        on,
        actor: { userId: String(actor.userId), isLeader },
      });
      if (!probe.ok) throw refusalError(probe.refusal);
    }
    const prepared = await prepare({ ...ctx, db: trx }, actor, loaded, input);
    const result = applyCommand(context, {
      command: prepared.command,
      on,
      actor: { userId: String(actor.userId), isLeader },
    });
    if (!result.ok) throw refusalError(result.refusal);
    const { type, on: eventOn, by: _by, ...data } = result.event;
    const at = ctx.now();
    await insertEvent(trx, {
      applicationId: loaded.row.id,
      seq: loaded.events.length + 1,
      type,
      on: eventOn,
      byUserId: actor.userId,
      data: { ...prepared.extra, ...data },
      at,
    });
    const derived = derivedFields({
      receivedOn: loaded.row.received_on,
      events: result.events,
      calendar,
      settings: settings.deadlines,
      today,
    });
    const updated = await updateApplicationRow(
      trx,
      loaded.row.id,
      { ...prepared.patch, ...derived, version: loaded.row.version + 1 },
      at,
    );
    await recordAudit(trx, {
      actor,
      meta,
      at,
      orgId: loaded.row.org_id,
      action: `application.${input.type}`,
      targetType: 'application',
      targetId: loaded.row.id,
      before: { state: loaded.row.state, version: loaded.row.version, dueOn: loaded.row.due_on },
      after: {
        state: updated.state,
        version: updated.version,
        dueOn: updated.due_on,
        event: { type, on: eventOn, ...data },
      },
    });
    if (afterCommand) await afterCommand(trx, loaded, at);
  });
}

export interface RequestExtensionOptions {
  id: number;
  version: number;
  workingDays: number;
  reason: string;
  /** The day of the request; defaults to today in China. */
  on?: string;
}

/** The officer asks; a 负责人 approves (approveExtension). Checked now as if approved today. */
export async function requestExtension(
  ctx: AppContext,
  { actor, meta }: ActionContext,
  options: RequestExtensionOptions,
): Promise<void> {
  const calendar = await ctx.calendar.getCalendar();
  await ctx.db.transaction().execute(async (trx) => {
    const loaded = await loadCase(trx, options.id, { forUpdate: true });
    requireOnCase(actor, loaded.scope, WORK_ROLES);
    if (loaded.row.version !== options.version) throw versionConflict(loaded.row.version, options.version);
    const settings = await loadApplicationSettings(trx, loaded.row.org_id);
    const today = todayOf(ctx);
    const dryRun = applyCommand(
      { receivedOn: loaded.row.received_on, events: loaded.events, calendar, today, settings: settings.deadlines },
      {
        command: { type: 'approveExtension', workingDays: options.workingDays, reason: options.reason },
        on: options.on ?? today,
        actor: { userId: String(actor.userId), isLeader: true },
      },
    );
    if (!dryRun.ok) throw refusalError(dryRun.refusal);
    const request = {
      workingDays: options.workingDays,
      reason: options.reason.trim(),
      requestedBy: { id: actor.userId, name: actor.displayName },
      requestedOn: options.on ?? today,
    };
    const at = ctx.now();
    await updateApplicationRow(
      trx,
      loaded.row.id,
      { extension_request: JSON.stringify(request), version: loaded.row.version + 1 },
      at,
    );
    await recordAudit(trx, {
      actor,
      meta,
      at,
      orgId: loaded.row.org_id,
      action: 'application.requestExtension',
      targetType: 'application',
      targetId: loaded.row.id,
      after: request,
    });
  });
}
