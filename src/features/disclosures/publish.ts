// Publishing a working copy: allocate the 索引号 (first time), keep the version, put it in the
// portal's columns and the search index. Runs inside the caller's transaction.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import { findOrgById } from '../orgs/org.repo.ts';
import { indexPublishedItem, removeItemFromIndex } from '../search/search-index.ts';
import { loadDisclosureSettings } from './disclosure-settings.ts';
import { formatIndexNo, renderIndexNoPrefix } from './index-no.ts';
import * as repo from './item.repo.ts';
import { toAttachmentInfo } from './item-view.ts';
import { htmlToPlainText } from './sanitize.ts';
import { chinaDate, chinaYear, evaluateTimeliness } from './timeliness.ts';

export interface PublishOptions {
  item: repo.ItemRow;
  /** Who pressed publish (null: the scheduler). */
  publishedBy: number | null;
  at: Date;
  calendar: WorkingCalendar;
}

async function indexNoFor(db: Kysely<DB>, item: repo.ItemRow, at: Date): Promise<string> {
  if (item.index_no) return item.index_no;
  const org = await findOrgById(db, item.org_id);
  if (!org) throw new Error(`item ${item.id}: org ${item.org_id} missing`);
  const settings = await loadDisclosureSettings(db, org.path);
  const prefix = renderIndexNoPrefix(settings.indexNoPattern, {
    org: org.code,
    credit: org.creditCode,
    category: item.doc_type,
    year: chinaYear(at),
  });
  return formatIndexNo(prefix, await repo.allocateSequence(db, prefix.prefix));
}

export async function publishItem(
  db: Kysely<DB>,
  { item, publishedBy, at, calendar }: PublishOptions,
): Promise<repo.ItemRow> {
  const indexNo = await indexNoFor(db, item, at);
  const versionNo = await repo.nextVersionNo(db, item.id);
  const attachments = await repo.findAttachmentRows(db, item.id);
  const columnIds = (await repo.findItemColumnIds(db, [item.id])).get(item.id) ?? [];
  const reference = item.changed_on ?? item.formed_on;
  const timeliness = reference ? evaluateTimeliness(calendar, reference, chinaDate(at)) : null;

  await repo.insertVersion(db, {
    item_id: item.id,
    version_no: versionNo,
    org_id: item.org_id,
    title: item.title,
    body_html: item.body_html,
    index_no: indexNo,
    publisher: item.publisher,
    formed_on: item.formed_on,
    changed_on: item.changed_on,
    doc_no: item.doc_no,
    topic: item.topic,
    disclosure_method: item.disclosure_method,
    doc_type: item.doc_type,
    validity: item.validity,
    effective_on: item.effective_on,
    invalid_on: item.invalid_on,
    interprets_item_id: item.interprets_item_id,
    column_ids: columnIds,
    attachments: JSON.stringify(attachments.map(toAttachmentInfo)),
    published_at: at,
    published_by: publishedBy,
    drafted_by: item.drafted_by,
    drafted_at: item.drafted_at,
    reviewed_by: item.reviewed_by,
    reviewed_at: item.reviewed_at,
    review_checklist: item.review_checklist === null ? null : JSON.stringify(item.review_checklist),
    review_conclusion: item.review_conclusion,
    review_grounds: item.review_grounds,
    approved_by: item.approved_by,
    approved_at: item.approved_at,
    working_days_to_publish: timeliness?.workingDaysElapsed ?? null,
    is_late: timeliness?.isLate ?? false,
    timeliness_provisional: timeliness?.provisional ?? false,
  });

  const updated = await repo.updateItemRow(db, item.id, {
    state: 'published',
    index_no: indexNo,
    live_version_no: versionNo,
    published_at: at,
    first_published_at: item.first_published_at ?? at,
    published_by: publishedBy,
    scheduled_at: null,
    withdrawn_at: null,
    withdrawn_by: null,
    withdraw_reason: null,
    withdraw_notice: false,
    updated_at: at,
  });
  if (!updated) throw new Error(`item ${item.id} vanished while publishing`);

  await repo.setPublicColumns(db, item.id, columnIds, at);
  await indexPublishedItem(db, {
    itemId: item.id,
    orgId: item.org_id,
    columnIds,
    publishedAt: at,
    docType: item.doc_type,
    title: item.title,
    bodyText: htmlToPlainText(item.body_html),
    attachmentTexts: attachments.map((a) => a.extracted_text ?? '').filter(Boolean),
  });
  return updated;
}

/** Takes an item off the portal and out of search; its versions stay on record. */
export async function unpublishItem(db: Kysely<DB>, itemId: number): Promise<void> {
  await repo.setPublicColumns(db, itemId, [], new Date(0));
  await removeItemFromIndex(db, itemId);
}
