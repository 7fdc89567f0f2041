import type { Kysely } from 'kysely';
import { forbidden, notFound } from '../../core/app-error.ts';
import type { DB } from '../../db/schema.ts';
import type { Actor } from '../auth/actor.ts';
import { hasRole } from '../auth/authorize.ts';
import type { Role } from '../auth/roles.ts';
import { findOrgByCode, findOrgById } from '../orgs/org.repo.ts';
import type { OrgRecord } from '../orgs/org.ts';

/** `{org}` in a path: the org's numeric id or its code (fugou-zrzyj). */
export async function resolveOrgRef(db: Kysely<DB>, ref: string): Promise<OrgRecord> {
  const org = /^\d{1,10}$/.test(ref) ? await findOrgById(db, Number(ref)) : await findOrgByCode(db, ref);
  if (!org) throw notFound(`机构「${ref}」不存在`);
  return org;
}

export async function resolveVisibleOrg(
  db: Kysely<DB>,
  actor: Actor,
  ref: string,
  roles: readonly Role[],
): Promise<OrgRecord> {
  const org = await resolveOrgRef(db, ref);
  if (!hasRole(actor, org.path, roles)) throw forbidden('您无权查看该机构的数据');
  return org;
}
