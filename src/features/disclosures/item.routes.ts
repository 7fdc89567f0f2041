// /api/v1/items: staff CRUD, versions and the Art. 26 dashboard; public reads of published items.
import { createRoute, z } from '@hono/zod-openapi';
import { AppError } from '../../core/app-error.ts';
import { pageSchema } from '../../core/page.ts';
import type { ApiApp } from '../../http/api/api-app.ts';
import {
  IdParamsSchema,
  json,
  jsonBody,
  problems,
  SESSION_SECURITY,
  SIGNED_IN_PROBLEMS,
  signedIn,
} from '../../http/api/openapi-common.ts';
import { actionContext } from '../../http/request-meta.ts';
import type { Services } from '../../services.ts';
import {
  ColumnItemsQuerySchema,
  CreateItemBodySchema,
  DeadlineQuerySchema,
  DeadlineSchema,
  ItemIdParamsSchema,
  ItemListEntrySchema,
  ItemListQuerySchema,
  ItemSchema,
  ItemVersionSchema,
  PublishedResultSchema,
  PublishedSummarySchema,
  UpdateItemBodySchema,
} from './item.schema.ts';
import type { DocType, ItemInput, ItemPatch, ItemState, Validity } from './item.ts';

const tags = ['主动公开信息'];
const staff = { tags, security: SESSION_SECURITY, middleware: [signedIn()] };

const listItems = createRoute({
  ...staff,
  method: 'get',
  path: '/v1/items',
  summary: '信息列表（后台）',
  description: '当前用户有权处理的单位的信息，含草稿和流程中的信息。',
  request: { query: ItemListQuerySchema },
  responses: {
    200: json(pageSchema(ItemListEntrySchema), '信息分页列表'),
    ...problems(...SIGNED_IN_PROBLEMS, 400, 404),
  },
});

const createItem = createRoute({
  ...staff,
  method: 'post',
  path: '/v1/items',
  summary: '起草信息',
  description: '信息员。正文为 HTML，保存时清除脚本、事件属性和 javascript: 链接。文号须用六角括号〔〕。',
  request: { body: jsonBody(CreateItemBodySchema) },
  responses: { 201: json(ItemSchema, '已保存为草稿'), ...problems(...SIGNED_IN_PROBLEMS, 404) },
});

const deadlines = createRoute({
  ...staff,
  method: 'get',
  path: '/v1/items/deadlines',
  summary: '临近公开时限的信息',
  description:
    '条例第二十六条：形成或变更之日起 20 个工作日内公开。列出尚未发布、剩余工作日不超过 within 天（含已逾期）的信息。',
  request: { query: DeadlineQuerySchema },
  responses: {
    200: json(z.object({ items: z.array(DeadlineSchema) }), '按剩余工作日排序'),
    ...problems(...SIGNED_IN_PROBLEMS, 404),
  },
});

const getItem = createRoute({
  ...staff,
  method: 'get',
  path: '/v1/items/{id}',
  summary: '信息详情（后台）',
  description: '含谁起草、谁审核（审查清单、结论、依据）、谁批准。',
  request: { params: ItemIdParamsSchema },
  responses: { 200: json(ItemSchema, '信息'), ...problems(...SIGNED_IN_PROBLEMS, 404) },
});

const updateItem = createRoute({
  ...staff,
  method: 'patch',
  path: '/v1/items/{id}',
  summary: '修改草稿',
  description: '信息员，仅草稿。须带 expectedVersion，版本已变则返回 409。',
  request: { params: ItemIdParamsSchema, body: jsonBody(UpdateItemBodySchema) },
  responses: { 200: json(ItemSchema, '修改后的信息'), ...problems(...SIGNED_IN_PROBLEMS, 404, 409) },
});

const deleteItem = createRoute({
  ...staff,
  method: 'delete',
  path: '/v1/items/{id}',
  summary: '删除草稿',
  description: '信息员，仅限从未发布的草稿；已发布的信息请撤回。',
  request: { params: ItemIdParamsSchema },
  responses: { 204: { description: '已删除' }, ...problems(...SIGNED_IN_PROBLEMS, 404, 409) },
});

const listVersions = createRoute({
  ...staff,
  method: 'get',
  path: '/v1/items/{id}/versions',
  summary: '已发布版本',
  description: '每次发布都保留一个版本，新版本在前。',
  request: { params: ItemIdParamsSchema },
  responses: {
    200: json(z.object({ items: z.array(ItemVersionSchema) }), '版本列表'),
    ...problems(...SIGNED_IN_PROBLEMS, 404),
  },
});

