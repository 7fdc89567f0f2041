import type { Kysely } from 'kysely';
import { AppError, conflict, notFound } from '../../core/app-error.ts';
import type { Page, PageQuery } from '../../core/page.ts';
import { invalidField } from '../../core/validation.ts';
import type { DB } from '../../db/schema.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ActionContext, Actor } from '../auth/actor.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import type { DisclosureDeps } from './disclosure-deps.ts';
import {
  type DisclosureSettings,
  loadDisclosureSettings,
  SETTING_KEYS,
  saveDisclosureSetting,
} from './disclosure-settings.ts';
import { indexNoPatternProblem } from './index-no.ts';
import * as repo from './item.repo.ts';
import type {
  Item,
  ItemInput,
  ItemListEntry,
  ItemMetadata,
  ItemPatch,
  ItemState,
  ItemSummary,
  ItemVersion,
  RowTimeliness,
} from './item.ts';
import { checkColumns, checkMetadata, itemScope } from './item-rules.ts';
import { auditedItem, isPublicRow, metadataOf, toItem, toSummary, toVersions } from './item-view.ts';
import { loadOrg, loadPublishingOrg, requireActsFor, STAFF_ROLES } from './org-access.ts';
import { sanitizeHtml } from './sanitize.ts';
import { chinaDate, evaluateTimeliness, type Timeliness } from './timeliness.ts';

export interface ItemFilters {
  org?: string;
  state?: ItemState;
  columnId?: number;
  q?: string;
  isLate?: boolean;
  year?: number;
}

export interface DeadlineEntry {
  item: ItemSummary;
  timeliness: Timeliness;
}

export interface ItemService {
  createItem(ctx: ActionContext, input: ItemInput): Promise<Item>;
  updateItem(ctx: ActionContext, id: number, patch: ItemPatch): Promise<Item>;
  /** Only drafts that were never published; published items are withdrawn instead. */
  deleteItem(ctx: ActionContext, id: number): Promise<void>;
  getItem(actor: Actor, id: number): Promise<Item>;
  /** Rows carry the Art. 26 flag (published late, or overdue while still in the workflow). */
  listItems(actor: Actor, filters: ItemFilters, page: PageQuery): Promise<Page<ItemListEntry>>;
  listVersions(actor: Actor, id: number): Promise<ItemVersion[]>;
  /** Art. 26 dashboard: unpublished items within `withinWorkingDays` of their deadline, or past it. */
  listDeadlines(actor: Actor, options: { org?: string; withinWorkingDays: number }): Promise<DeadlineEntry[]>;
  getSettings(actor: Actor, org: string): Promise<DisclosureSettings>;
  updateSettings(ctx: ActionContext, org: string, patch: Partial<DisclosureSettings>): Promise<DisclosureSettings>;
}

const CLERK = ['clerk'] as const;

