// The org's letter templates in the back office: the wording in force for each letter (own,
// inherited from an ancestor, or standard), changing and restoring an org's own (单位管理员,
// audited), and a preview composed on a sample case.
import { AppError, forbidden } from '../../core/app-error.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ActionContext, Actor } from '../auth/actor.ts';
import { hasRole } from '../auth/authorize.ts';
import { findOrgById } from '../orgs/org.repo.ts';
import type { OrgRecord } from '../orgs/org.ts';
import { VIEW_ROLES } from './access.ts';
import { type AppContext, todayOf } from './case-context.ts';
import { letterOrgOf } from './case-letters.ts';
import { deleteLetterTemplate, findLetterTemplates, upsertLetterTemplate } from './letter-templates.repo.ts';
import {
  LETTER_KIND_LABELS,
  type LetterData,
  type LetterDetails,
  type LetterDocument,
  type LetterKind,
  type ReplyDecision,
} from './letters/letter-data.ts';
import {
  LetterTemplateError,
  type LetterTemplateKey,
  PLACEHOLDERS,
  type PlaceholderName,
  templateProblems,
  usablePlaceholders,
} from './letters/letter-template.ts';
import { composeLetter } from './letters/letter-text.ts';
import { replyTitle } from './letters/reply-text.ts';
import { FEE_PAYMENT_PLACEHOLDERS, STANDARD_FEE_PAYMENT, STANDARD_TEMPLATES } from './letters/standard-templates.ts';
import {
  FEE_PAYMENT_KEY,
  feePaymentText,
  keyParts,
  loadOrgLetterTemplates,
  orgChain,
  resolveRows,
  TEMPLATE_KEYS,
  type TemplateKey,
  toLetterTemplate,
} from './org-letter-templates.ts';
import { resolveVisibleOrg } from './org-ref.ts';
import { type OutcomeKey, outcomeType } from './rules/outcomes.ts';
import { loadApplicationSettings } from './settings.ts';

export const MAX_TEMPLATE_TITLE = 60;
export const MAX_TEMPLATE_BODY = 20_000;
export const MAX_FEE_PAYMENT = 1_000;

export interface TemplateText {
  title: string | null;
  body: string;
}

export interface OwnTemplate extends TemplateText {
  updatedAt: string;
  updatedBy: { id: number; name: string } | null;
}

export interface TemplateEntry {
  key: TemplateKey;
  kind: LetterKind;
  /** The decision type of a reply:… template. */
  outcome: OutcomeKey | null;
  /** e.g. 政府信息公开申请答复书（予以公开）, 收费通知书：缴费方式. */
  label: string;
  /** own: this org's; inherited: an ancestor's; standard: the system's wording. */
  source: 'own' | 'inherited' | 'standard';
  /** The org whose template is in force (own or inherited). */
  from: { id: number; name: string } | null;
  /** A decision type without a template of its own that uses a general reply template. */
  usesGeneralReply: boolean;
  own: OwnTemplate | null;
  /** The wording in force; null = the standard wording. */
  effective: TemplateText | null;
  /** The standard wording written as a template (a starting point for the org's own). */
  standard: TemplateText;
  placeholders: { name: string; description: string }[];
}

export interface TemplateList {
  org: { id: number; name: string };
  /** The actor may change this org's templates (单位管理员 of it or above, platform admin). */
  canEdit: boolean;
  items: TemplateEntry[];
}

function labelOf(key: TemplateKey): string {
  const { kind, outcome } = keyParts(key);
  if (key === FEE_PAYMENT_KEY) return `${LETTER_KIND_LABELS.fee}：缴费方式`;
  if (outcome) return `${replyTitle(outcome)}（${outcomeType(outcome).label}）`;
  if (kind === 'reply') return '政府信息公开申请答复书／告知书（通用）';
  return LETTER_KIND_LABELS[kind];
}

