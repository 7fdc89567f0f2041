// Registering an application from any channel (staff), or from the portal form (public).
import type { Kysely } from 'kysely';
import { AppError } from '../../core/app-error.ts';
import { invalidField } from '../../core/validation.ts';
import type { DB } from '../../db/schema.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ActionContext, RequestMeta } from '../auth/actor.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import { findOrgById } from '../orgs/org.repo.ts';
import type { OrgRecord } from '../orgs/org.ts';
import { findGrantsOfUser } from '../users/user.repo.ts';
import { CLAIM_ROLES, requireOnCase, WORK_ROLES } from './access.ts';
import { applicantKey, applicantProblems, applicantWarnings } from './applicant.ts';
import { type ApplicationRow, insertApplication, nextCaseSeq } from './application.repo.ts';
import type { ApplicantInput, Channel, RequestInput } from './application.ts';
import { type AppContext, todayOf } from './case-context.ts';
import { defaultCasePrefix, formatCaseNumber } from './case-number.ts';
import { derivedFields } from './derive.ts';
import { newQueryCode } from './query-code.ts';
import { receiptDate } from './rules/receipt.ts';
import { segmentForIndex } from './segment.ts';
import { loadApplicationSettings } from './settings.ts';

export interface RegisterApplicationOptions {
  orgId: number;
  channel: Channel;
  /** Art. 31: in person / oral. */
  submittedOn?: string;
  /** Art. 31: registered post. */
  signedOn?: string;
  /** Art. 31: ordinary letter, online, e-mail, fax — the day both sides confirmed. */
  confirmedOn?: string;
  applicant: ApplicantInput;
  request: RequestInput;
  assignedSectionId?: number;
  assignedOfficerId?: number;
}

export interface RegisterResult {
  id: number;
  caseNumber: string;
  queryCode: string;
  receivedOn: string;
  dueOn: string | null;
  isProvisional: boolean;
  /** ID number / credit code problems: the case is registered anyway. */
  warnings: string[];
}

export async function loadCaseOrg(db: Kysely<DB>, orgId: number): Promise<OrgRecord> {
  const org = await findOrgById(db, orgId);
  if (!org) throw invalidField('orgId', '受理机关不存在');
  if (org.kind === 'section') throw invalidField('orgId', '申请应登记在政府或部门名下，股室/科室只能作为承办科室');
  return org;
}

export async function checkSection(db: Kysely<DB>, org: OrgRecord, sectionId: number): Promise<OrgRecord> {
  const section = await findOrgById(db, sectionId);
  if (section?.kind !== 'section' || section.parentId !== org.id) {
    throw invalidField('sectionId', `承办科室应为「${org.name}」下属的股室/科室`);
  }
  return section;
}

export async function checkOfficer(
  db: Kysely<DB>,
  org: OrgRecord,
  section: OrgRecord | null,
  officerId: number,
): Promise<void> {
  const grants = await findGrantsOfUser(db, officerId);
  const covers = (path: string) =>
    grants.some((g) => g.role === 'platform_admin' || (CLAIM_ROLES.includes(g.role) && path.startsWith(g.orgPath)));
  if (!covers(org.path) && !(section && covers(section.path))) {
    throw invalidField('officerId', '所选人员不是本机关（或承办科室）的承办人');
  }
}

async function governmentNameOf(db: Kysely<DB>, org: OrgRecord): Promise<string | null> {
  if (org.kind === 'government') return org.name;
  const parent = org.parentId === null ? undefined : await findOrgById(db, org.parentId);
  return parent?.kind === 'government' ? parent.name : null;
}

interface InsertCaseInput {
  org: OrgRecord;
  channel: Channel;
  receivedOn: string;
  receiptRule: string;
  applicant: ApplicantInput;
  request: RequestInput;
  sectionId: number | null;
  officerId: number | null;
  registeredBy: number | null;
  /** Loaded before the transaction: on PGlite a query outside an open transaction would wait for it. */
  calendar: WorkingCalendar;
}

async function insertCase(trx: Kysely<DB>, ctx: AppContext, input: InsertCaseInput): Promise<ApplicationRow> {
  const { org, applicant, request } = input;
  const settings = await loadApplicationSettings(trx, org.id);
  const year = Number(input.receivedOn.slice(0, 4));
  const seq = await nextCaseSeq(trx, org.id, year);
  const prefix = settings.casePrefix ?? defaultCasePrefix(org, await governmentNameOf(trx, org));
  const derived = derivedFields({
    receivedOn: input.receivedOn,
    events: [],
    calendar: input.calendar,
    settings: settings.deadlines,
    today: todayOf(ctx),
  });
  const idNumber = applicant.idNumber?.trim().toUpperCase() || null;
  const now = ctx.now();
  return insertApplication(trx, {
    org_id: org.id,
    case_number: formatCaseNumber(settings.caseNumberPattern, { prefix, year, seq }),
    case_year: year,
    case_seq: seq,
    query_code: newQueryCode(),
    channel: input.channel,
    received_on: input.receivedOn,
    receipt_rule: input.receiptRule,
    applicant_type: applicant.type,
    applicant_name: applicant.name,
    applicant_id_type: idNumber ? (applicant.idType ?? 'residentId') : null,
    applicant_id_number: idNumber,
    applicant_id_warning: applicantWarnings(applicant).join('；') || null,
    applicant_phone: applicant.phone,
    applicant_email: applicant.email ?? null,
    applicant_address: applicant.address ?? null,
    applicant_postal_code: applicant.postalCode ?? null,
    applicant_credit_code: applicant.creditCode?.trim().toUpperCase() || null,
    applicant_contact_person: applicant.contactPerson ?? null,
    applicant_key: applicantKey(applicant),
    description: request.description,
    document_numbers: request.documentNumbers ?? null,
    purpose: request.purpose ?? null,
    form_wanted: request.formWanted,
    delivery: request.delivery,
    tokens: segmentForIndex(`${request.description} ${request.documentNumbers ?? ''}`),
    assigned_section_id: input.sectionId,
    assigned_officer_id: input.officerId,
    registered_by: input.registeredBy,
    due_on: derived.due_on ?? null,
    state: derived.state,
    is_open: derived.is_open,
    clock_status: derived.clock_status,
    is_provisional: derived.is_provisional,
    created_at: now,
    updated_at: now,
  });
}

