import { z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { ERROR_STATUS, type ErrorCode } from '../../core/app-error.ts';
import { idParam } from '../../core/validation.ts';
import type { AppEnv } from '../app-env.ts';
import { requireActor } from '../middleware/session.ts';

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]),
    detail: z.string().openapi({ description: '给人看的中文说明' }),
    fields: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    requestId: z.string().optional(),
  })
  .openapi('Problem');

const STATUS_TEXT: Record<number, string> = {
  400: '请求内容有误（VALIDATION_FAILED、MALFORMED_JSON）',
  401: '未登录或登录已过期（UNAUTHENTICATED、SESSION_EXPIRED、INVALID_CREDENTIALS）',
  403: '无权操作、需先修改密码或安全令牌不符（FORBIDDEN、PASSWORD_CHANGE_REQUIRED、CSRF_FAILED）',
  404: '未找到（NOT_FOUND）',
  409: '与现有数据冲突（CONFLICT）',
  413: '提交内容过大（PAYLOAD_TOO_LARGE）',
  415: '内容类型不支持（UNSUPPORTED_MEDIA_TYPE）',
  423: '账户已锁定（ACCOUNT_LOCKED）',
  503: '数据库暂时不可用（DATABASE_UNAVAILABLE）',
};

/** problem+json responses for the given statuses (plus 503, which any route can answer). */
export function problems(...statuses: number[]) {
  const all = [...new Set([...statuses, 503])];
  return Object.fromEntries(
    all.map((status) => [
      status,
      {
        description: STATUS_TEXT[status] ?? '出错',
        content: { 'application/problem+json': { schema: ProblemSchema } },
      },
    ]),
  );
}

/** Errors every authenticated route may answer. */
export const SIGNED_IN_PROBLEMS = [400, 401, 403] as const;

export function json<T extends z.ZodTypeAny>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

export function jsonBody<T extends z.ZodTypeAny>(schema: T) {
  return { required: true, content: { 'application/json': { schema } } };
}

export const IdParamsSchema = z.object({
  id: idParam('编号').openapi({ param: { name: 'id', in: 'path' }, example: 1 }),
});

/** Refuses anonymous requests (401) before the body is validated; and, unless allowed, users who must change their password (403). */
export function signedIn(options: { allowPasswordChange?: boolean } = {}): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    requireActor(c, options);
    await next();
  };
}

/** Marks routes in the OpenAPI document as needing the session cookie and the CSRF header. */
export const SESSION_SECURITY = [{ session: [] }];
