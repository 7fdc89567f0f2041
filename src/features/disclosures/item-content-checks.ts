// The content checks of a working copy (title, body, attachments' text) with the org's word
// settings, for the reviewer's screen.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { type ContentFinding, checkContent } from '../content-checks/content-checks.ts';
import { loadDisclosureSettings } from './disclosure-settings.ts';
import type { AttachmentRow, ItemRow } from './item.repo.ts';
import { htmlToPlainText } from './sanitize.ts';

export interface ItemContentFinding extends ContentFinding {
  /** 标题, 正文 or 附件“…” */
  fieldLabel: string;
}

export async function checkItemContent(
  db: Kysely<DB>,
  row: Pick<ItemRow, 'org_id' | 'title' | 'body_html'>,
  attachments: readonly AttachmentRow[],
): Promise<ItemContentFinding[]> {
  const org = await db.selectFrom('org').select('path').where('id', '=', row.org_id).executeTakeFirst();
  const settings = await loadDisclosureSettings(db, org?.path ?? '');
  const labels = new Map<string, string>([
    ['title', '标题'],
    ['body', '正文'],
  ]);
  const fields = [
    { field: 'title', text: row.title },
    { field: 'body', text: htmlToPlainText(row.body_html) },
  ];
  for (const attachment of attachments) {
    if (!attachment.extracted_text) continue;
    const field = `attachment:${attachment.id}`;
    labels.set(field, `附件“${attachment.file_name}”`);
    fields.push({ field, text: attachment.extracted_text });
  }
  return checkContent(fields, {
    extraWords: settings.extraSensitiveWords,
    disabledWords: settings.disabledSensitiveWords,
  }).map((finding) => ({ ...finding, fieldLabel: labels.get(finding.field) ?? finding.field }));
}
