// Rows → the shapes services return. People are resolved to names in one query per call.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { type AttachmentRow, findUserNames, type ItemRow, type ItemVersionRow } from './item.repo.ts';
import type { AttachmentInfo, Item, ItemMetadata, ItemSummary, ItemVersion, Person } from './item.ts';
import { checkItemContent } from './item-content-checks.ts';
import type { Timeliness } from './timeliness.ts';
import type { ReviewChecklist } from './workflow.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function isPublicRow(row: Pick<ItemRow, 'live_version_no' | 'withdrawn_at'>): boolean {
  return row.live_version_no !== null && row.withdrawn_at === null;
}

export function metadataOf(row: ItemRow | ItemVersionRow): ItemMetadata {
  return {
    title: row.title,
    publisher: row.publisher,
    formedOn: row.formed_on,
    changedOn: row.changed_on,
    docNo: row.doc_no,
    topic: row.topic,
    disclosureMethod: row.disclosure_method,
    docType: row.doc_type,
    validity: row.validity,
    effectiveOn: row.effective_on,
    invalidOn: row.invalid_on,
    interpretsItemId: row.interprets_item_id,
  };
}

export function toSummary(row: ItemRow, columnIds: number[]): ItemSummary {
  return {
    id: row.id,
    orgId: row.org_id,
    title: row.title,
    state: row.state,
    docType: row.doc_type,
    indexNo: row.index_no,
    columnIds,
    version: row.version,
    isPublic: isPublicRow(row),
    liveVersionNo: row.live_version_no,
    publishedAt: iso(row.published_at),
    scheduledAt: iso(row.scheduled_at),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function toAttachmentInfo(row: AttachmentRow): AttachmentInfo {
  return {
    id: row.id,
    fileName: row.file_name,
    mediaType: row.media_type,
    ext: row.ext,
    sizeBytes: Number(row.size_bytes),
    hasText: Boolean(row.extracted_text),
  };
}

type Names = Map<number, string>;
const person = (names: Names, id: number | null): Person | null =>
  id === null ? null : { id, name: names.get(id) ?? `用户${id}` };

export async function toItem(
  db: Kysely<DB>,
  row: ItemRow,
  columnIds: number[],
  attachments: AttachmentRow[],
  timeliness: Timeliness | null,
): Promise<Item> {
  const names = await findUserNames(db, [
    row.drafted_by,
    row.submitted_by,
    row.reviewed_by,
    row.approved_by,
    row.published_by,
    row.sent_back_by,
    row.withdrawn_by,
  ]);
  return {
    ...toSummary(row, columnIds),
    ...metadataOf(row),
    bodyHtml: row.body_html,
    firstPublishedAt: iso(row.first_published_at),
    attachments: attachments.map(toAttachmentInfo),
    timeliness,
    contentChecks: await checkItemContent(db, row, attachments),
    workflow: {
      draftedBy: person(names, row.drafted_by),
      draftedAt: iso(row.drafted_at),
      submittedBy: person(names, row.submitted_by),
      submittedAt: iso(row.submitted_at),
      reviewedBy: person(names, row.reviewed_by),
      reviewedAt: iso(row.reviewed_at),
      reviewChecklist: (row.review_checklist as ReviewChecklist | null) ?? null,
      reviewConclusion: row.review_conclusion,
      reviewGrounds: row.review_grounds,
      approvedBy: person(names, row.approved_by),
      approvedAt: iso(row.approved_at),
      publishedBy: person(names, row.published_by),
      sentBack:
        row.sent_back_at && row.sent_back_reason
          ? {
              by: person(names, row.sent_back_by),
              at: row.sent_back_at.toISOString(),
              fromState: row.sent_back_from,
              reason: row.sent_back_reason,
            }
          : null,
      withdrawn:
        row.withdrawn_at && row.withdraw_reason
          ? {
              by: person(names, row.withdrawn_by),
              at: row.withdrawn_at.toISOString(),
              reason: row.withdraw_reason,
              publicNotice: row.withdraw_notice,
            }
          : null,
    },
  };
}

/** An item as the audit log keeps it: without the derived content checks. */
export function auditedItem(item: Item): Omit<Item, 'contentChecks'> {
  const { contentChecks: _derived, ...rest } = item;
  return rest;
}

export async function toVersions(db: Kysely<DB>, rows: ItemVersionRow[]): Promise<ItemVersion[]> {
  const names = await findUserNames(
    db,
    rows.flatMap((r) => [r.published_by, r.drafted_by, r.reviewed_by, r.approved_by]),
  );
  return rows.map((r) => ({
    ...metadataOf(r),
    itemId: r.item_id,
    versionNo: r.version_no,
    orgId: r.org_id,
    indexNo: r.index_no,
    bodyHtml: r.body_html,
    columnIds: r.column_ids,
    attachments: (r.attachments as AttachmentInfo[] | null) ?? [],
    publishedAt: r.published_at.toISOString(),
    publishedBy: person(names, r.published_by),
    draftedBy: person(names, r.drafted_by),
    draftedAt: iso(r.drafted_at),
    reviewedBy: person(names, r.reviewed_by),
    reviewedAt: iso(r.reviewed_at),
    reviewChecklist: (r.review_checklist as ReviewChecklist | null) ?? null,
    reviewConclusion: r.review_conclusion,
    reviewGrounds: r.review_grounds,
    approvedBy: person(names, r.approved_by),
    approvedAt: iso(r.approved_at),
    workingDaysToPublish: r.working_days_to_publish,
    isLate: r.is_late,
    timelinessProvisional: r.timeliness_provisional,
  }));
}
