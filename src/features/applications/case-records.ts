// Editing a case's applicant and request data, internal notes and attachments.
import { fileTypeFromBuffer } from 'file-type';
import { AppError, notFound } from '../../core/app-error.ts';
import { invalidField } from '../../core/validation.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ActionContext, Actor } from '../auth/actor.ts';
import { FileMissingError } from '../files/file-storage.ts';
import { requireOnCase, WORK_ROLES } from './access.ts';
import { applicantKey, applicantProblems, applicantWarnings } from './applicant.ts';
import { type ApplicationPatch, updateApplicationRow } from './application.repo.ts';
import type { ApplicantInput, AttachmentKind, CaseAttachment, CaseNote, RequestInput } from './application.ts';
import { type AppContext, loadCase } from './case-context.ts';
import { toAttachment } from './case-view.ts';
import { findAttachments, findNotes, insertAttachment, insertNote } from './event.repo.ts';
import { loadVisibleCase } from './queries.ts';
import { refusalError, versionConflict } from './refusal-error.ts';
import { maskIdNumber, maskPhone } from './rules/id-card.ts';
import { checkEditable } from './rules/state-machine.ts';
import { segmentForIndex } from './segment.ts';

export interface UpdateApplicationOptions {
  id: number;
  version: number;
  applicant?: ApplicantInput;
  request?: RequestInput;
}

function applicantPatch(applicant: ApplicantInput): ApplicationPatch {
  const idNumber = applicant.idNumber?.trim().toUpperCase() || null;
  return {
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
  };
}

/** Personal data never goes into the audit log in full. */
function auditView(patch: ApplicationPatch): Record<string, unknown> {
  const view: Record<string, unknown> = { ...patch };
  if (typeof view.applicant_id_number === 'string') view.applicant_id_number = maskIdNumber(view.applicant_id_number);
  if (typeof view.applicant_phone === 'string') view.applicant_phone = maskPhone(view.applicant_phone);
  delete view.tokens;
  return view;
}

/** Allowed until the decision is approved (Art. 45 review), refused on a finished case. */
export async function updateApplication(
  ctx: AppContext,
  { actor, meta }: ActionContext,
  options: UpdateApplicationOptions,
): Promise<string[]> {
  return ctx.db.transaction().execute(async (trx) => {
    const loaded = await loadCase(trx, options.id, { forUpdate: true });
    requireOnCase(actor, loaded.scope, WORK_ROLES);
    if (loaded.row.version !== options.version) throw versionConflict(loaded.row.version, options.version);
    const refusal = checkEditable(loaded.events);
    if (refusal) throw refusalError(refusal);
    const row = loaded.row;
    let patch: ApplicationPatch = {};
    const applicant: ApplicantInput = options.applicant ?? {
      type: row.applicant_type as ApplicantInput['type'],
      name: row.applicant_name,
      phone: row.applicant_phone,
      address: row.applicant_address,
      email: row.applicant_email,
      contactPerson: row.applicant_contact_person,
      idType: row.applicant_id_type as ApplicantInput['idType'],
      idNumber: row.applicant_id_number,
      creditCode: row.applicant_credit_code,
    };
    const delivery = options.request?.delivery ?? row.delivery;
    const problems = applicantProblems(applicant, delivery);
    if (problems.length > 0)
      throw new AppError('VALIDATION_FAILED', problems.map((p) => p.message).join('；'), problems);
    if (options.applicant) patch = { ...patch, ...applicantPatch(options.applicant) };
    if (options.request) {
      const r = options.request;
      patch = {
        ...patch,
        description: r.description,
        document_numbers: r.documentNumbers ?? null,
        purpose: r.purpose ?? null,
        form_wanted: r.formWanted,
        delivery: r.delivery,
        tokens: segmentForIndex(`${r.description} ${r.documentNumbers ?? ''}`),
      };
    }
    const at = ctx.now();
    await updateApplicationRow(trx, row.id, { ...patch, version: row.version + 1 }, at);
    await recordAudit(trx, {
      actor,
      meta,
      at,
      orgId: row.org_id,
      action: 'application.update',
      targetType: 'application',
      targetId: row.id,
      before: { version: row.version },
      after: { version: row.version + 1, ...auditView(patch) },
    });
    return applicantWarnings(applicant);
  });
}

