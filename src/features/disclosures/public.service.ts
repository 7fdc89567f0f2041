// What the public portal reads: published items per column, item pages with their metadata,
// attachments and interpretations, the normative library, feeds and the sitemap.
import { notFound } from '../../core/app-error.ts';
import type { Page, PageQuery } from '../../core/page.ts';
import { offsetOf } from '../../core/page.ts';
import type { ServiceDeps } from '../../services.ts';
import { findColumnById, findColumnSubtreeIds, findColumns, findColumnsByIds } from './catalogue.repo.ts';
import type { ColumnRecord } from './catalogue.ts';
import type { AttachmentInfo, DocType, ItemMetadata, Validity } from './item.ts';
import { metadataOf } from './item-view.ts';
import { loadPublishingOrg } from './org-access.ts';
import * as repo from './public.repo.ts';
import { htmlToPlainText } from './sanitize.ts';

export interface PublishedItemSummary {
  id: number;
  orgId: number;
  orgCode: string;
  title: string;
  indexNo: string;
  docNo: string | null;
  publishedAt: string;
  formedOn: string | null;
  docType: DocType;
  validity: Validity | null;
  invalidOn: string | null;
  /** Portal address of the item page. */
  href: string;
}

export interface PublicAttachment extends AttachmentInfo {
  href: string;
}

export interface PublishedItem extends ItemMetadata {
  id: number;
  orgId: number;
  orgCode: string;
  orgName: string;
  versionNo: number;
  indexNo: string;
  bodyHtml: string;
  publishedAt: string;
  firstPublishedAt: string;
  columns: { id: number; name: string; code: string }[];
  attachments: PublicAttachment[];
  /** 政策解读 of this document. */
  interpretations: PublishedItemSummary[];
  /** For an interpretation: the document it explains. */
  interprets: PublishedItemSummary | null;
}

export type PublishedItemResult =
  | { kind: 'published'; item: PublishedItem }
  /** 撤回说明: the org chose to leave a notice at the item's address. */
  | { kind: 'withdrawn'; id: number; orgCode: string; title: string; withdrawnAt: string; reason: string };

export interface ColumnItems extends Page<PublishedItemSummary> {
  column: ColumnRecord;
}

export interface FeedData {
  column: ColumnRecord;
  orgCode: string;
  orgName: string;
  updatedAt: string | null;
  entries: (PublishedItemSummary & { summary: string })[];
}

export interface PublicDisclosureService {
  getPublishedItem(itemId: number): Promise<PublishedItemResult | undefined>;
  listColumnItems(
    columnId: number,
    page: PageQuery,
    sort?: repo.Sort,
    options?: { includeSubcolumns?: boolean },
  ): Promise<ColumnItems>;
  /** Org home: the newest items of each top-level column. */
  listLatestByColumn(
    org: number | string,
    perColumn?: number,
  ): Promise<{ column: ColumnRecord; items: PublishedItemSummary[] }[]>;
  listNormativeLibrary(
    org: number | string,
    filters: { validity?: Validity; year?: number },
    page: PageQuery,
  ): Promise<Page<PublishedItemSummary>>;
  getColumnFeed(columnId: number, limit?: number): Promise<FeedData>;
  /** Sitemap entries in id order, `limit` at a time. */
  listSitemapItems(
    offset: number,
    limit: number,
  ): Promise<{ orgCode: string; itemId: number; lastModified: string; href: string }[]>;
  countPublishedItems(): Promise<number>;
}

export function itemHref(orgCode: string, itemId: number): string {
  return `/o/${orgCode}/items/${itemId}`;
}

export function toPublicSummary(row: repo.PublicRow): PublishedItemSummary {
  return {
    id: row.id,
    orgId: row.org_id,
    orgCode: row.org_code,
    title: row.title,
    indexNo: row.index_no,
    docNo: row.doc_no,
    publishedAt: row.published_at.toISOString(),
    formedOn: row.formed_on,
    docType: row.doc_type as DocType,
    validity: row.validity as Validity | null,
    invalidOn: row.invalid_on,
    href: itemHref(row.org_code, row.id),
  };
}

