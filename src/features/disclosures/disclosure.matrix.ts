// Authorization matrix rows (see src/http/api/authorization-matrix.ts) for the catalogue, guide,
// item, workflow and attachment routes. Everything lives in 扶沟县工业和信息化局 (fugou-gxj): the
// fixtures' reviewer, approver and officer hold their roles there, the clerk on its 办公室
// section (which counts for the bureau), the org admin on the county above it.
import type { MatrixRow, MatrixRows, PrepareContext, Who } from '../../http/api/authorization-matrix.ts';
import { uniqueSuffix } from '../../http/api/authorization-matrix.ts';
import type { TestApp } from '../../http/testing.ts';
import type { ItemState } from './item.ts';
import { createDisclosureFixture, type DisclosureFixture, itemIn, PASSING_REVIEW, TINY_PDF } from './testing.ts';

const ALL: Who[] = [
  'anonymous',
  'platform_admin',
  'org_admin',
  'other_org_admin',
  'clerk',
  'reviewer',
  'approver',
  'officer',
];
const SIGNED_IN: Who[] = ALL.filter((w) => w !== 'anonymous');
const STAFF: Who[] = ['platform_admin', 'org_admin', 'clerk', 'reviewer', 'approver', 'officer'];
const ADMINS: Who[] = ['platform_admin', 'org_admin'];
const CLERKS: Who[] = ['platform_admin', 'clerk'];
const REVIEWERS: Who[] = ['platform_admin', 'reviewer'];
const APPROVERS: Who[] = ['platform_admin', 'approver'];
const PUBLISHERS: Who[] = ['platform_admin', 'clerk', 'approver'];

const fixtures = new WeakMap<TestApp, Promise<DisclosureFixture>>();
export function fixtureFor({ t, f }: PrepareContext): Promise<DisclosureFixture> {
  let fixture = fixtures.get(t);
  if (!fixture) {
    fixture = createDisclosureFixture(t.services, f);
    fixtures.set(t, fixture);
  }
  return fixture;
}

/** An item in `state`: fresh for a caller who may change it, shared by those who are refused (nothing changes). */
const shared = new WeakMap<TestApp, Map<ItemState, Promise<{ id: number; version: number }>>>();
async function itemFor(
  ctx: PrepareContext,
  state: ItemState,
  allowed: readonly Who[],
): Promise<{ id: number; version: number }> {
  const fx = await fixtureFor(ctx);
  if (allowed.includes(ctx.who)) return itemIn(ctx.t.services, fx, { title: `矩阵 ${state} ${ctx.who}` }, state);
  let byState = shared.get(ctx.t);
  if (!byState) {
    byState = new Map();
    shared.set(ctx.t, byState);
  }
  let found = byState.get(state);
  if (!found) {
    found = itemIn(ctx.t.services, fx, { title: `矩阵 ${state} 共用` }, state);
    byState.set(state, found);
  }
  return found;
}

function command(
  name: string,
  state: ItemState,
  allowed: Who[],
  body: () => Record<string, unknown> = () => ({}),
): MatrixRow {
  return {
    allowed,
    okStatus: 200,
    prepare: async (ctx) => ({ path: `/v1/items/${(await itemFor(ctx, state, allowed)).id}/${name}`, body: body() }),
  };
}

function onItem(
  state: ItemState,
  allowed: Who[],
  okStatus: number,
  suffix = '',
  body?: (item: { version: number }) => unknown,
): MatrixRow {
  return {
    allowed,
    okStatus,
    prepare: async (ctx) => {
      const item = await itemFor(ctx, state, allowed);
      return { path: `/v1/items/${item.id}${suffix}`, body: body?.(item) };
    },
  };
}

async function newColumn(ctx: PrepareContext): Promise<number> {
  const fx = await fixtureFor(ctx);
  const column = await ctx.t.services.disclosures.catalogue.createColumn(fx.ctx.platform_admin, 'fugou-gxj', {
    parentId: null,
    name: '矩阵栏目',
    code: `m-${uniqueSuffix()}`,
    kind: 'custom',
    updateClass: 'other',
  });
  return column.id;
}