function placeholdersOf(key: TemplateKey): { name: string; description: string }[] {
  const names: readonly PlaceholderName[] =
    key === FEE_PAYMENT_KEY ? FEE_PAYMENT_PLACEHOLDERS : usablePlaceholders(keyParts(key).kind);
  return names.map((name) => ({
    name,
    description:
      key === FEE_PAYMENT_KEY && name === 'office' ? '政府信息公开工作机构全称' : PLACEHOLDERS[name].description,
  }));
}

function standardOf(key: TemplateKey): TemplateText {
  if (key === FEE_PAYMENT_KEY) return { title: null, body: STANDARD_FEE_PAYMENT };
  const { kind, outcome } = keyParts(key);
  const title = outcome ? replyTitle(outcome) : kind === 'reply' ? null : LETTER_KIND_LABELS[kind];
  return { title, body: STANDARD_TEMPLATES[kind].body };
}

const TOKEN = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Every problem of a draft, with the field it is in; empty when it can be saved. */
export function draftProblems(key: TemplateKey, draft: TemplateText): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (key === FEE_PAYMENT_KEY) {
    if (draft.title?.trim()) problems.push({ field: 'title', message: '缴费方式没有标题，请留空' });
    const body = draft.body;
    if (!body.trim()) problems.push({ field: 'body', message: '请填写缴费方式' });
    if (body.length > MAX_FEE_PAYMENT) problems.push({ field: 'body', message: `缴费方式最多 ${MAX_FEE_PAYMENT} 字` });
    if (body.includes('\n')) problems.push({ field: 'body', message: '缴费方式只能写一段，不能换行' });
    if (body.replace(TOKEN, '').match(/\{\{|\}\}/)) {
      problems.push({ field: 'body', message: '缴费方式的占位符括号不完整，应写成 {{名称}}' });
    }
    const allowed: readonly string[] = FEE_PAYMENT_PLACEHOLDERS;
    for (const match of body.matchAll(TOKEN)) {
      if (!allowed.includes(match[1])) {
        problems.push({
          field: 'body',
          message: `缴费方式有未知的占位符「{{${match[1]}}}」，可用的有：${allowed.join('、')}`,
        });
      }
    }
    return problems;
  }
  const title = draft.title ?? '';
  if (title.length > MAX_TEMPLATE_TITLE) {
    problems.push({ field: 'title', message: `标题最多 ${MAX_TEMPLATE_TITLE} 字` });
  }
  if (title.includes('\n')) problems.push({ field: 'title', message: '标题只能写一行' });
  if (draft.body.length > MAX_TEMPLATE_BODY) {
    problems.push({ field: 'body', message: `正文最多 ${MAX_TEMPLATE_BODY} 字` });
  }
  const { kind } = keyParts(key);
  for (const message of templateProblems({ title, body: draft.body }, kind)) {
    problems.push({ field: message.startsWith('标题') ? 'title' : 'body', message });
  }
  return problems;
}

function checkDraft(key: TemplateKey, draft: TemplateText): void {
  const problems = draftProblems(key, draft);
  if (problems.length > 0) {
    throw new AppError('VALIDATION_FAILED', problems.map((p) => p.message).join('；'), problems);
  }
}

function normalised(draft: TemplateText): TemplateText {
  const title = draft.title?.trim() || null;
  const body = draft.body
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
  return { title, body };
}

async function entriesFor(ctx: AppContext, org: OrgRecord): Promise<TemplateEntry[]> {
  const chain = orgChain(org);
  const rows = await findLetterTemplates(ctx.db, chain);
  const effective = resolveRows(chain, rows);
  const names = new Map<number, string>();
  for (const id of new Set(rows.map((row) => row.orgId))) {
    names.set(id, id === org.id ? org.name : ((await findOrgById(ctx.db, id))?.name ?? ''));
  }
  return TEMPLATE_KEYS.map((key) => {
    const { kind, outcome } = keyParts(key);
    const ownRow = rows.find((row) => row.orgId === org.id && row.key === key);
    let inForce = effective.get(key);
    let usesGeneralReply = false;
    if (!inForce && outcome) {
      inForce = effective.get('reply');
      usesGeneralReply = inForce !== undefined;
    }
    const source = !inForce ? 'standard' : inForce.orgId === org.id ? 'own' : 'inherited';
    return {
      key,
      kind,
      outcome,
      label: labelOf(key),
      source,
      from: inForce ? { id: inForce.orgId, name: names.get(inForce.orgId) ?? '' } : null,
      usesGeneralReply,
      own: ownRow
        ? {
            title: ownRow.title,
            body: ownRow.body,
            updatedAt: ownRow.updatedAt.toISOString(),
            updatedBy: ownRow.updatedBy,
          }
        : null,
      effective: inForce ? { title: inForce.title, body: inForce.body } : null,
      standard: standardOf(key),
      placeholders: placeholdersOf(key),
    };
  });
}

