// The letters of a case, composed from its timeline and rendered in the GB/T 9704 layout: the
// reply (答复书/告知书) and the notices sent on the way (补正告知书, 延期答复告知书, 收费通知书,
// 征求第三方意见函). Staff may edit the reply's paragraphs until the decision is approved; the
// edit is kept with the outcome it was written for. When delivery is recorded the reply is frozen
// as a PDF attachment (kind 'reply'), which the applicant downloads from the status page.
import type { Kysely } from 'kysely';
import { AppError } from '../../core/app-error.ts';
import type { DB } from '../../db/schema.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ActionContext, Actor } from '../auth/actor.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import type { OrgRecord } from '../orgs/org.ts';
import { requireOnCase, WORK_ROLES } from './access.ts';
import { updateApplicationRow } from './application.repo.ts';
import { type RunCommandOptions, runCaseCommand } from './case-commands.ts';
import { type AppContext, type LoadedCase, loadCase, todayOf } from './case-context.ts';
import { toDecision } from './case-view.ts';
import { deadlineOf } from './derive.ts';
import { insertAttachment } from './event.repo.ts';
import { checkLetterData, LetterDataError, withEditedParagraphs } from './letters/letter-checks.ts';
import {
  type CaseHistory,
  type InformationAccess,
  LETTER_KIND_LABELS,
  type LetterData,
  type LetterDetails,
  type LetterDocument,
  type LetterKind,
  type LetterOrg,
} from './letters/letter-data.ts';
import { LetterTemplateError } from './letters/letter-template.ts';
import { composeLetter } from './letters/letter-text.ts';
import { renderLetterDocx, renderLetterPdf } from './letters/render-letter.ts';
import { feePaymentText, loadOrgLetterTemplates, type OrgLetterTemplates } from './org-letter-templates.ts';
import { loadVisibleCase } from './queries.ts';
import { refusalError, versionConflict } from './refusal-error.ts';
import { reconsiderationBodyOf } from './reply-letter.ts';
import { feePaymentDeadline, thirdPartyReplyDeadline } from './rules/deadline-rules.ts';
import type { FeeBasis } from './rules/fees.ts';
import { isOutcomeKey, type OutcomeKey } from './rules/outcomes.ts';
import { checkEditable } from './rules/state-machine.ts';
import { currentHandling, type DeliveryMethod, type EventOf, type TimelineEvent } from './rules/timeline.ts';
import { loadApplicationSettings } from './settings.ts';

export const LETTER_KINDS = ['reply', 'correction', 'extension', 'fee', 'consultation'] as const;
export type LetterFormat = 'docx' | 'pdf';

export const LETTER_CONTENT_TYPES: Record<LetterFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** A letter as staff see it: the printed text and whether it may still be edited. */
export interface CaseLetter {
  kind: LetterKind;
  /** e.g. 补正告知书, 政府信息公开申请答复书 (the title the letter prints). */
  title: string;
  date: string;
  /** The reply before the 负责人 approves the decision. */
  isDraft: boolean;
  /** Only the reply, until the decision is approved. */
  isEditable: boolean;
  /** The paragraphs are staff's edit rather than the standard wording. */
  isEdited: boolean;
  editedBy: { id: number; name: string } | null;
  editedAt: string | null;
  document: LetterDocument;
}

export type CaseLetterSummary = Omit<CaseLetter, 'document'>;

export interface RenderedLetter {
  fileName: string;
  contentType: string;
  data: Uint8Array;
}

/** What reply_text holds. */
interface StoredReplyText {
  outcome: string;
  paragraphs: string[];
  editedBy: { id: number; name: string };
  editedAt: string;
}

function storedReplyText(loaded: LoadedCase): StoredReplyText | null {
  const stored = loaded.row.reply_text as StoredReplyText | null;
  if (!stored || !Array.isArray(stored.paragraphs) || stored.outcome !== loaded.row.outcome) return null;
  return stored;
}

