import { createRoute } from '@hono/zod-openapi';
import { pageSchema } from '../../core/page.ts';
import {
  CreatedUserSchema,
  CreateUserBodySchema,
  InitialPasswordSchema,
  UpdateUserBodySchema,
  UserListQuerySchema,
  UserSchema,
} from '../../features/users/user.schema.ts';
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

const tags = ['用户'];
const common = { tags, security: SESSION_SECURITY, middleware: [signedIn()] };

const listUsers = createRoute({
  ...common,
  method: 'get',
  path: '/v1/users',
  summary: '用户列表',
  description: '平台管理员看到全部用户；单位管理员看到在本单位及下级机构有角色的用户。',
  request: { query: UserListQuerySchema },
  responses: { 200: json(pageSchema(UserSchema), '用户分页列表'), ...problems(...SIGNED_IN_PROBLEMS, 404) },
});

const createUser = createRoute({
  ...common,
  method: 'post',
  path: '/v1/users',
  summary: '新建用户',
  description: '生成初始密码（只在此返回一次），用户首次登录须修改。',
  request: { body: jsonBody(CreateUserBodySchema) },
  responses: { 201: json(CreatedUserSchema, '已创建'), ...problems(...SIGNED_IN_PROBLEMS, 409) },
});

const getUser = createRoute({
  ...common,
  method: 'get',
  path: '/v1/users/{id}',
  summary: '用户详情',
  request: { params: IdParamsSchema },
  responses: { 200: json(UserSchema, '用户'), ...problems(...SIGNED_IN_PROBLEMS, 404) },
});

const updateUser = createRoute({
  ...common,
  method: 'patch',
  path: '/v1/users/{id}',
  summary: '修改用户',
  description: '停用账户会同时结束其所有会话。',
  request: { params: IdParamsSchema, body: jsonBody(UpdateUserBodySchema) },
  responses: { 200: json(UserSchema, '修改后的用户'), ...problems(...SIGNED_IN_PROBLEMS, 404) },
});

const resetPassword = createRoute({
  ...common,
  method: 'post',
  path: '/v1/users/{id}/reset-password',
  summary: '重置密码',
  description: '生成新的初始密码并解除锁定；用户下次登录须修改。',
  request: { params: IdParamsSchema },
  responses: { 200: json(InitialPasswordSchema, '新的初始密码'), ...problems(...SIGNED_IN_PROBLEMS, 404) },
});

const unlockUser = createRoute({
  ...common,
  method: 'post',
  path: '/v1/users/{id}/unlock',
  summary: '解除锁定',
  request: { params: IdParamsSchema },
  responses: { 204: { description: '已解除锁定' }, ...problems(...SIGNED_IN_PROBLEMS, 404) },
});

export function registerUserRoutes(api: ApiApp, services: Services): void {
  const { trustProxy } = services.config;

  api.openapi(listUsers, async (c) => {
    const { page, pageSize, ...filters } = c.req.valid('query');
    return c.json(await services.users.listUsers(actionContext(c).actor, filters, { page, pageSize }), 200);
  });

  api.openapi(createUser, async (c) => {
    const body = c.req.valid('json');
    return c.json(await services.users.createUser(actionContext(c, trustProxy), body), 201);
  });

  api.openapi(getUser, async (c) =>
    c.json(await services.users.getUser(actionContext(c).actor, c.req.valid('param').id), 200),
  );

  api.openapi(updateUser, async (c) => {
    const patch = c.req.valid('json');
    return c.json(
      await services.users.updateUser(actionContext(c, trustProxy), { id: c.req.valid('param').id, patch }),
      200,
    );
  });

  api.openapi(resetPassword, async (c) =>
    c.json(await services.users.resetPassword(actionContext(c, trustProxy), c.req.valid('param').id), 200),
  );

  api.openapi(unlockUser, async (c) => {
    await services.users.unlockUser(actionContext(c, trustProxy), c.req.valid('param').id);
    return c.body(null, 204);
  });
}
