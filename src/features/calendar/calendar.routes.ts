// /api/v1/calendar: the years of holiday data loaded, and importing a year (platform admins).
import { createRoute, z } from '@hono/zod-openapi';
import type { ApiApp } from '../../http/api/api-app.ts';
import {
  json,
  jsonBody,
  problems,
  SESSION_SECURITY,
  SIGNED_IN_PROBLEMS,
  signedIn,
} from '../../http/api/openapi-common.ts';
import { actionContext } from '../../http/request-meta.ts';
import type { Services } from '../../services.ts';

const common = { tags: ['工作日历'], security: SESSION_SECURITY, middleware: [signedIn()] };

const YearSchema = z
  .object({
    year: z.number().int(),
    holidays: z.number().int().openapi({ description: '放假天数（含假期内的周末）' }),
    makeupWorkdays: z.number().int().openapi({ description: '调休上班天数' }),
    data: z.object({
      year: z.number().int(),
      holidays: z.array(z.string()),
      makeupWorkdays: z.array(z.string()),
      names: z.record(z.string(), z.string()).optional(),
    }),
  })
  .openapi('CalendarYear');

const ImportBodySchema = z
  .object({
    fileName: z
      .string()
      .trim()
      .max(200)
      .optional()
      .openapi({ description: '按扩展名（.json / .ics）选择格式；不填则按内容识别' }),
    content: z.string({ error: '请提交文件内容' }).min(1, '文件内容为空').max(1_000_000, '文件过大'),
    year: z.number().int().min(1949).max(2200).optional().openapi({ description: '只导入文件中的这一年' }),
  })
  .openapi('CalendarImportBody');

const ImportResultSchema = z
  .object({ years: z.array(z.number().int()), replaced: z.array(z.number().int()), warnings: z.array(z.string()) })
  .openapi('CalendarImportResult');

const listYears = createRoute({
  ...common,
  method: 'get',
  path: '/v1/calendar/years',
  summary: '已录入的节假日安排',
  description: '按国务院办公厅每年的放假通知录入的放假日期和调休上班日期。未录入的年份只按周末推算，期限标为暂定。',
  responses: { 200: json(z.object({ items: z.array(YearSchema) }), '各年份'), ...problems(...SIGNED_IN_PROBLEMS) },
});

const importYear = createRoute({
  ...common,
  method: 'post',
  path: '/v1/calendar/import',
  summary: '导入节假日安排',
  description:
    '仅平台管理员。JSON：{"year":2027,"holidays":["2027-01-01",{"from":"…","to":"…","name":"春节"}],"makeupWorkdays":["…"]}；.ics：事件标题含“休/假”为放假、含“班”为调休上班。已有的年份整体替换；未办结案件的暂定期限随即重新推算。',
  request: { body: jsonBody(ImportBodySchema) },
  responses: { 200: json(ImportResultSchema, '已导入'), ...problems(...SIGNED_IN_PROBLEMS) },
});

export function registerCalendarRoutes(api: ApiApp, services: Services): void {
  api.openapi(listYears, async (c) => {
    actionContext(c);
    return c.json({ items: await services.calendar.listYears() }, 200);
  });
  api.openapi(importYear, async (c) =>
    c.json(
      await services.calendar.importCalendar(actionContext(c, services.config.trustProxy), c.req.valid('json')),
      200,
    ),
  );
}
