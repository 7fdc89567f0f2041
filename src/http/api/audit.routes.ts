import { createRoute } from '@hono/zod-openapi';
import { pageSchema } from '../../core/page.ts';
import { AuditEntrySchema, AuditQuerySchema } from '../../features/audit/audit.schema.ts';
import type { Services } from '../../services.ts';
import { actionContext } from '../request-meta.ts';
import type { ApiApp } from './api-app.ts';
import { json, problems, SESSION_SECURITY, SIGNED_IN_PROBLEMS, signedIn } from './openapi-common.ts';

const listAudit = createRoute({
  tags: ['审计日志'],
  security: SESSION_SECURITY,
  middleware: [signedIn()],
  method: 'get',
  path: '/v1/audit',
  summary: '审计日志',
  description: '平台管理员看到全部记录；单位管理员看到本单位及下级机构的记录。审计日志只能追加，没有修改或删除的接口。',
  request: { query: AuditQuerySchema },
  responses: {
    200: json(pageSchema(AuditEntrySchema), '审计记录分页列表（新的在前）'),
    ...problems(...SIGNED_IN_PROBLEMS, 404),
  },
});

export function registerAuditRoutes(api: ApiApp, services: Services): void {
  api.openapi(listAudit, async (c) => {
    const { page, pageSize, ...filters } = c.req.valid('query');
    return c.json(await services.audit.listAuditEntries(actionContext(c).actor, filters, { page, pageSize }), 200);
  });
}
