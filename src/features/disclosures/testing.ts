// Test helpers for the disclosure features: the role fixtures as action contexts, a catalogue
// for 扶沟县工业和信息化局, and an item driven through the workflow.

import type { RoleFixtures } from '../../http/testing.ts';
import type { Services } from '../../services.ts';
import type { ActionContext } from '../auth/actor.ts';
import { replaceCalendarYear } from '../calendar/calendar.repo.ts';
import { seedYearData } from '../calendar/seed.ts';
import type { Catalogue } from './catalogue.service.ts';
import type { Item, ItemInput, ItemState } from './item.ts';

export type ContextRole =
  | 'platform_admin'
  | 'org_admin'
  | 'other_org_admin'
  | 'clerk'
  | 'reviewer'
  | 'approver'
  | 'officer';

export type Contexts = Record<ContextRole, ActionContext>;

export async function contextsOf(services: Services, f: RoleFixtures): Promise<Contexts> {
  const entries = await Promise.all(
    (Object.keys(f.users) as ContextRole[]).map(
      async (role) =>
        [
          role,
          { actor: await services.auth.loadActor(f.users[role].id), meta: { ip: null, requestId: 'test' } },
        ] as const,
    ),
  );
  return Object.fromEntries(entries) as Contexts;
}

export const PASSING_REVIEW = {
  checklist: { noStateSecrets: true, noWorkSecrets: true, personalInfoProtected: true, contentAccurate: true },
  conclusion: '经审查，不涉及国家秘密、工作秘密和个人信息，内容准确，同意公开',
  grounds: '《中华人民共和国政府信息公开条例》第十四条、第十五条、第二十条',
};

export interface DisclosureFixture {
  ctx: Contexts;
  catalogue: Catalogue;
  /** Column ids of the default tree by code (news, notices, policies, interpretations, a20-1 …). */
  columns: Record<string, number>;
  orgId: number;
}

/** resetTestDatabase empties calendar_day too: put the shipped 2019–2026 schedule back. */
export async function restoreCalendar(services: Services): Promise<void> {
  const db = services.database.db;
  const row = await db.selectFrom('calendar_day').select('day').limit(1).executeTakeFirst();
  if (!row)
    await db.transaction().execute(async (trx) => {
      for (const year of seedYearData()) await replaceCalendarYear(trx, year);
    });
  services.calendar.invalidate();
}

export async function createDisclosureFixture(services: Services, f: RoleFixtures): Promise<DisclosureFixture> {
  await restoreCalendar(services);
  const ctx = await contextsOf(services, f);
  const catalogue = await services.disclosures.catalogue.initDefaultCatalogue(ctx.org_admin, {
    org: 'fugou-gxj',
    includeArt21: true,
  });
  const columns: Record<string, number> = {};
  const walk = (nodes: Catalogue['columns']) => {
    for (const node of nodes) {
      columns[node.code] = node.id;
      walk(node.children);
    }
  };
  walk(catalogue.columns);
  return { ctx, catalogue, columns, orgId: catalogue.orgId };
}

/** Drafts an item and runs the workflow up to `until` (published by default). */
export async function itemIn(
  services: Services,
  fx: DisclosureFixture,
  input: Partial<ItemInput> = {},
  until: ItemState = 'published',
): Promise<Item> {
  const { workflow, items } = services.disclosures;
  const created = await items.createItem(fx.ctx.clerk, {
    orgId: fx.orgId,
    title: '测试信息',
    bodyHtml: '<p>正文</p>',
    columnIds: [fx.columns.news],
    ...input,
  });
  const steps: [ItemState, () => Promise<unknown>][] = [
    ['submitted', () => workflow.submit(fx.ctx.clerk, created.id)],
    ['reviewed', () => workflow.review(fx.ctx.reviewer, created.id, PASSING_REVIEW)],
    ['approved', () => workflow.approve(fx.ctx.approver, created.id)],
    ['published', () => workflow.publish(fx.ctx.approver, created.id)],
  ];
  for (const [state, step] of steps) {
    if (until === 'draft') break;
    await step();
    if (state === until) break;
  }
  return items.getItem(fx.ctx.clerk.actor, created.id);
}

/** A multipart/form-data body with one file, as browsers send it. */
export async function multipartFile(
  fileName: string,
  bytes: Uint8Array,
  field = 'file',
): Promise<{ raw: Uint8Array; contentType: string }> {
  const form = new FormData();
  form.append(field, new Blob([Buffer.from(bytes)]), fileName);
  const response = new Response(form);
  return { raw: new Uint8Array(await response.arrayBuffer()), contentType: response.headers.get('content-type') ?? '' };
}

/** A minimal valid PDF (no text). */
export const TINY_PDF = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