function lastOf<T extends TimelineEvent['type']>(events: readonly TimelineEvent[], type: T): EventOf<T> | undefined {
  return events.findLast((event): event is EventOf<T> => event.type === type);
}

const FORMS = new Set(['paper', 'electronic', 'inspection']);

/** How a letter prints the org (its name, office, contact and the reconsideration body). */
export async function letterOrgOf(ctx: AppContext, org: OrgRecord): Promise<LetterOrg> {
  const office = org.disclosureOffice ?? undefined;
  return {
    name: org.name,
    // "扶沟县工业和信息化局办公室" prints as 办公室 after the org name.
    disclosureOffice: office?.startsWith(org.name) ? office.slice(org.name.length) || undefined : office,
    address: org.address ?? undefined,
    postalCode: org.postalCode ?? undefined,
    phone: org.contactPhone ?? undefined,
    reconsiderationBody: await reconsiderationBodyOf(ctx, org),
  };
}

function history(events: readonly TimelineEvent[], calendar: WorkingCalendar): CaseHistory {
  const result: CaseHistory = {};
  const correction = lastOf(events, 'correctionRequested');
  if (correction) {
    result.correctionRequestedOn = correction.on;
    result.correctBy = correction.correctBy;
  }
  const fee = lastOf(events, 'feeNotified');
  if (fee) {
    result.feeNotifiedOn = fee.on;
    result.payBy = feePaymentDeadline(calendar, fee.on);
  }
  const withdrawn = lastOf(events, 'withdrawn');
  if (withdrawn) result.withdrawnOn = withdrawn.on;
  const handlingStart = events.length - currentHandling(events).length;
  const previous = lastOf(events.slice(0, handlingStart), 'replied');
  if (previous) result.previousReply = { on: previous.on };
  return result;
}

interface Composable {
  data: LetterData;
  isDraft: boolean;
}

/**
 * The letter's data from the case, or a Chinese reason why the case has no such letter (yet).
 * `inForce` is the org's templates when the caller has them already (else loaded when needed).
 */