const published = new WeakMap<TestApp, Promise<{ itemId: number; attachmentId: number; columnId: number }>>();
function publishedFor(ctx: PrepareContext) {
  let found = published.get(ctx.t);
  if (!found) {
    found = (async () => {
      const fx = await fixtureFor(ctx);
      const { disclosures } = ctx.t.services;
      const draft = await itemIn(
        ctx.t.services,
        fx,
        { title: '矩阵 已发布 政策文件', columnIds: [fx.columns.policies] },
        'draft',
      );
      const attachment = await disclosures.attachments.uploadAttachment(fx.ctx.clerk, draft.id, {
        fileName: '附件.pdf',
        bytes: TINY_PDF,
      });
      await disclosures.workflow.submit(fx.ctx.clerk, draft.id);
      await disclosures.workflow.review(fx.ctx.reviewer, draft.id, PASSING_REVIEW);
      await disclosures.workflow.approve(fx.ctx.approver, draft.id);
      await disclosures.workflow.publish(fx.ctx.approver, draft.id);
      return { itemId: draft.id, attachmentId: attachment.id, columnId: fx.columns.policies };
    })();
    published.set(ctx.t, found);
  }
  return found;
}

const pdfBody = () => ({ fileName: '附件.pdf', contentBase64: Buffer.from(TINY_PDF).toString('base64') });

