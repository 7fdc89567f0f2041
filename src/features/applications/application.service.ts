// The 依申请公开 service: every surface (API, portal, back office, CLI) goes through here.

import type { Page, PageQuery } from '../../core/page.ts';
import type { ServiceDeps } from '../../services.ts';
import type { Applications } from '../annual-reports/report.ts';
import type { ActionContext, Actor, RequestMeta } from '../auth/actor.ts';
import type { CalendarService } from '../calendar/calendar.service.ts';
import type { FileStorage } from '../files/file-storage.ts';
import { requireOnCase, VIEW_ROLES, WORK_ROLES } from './access.ts';
import { findOpenPausedIds, findOpenProvisionalIds } from './application.repo.ts';
import type { CaseAttachment, CaseDetail, CaseListItem, CaseNote, DisclosureProposal } from './application.ts';
import {
  type CommandInput,
  quoteFee,
  type RequestExtensionOptions,
  requestExtension,
  runCaseCommand,
} from './case-commands.ts';
import { type AppContext, todayOf } from './case-context.ts';
import {
  type CaseLetter,
  type CaseLetterSummary,
  type EditReplyTextOptions,
  editReplyText,
  getCaseLetter,
  type LetterFormat,
  listCaseLetters,
  type RenderedLetter,
  renderCaseLetter,
  runReplyWithLetter,
} from './case-letters.ts';
import {
  type AddAttachmentOptions,
  type AttachmentContent,
  addAttachment,
  addNote,
  readAttachment,
  type UpdateApplicationOptions,
  updateApplication,
} from './case-records.ts';
import { computeApplicationsFigures, recountApplicationsFigures } from './figures.ts';
import {
  listLetterTemplates,
  previewLetterTemplate,
  restoreLetterTemplate,
  saveLetterTemplate,
  type TemplateEntry,
  type TemplateList,
  type TemplateText,
} from './letter-templates.service.ts';
import type { LetterDocument, LetterKind } from './letters/letter-data.ts';
import type { CaseFilters } from './list.repo.ts';
import { type CaseOfficer, listCaseOfficers } from './officers.ts';
import { resolveVisibleOrg } from './org-ref.ts';
import { answerCorrection, type CorrectionAnswer, type CorrectionReceipt } from './public-correction.ts';
import { getPublicStatus, type PublicStatus, readPublicReply } from './public-status.ts';
import {
  type ClockView,
  type Dashboard,
  getApplication,
  getClock,
  getDashboard,
  getMyQueue,
  listApplications,
  loadVisibleCase,
} from './queries.ts';
import { recomputeCases } from './recompute.ts';
import {
  type OnlineApplicationOptions,
  type OnlineReceipt,
  type RegisterApplicationOptions,
  type RegisterResult,
  registerApplication,
  submitOnlineApplication,
} from './register.ts';
import { getReplyLetterData, type ReplyLetterData } from './reply-letter.ts';
import type { FeeBasis, FeeQuote } from './rules/fees.ts';
import { getApplicationSettings, type SettingsPatch, updateApplicationSettings } from './settings.service.ts';
import type { ApplicationSettings } from './settings.ts';
import { findSimilar, type ProposeDisclosureOptions, proposeDisclosure, type SimilarCase } from './similar.ts';

export interface CommandOptions {
  id: number;
  version: number;
  on?: string;
  command: CommandInput;
}

