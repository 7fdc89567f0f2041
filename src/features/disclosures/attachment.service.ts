import { AppError, notFound } from '../../core/app-error.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ActionContext, Actor } from '../auth/actor.ts';
import { extractText } from './attachment-text.ts';
import { checkAttachment } from './attachment-type.ts';
import type { DisclosureDeps } from './disclosure-deps.ts';
import * as repo from './item.repo.ts';
import type { AttachmentInfo } from './item.ts';
import { isPublicRow, toAttachmentInfo } from './item-view.ts';
import { actsFor, loadOrg, requireActsFor, STAFF_ROLES } from './org-access.ts';

export interface AttachmentFile extends AttachmentInfo {
  bytes: Uint8Array;
}

export interface AttachmentService {
  /** Adds a file to a draft (type checked from the content; Word/PDF text kept for search). */
  uploadAttachment(
    ctx: ActionContext,
    itemId: number,
    file: { fileName: string; bytes: Uint8Array },
  ): Promise<AttachmentInfo>;
  /** Removes it from the working copy; published versions keep theirs. */
  removeAttachment(ctx: ActionContext, attachmentId: number): Promise<void>;
  /** Anyone, for an attachment of a live version; staff of the org, for any. */
  openAttachment(actor: Actor | null, attachmentId: number): Promise<AttachmentFile>;
}

export function createAttachmentService(deps: DisclosureDeps): AttachmentService {
  const { db, now, files, uploadLimitBytes } = deps;

  async function requireDraft(row: repo.ItemRow): Promise<void> {
    if (row.state !== 'draft')
      throw new AppError('INVALID_TRANSITION', '只有草稿可以增删附件；已发布的信息请先点击“修改已发布信息”');
  }

  return {
    async uploadAttachment({ actor, meta }, itemId, file) {
      // Checked before the (slow) sniffing and extraction, and again in the transaction.
      const first = await repo.findItemRow(db, itemId);
      if (!first) throw notFound('信息不存在');
      await requireActsFor(db, actor, await loadOrg(db, first.org_id), ['clerk'], '只有信息员可以上传附件');
      await requireDraft(first);
      const checked = await checkAttachment(file.fileName, file.bytes, uploadLimitBytes);
      const text = await extractText(checked.ext, file.bytes);
      const stored = await files.save(file.bytes);
      try {
        return await db.transaction().execute(async (trx) => {
          const row = await repo.findItemRow(trx, itemId, true);
          if (!row) throw notFound('信息不存在');
          await requireDraft(row);
          const at = now();
          const sort = await trx
            .selectFrom('item_attachment')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('item_id', '=', itemId)
            .executeTakeFirstOrThrow();
          const inserted = await trx
            .insertInto('item_attachment')
            .values({
              item_id: itemId,
              storage_key: stored.key,
              file_name: checked.fileName,
              media_type: checked.mediaType,
              ext: checked.ext,
              size_bytes: stored.sizeBytes,
              sha256: stored.sha256,
              extracted_text: text,
              sort: Number(sort.n),
              created_by: actor.userId,
              created_at: at,
            })
            .returningAll()
            .executeTakeFirstOrThrow();
          await repo.updateItemRow(trx, itemId, { updated_at: at });
          const info = toAttachmentInfo(inserted);
          await recordAudit(trx, {
            actor,
            meta,
            at,
            orgId: row.org_id,
            action: 'item.attachment_add',
            targetType: 'item',
            targetId: itemId,
            after: info,
          });
          return info;
        });
      } catch (error) {
        await files.remove(stored.key);
        throw error;
      }
    },

    async removeAttachment({ actor, meta }, attachmentId) {
      await db.transaction().execute(async (trx) => {
        const attachment = await trx
          .selectFrom('item_attachment')
          .selectAll()
          .where('id', '=', attachmentId)
          .where('removed_at', 'is', null)
          .executeTakeFirst();
        if (!attachment) throw notFound('附件不存在');
        const row = await repo.findItemRow(trx, attachment.item_id, true);
        if (!row) throw notFound('信息不存在');
        await requireActsFor(trx, actor, await loadOrg(trx, row.org_id), ['clerk'], '只有信息员可以删除附件');
        await requireDraft(row);
        const at = now();
        await trx.updateTable('item_attachment').set({ removed_at: at }).where('id', '=', attachmentId).execute();
        await repo.updateItemRow(trx, row.id, { updated_at: at });
        await recordAudit(trx, {
          actor,
          meta,
          at,
          orgId: row.org_id,
          action: 'item.attachment_remove',
          targetType: 'item',
          targetId: row.id,
          before: toAttachmentInfo(attachment),
        });
      });
    },

    async openAttachment(actor, attachmentId) {
      const attachment = await db
        .selectFrom('item_attachment')
        .selectAll()
        .where('id', '=', attachmentId)
        .executeTakeFirst();
      if (!attachment) throw notFound('附件不存在');
      const item = await repo.findItemRow(db, attachment.item_id);
      if (!item) throw notFound('附件不存在');
      let allowed = false;
      if (isPublicRow(item) && item.live_version_no !== null) {
        const live = await repo.findVersionRow(db, item.id, item.live_version_no);
        allowed = ((live?.attachments as AttachmentInfo[] | null) ?? []).some((a) => a.id === attachmentId);
      }
      if (!allowed && actor) allowed = await actsFor(db, actor, await loadOrg(db, item.org_id), STAFF_ROLES);
      // Unpublished files do not exist for the public (no hint that they do).
      if (!allowed) throw notFound('附件不存在');
      return { ...toAttachmentInfo(attachment), bytes: await files.read(attachment.storage_key) };
    },
  };
}