function checkRequestFields(applicant: ApplicantInput, request: RequestInput): void {
  const problems = applicantProblems(applicant, request.delivery);
  if (problems.length > 0) {
    throw new AppError('VALIDATION_FAILED', problems.map((p) => `${p.field}：${p.message}`).join('；'), problems);
  }
}

function resultOf(row: ApplicationRow, applicant: ApplicantInput): RegisterResult {
  return {
    id: row.id,
    caseNumber: row.case_number,
    queryCode: row.query_code,
    receivedOn: row.received_on,
    dueOn: row.due_on,
    isProvisional: row.is_provisional,
    warnings: applicantWarnings(applicant),
  };
}

export async function registerApplication(
  ctx: AppContext,
  { actor, meta }: ActionContext,
  options: RegisterApplicationOptions,
): Promise<RegisterResult> {
  const receipt = receiptDate({
    channel: options.channel,
    submittedOn: options.submittedOn,
    signedOn: options.signedOn,
    confirmedOn: options.confirmedOn,
  });
  if (!receipt.ok) throw invalidField(receipt.field, receipt.message);
  const today = todayOf(ctx);
  if (receipt.receivedOn > today)
    throw invalidField('receivedOn', `收到申请之日 ${receipt.receivedOn} 晚于今天（${today}）`);
  checkRequestFields(options.applicant, options.request);
  const calendar = await ctx.calendar.getCalendar();
  return ctx.db.transaction().execute(async (trx) => {
    const org = await loadCaseOrg(trx, options.orgId);
    const section = options.assignedSectionId ? await checkSection(trx, org, options.assignedSectionId) : null;
    requireOnCase(
      actor,
      { orgPath: org.path, sectionPath: section?.path ?? null },
      WORK_ROLES,
      '您无权为该机关登记申请',
    );
    if (options.assignedOfficerId) await checkOfficer(trx, org, section, options.assignedOfficerId);
    const row = await insertCase(trx, ctx, {
      org,
      channel: options.channel,
      receivedOn: receipt.receivedOn,
      receiptRule: receipt.rule,
      applicant: options.applicant,
      request: options.request,
      sectionId: section?.id ?? null,
      officerId: options.assignedOfficerId ?? null,
      registeredBy: actor.userId,
      calendar,
    });
    await recordAudit(trx, {
      actor,
      meta,
      at: ctx.now(),
      orgId: org.id,
      action: 'application.register',
      targetType: 'application',
      targetId: row.id,
      after: { caseNumber: row.case_number, channel: row.channel, receivedOn: row.received_on },
    });
    return resultOf(row, options.applicant);
  });
}

export interface OnlineApplicationOptions {
  orgId: number;
  applicant: ApplicantInput;
  request: RequestInput;
}

export interface OnlineReceipt {
  caseNumber: string;
  queryCode: string;
  orgName: string;
  receivedOn: string;
  /** The expected reply date (20 working days), unless a correction or a pause moves it. */
  dueOn: string | null;
  isProvisional: boolean;
}

/**
 * The portal form. Art. 31: an online application counts as received on the day both sides
 * confirm; the platform confirms on submission with the receipt page and its query code.
 * Rate limiting and the honeypot belong to the portal handler.
 */
export async function submitOnlineApplication(
  ctx: AppContext,
  options: OnlineApplicationOptions,
  meta: RequestMeta,
): Promise<OnlineReceipt> {
  checkRequestFields(options.applicant, options.request);
  const today = todayOf(ctx);
  const receipt = receiptDate({ channel: 'online', confirmedOn: today });
  if (!receipt.ok) throw new AppError('INTERNAL');
  const calendar = await ctx.calendar.getCalendar();
  return ctx.db.transaction().execute(async (trx) => {
    const org = await loadCaseOrg(trx, options.orgId);
    const row = await insertCase(trx, ctx, {
      org,
      channel: 'online',
      receivedOn: receipt.receivedOn,
      receiptRule: `${receipt.rule}（网上提交即由平台出具回执确认）`,
      applicant: options.applicant,
      request: options.request,
      sectionId: null,
      officerId: null,
      registeredBy: null,
      calendar,
    });
    await recordAudit(trx, {
      actor: null,
      meta,
      at: ctx.now(),
      orgId: org.id,
      action: 'application.submit_online',
      targetType: 'application',
      targetId: row.id,
      after: { caseNumber: row.case_number, receivedOn: row.received_on },
    });
    return {
      caseNumber: row.case_number,
      queryCode: row.query_code,
      orgName: org.name,
      receivedOn: row.received_on,
      dueOn: row.due_on,
      isProvisional: row.is_provisional,
    };
  });
}
