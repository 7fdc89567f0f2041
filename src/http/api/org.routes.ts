import { createRoute, z } from '@hono/zod-openapi';
import { pageSchema } from '../../core/page.ts';
import {
  CreateOrgBodySchema,
  OrgListQuerySchema,
  OrgNodeSchema,
  OrgSchema,
  UpdateOrgBodySchema,
} from '../../features/orgs/org.schema.ts';
import type { Services } from '../../services.ts';
import { actionContext } from '../request-meta.ts';
import type { ApiApp } from './api-app.ts';
import {
  IdParamsSchema,
  json,
  jsonBody,
  problems,
  SESSION_SECURITY,
  SIGNED_IN_PROBLEMS,
  signedIn,
} from './openapi-common.ts';

const tags = ['机构'];
const common = { tags, security: SESSION_SECURITY, middleware: [signedIn()] };

const listOrgs = createRoute({
  ...common,
  method: 'get',
  path: '/v1/orgs',
  summary: '机构列表',
  description: '只列出当前用户有权查看的机构（其角色所在机构及下级）。',
  request: { query: OrgListQuerySchema },
  responses: { 200: json(pageSchema(OrgSchema), '机构分页列表'), ...problems(...SIGNED_IN_PROBLEMS) },
});

const orgTree = createRoute({
  ...common,
  method: 'get',
  path: '/v1/orgs/tree',
  summary: '机构树',
  responses: {
    200: json(z.object({ items: z.array(OrgNodeSchema) }), '当前用户可见的机构树'),
    ...problems(...SIGNED_IN_PROBLEMS),
  },
});

const getOrg = createRoute({
  ...common,
  method: 'get',
  path: '/v1/orgs/{id}',
  summary: '机构详情',
  request: { params: IdParamsSchema },
  responses: { 200: json(OrgSchema, '机构'), ...problems(...SIGNED_IN_PROBLEMS, 404) },
});

const createOrg = createRoute({
  ...common,
  method: 'post',
  path: '/v1/orgs',
  summary: '新建机构',
  description: '平台管理员，或上级机构的单位管理员。政府之下设部门，部门之下设股室/科室；顶级机构须为政府。',
  request: { body: jsonBody(CreateOrgBodySchema) },
  responses: { 201: json(OrgSchema, '已创建'), ...problems(...SIGNED_IN_PROBLEMS, 409) },
});

const updateOrg = createRoute({
  ...common,
  method: 'patch',
  path: '/v1/orgs/{id}',
  summary: '修改机构',
  request: { params: IdParamsSchema, body: jsonBody(UpdateOrgBodySchema) },
  responses: { 200: json(OrgSchema, '修改后的机构'), ...problems(...SIGNED_IN_PROBLEMS, 404, 409) },
});

export function registerOrgRoutes(api: ApiApp, services: Services): void {
  const { trustProxy } = services.config;

  api.openapi(listOrgs, async (c) => {
    const { page, pageSize, ...filters } = c.req.valid('query');
    return c.json(await services.orgs.listOrgs(actionContext(c).actor, filters, { page, pageSize }), 200);
  });

  // Registered before /orgs/{id} so that 'tree' is not taken for an id.
  api.openapi(orgTree, async (c) => c.json({ items: await services.orgs.getOrgTree(actionContext(c).actor) }, 200));

  api.openapi(getOrg, async (c) =>
    c.json(await services.orgs.getOrg(actionContext(c).actor, c.req.valid('param').id), 200),
  );

  api.openapi(createOrg, async (c) => {
    const body = c.req.valid('json');
    return c.json(await services.orgs.createOrg(actionContext(c, trustProxy), body), 201);
  });

  api.openapi(updateOrg, async (c) => {
    const patch = c.req.valid('json');
    return c.json(
      await services.orgs.updateOrg(actionContext(c, trustProxy), { id: c.req.valid('param').id, patch }),
      200,
    );
  });
}