export interface ApplicationService {
  registerApplication(
    ctx: ActionContext,
    options: RegisterApplicationOptions,
  ): Promise<RegisterResult & { case: CaseDetail }>;
  /** The portal form (no sign-in). The caller rate-limits per IP and checks the honeypot. */
  submitOnlineApplication(options: OnlineApplicationOptions, meta: RequestMeta): Promise<OnlineReceipt>;
  /** The portal status page: query code plus the phone number given in the application. */
  getPublicStatus(queryCode: string, phone: string): Promise<PublicStatus>;
  readPublicReply(queryCode: string, phone: string, attachmentId: number): Promise<AttachmentContent>;
  /** The portal: the applicant answers a correction notice; the correction counts as received today. */
  answerCorrection(
    queryCode: string,
    phone: string,
    answer: CorrectionAnswer,
    meta: RequestMeta,
  ): Promise<CorrectionReceipt>;
  listApplications(actor: Actor, filters: CaseFilters, page: PageQuery): Promise<Page<CaseListItem>>;
  getMyQueue(actor: Actor, page: PageQuery): Promise<Page<CaseListItem>>;
  getDashboard(actor: Actor, orgId?: number): Promise<Dashboard>;
  /** Who may be assigned the org's cases (the assign/reassign picker). */
  listCaseOfficers(actor: Actor, orgId: number, sectionId?: number): Promise<CaseOfficer[]>;
  getApplication(actor: Actor, id: number): Promise<CaseDetail>;
  updateApplication(ctx: ActionContext, options: UpdateApplicationOptions): Promise<CaseDetail>;
  /** Every timeline step (claim, correction, extension approval, decision, reply, …). */
  runCommand(ctx: ActionContext, options: CommandOptions): Promise<CaseDetail>;
  requestExtension(ctx: ActionContext, options: RequestExtensionOptions): Promise<CaseDetail>;
  getClock(actor: Actor, id: number): Promise<ClockView>;
  quoteFee(actor: Actor, id: number, basis: FeeBasis, pages?: number): Promise<FeeQuote>;
  addNote(ctx: ActionContext, id: number, body: string): Promise<CaseNote>;
  addAttachment(ctx: ActionContext, options: AddAttachmentOptions): Promise<CaseAttachment>;
  readAttachment(actor: Actor, id: number, attachmentId: number): Promise<AttachmentContent>;
  findSimilar(actor: Actor, id: number, limit?: number): Promise<SimilarCase[]>;
  proposeDisclosure(ctx: ActionContext, options: ProposeDisclosureOptions): Promise<DisclosureProposal>;
  getReplyLetterData(actor: Actor, id: number): Promise<ReplyLetterData>;
  /** The letters the case has so far (notices and the reply). */
  listLetters(actor: Actor, id: number): Promise<CaseLetterSummary[]>;
  getLetter(actor: Actor, id: number, kind: LetterKind): Promise<CaseLetter>;
  /** A letter as GB/T 9704 DOCX or PDF. */
  renderLetter(actor: Actor, id: number, kind: LetterKind, format: LetterFormat): Promise<RenderedLetter>;
  /** Staff's edit of the reply's paragraphs before approval (null paragraphs: the standard wording). */
  editReplyText(ctx: ActionContext, options: EditReplyTextOptions): Promise<CaseLetter>;
  /** The org's letter templates in force (own, inherited or standard) for each letter. */
  listLetterTemplates(actor: Actor, orgRef: string): Promise<TemplateList>;
  /** Sets the org's own template for a letter (单位管理员). */
  saveLetterTemplate(ctx: ActionContext, orgRef: string, key: string, draft: TemplateText): Promise<TemplateEntry>;
  /** Removes the org's own template: the inherited or standard wording applies again. */
  restoreLetterTemplate(ctx: ActionContext, orgRef: string, key: string): Promise<TemplateEntry>;
  /** A letter on a sample case with the templates in force, or with `draft` for `key`. */
  previewLetterTemplate(actor: Actor, orgRef: string, key: string, draft?: TemplateText): Promise<LetterDocument>;
  /** Table 三 of `{org}` (id or code) for `year`, aggregated in SQL. */
  computeApplicationsFigures(actor: Actor, orgRef: string, year: number): Promise<Applications>;
  /** The same figures by a plain recount through the pure rules (the reference; slower). */
  recountApplicationsFigures(actor: Actor, orgRef: string, year: number): Promise<Applications>;
  getSettings(actor: Actor, orgRef: string): Promise<ApplicationSettings>;
  updateSettings(ctx: ActionContext, orgRef: string, patch: SettingsPatch): Promise<ApplicationSettings>;
  /** After a holiday year is imported: settle the provisional due dates. */
  refreshProvisionalCases(): Promise<number>;
  /** Re-derive paused clocks (done at most once a day before the dashboard; a scheduler may call it too). */
  refreshPausedClocks(): Promise<number>;
}

export interface ApplicationServiceExtras {
  calendar: CalendarService;
  files: FileStorage;
}

