// Many already-reviewed items published in a few batched statements: the demo seed and the
// benchmark use it (the workflow service publishes one item at a time, with its audit trail).
import type { Insertable, Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import { indexTokens } from '../search/segmenter.ts';
import type { ItemTable } from './disclosure.tables.ts';
import { formatIndexNo, renderIndexNoPrefix } from './index-no.ts';
import type { DocType, Validity } from './item.ts';
import { htmlToPlainText } from './sanitize.ts';
import { chinaDate, chinaYear, evaluateTimeliness } from './timeliness.ts';
import { PASSING_CHECKLIST } from './workflow.ts';

export interface BulkItem {
  orgId: number;
  orgCode: string;
  creditCode: string | null;
  publisher: string;
  title: string;
  bodyHtml: string;
  columnIds: number[];
  docType: DocType;
  formedOn: string | null;
  publishedAt: Date;
  docNo?: string | null;
  topic?: string | null;
  validity?: Validity | null;
  effectiveOn?: string | null;
  invalidOn?: string | null;
  interpretsItemId?: number | null;
  draftedBy: number | null;
  reviewedBy: number | null;
  approvedBy: number | null;
}

export interface BulkOptions {
  calendar: WorkingCalendar;
  indexNoPattern: string;
  /** Rows per INSERT statement. */
  batchSize?: number;
  reviewConclusion?: string;
  reviewGrounds?: string;
}

/** Inserts the items as published (version 1, columns, search index); returns their ids in order. */
export async function insertPublishedItems(
  db: Kysely<DB>,
  items: readonly BulkItem[],
  options: BulkOptions,
): Promise<number[]> {
  const batchSize = options.batchSize ?? 400;
  const prefixes = new Map<string, { width: number; items: number[] }>();
  const rendered = items.map((item, i) => {
    const prefix = renderIndexNoPrefix(options.indexNoPattern, {
      org: item.orgCode,
      credit: item.creditCode,
      category: item.docType,
      year: chinaYear(item.publishedAt),
    });
    const entry = prefixes.get(prefix.prefix) ?? { width: prefix.width, items: [] };
    entry.items.push(i);
    prefixes.set(prefix.prefix, entry);
    return prefix;
  });
  // Reserve each prefix's block of numbers with one atomic bump, then number in publication order.
  const indexNos: string[] = new Array(items.length);
  for (const [prefix, entry] of prefixes) {
    const row = await db
      .insertInto('index_no_counter')
      .values({ prefix, last_value: entry.items.length })
      .onConflict((oc) =>
        oc
          .column('prefix')
          .doUpdateSet((eb) => ({ last_value: eb('index_no_counter.last_value', '+', entry.items.length) })),
      )
      .returning('last_value')
      .executeTakeFirstOrThrow();
    const first = row.last_value - entry.items.length + 1;
    const ordered = [...entry.items].sort(
      (a, b) => items[a].publishedAt.getTime() - items[b].publishedAt.getTime() || a - b,
    );
    ordered.forEach((i, k) => {
      indexNos[i] = formatIndexNo(rendered[i], first + k);
    });
  }

  const ids: number[] = [];
  for (let start = 0; start < items.length; start += batchSize) {
    const batch = items.slice(start, start + batchSize);
    const numbers = indexNos.slice(start, start + batchSize);
    const checklist = JSON.stringify(PASSING_CHECKLIST);
    const rows: Insertable<ItemTable>[] = batch.map((item, k) => {
      const reviewedAt = new Date(item.publishedAt.getTime() - 2 * 3_600_000);
      return {
        org_id: item.orgId,
        title: item.title,
        body_html: item.bodyHtml,
        index_no: numbers[k],
        publisher: item.publisher,
        formed_on: item.formedOn,
        doc_no: item.docNo ?? null,
        topic: item.topic ?? null,
        doc_type: item.docType,
        validity: item.validity ?? null,
        effective_on: item.effectiveOn ?? null,
        invalid_on: item.invalidOn ?? null,
        interprets_item_id: item.interpretsItemId ?? null,
        state: 'published',
        version: 1,
        live_version_no: 1,
        first_published_at: item.publishedAt,
        published_at: item.publishedAt,
        drafted_by: item.draftedBy,
        drafted_at: new Date(item.publishedAt.getTime() - 26 * 3_600_000),
        submitted_by: item.draftedBy,
        submitted_at: new Date(item.publishedAt.getTime() - 25 * 3_600_000),
        reviewed_by: item.reviewedBy,
        reviewed_at: reviewedAt,
        review_checklist: checklist,
        review_conclusion: options.reviewConclusion ?? '经审查，不涉及国家秘密、工作秘密和个人隐私，同意公开',
        review_grounds: options.reviewGrounds ?? '《中华人民共和国政府信息公开条例》第十四条、第十五条、第二十条',
        approved_by: item.approvedBy,
        approved_at: new Date(item.publishedAt.getTime() - 3_600_000),
        published_by: item.approvedBy,
        created_at: new Date(item.publishedAt.getTime() - 26 * 3_600_000),
        updated_at: item.publishedAt,
      };
    });
    const inserted = await db.insertInto('item').values(rows).returning('id').execute();
    const batchIds = inserted.map((r) => r.id);
    ids.push(...batchIds);

    const columnRows = batch.flatMap((item, k) =>
      item.columnIds.map((column_id) => ({ item_id: batchIds[k], column_id })),
    );
    if (columnRows.length > 0) await db.insertInto('item_column').values(columnRows).execute();
    await db
      .insertInto('item_version')
      .values(
        batch.map((item, k) => {
          const row = rows[k];
          const timeliness = item.formedOn
            ? evaluateTimeliness(options.calendar, item.formedOn, chinaDate(item.publishedAt))
            : null;
          return {
            item_id: batchIds[k],
            version_no: 1,
            org_id: item.orgId,
            title: item.title,
            body_html: item.bodyHtml,
            index_no: numbers[k],
            publisher: item.publisher,
            formed_on: item.formedOn,
            doc_no: row.doc_no ?? null,
            topic: row.topic ?? null,
            disclosure_method: '主动公开',
            doc_type: item.docType,
            validity: row.validity ?? null,
            effective_on: row.effective_on ?? null,
            invalid_on: row.invalid_on ?? null,
            interprets_item_id: row.interprets_item_id ?? null,
            column_ids: item.columnIds,
            attachments: '[]',
            published_at: item.publishedAt,
            published_by: item.approvedBy,
            drafted_by: item.draftedBy,
            drafted_at: row.drafted_at ?? null,
            reviewed_by: item.reviewedBy,
            reviewed_at: row.reviewed_at ?? null,
            review_checklist: checklist,
            review_conclusion: row.review_conclusion ?? null,
            review_grounds: row.review_grounds ?? null,
            approved_by: item.approvedBy,
            approved_at: row.approved_at ?? null,
            working_days_to_publish: timeliness?.workingDaysElapsed ?? null,
            is_late: timeliness?.isLate ?? false,
            timeliness_provisional: timeliness?.provisional ?? false,
          };
        }),
      )
      .execute();
    const publicRows = batch.flatMap((item, k) =>
      item.columnIds.map((column_id) => ({ column_id, item_id: batchIds[k], published_at: item.publishedAt })),
    );
    if (publicRows.length > 0) await db.insertInto('public_item_column').values(publicRows).execute();
    await db
      .insertInto('search_doc')
      .values(
        batch.map((item, k) => {
          const text = htmlToPlainText(item.bodyHtml);
          return {
            item_id: batchIds[k],
            org_id: item.orgId,
            column_ids: item.columnIds,
            year: chinaYear(item.publishedAt),
            doc_type: item.docType,
            title: item.title,
            body_text: text.slice(0, 20_000),
            published_at: item.publishedAt,
            title_tokens: indexTokens(item.title),
            tokens: indexTokens(text),
          };
        }),
      )
      .execute();
  }
  return ids;
}