const getPublished = createRoute({
  tags,
  method: 'get',
  path: '/v1/published-items/{id}',
  summary: '已发布信息（公开）',
  description: '当前发布版本的元数据、正文、附件和政策解读；已撤回并保留说明的信息返回撤回说明。',
  request: { params: ItemIdParamsSchema },
  responses: { 200: json(PublishedResultSchema, '已发布信息或撤回说明'), ...problems(400, 404) },
});

const listInterpretations = createRoute({
  tags,
  method: 'get',
  path: '/v1/published-items/{id}/interpretations',
  summary: '政策解读（公开）',
  request: { params: ItemIdParamsSchema },
  responses: {
    200: json(z.object({ items: z.array(PublishedSummarySchema) }), '解读该文件的已发布信息'),
    ...problems(400, 404),
  },
});

const columnItems = createRoute({
  tags,
  method: 'get',
  path: '/v1/catalogue-columns/{id}/items',
  summary: '栏目信息列表（公开）',
  request: { params: IdParamsSchema, query: ColumnItemsQuerySchema },
  responses: { 200: json(pageSchema(PublishedSummarySchema), '已发布信息分页列表'), ...problems(400, 404) },
});

type ItemBody = z.infer<typeof CreateItemBodySchema> | z.infer<typeof UpdateItemBodySchema>;
function typed<T extends ItemBody>(body: T) {
  return {
    ...body,
    docType: body.docType as DocType | undefined,
    validity: body.validity as Validity | null | undefined,
  };
}

export function registerItemRoutes(api: ApiApp, services: Services): void {
  const { trustProxy } = services.config;
  const { items, portal } = services.disclosures;

  api.openapi(listItems, async (c) => {
    const { page, pageSize, late, state, ...rest } = c.req.valid('query');
    const filters = {
      ...rest,
      state: state as ItemState | undefined,
      isLate: late === undefined ? undefined : late === 'true',
    };
    return c.json(await items.listItems(actionContext(c).actor, filters, { page, pageSize }), 200);
  });

  api.openapi(createItem, async (c) =>
    c.json(await items.createItem(actionContext(c, trustProxy), typed(c.req.valid('json')) as ItemInput), 201),
  );

  // Before /items/{id}, so that 'deadlines' is not taken for an id.
  api.openapi(deadlines, async (c) => {
    const { org, within } = c.req.valid('query');
    return c.json(
      { items: await items.listDeadlines(actionContext(c).actor, { org, withinWorkingDays: within }) },
      200,
    );
  });

  api.openapi(getItem, async (c) => c.json(await items.getItem(actionContext(c).actor, c.req.valid('param').id), 200));

  api.openapi(updateItem, async (c) =>
    c.json(
      await items.updateItem(
        actionContext(c, trustProxy),
        c.req.valid('param').id,
        typed(c.req.valid('json')) as ItemPatch,
      ),
      200,
    ),
  );

  api.openapi(deleteItem, async (c) => {
    await items.deleteItem(actionContext(c, trustProxy), c.req.valid('param').id);
    return c.body(null, 204);
  });

  api.openapi(listVersions, async (c) =>
    c.json({ items: await items.listVersions(actionContext(c).actor, c.req.valid('param').id) }, 200),
  );

  api.openapi(getPublished, async (c) => {
    const result = await portal.getPublishedItem(c.req.valid('param').id);
    if (!result) return notFoundResponse();
    return c.json(result, 200);
  });

  api.openapi(listInterpretations, async (c) => {
    const result = await portal.getPublishedItem(c.req.valid('param').id);
    if (result?.kind !== 'published') return notFoundResponse();
    return c.json({ items: result.item.interpretations }, 200);
  });

  api.openapi(columnItems, async (c) => {
    const { page, pageSize, sort, sub } = c.req.valid('query');
    const { column: _column, ...list } = await portal.listColumnItems(
      c.req.valid('param').id,
      { page, pageSize },
      sort,
      { includeSubcolumns: sub === 'true' },
    );
    return c.json(list, 200);
  });
}

function notFoundResponse(): never {
  throw new AppError('NOT_FOUND', '信息不存在或尚未发布');
}