export function createApplicationService(deps: ServiceDeps, extras: ApplicationServiceExtras): ApplicationService {
  const ctx: AppContext = {
    db: deps.db,
    now: deps.now,
    logger: deps.logger,
    calendar: extras.calendar,
    files: extras.files,
  };
  const detail = (actor: Actor, id: number) => getApplication(ctx, actor, id);
  const refreshPausedClocks = async () => recomputeCases(ctx, await findOpenPausedIds(ctx.db));
  let refreshedOn: string | null = null;
  /** A paused clock's estimated due date moves every day; settle them once a day, on first use. */
  async function refreshPausedDaily(): Promise<void> {
    const today = todayOf(ctx);
    if (refreshedOn === today) return;
    refreshedOn = today;
    try {
      await refreshPausedClocks();
    } catch (error) {
      refreshedOn = null;
      ctx.logger.warn({ err: error }, 'refreshing paused clocks failed');
    }
  }

  return {
    async registerApplication(actionCtx, options) {
      const result = await registerApplication(ctx, actionCtx, options);
      return { ...result, case: await detail(actionCtx.actor, result.id) };
    },
    submitOnlineApplication: (options, meta) => submitOnlineApplication(ctx, options, meta),
    getPublicStatus: (code, phone) => getPublicStatus(ctx, code, phone),
    readPublicReply: (code, phone, attachmentId) => readPublicReply(ctx, code, phone, attachmentId),
    answerCorrection: (code, phone, answer, meta) => answerCorrection(ctx, code, phone, answer, meta),
    listApplications: (actor, filters, page) => listApplications(ctx, actor, filters, page),
    getMyQueue: (actor, page) => getMyQueue(ctx, actor, page),
    async getDashboard(actor, orgId) {
      await refreshPausedDaily();
      return getDashboard(ctx, actor, orgId);
    },
    getApplication: detail,
    listCaseOfficers: (actor, orgId, sectionId) => listCaseOfficers(ctx, actor, orgId, sectionId),
    async updateApplication(actionCtx, options) {
      await updateApplication(ctx, actionCtx, options);
      return detail(actionCtx.actor, options.id);
    },
    async runCommand(actionCtx, options) {
      if (options.command.type === 'reply') await runReplyWithLetter(ctx, actionCtx, options);
      else await runCaseCommand(ctx, actionCtx, options);
      return detail(actionCtx.actor, options.id);
    },
    async requestExtension(actionCtx, options) {
      await requestExtension(ctx, actionCtx, options);
      return detail(actionCtx.actor, options.id);
    },
    getClock: (actor, id) => getClock(ctx, actor, id),
    async quoteFee(actor, id, basis, pages) {
      const loaded = await loadVisibleCase(ctx, actor, id);
      requireOnCase(actor, loaded.scope, WORK_ROLES);
      return quoteFee(ctx, loaded, basis, pages);
    },
    addNote: (actionCtx, id, body) => addNote(ctx, actionCtx, id, body),
    addAttachment: (actionCtx, options) => addAttachment(ctx, actionCtx, options),
    readAttachment: (actor, id, attachmentId) => readAttachment(ctx, actor, id, attachmentId),
    findSimilar: (actor, id, limit) => findSimilar(ctx, actor, id, limit),
    proposeDisclosure: (actionCtx, options) => proposeDisclosure(ctx, actionCtx, options),
    getReplyLetterData: (actor, id) => getReplyLetterData(ctx, actor, id),
    listLetters: (actor, id) => listCaseLetters(ctx, actor, id),
    getLetter: (actor, id, kind) => getCaseLetter(ctx, actor, id, kind),
    renderLetter: (actor, id, kind, format) => renderCaseLetter(ctx, actor, id, kind, format),
    editReplyText: (actionCtx, options) => editReplyText(ctx, actionCtx, options),
    listLetterTemplates: (actor, orgRef) => listLetterTemplates(ctx, actor, orgRef),
    saveLetterTemplate: (actionCtx, orgRef, key, draft) => saveLetterTemplate(ctx, actionCtx, orgRef, key, draft),
    restoreLetterTemplate: (actionCtx, orgRef, key) => restoreLetterTemplate(ctx, actionCtx, orgRef, key),
    previewLetterTemplate: (actor, orgRef, key, draft) => previewLetterTemplate(ctx, actor, orgRef, key, draft),
    async computeApplicationsFigures(actor, orgRef, year) {
      const org = await resolveVisibleOrg(ctx.db, actor, orgRef, VIEW_ROLES);
      return computeApplicationsFigures(ctx, org.id, year);
    },
    async recountApplicationsFigures(actor, orgRef, year) {
      const org = await resolveVisibleOrg(ctx.db, actor, orgRef, VIEW_ROLES);
      return recountApplicationsFigures(ctx, org.id, year);
    },
    getSettings: (actor, orgRef) => getApplicationSettings(ctx, actor, orgRef),
    updateSettings: (actionCtx, orgRef, patch) => updateApplicationSettings(ctx, actionCtx, orgRef, patch),
    refreshProvisionalCases: async () => recomputeCases(ctx, await findOpenProvisionalIds(ctx.db)),
    refreshPausedClocks,
  };
}