async function letterDataOf(
  ctx: AppContext,
  loaded: LoadedCase,
  kind: LetterKind,
  calendar: WorkingCalendar,
  inForce?: OrgLetterTemplates,
): Promise<Composable | string> {
  const { row, events } = loaded;
  const handling = currentHandling(events);
  const org = await letterOrgOf(ctx, loaded.org);
  const base = {
    org,
    case: {
      caseNumber: row.case_number,
      receivedOn: row.received_on,
      applicantName: row.applicant_name,
      applicantKind: row.applicant_type === 'naturalPerson' ? ('person' as const) : ('organization' as const),
      request: row.description,
    },
  };
  const office = org.disclosureOffice ? `${org.name}${org.disclosureOffice}` : org.name;
  const make = (details: LetterDetails, date: string, isDraft = false): Composable => ({
    data: { ...base, details, date },
    isDraft,
  });
  switch (kind) {
    case 'reply': {
      const decision = toDecision(row);
      if (!decision || !isOutcomeKey(decision.outcome) || !handling.some((e) => e.type === 'decisionSubmitted')) {
        return '尚未作出处理决定，不能生成答复书';
      }
      const outcome = decision.outcome as OutcomeKey;
      const approved = lastOf(handling, 'decisionApproved');
      const gives = outcome === 'granted' || outcome === 'partiallyGranted';
      const access: InformationAccess | undefined =
        gives && FORMS.has(row.form_wanted)
          ? { form: row.form_wanted as InformationAccess['form'], delivery: row.delivery as DeliveryMethod }
          : undefined;
      if (access && (access.delivery === 'collect' || access.form === 'inspection')) access.where = office;
      if (access?.delivery === 'email' && row.applicant_email) access.where = row.applicant_email;
      return make(
        {
          kind: 'reply',
          decision: {
            outcome,
            legalBasis: decision.legalBasis ?? undefined,
            reasons: decision.reasons ?? undefined,
            withheld: decision.withheld.map((w) => ({ part: w.item, reason: w.reason })),
            access,
            history: history(events, calendar),
          },
        },
        approved?.on ?? todayOf(ctx),
        !approved,
      );
    }
    case 'correction': {
      const requested = lastOf(events, 'correctionRequested');
      if (!requested) return '本案没有发出补正通知';
      return make({ kind: 'correction', items: requested.items, correctBy: requested.correctBy }, requested.on);
    }
    case 'extension': {
      const approved = lastOf(handling, 'extensionApproved');
      if (!approved) return '本案没有经批准的延期';
      const settings = await loadApplicationSettings(ctx.db, row.org_id);
      const upTo = events.slice(0, events.lastIndexOf(approved) + 1);
      const { dueDate } = deadlineOf({
        receivedOn: row.received_on,
        receiptRule: row.receipt_rule,
        events: upTo,
        calendar,
        settings: settings.deadlines,
        today: approved.on,
      });
      if (!dueDate) return '延期后的答复期限无法确定，不能生成延期答复告知书';
      return make(
        { kind: 'extension', workingDays: approved.workingDays, newDueOn: dueDate, reason: approved.reason },
        approved.on,
      );
    }
    case 'fee': {
      const notified = lastOf(handling, 'feeNotified');
      if (!notified) return '本案没有发出收费通知';
      const settings = await loadApplicationSettings(ctx.db, row.org_id);
      const stored = loaded.eventRows.findLast((e) => e.type === 'feeNotified');
      const explanation = stored?.data.explanation;
      const { feePayment } = inForce ?? (await loadOrgLetterTemplates(ctx.db, loaded.org));
      return make(
        {
          kind: 'fee',
          basis: notified.basis as FeeBasis,
          amount: notified.amount,
          payBy: feePaymentDeadline(calendar, notified.on),
          howToPay: feePaymentText(feePayment, {
            orgName: org.name,
            office,
            caseNumber: row.case_number,
            phone: org.phone,
            address: org.address,
          }),
          detail: typeof explanation === 'string' ? explanation : undefined,
          isClockStopped: settings.deadlines.isClockStoppedForFee,
        },
        notified.on,
      );
    }
    case 'consultation': {
      const started = lastOf(handling, 'consultationStarted');
      if (!started) return '本案没有征求第三方或其他机关的意见';
      return make(
        {
          kind: 'consultation',
          thirdParty: started.partyName,
          replyBy: thirdPartyReplyDeadline(calendar, started.on),
        },
        started.on,
      );
    }
  }
}

/** `inForce` is the org's templates, loaded once per request (loaded here when not given). */
async function composeCaseLetter(
  ctx: AppContext,
  loaded: LoadedCase,
  kind: LetterKind,
  inForce?: OrgLetterTemplates,
): Promise<CaseLetter> {
  const calendar = await ctx.calendar.getCalendar();
  const orgTemplates = inForce ?? (await loadOrgLetterTemplates(ctx.db, loaded.org));
  const found = await letterDataOf(ctx, loaded, kind, calendar, orgTemplates);
  if (typeof found === 'string') throw new AppError('INVALID_TRANSITION', found);
  const { templates } = orgTemplates;
  let document: LetterDocument;
  try {
    checkLetterData(found.data);
    try {
      document = composeLetter(found.data, { templates });
    } catch (error) {
      // A stored template the current placeholders no longer accept: the standard wording, not no letter.
      if (!(error instanceof LetterTemplateError)) throw error;
      ctx.logger.warn({ err: error, id: loaded.row.id, kind }, 'letter template unusable, standard wording used');
      document = composeLetter(found.data);
    }
  } catch (error) {
    if (error instanceof LetterDataError) throw new AppError('INVALID_TRANSITION', `无法生成文书：${error.message}`);
    throw error;
  }
  const edit = kind === 'reply' ? storedReplyText(loaded) : null;
  if (edit) document = { ...document, paragraphs: edit.paragraphs };
  return {
    kind,
    title: document.titleLines.at(-1) ?? LETTER_KIND_LABELS[kind],
    date: found.data.date,
    isDraft: found.isDraft,
    isEditable: kind === 'reply' && checkEditable(loaded.events) === null,
    isEdited: edit !== null,
    editedBy: edit?.editedBy ?? null,
    editedAt: edit?.editedAt ?? null,
    document,
  };
}

