import type { Kysely } from 'kysely';
import { forbidden, notFound } from '../../core/app-error.ts';
import type { Page, PageQuery } from '../../core/page.ts';
import type { DB } from '../../db/schema.ts';
import type { ServiceDeps } from '../../services.ts';
import type { Actor } from '../auth/actor.ts';
import { hasRole, isPlatformAdmin, visibleOrgPaths } from '../auth/authorize.ts';
import { findOrgById } from '../orgs/org.repo.ts';
import { findAuditEntries, insertAuditEntry } from './audit.repo.ts';
import type { AuditEntry, AuditFilters, AuditRecord } from './audit.ts';

export type { AuditEntry, AuditFilters, AuditRecord };

/**
 * Appends an audit entry. Pass the transaction of the change being audited, so the
 * change and its entry commit or roll back together.
 */
export function recordAudit(trx: Kysely<DB>, record: AuditRecord): Promise<void> {
  return insertAuditEntry(trx, record);
}

export interface AuditService {
  recordAudit(trx: Kysely<DB>, record: AuditRecord): Promise<void>;
  /** Platform admins see every entry; org admins the entries of their subtrees. */
  listAuditEntries(actor: Actor, filters: AuditFilters, page: PageQuery): Promise<Page<AuditEntry>>;
}

export function createAuditService(deps: ServiceDeps): AuditService {
  const { db, now } = deps;
  return {
    recordAudit: (trx, record) => recordAudit(trx, { at: now(), ...record }),

    async listAuditEntries(actor, filters, page) {
      if (!isPlatformAdmin(actor) && !actor.grants.some((g) => g.role === 'org_admin')) {
        throw forbidden('仅平台管理员或单位管理员可查看审计日志');
      }
      let orgPath: string | undefined;
      if (filters.orgId !== undefined) {
        const org = await findOrgById(db, filters.orgId);
        if (!org) throw notFound('机构不存在');
        if (!hasRole(actor, org.path, ['org_admin'])) throw forbidden('您无权查看该机构的审计日志');
        orgPath = org.path;
      }
      const { items, total } = await findAuditEntries(
        db,
        { ...filters, orgPath, orgPaths: visibleOrgPaths(actor, ['org_admin']) },
        page,
      );
      return { items, total, page: page.page, pageSize: page.pageSize };
    },
  };
}