export function createPublicDisclosureService(deps: ServiceDeps): PublicDisclosureService {
  const { db } = deps;

  async function columnOr404(columnId: number): Promise<ColumnRecord> {
    const column = await findColumnById(db, columnId);
    if (!column) throw notFound('栏目不存在');
    return column;
  }

  async function listColumnItems(
    columnId: number,
    page: PageQuery,
    sort: repo.Sort = 'newest',
    options: { includeSubcolumns?: boolean } = {},
  ): Promise<ColumnItems> {
    const column = await columnOr404(columnId);
    const ids = options.includeSubcolumns ? await findColumnSubtreeIds(db, columnId) : [columnId];
    const { rows, total } = await repo.findColumnItems(db, ids, sort, page.pageSize, offsetOf(page));
    return { column, items: rows.map(toPublicSummary), total, page: page.page, pageSize: page.pageSize };
  }

  return {
    async getPublishedItem(itemId) {
      const version = await repo.findLiveVersion(db, itemId);
      if (!version) {
        const withdrawn = await repo.findWithdrawn(db, itemId);
        if (!withdrawn?.withdraw_notice || !withdrawn.withdrawn_at || withdrawn.live_version_no === null)
          return undefined;
        return {
          kind: 'withdrawn',
          id: withdrawn.id,
          orgCode: withdrawn.org_code,
          title: withdrawn.title,
          withdrawnAt: withdrawn.withdrawn_at.toISOString(),
          reason: withdrawn.withdraw_reason ?? '',
        };
      }
      const [columns, interpretations, interprets] = await Promise.all([
        findColumnsByIds(db, version.column_ids),
        repo.findInterpretations(db, itemId),
        version.interprets_item_id === null ? undefined : repo.findPublicSummary(db, version.interprets_item_id),
      ]);
      const attachments = (version.attachments as AttachmentInfo[] | null) ?? [];
      return {
        kind: 'published',
        item: {
          ...metadataOf(version),
          id: itemId,
          orgId: version.org_id,
          orgCode: version.org_code,
          orgName: version.org_name,
          versionNo: version.version_no,
          indexNo: version.index_no,
          bodyHtml: version.body_html,
          publishedAt: version.published_at.toISOString(),
          firstPublishedAt: (version.first_published_at ?? version.published_at).toISOString(),
          columns: columns.map((c) => ({ id: c.id, name: c.name, code: c.code })),
          attachments: attachments.map((a) => ({ ...a, href: `/api/v1/attachments/${a.id}` })),
          interpretations: interpretations.map(toPublicSummary),
          interprets: interprets ? toPublicSummary(interprets) : null,
        },
      };
    },

    listColumnItems,

    async listLatestByColumn(orgRef, perColumn = 5) {
      const org = await loadPublishingOrg(db, orgRef, 'org');
      const roots = (await findColumns(db, org.id)).filter((c) => c.parentId === null);
      return Promise.all(
        roots.map(async (column) => ({
          column,
          items: (
            await listColumnItems(column.id, { page: 1, pageSize: perColumn }, 'newest', { includeSubcolumns: true })
          ).items,
        })),
      );
    },

    async listNormativeLibrary(orgRef, filters, page) {
      const org = await loadPublishingOrg(db, orgRef, 'org');
      const { rows, total } = await repo.findNormativeItems(db, {
        orgPath: org.path,
        validity: filters.validity,
        year: filters.year,
        limit: page.pageSize,
        offset: offsetOf(page),
      });
      return { items: rows.map(toPublicSummary), total, page: page.page, pageSize: page.pageSize };
    },

    async getColumnFeed(columnId, limit = 20) {
      const column = await columnOr404(columnId);
      const org = await loadPublishingOrg(db, column.orgId);
      const rows = await repo.findFeedRows(db, await findColumnSubtreeIds(db, columnId), limit);
      const entries = rows.map((r) => ({ ...toPublicSummary(r), summary: htmlToPlainText(r.body_html).slice(0, 200) }));
      return { column, orgCode: org.code, orgName: org.name, updatedAt: entries[0]?.publishedAt ?? null, entries };
    },

    async listSitemapItems(offset, limit) {
      const rows = await repo.findSitemapRows(db, limit, offset);
      return rows.map((r) => ({
        orgCode: r.org_code,
        itemId: r.id,
        lastModified: r.published_at.toISOString(),
        href: itemHref(r.org_code, r.id),
      }));
    },

    countPublishedItems: () => repo.countPublic(db),
  };
}
