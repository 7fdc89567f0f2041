// The fields of a reply letter (答复书/告知书), for the DOCX/PDF templates: the decision, its
// legal basis, how to obtain the information, and the remedies (60 days / 6 months).
import { AppError } from '../../core/app-error.ts';
import type { Actor } from '../auth/actor.ts';
import { findOrgById } from '../orgs/org.repo.ts';
import type { OrgRecord } from '../orgs/org.ts';
import { requireOnCase, WORK_ROLES } from './access.ts';
import { type Decision, FORM_WANTED_LABELS, type FormWanted } from './application.ts';
import { type AppContext, todayOf } from './case-context.ts';
import { toDecision } from './case-view.ts';
import { loadVisibleCase } from './queries.ts';
import { FEE_BASIS_LABELS, type FeeBasis } from './rules/fees.ts';
import { currentHandling, DELIVERY_METHOD_LABELS, type DeliveryMethod } from './rules/timeline.ts';

export const RECONSIDERATION_DAYS = 60;
export const LITIGATION_MONTHS = 6;

export interface ReplyLetterData {
  caseNumber: string;
  /** The letter's date: the approval date once approved, else today (a draft). */
  letterDate: string;
  isDraft: boolean;
  org: {
    name: string;
    disclosureOffice: string | null;
    address: string | null;
    postalCode: string | null;
    phone: string | null;
    email: string | null;
  };
  applicant: {
    name: string;
    contactPerson: string | null;
    address: string | null;
    postalCode: string | null;
    email: string | null;
  };
  receivedOn: string;
  description: string;
  documentNumbers: string | null;
  decision: Decision;
  /** e.g. 《中华人民共和国政府信息公开条例》第三十六条第（二）项. */
  legalBasis: string;
  /** For granted and partially granted: how the applicant gets the information. */
  howToObtain: string | null;
  formWanted: string;
  delivery: string;
  fee: { amount: number; basisLabel: string } | null;
  remedies: { reconsiderationDays: number; litigationMonths: number; reconsiderationBody: string; text: string };
  repliedOn: string | null;
  trackingNumber: string | null;
}

function howToObtain(decision: Decision, form: FormWanted, delivery: DeliveryMethod, office: string): string | null {
  if (decision.outcome !== 'granted' && decision.outcome !== 'partiallyGranted') return null;
  const part = decision.outcome === 'partiallyGranted' ? '可以公开部分' : '所申请的政府信息';
  if (form === 'inspection') return `${part}请于收到本告知书后，在工作日到${office}当场查阅、抄录。`;
  const how: Record<DeliveryMethod, string> = {
    post: `${part}的${FORM_WANTED_LABELS[form]}随本告知书一并邮寄送达。`,
    email: `${part}的${FORM_WANTED_LABELS[form]}随本告知书一并通过电子邮件发送。`,
    collect: `${part}的${FORM_WANTED_LABELS[form]}请于收到本告知书后，在工作日到${office}领取。`,
    online: `${part}的${FORM_WANTED_LABELS[form]}已上传至政府信息公开平台，请凭查询码下载。`,
  };
  return how[delivery];
}

/** Where 行政复议 goes: a department's government; above a government, the next government up. */
export async function reconsiderationBodyOf(ctx: AppContext, org: OrgRecord): Promise<string> {
  const parent = org.parentId === null ? undefined : await findOrgById(ctx.db, org.parentId);
  if (org.kind === 'department' && parent?.kind === 'government') return parent.name;
  return org.kind === 'government' ? '上一级人民政府' : '有关行政复议机关';
}

export async function getReplyLetterData(ctx: AppContext, actor: Actor, id: number): Promise<ReplyLetterData> {
  const loaded = await loadVisibleCase(ctx, actor, id);
  requireOnCase(actor, loaded.scope, WORK_ROLES, '您无权查看该申请的答复书');
  const { row, org } = loaded;
  const decision = toDecision(row);
  const handling = currentHandling(loaded.events);
  if (!decision || !handling.some((e) => e.type === 'decisionSubmitted')) {
    throw new AppError('INVALID_TRANSITION', '尚未作出处理决定，不能生成答复书');
  }
  const approved = handling.findLast((e) => e.type === 'decisionApproved');
  const replied = loaded.eventRows.findLast((e) => e.type === 'replied');
  const body = await reconsiderationBodyOf(ctx, org);
  const office = org.disclosureOffice ?? org.name;
  const delivery = row.delivery as DeliveryMethod;
  return {
    caseNumber: row.case_number,
    letterDate: approved?.on ?? todayOf(ctx),
    isDraft: !approved,
    org: {
      name: org.name,
      disclosureOffice: org.disclosureOffice,
      address: org.address,
      postalCode: org.postalCode,
      phone: org.contactPhone,
      email: org.contactEmail,
    },
    applicant: {
      name: row.applicant_name,
      contactPerson: row.applicant_contact_person,
      address: row.applicant_address,
      postalCode: row.applicant_postal_code,
      email: row.applicant_email,
    },
    receivedOn: row.received_on,
    description: row.description,
    documentNumbers: row.document_numbers,
    decision,
    legalBasis: decision.legalBasis ?? '',
    howToObtain: howToObtain(decision, row.form_wanted as FormWanted, delivery, office),
    formWanted: FORM_WANTED_LABELS[row.form_wanted as FormWanted],
    delivery: DELIVERY_METHOD_LABELS[delivery],
    fee:
      row.fee_amount === null
        ? null
        : { amount: row.fee_amount, basisLabel: FEE_BASIS_LABELS[row.fee_basis as FeeBasis] ?? '' },
    remedies: {
      reconsiderationDays: RECONSIDERATION_DAYS,
      litigationMonths: LITIGATION_MONTHS,
      reconsiderationBody: body,
      text: `如对本答复不服，可以自收到本答复之日起六十日内向${body}申请行政复议，或者自收到本答复之日起六个月内依法向人民法院提起行政诉讼。`,
    },
    repliedOn: replied?.occurred_on ?? null,
    trackingNumber: (replied?.data.trackingNumber as string | undefined) ?? null,
  };
}