export function createItemService(deps: DisclosureDeps): ItemService {
  const { db, now, getCalendar } = deps;

  // The calendar is loaded before any transaction opens: on PGlite a query outside the
  // transaction would wait for it forever.
  function timelinessOf(row: repo.ItemRow, calendar: WorkingCalendar): Timeliness | null {
    const reference = row.changed_on ?? row.formed_on;
    if (!reference) return null;
    // A published working copy is judged at its publication; anything else against today.
    const on = row.state === 'published' && row.published_at ? row.published_at : now();
    return evaluateTimeliness(calendar, reference, chinaDate(on));
  }

  async function view(trx: Kysely<DB>, row: repo.ItemRow, calendar: WorkingCalendar): Promise<Item> {
    const columns = (await repo.findItemColumnIds(trx, [row.id])).get(row.id) ?? [];
    return toItem(trx, row, columns, await repo.findAttachmentRows(trx, row.id), timelinessOf(row, calendar));
  }

  async function loadForStaff(trx: Kysely<DB>, actor: Actor, id: number): Promise<repo.ItemRow> {
    const row = await repo.findItemRow(trx, id);
    if (!row) throw notFound('信息不存在');
    await requireActsFor(trx, actor, await loadOrg(trx, row.org_id), STAFF_ROLES, '您无权查看该信息');
    return row;
  }

  function metadataFrom(input: ItemInput, orgName: string): ItemMetadata {
    return {
      title: input.title,
      publisher: input.publisher ?? orgName,
      formedOn: input.formedOn ?? null,
      changedOn: input.changedOn ?? null,
      docNo: input.docNo ?? null,
      topic: input.topic ?? null,
      disclosureMethod: input.disclosureMethod ?? '主动公开',
      docType: input.interpretsItemId ? 'interpretation' : (input.docType ?? 'other'),
      validity: input.validity ?? null,
      effectiveOn: input.effectiveOn ?? null,
      invalidOn: input.invalidOn ?? null,
      interpretsItemId: input.interpretsItemId ?? null,
    };
  }

  function columnsOf(meta: ItemMetadata) {
    return {
      title: meta.title,
      publisher: meta.publisher,
      formed_on: meta.formedOn,
      changed_on: meta.changedOn,
      doc_no: meta.docNo,
      topic: meta.topic,
      disclosure_method: meta.disclosureMethod,
      doc_type: meta.docType,
      validity: meta.validity,
      effective_on: meta.effectiveOn,
      invalid_on: meta.invalidOn,
      interprets_item_id: meta.interpretsItemId,
    };
  }

  return {
    async createItem({ actor, meta }, input) {
      const calendar = await getCalendar();
      return db.transaction().execute(async (trx) => {
        const org = await loadPublishingOrg(trx, input.orgId);
        await requireActsFor(trx, actor, org, CLERK, '只有信息员可以起草公开信息');
        const metadata = metadataFrom(input, org.name);
        await checkColumns(trx, org.id, input.columnIds);
        await checkMetadata(trx, null, metadata);
        const at = now();
        const row = await repo.insertItem(trx, {
          org_id: org.id,
          ...columnsOf(metadata),
          body_html: sanitizeHtml(input.bodyHtml ?? ''),
          drafted_by: actor.userId,
          drafted_at: at,
          created_at: at,
          updated_at: at,
        });
        await repo.setItemColumns(trx, row.id, [...new Set(input.columnIds)]);
        const item = await view(trx, row, calendar);
        await recordAudit(trx, {
          actor,
          meta,
          at,
          orgId: org.id,
          action: 'item.create',
          targetType: 'item',
          targetId: row.id,
          after: auditedItem(item),
        });
        return item;
      });
    },

    async updateItem({ actor, meta }, id, patch) {
      const calendar = await getCalendar();
      return db.transaction().execute(async (trx) => {
        const row = await repo.findItemRow(trx, id, true);
        if (!row) throw notFound('信息不存在');
        const org = await loadOrg(trx, row.org_id);
        await requireActsFor(trx, actor, org, CLERK, '只有信息员可以修改公开信息');
        if (row.state !== 'draft') {
          throw new AppError(
            'INVALID_TRANSITION',
            row.live_version_no
              ? '已发布的信息请先点击“修改已发布信息”，修改稿同样需经审核、批准后发布'
              : '只有草稿可以修改；已提交的信息请由审核人退回后再改',
          );
        }
        if (row.version !== patch.expectedVersion) throw new AppError('VERSION_CONFLICT');
        const merged: ItemMetadata = { ...metadataOf(row), ...definedOnly(patch) };
        if (patch.interpretsItemId) merged.docType = 'interpretation';
        if (patch.columnIds) await checkColumns(trx, org.id, patch.columnIds);
        await checkMetadata(trx, id, merged);
        const before = await view(trx, row, calendar);
        const at = now();
        const updated = await repo.updateItemRow(
          trx,
          id,
          {
            ...columnsOf(merged),
            ...(patch.bodyHtml !== undefined ? { body_html: sanitizeHtml(patch.bodyHtml) } : {}),
            updated_at: at,
          },
          patch.expectedVersion,
        );
        if (!updated) throw new AppError('VERSION_CONFLICT');
        if (patch.columnIds) await repo.setItemColumns(trx, id, [...new Set(patch.columnIds)]);
        const after = await view(trx, updated, calendar);
        await recordAudit(trx, {
          actor,
          meta,
          at,
          orgId: org.id,
          action: 'item.update',
          targetType: 'item',
          targetId: id,
          before: auditedItem(before),
          after: auditedItem(after),
        });
        return after;
      });
    },

    async deleteItem({ actor, meta }, id) {
      const calendar = await getCalendar();
      const storageKeys = await db.transaction().execute(async (trx) => {
        const row = await repo.findItemRow(trx, id, true);
        if (!row) throw notFound('信息不存在');
        await requireActsFor(trx, actor, await loadOrg(trx, row.org_id), CLERK, '只有信息员可以删除草稿');
        if (row.state !== 'draft' || row.first_published_at !== null)
          throw conflict('只能删除从未发布过的草稿；已发布的信息请撤回');
        const referenced = await trx
          .selectFrom('item')
          .select('id')
          .where('interprets_item_id', '=', id)
          .executeTakeFirst();
        if (referenced) throw conflict('已有政策解读指向该信息，不能删除');
        const before = await view(trx, row, calendar);
        const files = await trx
          .deleteFrom('item_attachment')
          .where('item_id', '=', id)
          .returning('storage_key')
          .execute();
        await repo.deleteItemRow(trx, id);
        await recordAudit(trx, {
          actor,
          meta,
          at: now(),
          orgId: row.org_id,
          action: 'item.delete',
          targetType: 'item',
          targetId: id,
          before: auditedItem(before),
        });
        return files.map((f) => f.storage_key);
      });
      // Files of a draft that was never published are referenced by nothing once it is gone.
      await Promise.all(storageKeys.map((key) => deps.files.remove(key)));
    },

    async getItem(actor, id) {
      const calendar = await getCalendar();
      return view(db, await loadForStaff(db, actor, id), calendar);
    },

    async listItems(actor, filters, page) {
      const orgPath = filters.org ? (await loadOrg(db, filters.org)).path : undefined;
      const scope = await itemScope(db, actor, STAFF_ROLES);
      const { rows, total } = await repo.findItemRows(
        db,
        {
          scope,
          orgPath,
          state: filters.state,
          columnId: filters.columnId,
          q: filters.q,
          isLate: filters.isLate,
          year: filters.year,
        },
        page,
      );
      const ids = rows.map((r) => r.id);
      const [columns, live, calendar] = await Promise.all([
        repo.findItemColumnIds(db, ids),
        repo.findLiveTimeliness(db, rows),
        getCalendar(),
      ]);
      const today = chinaDate(now());
      const rowTimeliness = (row: repo.ItemRow): RowTimeliness | null => {
        const version = isPublicRow(row) ? live.get(row.id) : undefined;
        if (version) {
          const reference = version.changed_on ?? version.formed_on;
          if (!reference) return null;
          const judged = evaluateTimeliness(calendar, reference, chinaDate(version.published_at));
          // The flag recorded at publication is the one the late filter and the report use.
          return {
            ...judged,
            isLate: version.is_late,
            workingDaysElapsed: version.working_days_to_publish ?? judged.workingDaysElapsed,
            published: true,
          };
        }
        if (row.state === 'withdrawn' || row.state === 'published') return null;
        const reference = row.changed_on ?? row.formed_on;
        return reference ? { ...evaluateTimeliness(calendar, reference, today), published: false } : null;
      };
      return {
        items: rows.map((r) => ({
          ...toSummary(r, columns.get(r.id) ?? []),
          formedOn: r.formed_on,
          timeliness: rowTimeliness(r),
        })),
        total,
        page: page.page,
        pageSize: page.pageSize,
      };
    },

    async listVersions(actor, id) {
      await loadForStaff(db, actor, id);
      return toVersions(db, await repo.findVersionRows(db, id));
    },

    async listDeadlines(actor, options) {
      const orgPath = options.org ? (await loadOrg(db, options.org)).path : undefined;
      const scope = await itemScope(db, actor, STAFF_ROLES);
      const rows = await repo.findPendingDatedItems(db, scope, orgPath, 1000);
      const calendar = await getCalendar();
      const today = chinaDate(now());
      const columns = await repo.findItemColumnIds(
        db,
        rows.map((r) => r.id),
      );
      const entries: DeadlineEntry[] = [];
      for (const row of rows) {
        const reference = row.changed_on ?? row.formed_on;
        if (!reference) continue;
        const timeliness = evaluateTimeliness(calendar, reference, today);
        if (timeliness.workingDaysLeft <= options.withinWorkingDays)
          entries.push({ item: toSummary(row, columns.get(row.id) ?? []), timeliness });
      }
      return entries.sort(
        (a, b) => a.timeliness.workingDaysLeft - b.timeliness.workingDaysLeft || a.item.id - b.item.id,
      );
    },

    async getSettings(actor, orgRef) {
      const org = await loadPublishingOrg(db, orgRef, 'org');
      await requireActsFor(db, actor, org, STAFF_ROLES, '您无权查看该单位的设置');
      return loadDisclosureSettings(db, org.path);
    },

    async updateSettings({ actor, meta }, orgRef, patch) {
      if (patch.indexNoPattern !== undefined) {
        const problem = indexNoPatternProblem(patch.indexNoPattern);
        if (problem) throw invalidField('indexNoPattern', problem);
      }
      return db.transaction().execute(async (trx) => {
        const org = await loadPublishingOrg(trx, orgRef, 'org');
        await requireActsFor(trx, actor, org, ['org_admin'], '只有单位管理员可以修改公开设置');
        const before = await loadDisclosureSettings(trx, org.path);
        const at = now();
        if (patch.indexNoPattern !== undefined)
          await saveDisclosureSetting(trx, org.id, SETTING_KEYS.indexNoPattern, patch.indexNoPattern, at);
        if (patch.withdrawalNotice !== undefined)
          await saveDisclosureSetting(trx, org.id, SETTING_KEYS.withdrawalNotice, patch.withdrawalNotice, at);
        if (patch.extraSensitiveWords !== undefined)
          await saveDisclosureSetting(trx, org.id, SETTING_KEYS.extraSensitiveWords, patch.extraSensitiveWords, at);
        if (patch.disabledSensitiveWords !== undefined)
          await saveDisclosureSetting(
            trx,
            org.id,
            SETTING_KEYS.disabledSensitiveWords,
            patch.disabledSensitiveWords,
            at,
          );
        const after = await loadDisclosureSettings(trx, org.path);
        await recordAudit(trx, {
          actor,
          meta,
          at,
          orgId: org.id,
          action: 'disclosure.settings_update',
          targetType: 'org',
          targetId: org.id,
          before,
          after,
        });
        return after;
      });
    },
  };
}

/** The patch's metadata fields that were given (undefined = leave alone). */
function definedOnly(patch: ItemPatch): Partial<ItemMetadata> {
  const keys: (keyof ItemMetadata)[] = [
    'title',
    'publisher',
    'formedOn',
    'changedOn',
    'docNo',
    'topic',
    'disclosureMethod',
    'docType',
    'validity',
    'effectiveOn',
    'invalidOn',
    'interpretsItemId',
  ];
  const out: Record<string, unknown> = {};
  for (const key of keys) if (patch[key] !== undefined) out[key] = patch[key];
  return out as Partial<ItemMetadata>;
}