export async function addNote(
  ctx: AppContext,
  { actor, meta }: ActionContext,
  id: number,
  body: string,
): Promise<CaseNote> {
  return ctx.db.transaction().execute(async (trx) => {
    const loaded = await loadCase(trx, id);
    requireOnCase(actor, loaded.scope, WORK_ROLES);
    const at = ctx.now();
    const noteId = await insertNote(trx, { applicationId: id, authorId: actor.userId, body, at });
    await recordAudit(trx, {
      actor,
      meta,
      at,
      orgId: loaded.row.org_id,
      action: 'application.note',
      targetType: 'application',
      targetId: id,
      after: { noteId },
    });
    const notes = await findNotes(trx, id);
    const note = notes.find((n) => n.id === noteId);
    if (!note) throw new AppError('INTERNAL');
    return {
      id: note.id,
      body: note.body,
      author: { id: actor.userId, name: actor.displayName },
      createdAt: note.created_at.toISOString(),
    };
  });
}

/** Scans, letters and drafts: the type is sniffed from the content, never taken from the name. */
export const ALLOWED_UPLOAD_TYPES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/tiff': 'TIFF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word（DOCX）',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel（XLSX）',
  'application/x-cfb': 'Word/Excel 97-2003',
  'application/zip': 'OFD',
};

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

export interface AddAttachmentOptions {
  id: number;
  kind: AttachmentKind;
  fileName: string;
  data: Uint8Array;
}

function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return clean.slice(0, 200) || '附件';
}

export async function addAttachment(
  ctx: AppContext,
  { actor, meta }: ActionContext,
  options: AddAttachmentOptions,
): Promise<CaseAttachment> {
  if (options.data.byteLength === 0) throw invalidField('contentBase64', '文件内容为空');
  if (options.data.byteLength > MAX_ATTACHMENT_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', '单个附件不能超过 20 MB');
  const sniffed = await fileTypeFromBuffer(options.data);
  const fileName = cleanFileName(options.fileName);
  const isOfd = sniffed?.mime === 'application/zip' && fileName.toLowerCase().endsWith('.ofd');
  if (!sniffed || !ALLOWED_UPLOAD_TYPES[sniffed.mime] || (sniffed.mime === 'application/zip' && !isOfd)) {
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      `不支持该文件类型：只接受 ${Object.values(ALLOWED_UPLOAD_TYPES).join('、')} 文件`,
    );
  }
  const loaded = await loadCase(ctx.db, options.id);
  requireOnCase(actor, loaded.scope, WORK_ROLES);
  const stored = await ctx.files.save(options.data);
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const at = ctx.now();
      const attachmentId = await insertAttachment(trx, {
        applicationId: options.id,
        kind: options.kind,
        fileName,
        contentType: sniffed.mime,
        sizeBytes: stored.sizeBytes,
        sha256: stored.sha256,
        storageKey: stored.key,
        uploadedBy: actor.userId,
        at,
      });
      await recordAudit(trx, {
        actor,
        meta,
        at,
        orgId: loaded.row.org_id,
        action: 'application.attach',
        targetType: 'application',
        targetId: options.id,
        after: { attachmentId, kind: options.kind, fileName, sha256: stored.sha256 },
      });
      const row = (await findAttachments(trx, options.id)).find((a) => a.id === attachmentId);
      if (!row) throw new AppError('INTERNAL');
      return toAttachment(row);
    });
  } catch (error) {
    await ctx.files.remove(stored.key);
    throw error;
  }
}

export interface AttachmentContent {
  attachment: CaseAttachment;
  data: Uint8Array;
}

export async function readAttachmentOf(
  ctx: AppContext,
  applicationId: number,
  attachmentId: number,
): Promise<AttachmentContent> {
  const row = (await findAttachments(ctx.db, applicationId)).find((a) => a.id === attachmentId);
  if (!row) throw notFound('未找到该附件');
  try {
    return { attachment: toAttachment(row), data: await ctx.files.read(row.storage_key) };
  } catch (error) {
    if (error instanceof FileMissingError) throw notFound('附件文件已丢失，请联系管理员');
    throw error;
  }
}

export async function readAttachment(
  ctx: AppContext,
  actor: Actor,
  id: number,
  attachmentId: number,
): Promise<AttachmentContent> {
  const loaded = await loadVisibleCase(ctx, actor, id);
  requireOnCase(actor, loaded.scope, WORK_ROLES, '您无权下载该申请的附件');
  return readAttachmentOf(ctx, id, attachmentId);
}
