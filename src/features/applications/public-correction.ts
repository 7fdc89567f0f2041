// The applicant answers a correction notice on the portal (query code + phone): the answer and
// any scanned material are stored with the case, and the correction counts as received that day
// (Art. 30: the answer period restarts from the day the correction arrives), in one transaction.
import { fileTypeFromBuffer } from 'file-type';
import { AppError, notFound } from '../../core/app-error.ts';
import { invalidField } from '../../core/validation.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { RequestMeta } from '../auth/actor.ts';
import { updateApplicationRow } from './application.repo.ts';
import { type AppContext, loadCase, todayOf } from './case-context.ts';
import { derivedFields } from './derive.ts';
import { insertAttachment, insertEvent } from './event.repo.ts';
import { findCaseByCodeAndPhone, PUBLIC_NOT_FOUND } from './public-status.ts';
import { refusalError } from './refusal-error.ts';
import { applyCommand } from './rules/state-machine.ts';
import type { EventOf } from './rules/timeline.ts';
import { loadApplicationSettings } from './settings.ts';

export const MAX_ANSWER_LENGTH = 2000;
export const MAX_CORRECTION_FILE_BYTES = 5 * 1024 * 1024;
/** What applicants may upload: scans and photos of documents. */
export const CORRECTION_FILE_TYPES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
};

export interface CorrectionAnswer {
  /** What the applicant corrects, in their words. */
  text: string;
  file?: { name: string; data: Uint8Array };
}

export interface CorrectionReceipt {
  caseNumber: string;
  /** The day the correction counts as received: the answer period restarts from it. */
  receivedOn: string;
}

function cleanName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return clean.slice(0, 120) || '补正材料';
}

/** Checks the answer; throws VALIDATION_FAILED naming the field (answer, file) in Chinese. */
async function checkAnswer(answer: CorrectionAnswer): Promise<{ mime: string; name: string } | null> {
  const text = answer.text.trim();
  if (text === '') throw invalidField('answer', '请填写补正内容');
  if (text.length > MAX_ANSWER_LENGTH) throw invalidField('answer', `补正内容不能超过 ${MAX_ANSWER_LENGTH} 字`);
  if (!answer.file) return null;
  if (answer.file.data.byteLength > MAX_CORRECTION_FILE_BYTES) {
    throw invalidField('file', '补正材料不能超过 5 MB');
  }
  const sniffed = await fileTypeFromBuffer(answer.file.data);
  if (!sniffed || !CORRECTION_FILE_TYPES[sniffed.mime]) {
    throw invalidField('file', `补正材料只接受 ${Object.values(CORRECTION_FILE_TYPES).join('、')} 文件`);
  }
  return { mime: sniffed.mime, name: cleanName(answer.file.name) };
}

export async function answerCorrection(
  ctx: AppContext,
  queryCode: string,
  phone: string,
  answer: CorrectionAnswer,
  meta: RequestMeta,
): Promise<CorrectionReceipt> {
  const found = await findCaseByCodeAndPhone(ctx, queryCode, phone);
  if (found.state !== 'awaitingCorrection') {
    throw new AppError('INVALID_TRANSITION', '本申请当前不需要补正；如有疑问，请联系受理机关');
  }
  const file = await checkAnswer(answer);
  const calendar = await ctx.calendar.getCalendar();
  const stored = file && answer.file ? await ctx.files.save(answer.file.data) : null;
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const loaded = await loadCase(trx, found.id, { forUpdate: true });
      if (loaded.row.query_code !== found.query_code) throw notFound(PUBLIC_NOT_FOUND);
      const today = todayOf(ctx);
      const requested = loaded.events.findLast(
        (e): e is EventOf<'correctionRequested'> => e.type === 'correctionRequested',
      );
      if (loaded.row.state !== 'awaitingCorrection' || !requested) {
        throw new AppError('INVALID_TRANSITION', '本申请当前不需要补正；如有疑问，请联系受理机关');
      }
      if (today > requested.correctBy) {
        throw new AppError(
          'INVALID_TRANSITION',
          `补正期限已于 ${requested.correctBy} 届满，不能再在网上提交补正；如有正当理由，请联系受理机关`,
        );
      }
      const settings = await loadApplicationSettings(trx, loaded.row.org_id);
      const context = {
        receivedOn: loaded.row.received_on,
        events: loaded.events,
        calendar,
        today,
        settings: settings.deadlines,
      };
      const result = applyCommand(context, {
        command: { type: 'receiveCorrection' },
        on: today,
        actor: { userId: '', isLeader: false },
      });
      if (!result.ok) throw refusalError(result.refusal);
      const at = ctx.now();
      let attachmentId: number | undefined;
      if (stored && file) {
        attachmentId = await insertAttachment(trx, {
          applicationId: loaded.row.id,
          kind: 'correction',
          fileName: file.name,
          contentType: file.mime,
          sizeBytes: stored.sizeBytes,
          sha256: stored.sha256,
          storageKey: stored.key,
          uploadedBy: null,
          at,
        });
      }
      const data: Record<string, unknown> = { channel: 'online', answer: answer.text.trim() };
      if (attachmentId !== undefined) data.attachmentId = attachmentId;
      await insertEvent(trx, {
        applicationId: loaded.row.id,
        seq: loaded.events.length + 1,
        type: 'correctionReceived',
        on: today,
        byUserId: null,
        data,
        at,
      });
      const updated = await updateApplicationRow(
        trx,
        loaded.row.id,
        {
          ...derivedFields({ ...context, receiptRule: loaded.row.receipt_rule, events: result.events }),
          version: loaded.row.version + 1,
        },
        at,
      );
      await recordAudit(trx, {
        actor: null,
        meta,
        at,
        orgId: loaded.row.org_id,
        action: 'application.receiveCorrection',
        targetType: 'application',
        targetId: loaded.row.id,
        before: { state: loaded.row.state, version: loaded.row.version, dueOn: loaded.row.due_on },
        after: {
          state: updated.state,
          version: updated.version,
          dueOn: updated.due_on,
          event: { type: 'correctionReceived', on: today, channel: 'online', attachmentId },
        },
      });
      return { caseNumber: loaded.row.case_number, receivedOn: today };
    });
  } catch (error) {
    if (stored) await ctx.files.remove(stored.key);
    throw error;
  }
}