export const MATRIX_ROWS: MatrixRows = {
  'GET /v1/orgs/{org}/catalogue': {
    allowed: ALL,
    okStatus: 200,
    prepare: async (ctx) => {
      await fixtureFor(ctx);
      return { path: '/v1/orgs/fugou-gxj/catalogue' };
    },
  },
  'POST /v1/orgs/{org}/catalogue': {
    allowed: ADMINS,
    okStatus: 201,
    prepare: async (ctx) => {
      const fx = await fixtureFor(ctx);
      const code = `m-dept-${uniqueSuffix()}`;
      await ctx.t.services.orgs.createOrg(fx.ctx.platform_admin, {
        parentId: ctx.f.orgIds.fugou,
        kind: 'department',
        name: '矩阵部门',
        code,
      });
      return { path: `/v1/orgs/${code}/catalogue`, body: { includeArt21: true } };
    },
  },
  'POST /v1/orgs/{org}/catalogue/columns': {
    allowed: ADMINS,
    okStatus: 201,
    prepare: () => ({
      path: '/v1/orgs/fugou-gxj/catalogue/columns',
      body: { name: '自设栏目', code: `c-${uniqueSuffix()}`, updateClass: 'notice' },
    }),
  },
  'PATCH /v1/catalogue-columns/{id}': {
    allowed: ADMINS,
    okStatus: 200,
    prepare: async (ctx) => ({ path: `/v1/catalogue-columns/${await newColumn(ctx)}`, body: { name: '改名后的栏目' } }),
  },
  'DELETE /v1/catalogue-columns/{id}': {
    allowed: ADMINS,
    okStatus: 204,
    prepare: async (ctx) => ({ path: `/v1/catalogue-columns/${await newColumn(ctx)}` }),
  },
  'GET /v1/orgs/{org}/guide': { allowed: ALL, okStatus: 200, prepare: () => ({ path: '/v1/orgs/fugou-gxj/guide' }) },
  'PUT /v1/orgs/{org}/guide': {
    allowed: ADMINS,
    okStatus: 200,
    prepare: ({ n }) => ({ path: '/v1/orgs/fugou-gxj/guide', body: { bodyHtml: `<p>指南第 ${n} 版</p>` } }),
  },
  'GET /v1/orgs/{org}/disclosure-settings': {
    allowed: STAFF,
    okStatus: 200,
    prepare: () => ({ path: '/v1/orgs/fugou-gxj/disclosure-settings' }),
  },
  'PATCH /v1/orgs/{org}/disclosure-settings': {
    allowed: ADMINS,
    okStatus: 200,
    prepare: () => ({ path: '/v1/orgs/fugou-gxj/disclosure-settings', body: { withdrawalNotice: true } }),
  },

  'GET /v1/items': { allowed: SIGNED_IN, okStatus: 200, prepare: () => ({}) },
  'POST /v1/items': {
    allowed: CLERKS,
    okStatus: 201,
    prepare: async (ctx) => {
      const fx = await fixtureFor(ctx);
      return { body: { orgId: fx.orgId, title: '矩阵新建信息', columnIds: [fx.columns.news] } };
    },
  },
  'GET /v1/items/deadlines': { allowed: SIGNED_IN, okStatus: 200, prepare: () => ({}) },
  'GET /v1/items/{id}': onItem('submitted', STAFF, 200),
  'PATCH /v1/items/{id}': onItem('draft', CLERKS, 200, '', (item) => ({
    expectedVersion: item.version,
    topic: '工业',
  })),
  'DELETE /v1/items/{id}': onItem('draft', CLERKS, 204),
  'GET /v1/items/{id}/versions': onItem('published', STAFF, 200, '/versions'),
  'POST /v1/items/{id}/submit': command('submit', 'draft', CLERKS),
  'POST /v1/items/{id}/review': command('review', 'submitted', REVIEWERS, () => PASSING_REVIEW),
  'POST /v1/items/{id}/approve': command('approve', 'reviewed', APPROVERS),
  'POST /v1/items/{id}/publish': command('publish', 'approved', PUBLISHERS),
  'POST /v1/items/{id}/schedule': command('schedule', 'approved', PUBLISHERS, () => ({
    at: new Date(Date.now() + 86_400_000).toISOString(),
  })),
  'POST /v1/items/{id}/send-back': command('send-back', 'submitted', REVIEWERS, () => ({ reason: '请补充成文日期' })),
  'POST /v1/items/{id}/revise': command('revise', 'published', CLERKS),
  'POST /v1/items/{id}/withdraw': command('withdraw', 'published', APPROVERS, () => ({ reason: '内容有误' })),
  'POST /v1/items/{id}/attachments': onItem('draft', CLERKS, 201, '/attachments', pdfBody),
  'DELETE /v1/attachments/{id}': {
    allowed: CLERKS,
    okStatus: 204,
    prepare: async (ctx) => {
      const fx = await fixtureFor(ctx);
      const item = await itemFor(ctx, 'draft', CLERKS);
      const attachment = await ctx.t.services.disclosures.attachments.uploadAttachment(fx.ctx.clerk, item.id, {
        fileName: '待删.pdf',
        bytes: TINY_PDF,
      });
      return { path: `/v1/attachments/${attachment.id}` };
    },
  },
  // Published attachments are public; unpublished ones answer 404 to outsiders (service tests cover that).
  'GET /v1/attachments/{id}': {
    allowed: ALL,
    okStatus: 200,
    prepare: async (ctx) => ({ path: `/v1/attachments/${(await publishedFor(ctx)).attachmentId}` }),
  },
  'GET /v1/published-items/{id}': {
    allowed: ALL,
    okStatus: 200,
    prepare: async (ctx) => ({ path: `/v1/published-items/${(await publishedFor(ctx)).itemId}` }),
  },
  'GET /v1/published-items/{id}/interpretations': {
    allowed: ALL,
    okStatus: 200,
    prepare: async (ctx) => ({ path: `/v1/published-items/${(await publishedFor(ctx)).itemId}/interpretations` }),
  },
  'GET /v1/catalogue-columns/{id}/items': {
    allowed: ALL,
    okStatus: 200,
    prepare: async (ctx) => ({ path: `/v1/catalogue-columns/${(await publishedFor(ctx)).columnId}/items?sort=oldest` }),
  },
};