function canEdit(actor: Actor, org: OrgRecord): boolean {
  return hasRole(actor, org.path, ['org_admin']);
}

function requireEditor(actor: Actor, org: OrgRecord): void {
  if (!canEdit(actor, org)) throw forbidden('只有本机关的单位管理员可以修改文书模板');
}

function requireKey(key: string): TemplateKey {
  const found = TEMPLATE_KEYS.find((k) => k === key);
  if (!found) throw new AppError('NOT_FOUND', `没有「${key}」这种文书模板`);
  return found;
}

export async function listLetterTemplates(ctx: AppContext, actor: Actor, orgRef: string): Promise<TemplateList> {
  const org = await resolveVisibleOrg(ctx.db, actor, orgRef, VIEW_ROLES);
  return { org: { id: org.id, name: org.name }, canEdit: canEdit(actor, org), items: await entriesFor(ctx, org) };
}

async function entryOf(ctx: AppContext, org: OrgRecord, key: TemplateKey): Promise<TemplateEntry> {
  const entry = (await entriesFor(ctx, org)).find((e) => e.key === key);
  if (!entry) throw new AppError('NOT_FOUND');
  return entry;
}

/** Sets the org's own template for `key` (单位管理员; audited in the same transaction). */
export async function saveLetterTemplate(
  ctx: AppContext,
  { actor, meta }: ActionContext,
  orgRef: string,
  keyText: string,
  draft: TemplateText,
): Promise<TemplateEntry> {
  const org = await resolveVisibleOrg(ctx.db, actor, orgRef, VIEW_ROLES);
  requireEditor(actor, org);
  const key = requireKey(keyText);
  const text = normalised(draft);
  checkDraft(key, text);
  await ctx.db.transaction().execute(async (trx) => {
    const at = ctx.now();
    const [before] = await findLetterTemplates(trx, [org.id]).then((rows) => rows.filter((r) => r.key === key));
    await upsertLetterTemplate(trx, { orgId: org.id, key, ...text, userId: actor.userId, at });
    await recordAudit(trx, {
      actor,
      meta,
      at,
      orgId: org.id,
      action: 'application.letterTemplate.save',
      targetType: 'org',
      targetId: org.id,
      before: before ? { key, title: before.title, body: before.body } : { key, source: 'standard' },
      after: { key, ...text },
    });
  });
  return entryOf(ctx, org, key);
}

/** Removes the org's own template for `key`: the inherited or standard wording applies again. */
export async function restoreLetterTemplate(
  ctx: AppContext,
  { actor, meta }: ActionContext,
  orgRef: string,
  keyText: string,
): Promise<TemplateEntry> {
  const org = await resolveVisibleOrg(ctx.db, actor, orgRef, VIEW_ROLES);
  requireEditor(actor, org);
  const key = requireKey(keyText);
  await ctx.db.transaction().execute(async (trx) => {
    const [before] = await findLetterTemplates(trx, [org.id]).then((rows) => rows.filter((r) => r.key === key));
    if (!before) return;
    const at = ctx.now();
    await deleteLetterTemplate(trx, org.id, key);
    await recordAudit(trx, {
      actor,
      meta,
      at,
      orgId: org.id,
      action: 'application.letterTemplate.restore',
      targetType: 'org',
      targetId: org.id,
      before: { key, title: before.title, body: before.body },
      after: { key, source: 'inherited or standard' },
    });
  });
  return entryOf(ctx, org, key);
}

const SAMPLE_RECEIVED = '2026-01-05';

