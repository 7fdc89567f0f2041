import { OpenAPIHono } from '@hono/zod-openapi';
import { AppError } from '../../core/app-error.ts';
import type { Services } from '../../services.ts';
import type { AppEnv } from '../app-env.ts';
import { describeFields } from '../errors.ts';
import { API_ROUTES } from './routes.ts';

export type ApiApp = OpenAPIHono<AppEnv>;

/** JSON API under /api: /api/v1/… routes and the generated OpenAPI document. */
export function createApiApp(services: Services): ApiApp {
  const api = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const fields = result.error.issues.map((issue) => ({
          field: issue.path.join('.') || '(body)',
          message: issue.message,
        }));
        throw new AppError('VALIDATION_FAILED', describeFields(fields), fields);
      }
    },
  });
  for (const register of API_ROUTES) register(api, services);
  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    servers: [{ url: '/api', description: '路径均相对于 /api' }],
    info: {
      title: 'gongkai 政府信息公开 API',
      version: '1.0.0',
      description:
        '错误以 application/problem+json 返回，含稳定的 code 与中文 detail。列表接口均分页（page、pageSize）。',
    },
  });
  return api;
}