function summary({ document: _document, ...rest }: CaseLetter): CaseLetterSummary {
  return rest;
}

async function loadWorkedCase(ctx: AppContext, actor: Actor, id: number): Promise<LoadedCase> {
  const loaded = await loadVisibleCase(ctx, actor, id);
  requireOnCase(actor, loaded.scope, WORK_ROLES, '您无权查看该申请的文书');
  return loaded;
}

/** Every letter the case has so far, in the order a case sends them. */
export async function listCaseLetters(ctx: AppContext, actor: Actor, id: number): Promise<CaseLetterSummary[]> {
  const loaded = await loadWorkedCase(ctx, actor, id);
  const inForce = await loadOrgLetterTemplates(ctx.db, loaded.org);
  const letters: CaseLetterSummary[] = [];
  for (const kind of ['correction', 'consultation', 'extension', 'fee', 'reply'] as const) {
    try {
      letters.push(summary(await composeCaseLetter(ctx, loaded, kind, inForce)));
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'INVALID_TRANSITION')) throw error;
    }
  }
  return letters;
}

export async function getCaseLetter(ctx: AppContext, actor: Actor, id: number, kind: LetterKind): Promise<CaseLetter> {
  return composeCaseLetter(ctx, await loadWorkedCase(ctx, actor, id), kind);
}

