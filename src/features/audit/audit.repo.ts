import type { Kysely } from 'kysely';
import type { PageQuery } from '../../core/page.ts';
import { offsetOf } from '../../core/page.ts';
import type { DB } from '../../db/schema.ts';
import type { AuditEntry, AuditFilters, AuditRecord } from './audit.ts';

function toJson(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

export async function insertAuditEntry(db: Kysely<DB>, record: AuditRecord): Promise<void> {
  await db
    .insertInto('audit_entry')
    .values({
      ...(record.at ? { at: record.at } : {}),
      actor_id: record.actor?.userId ?? null,
      actor_name: record.actor?.displayName ?? null,
      org_id: record.orgId,
      action: record.action,
      target_type: record.targetType,
      target_id: record.targetId === null ? null : String(record.targetId),
      before: toJson(record.before),
      after: toJson(record.after),
      ip: record.meta.ip,
      request_id: record.meta.requestId,
    })
    .execute();
}

export interface AuditQuery extends AuditFilters {
  /** Only entries whose org lies under one of these paths (undefined = no restriction). */
  orgPaths?: string[];
  /** Restrict to this org's subtree. */
  orgPath?: string;
}

export async function findAuditEntries(
  db: Kysely<DB>,
  query: AuditQuery,
  page: PageQuery,
): Promise<{ items: AuditEntry[]; total: number }> {
  let base = db.selectFrom('audit_entry').leftJoin('org', 'org.id', 'audit_entry.org_id');
  const { orgPaths, orgPath } = query;
  if (orgPaths) {
    if (orgPaths.length === 0) return { items: [], total: 0 };
    base = base.where((eb) => eb.or(orgPaths.map((p) => eb('org.path', 'like', `${p}%`))));
  }
  if (orgPath) base = base.where('org.path', 'like', `${orgPath}%`);
  if (query.actorId !== undefined) base = base.where('audit_entry.actor_id', '=', query.actorId);
  if (query.action) base = base.where('audit_entry.action', '=', query.action);
  if (query.targetType) base = base.where('audit_entry.target_type', '=', query.targetType);
  if (query.from) base = base.where('audit_entry.at', '>=', query.from);
  if (query.to) base = base.where('audit_entry.at', '<', query.to);
  if (query.q) {
    const like = `%${escapeLike(query.q)}%`;
    base = base.where((eb) =>
      eb.or([
        eb('audit_entry.actor_name', 'ilike', like),
        eb('audit_entry.action', 'ilike', like),
        eb('audit_entry.target_id', 'ilike', like),
      ]),
    );
  }
  const [rows, count] = await Promise.all([
    base
      .select([
        'audit_entry.id',
        'audit_entry.at',
        'audit_entry.actor_id',
        'audit_entry.actor_name',
        'audit_entry.org_id',
        'org.name as org_name',
        'audit_entry.action',
        'audit_entry.target_type',
        'audit_entry.target_id',
        'audit_entry.before',
        'audit_entry.after',
        'audit_entry.ip',
        'audit_entry.request_id',
      ])
      .orderBy('audit_entry.at', 'desc')
      .orderBy('audit_entry.id', 'desc')
      .limit(page.pageSize)
      .offset(offsetOf(page))
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    total: Number(count.n),
    items: rows.map((r) => ({
      id: Number(r.id),
      at: r.at.toISOString(),
      actorId: r.actor_id,
      actorName: r.actor_name,
      orgId: r.org_id,
      orgName: r.org_name,
      action: r.action,
      targetType: r.target_type,
      targetId: r.target_id,
      before: r.before ?? null,
      after: r.after ?? null,
      ip: r.ip,
      requestId: r.request_id,
    })),
  };
}

/** Escapes LIKE wildcards so a search for '50%' means the text '50%'. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}
