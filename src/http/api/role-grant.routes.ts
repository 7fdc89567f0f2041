import { createRoute } from '@hono/zod-openapi';
import { RoleGrantBodySchema, UserGrantSchema } from '../../features/users/user.schema.ts';
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

const tags = ['角色授权'];
const common = { tags, security: SESSION_SECURITY, middleware: [signedIn()] };

const grantRole = createRoute({
  ...common,
  method: 'post',
  path: '/v1/role-grants',
  summary: '授予角色',
  description: '只有平台管理员能授予平台管理员；单位管理员在本单位及下级机构内授予其他角色。',
  request: { body: jsonBody(RoleGrantBodySchema) },
  responses: { 201: json(UserGrantSchema, '已授予'), ...problems(...SIGNED_IN_PROBLEMS, 409) },
});

const revokeRole = createRoute({
  ...common,
  method: 'delete',
  path: '/v1/role-grants/{id}',
  summary: '撤销角色',
  request: { params: IdParamsSchema },
  responses: { 204: { description: '已撤销' }, ...problems(...SIGNED_IN_PROBLEMS, 404, 409) },
});

export function registerRoleGrantRoutes(api: ApiApp, services: Services): void {
  const { trustProxy } = services.config;

  api.openapi(grantRole, async (c) => {
    const body = c.req.valid('json');
    return c.json(await services.users.grantRole(actionContext(c, trustProxy), body), 201);
  });

  api.openapi(revokeRole, async (c) => {
    await services.users.revokeRole(actionContext(c, trustProxy), c.req.valid('param').id);
    return c.body(null, 204);
  });
}