function sampleDecision(outcome: OutcomeKey): ReplyDecision {
  const decision: ReplyDecision = { outcome };
  if (outcome === 'partiallyGranted') {
    decision.withheld = [{ part: '企业银行账号', reason: '属于企业商业秘密', ground: 'withheld.thirdPartyRights' }];
  }
  if (outcome === 'granted' || outcome === 'partiallyGranted') {
    decision.access = { form: 'electronic', delivery: 'email', where: 'zhangsan@example.com' };
  }
  if (outcome === 'otherHandling.noCorrection' || outcome === 'unableToProvide.unclearAfterCorrection') {
    decision.history = { correctionRequestedOn: '2026-01-07', correctBy: '2026-01-21' };
  }
  if (outcome === 'otherHandling.feeUnpaid') decision.history = { feeNotifiedOn: '2026-01-07', payBy: '2026-02-05' };
  if (outcome === 'otherHandling.other') decision.history = { withdrawnOn: '2026-01-12' };
  if (outcome === 'notProcessed.repeated') decision.history = { previousReply: { on: '2025-11-20' } };
  return decision;
}

/**
 * A letter composed on a sample case (申请人 张三) with the org's templates in force, or with
 * `draft` in place of the template for `key`: how the letter will read.
 */
export async function previewLetterTemplate(
  ctx: AppContext,
  actor: Actor,
  orgRef: string,
  keyText: string,
  draft?: TemplateText,
): Promise<LetterDocument> {
  const org = await resolveVisibleOrg(ctx.db, actor, orgRef, VIEW_ROLES);
  const key = requireKey(keyText);
  const inForce = await loadOrgLetterTemplates(ctx.db, org);
  // The general reply is previewed on a granted case: its own decision-type template must not hide it.
  if (key === 'reply') delete inForce.templates['reply:granted'];
  if (draft) {
    const text = normalised(draft);
    checkDraft(key, text);
    if (key === FEE_PAYMENT_KEY) inForce.feePayment = text.body;
    else inForce.templates[key as LetterTemplateKey] = toLetterTemplate(text);
  }
  const letterOrg = await letterOrgOf(ctx, org);
  const office = letterOrg.disclosureOffice ? `${org.name}${letterOrg.disclosureOffice}` : org.name;
  const caseNumber = '（示例）依申〔2026〕1号';
  const { kind, outcome } = keyParts(key);
  const settings = await loadApplicationSettings(ctx.db, org.id);
  const details: Record<LetterKind, LetterDetails> = {
    reply: { kind: 'reply', decision: sampleDecision(outcome ?? 'granted') },
    correction: {
      kind: 'correction',
      items: ['所需信息的文件名称或文号', '信息所属的时间范围'],
      correctBy: '2026-01-21',
    },
    extension: {
      kind: 'extension',
      workingDays: 20,
      newDueOn: '2026-03-05',
      reason: '所申请信息涉及多个股室，需要汇总',
    },
    fee: {
      kind: 'fee',
      basis: 'perPage',
      amount: 380,
      payBy: '2026-02-05',
      howToPay: feePaymentText(inForce.feePayment, {
        orgName: org.name,
        office,
        caseNumber,
        phone: letterOrg.phone,
        address: letterOrg.address,
      }),
      detail: '共 68 页：30 页以下免收，第 31–68 页每页 10 元',
      isClockStopped: settings.deadlines.isClockStoppedForFee,
    },
    consultation: { kind: 'consultation', thirdParty: '某某有限公司（示例）', replyBy: '2026-01-28' },
  };
  const data: LetterData = {
    org: letterOrg,
    case: {
      caseNumber,
      receivedOn: SAMPLE_RECEIVED,
      applicantName: '张三',
      applicantKind: 'person',
      request: '2025年本县中小企业发展专项资金分配结果',
    },
    details: details[kind],
    date: todayOf(ctx),
  };
  try {
    return composeLetter(data, { templates: inForce.templates });
  } catch (error) {
    if (error instanceof LetterTemplateError) throw new AppError('VALIDATION_FAILED', error.message);
    throw error;
  }
}
