import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import {
  ChangePasswordBodySchema,
  LoginBodySchema,
  LoginResultSchema,
  MeSchema,
  toMe,
} from '../../features/auth/auth.schema.ts';
import type { Services } from '../../services.ts';
import type { AppEnv } from '../app-env.ts';
import { clearSessionCookie, requireActor, setSessionCookie } from '../middleware/session.ts';
import { requestMeta } from '../request-meta.ts';
import type { ApiApp } from './api-app.ts';
import { json, jsonBody, problems, SESSION_SECURITY, signedIn } from './openapi-common.ts';

const tags = ['登录与账户'];

const login = createRoute({
  method: 'post',
  path: '/v1/auth/login',
  tags,
  summary: '登录',
  description:
    '匿名请求须带 x-csrf-token 头，值为 gk_csrf Cookie。成功后设置 HttpOnly 的 gk_session Cookie，并返回会话的 csrfToken。',
  request: { body: jsonBody(LoginBodySchema) },
  responses: { 200: json(LoginResultSchema, '登录成功'), ...problems(400, 401, 403, 423) },
});

const logout = createRoute({
  method: 'post',
  path: '/v1/auth/logout',
  tags,
  summary: '退出登录',
  security: SESSION_SECURITY,
  responses: { 204: { description: '已退出' }, ...problems(403) },
});

const me = createRoute({
  method: 'get',
  path: '/v1/auth/me',
  tags,
  summary: '当前用户',
  security: SESSION_SECURITY,
  middleware: [signedIn({ allowPasswordChange: true })],
  responses: { 200: json(MeSchema, '当前登录的用户及其角色'), ...problems(401) },
});

const changePassword = createRoute({
  method: 'post',
  path: '/v1/auth/password',
  tags,
  summary: '修改密码',
  description: '新密码至少 10 位，且包含小写字母、大写字母、数字、符号中的至少三类。首次登录须先修改密码。',
  security: SESSION_SECURITY,
  middleware: [signedIn({ allowPasswordChange: true })],
  request: { body: jsonBody(ChangePasswordBodySchema) },
  responses: { 204: { description: '已修改' }, ...problems(400, 401, 403) },
});

function isSecure(c: Context<AppEnv>, trustProxy: boolean): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  return trustProxy && c.req.header('x-forwarded-proto') === 'https';
}

export function registerAuthRoutes(api: ApiApp, services: Services): void {
  const { trustProxy } = services.config;

  api.openapi(login, async (c) => {
    const { username, password } = c.req.valid('json');
    const { token, actor } = await services.auth.login({
      username,
      password,
      meta: requestMeta(c, trustProxy),
      userAgent: c.req.header('user-agent'),
    });
    setSessionCookie(c, token, isSecure(c, trustProxy));
    return c.json({ user: toMe(actor), csrfToken: actor.csrfToken }, 200);
  });

  api.openapi(logout, async (c) => {
    const actor = c.get('actor');
    if (actor) await services.auth.logout({ actor, meta: requestMeta(c, trustProxy) });
    clearSessionCookie(c);
    return c.body(null, 204);
  });

  api.openapi(me, (c) => c.json(toMe(requireActor(c, { allowPasswordChange: true })), 200));

  api.openapi(changePassword, async (c) => {
    const body = c.req.valid('json');
    const actor = requireActor(c, { allowPasswordChange: true });
    await services.auth.changePassword({ actor, meta: requestMeta(c, trustProxy) }, body);
    return c.body(null, 204);
  });
}