function fileNameOf(letter: CaseLetter, format: LetterFormat): string {
  const draft = letter.isDraft ? '（草稿）' : '';
  return `${letter.document.documentNumber}${letter.title}${draft}.${format}`.replace(/[\\/:*?"<>|]/g, '_');
}

async function render(letter: CaseLetter, format: LetterFormat): Promise<RenderedLetter> {
  const data = format === 'pdf' ? await renderLetterPdf(letter.document) : await renderLetterDocx(letter.document);
  return { fileName: fileNameOf(letter, format), contentType: LETTER_CONTENT_TYPES[format], data };
}

export async function renderCaseLetter(
  ctx: AppContext,
  actor: Actor,
  id: number,
  kind: LetterKind,
  format: LetterFormat,
): Promise<RenderedLetter> {
  return render(await getCaseLetter(ctx, actor, id, kind), format);
}

export interface EditReplyTextOptions {
  id: number;
  version: number;
  /** The new paragraphs; null restores the standard wording. */
  paragraphs: string[] | null;
}

/** Staff's edit of the reply's body, until the decision is approved (409 after). */
export async function editReplyText(
  ctx: AppContext,
  { actor, meta }: ActionContext,
  options: EditReplyTextOptions,
): Promise<CaseLetter> {
  const calendar = await ctx.calendar.getCalendar();
  await ctx.db.transaction().execute(async (trx) => {
    const loaded = await loadCase(trx, options.id, { forUpdate: true });
    requireOnCase(actor, loaded.scope, WORK_ROLES);
    if (loaded.row.version !== options.version) throw versionConflict(loaded.row.version, options.version);
    const refusal = checkEditable(loaded.events);
    if (refusal) throw refusalError(refusal);
    const found = await letterDataOf({ ...ctx, db: trx }, loaded, 'reply', calendar);
    if (typeof found === 'string') throw new AppError('INVALID_TRANSITION', found);
    const at = ctx.now();
    let stored: StoredReplyText | null = null;
    if (options.paragraphs !== null) {
      let paragraphs: string[];
      try {
        paragraphs = withEditedParagraphs(composeLetter(found.data), options.paragraphs).paragraphs;
      } catch (error) {
        if (error instanceof LetterDataError) {
          throw new AppError('VALIDATION_FAILED', `正文：${error.message}`, [
            { field: 'paragraphs', message: error.message },
          ]);
        }
        throw error;
      }
      stored = {
        outcome: loaded.row.outcome ?? '',
        paragraphs,
        editedBy: { id: actor.userId, name: actor.displayName },
        editedAt: at.toISOString(),
      };
    }
    await updateApplicationRow(
      trx,
      loaded.row.id,
      { reply_text: stored ? JSON.stringify(stored) : null, version: loaded.row.version + 1 },
      at,
    );
    await recordAudit(trx, {
      actor,
      meta,
      at,
      orgId: loaded.row.org_id,
      action: stored ? 'application.editReplyText' : 'application.resetReplyText',
      targetType: 'application',
      targetId: loaded.row.id,
      before: { version: loaded.row.version, paragraphs: storedReplyText(loaded)?.paragraphs ?? null },
      after: { version: loaded.row.version + 1, paragraphs: stored?.paragraphs ?? null },
    });
  });
  return getCaseLetter(ctx, actor, options.id, 'reply');
}

/** The approved reply as a PDF, to freeze when delivery is recorded (null: nothing to freeze). */
export async function renderReplyForDelivery(ctx: AppContext, id: number): Promise<RenderedLetter | null> {
  const loaded = await loadCase(ctx.db, id);
  if (loaded.row.state !== 'approved') return null;
  if (loaded.eventRows.length === 0) return null;
  const letter = await composeCaseLetter(ctx, loaded, 'reply');
  return render(letter, 'pdf');
}

/** Inside the reply's transaction: store the frozen letter unless staff already attached a reply. */
export async function attachDeliveredReply(
  trx: Kysely<DB>,
  { actor, meta }: ActionContext,
  loaded: LoadedCase,
  stored: { key: string; sha256: string; sizeBytes: number },
  fileName: string,
  at: Date,
): Promise<boolean> {
  // A reply attached since the case was last reopened (a scan of the signed letter) is the reply.
  const reopened = loaded.eventRows.findLast((e) => e.type === 'reopened');
  let existing = trx
    .selectFrom('application_attachment')
    .select('id')
    .where('application_id', '=', loaded.row.id)
    .where('kind', '=', 'reply');
  if (reopened) existing = existing.where('created_at', '>', reopened.created_at);
  if (await existing.executeTakeFirst()) return false;
  const attachmentId = await insertAttachment(trx, {
    applicationId: loaded.row.id,
    kind: 'reply',
    fileName,
    contentType: LETTER_CONTENT_TYPES.pdf,
    sizeBytes: stored.sizeBytes,
    sha256: stored.sha256,
    storageKey: stored.key,
    uploadedBy: null,
    at,
  });
  await recordAudit(trx, {
    actor,
    meta,
    at,
    orgId: loaded.row.org_id,
    action: 'application.attach',
    targetType: 'application',
    targetId: loaded.row.id,
    after: { attachmentId, kind: 'reply', fileName, sha256: stored.sha256, generated: true },
  });
  return true;
}

/** Records delivery (the 'reply' step) and freezes the approved letter as the case's reply PDF. */
export async function runReplyWithLetter(
  ctx: AppContext,
  actionCtx: ActionContext,
  options: RunCommandOptions,
): Promise<void> {
  let rendered: RenderedLetter | null = null;
  try {
    rendered = await renderReplyForDelivery(ctx, options.id);
  } catch (error) {
    // Not approved, or the letter cannot be composed: the step itself says what is wrong, or
    // goes ahead without a generated file (staff can still attach a scan of the signed letter).
    if (!(error instanceof AppError)) ctx.logger.warn({ err: error, id: options.id }, 'reply letter rendering failed');
  }
  if (!rendered) return runCaseCommand(ctx, actionCtx, options);
  const letter = rendered;
  const stored = await ctx.files.save(letter.data);
  let attached = false;
  try {
    await runCaseCommand(ctx, actionCtx, options, async (trx, loaded, at) => {
      attached = await attachDeliveredReply(trx, actionCtx, loaded, stored, letter.fileName, at);
    });
  } catch (error) {
    await ctx.files.remove(stored.key);
    throw error;
  }
  if (!attached) await ctx.files.remove(stored.key);
}
