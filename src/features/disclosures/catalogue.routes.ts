// /api/v1: catalogue (目录), guide (指南) and disclosure settings of an org.
import { createRoute } from '@hono/zod-openapi';
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
import type { ColumnKind, UpdateClass } from './catalogue.ts';
import {
  CatalogueSchema,
  ColumnBodySchema,
  ColumnPatchSchema,
  ColumnSchema,
  GuideBodySchema,
  GuideSchema,
  InitCatalogueBodySchema,
  OrgRefParamsSchema,
  SettingsPatchSchema,
  SettingsSchema,
} from './disclosure.schema.ts';

const tags = ['公开目录与指南'];
const staff = { tags, security: SESSION_SECURITY, middleware: [signedIn()] };

const getCatalogue = createRoute({
  tags,
  method: 'get',
  path: '/v1/orgs/{org}/catalogue',
  summary: '政府信息公开目录（公开）',
  description: '栏目树，含条例第二十条、第二十一条的法定栏目和本单位自设栏目，以及各栏目已发布信息数。',
  request: { params: OrgRefParamsSchema },
  responses: { 200: json(CatalogueSchema, '目录'), ...problems(400, 404) },
});

const initCatalogue = createRoute({
  ...staff,
  method: 'post',
  path: '/v1/orgs/{org}/catalogue',
  summary: '生成默认目录',
  description: '单位管理员。为尚无目录的单位生成默认栏目树。',
  request: { params: OrgRefParamsSchema, body: jsonBody(InitCatalogueBodySchema) },
  responses: { 201: json(CatalogueSchema, '已生成'), ...problems(...SIGNED_IN_PROBLEMS, 404, 409) },
});

const createColumn = createRoute({
  ...staff,
  method: 'post',
  path: '/v1/orgs/{org}/catalogue/columns',
  summary: '新增栏目',
  request: { params: OrgRefParamsSchema, body: jsonBody(ColumnBodySchema) },
  responses: { 201: json(ColumnSchema, '已新增'), ...problems(...SIGNED_IN_PROBLEMS, 404, 409) },
});

const updateColumn = createRoute({
  ...staff,
  method: 'patch',
  path: '/v1/catalogue-columns/{id}',
  summary: '修改栏目',
  request: { params: IdParamsSchema, body: jsonBody(ColumnPatchSchema) },
  responses: { 200: json(ColumnSchema, '修改后的栏目'), ...problems(...SIGNED_IN_PROBLEMS, 404, 409) },
});

const deleteColumn = createRoute({
  ...staff,
  method: 'delete',
  path: '/v1/catalogue-columns/{id}',
  summary: '删除栏目',
  description: '只能删除没有信息（含历史版本）和下级栏目的栏目。',
  request: { params: IdParamsSchema },
  responses: { 204: { description: '已删除' }, ...problems(...SIGNED_IN_PROBLEMS, 404, 409) },
});

const getGuide = createRoute({
  tags,
  method: 'get',
  path: '/v1/orgs/{org}/guide',
  summary: '政府信息公开指南（公开）',
  description: '尚未编辑时，按机构信息生成默认指南（isDefault 为 true）。',
  request: { params: OrgRefParamsSchema },
  responses: { 200: json(GuideSchema, '指南'), ...problems(400, 404) },
});

const putGuide = createRoute({
  ...staff,
  method: 'put',
  path: '/v1/orgs/{org}/guide',
  summary: '编辑公开指南',
  description: '单位管理员。正文为 HTML，保存时清除脚本等不安全内容。',
  request: { params: OrgRefParamsSchema, body: jsonBody(GuideBodySchema) },
  responses: { 200: json(GuideSchema, '保存后的指南'), ...problems(...SIGNED_IN_PROBLEMS, 404) },
});

const getSettings = createRoute({
  ...staff,
  method: 'get',
  path: '/v1/orgs/{org}/disclosure-settings',
  summary: '主动公开设置',
  request: { params: OrgRefParamsSchema },
  responses: {
    200: json(SettingsSchema, '设置（未设置的项沿用上级机构或默认值）'),
    ...problems(...SIGNED_IN_PROBLEMS, 404),
  },
});

const patchSettings = createRoute({
  ...staff,
  method: 'patch',
  path: '/v1/orgs/{org}/disclosure-settings',
  summary: '修改主动公开设置',
  description: '单位管理员。索引号格式可用 {org} {credit} {category} {year} {seq:位数}。',
  request: { params: OrgRefParamsSchema, body: jsonBody(SettingsPatchSchema) },
  responses: { 200: json(SettingsSchema, '修改后的设置'), ...problems(...SIGNED_IN_PROBLEMS, 404) },
});

export function registerCatalogueRoutes(api: ApiApp, services: Services): void {
  const { trustProxy } = services.config;
  const { catalogue, guide, items } = services.disclosures;

  api.openapi(getCatalogue, async (c) => c.json(await catalogue.getCatalogue(c.req.valid('param').org), 200));

  api.openapi(initCatalogue, async (c) => {
    const { includeArt21 } = c.req.valid('json');
    return c.json(
      await catalogue.initDefaultCatalogue(actionContext(c, trustProxy), {
        org: c.req.valid('param').org,
        includeArt21,
      }),
      201,
    );
  });

  api.openapi(createColumn, async (c) => {
    const body = c.req.valid('json');
    const input = { ...body, kind: body.kind as ColumnKind, updateClass: body.updateClass as UpdateClass };
    return c.json(await catalogue.createColumn(actionContext(c, trustProxy), c.req.valid('param').org, input), 201);
  });

  api.openapi(updateColumn, async (c) => {
    const body = c.req.valid('json');
    const patch = {
      ...body,
      kind: body.kind as ColumnKind | undefined,
      updateClass: body.updateClass as UpdateClass | undefined,
    };
    return c.json(await catalogue.updateColumn(actionContext(c, trustProxy), c.req.valid('param').id, patch), 200);
  });

  api.openapi(deleteColumn, async (c) => {
    await catalogue.deleteColumn(actionContext(c, trustProxy), c.req.valid('param').id);
    return c.body(null, 204);
  });

  api.openapi(getGuide, async (c) => c.json(await guide.getGuide(c.req.valid('param').org), 200));

  api.openapi(putGuide, async (c) =>
    c.json(await guide.putGuide(actionContext(c, trustProxy), c.req.valid('param').org, c.req.valid('json')), 200),
  );

  api.openapi(getSettings, async (c) =>
    c.json(await items.getSettings(actionContext(c).actor, c.req.valid('param').org), 200),
  );

  api.openapi(patchSettings, async (c) =>
    c.json(
      await items.updateSettings(actionContext(c, trustProxy), c.req.valid('param').org, c.req.valid('json')),
      200,
    ),
  );
}
