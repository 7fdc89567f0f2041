// Who may read and who may keep an org's registries.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ActionContext, Actor } from '../auth/actor.ts';
import { loadPublishingOrg, requireActsFor, STAFF_ROLES } from '../disclosures/org-access.ts';
import type { OrgRecord } from '../orgs/org.ts';

/** The org's admin and its clerks keep the registries; every staff role may read them. */
export const EDITORS = ['org_admin', 'clerk'] as const;

export async function editableOrg(db: Kysely<DB>, ctx: ActionContext, orgRef: string | number): Promise<OrgRecord> {
  const org = await loadPublishingOrg(db, orgRef, 'org');
  await requireActsFor(db, ctx.actor, org, EDITORS, '只有单位管理员或信息员可以维护台账');
  return org;
}

export async function readableOrg(db: Kysely<DB>, actor: Actor, orgRef: string | number): Promise<OrgRecord> {
  const org = await loadPublishingOrg(db, orgRef, 'org');
  await requireActsFor(db, actor, org, STAFF_ROLES, '您无权查看该单位的台账');
  return org;
}
