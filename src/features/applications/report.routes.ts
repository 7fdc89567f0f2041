// Report figures computed from the cases: table 三 (applications) and table 四 (review), and the
// org settings behind them.
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
import {
  ApplicationsFiguresSchema,
  ReviewFiguresSchema,
  SettingsPatchSchema,
  SettingsSchema,
} from './application.responses.ts';
import { orgParam } from './application.schema.ts';

const common = { tags: ['年度报告数据'], security: SESSION_SECURITY, middleware: [signedIn()] };

const ReportParamsSchema = z.object({
  org: orgParam,
  year: z.coerce
    .number({ error: '年份应为数字' })
    .int('年份应为整数')
    .min(2008, '年份不早于 2008')
    .max(2100, '年份不晚于 2100')
    .openapi({ param: { name: 'year', in: 'path' }, example: 2025 }),
});

const OrgParamsSchema = z.object({ org: orgParam });

const applicationsFigures = createRoute({
  ...common,
  method: 'get',
  path: '/v1/orgs/{org}/reports/{year}/applications',
  summary: '表三：收到和处理政府信息公开申请情况',
  description:
    '由申请案件计算：本年新收到（收到日期在本年）、上年结转（上年及以前收到、本年初尚未办结）、本年办结的按处理结果分行（以答复或关闭日期为准）、结转下年度（年末尚未办结）。按申请人类型分列，勾稽关系 R1–R3 自然成立。2019、2020 年使用 2019 年版表式（（六）其他处理只有一行）。重新打开过的案件按其在 12 月 31 日的状态计算。本机关的单位管理员和办理人员可查看。',
  request: { params: ReportParamsSchema },
  responses: {
    200: json(ApplicationsFiguresSchema, '年度报告 applications 对象'),
    ...problems(...SIGNED_IN_PROBLEMS, 404),
  },
});

const reviewFigures = createRoute({
  ...common,
  method: 'get',
  path: '/v1/orgs/{org}/reports/{year}/review',
  summary: '表四：政府信息公开行政复议、行政诉讼情况',
  description:
    '由复议、诉讼记录计算。默认统计本年新提起的案件，加上以前年度提起、本年初仍未审结的案件（机构设置 countPendingFromEarlierYears，可改为只统计本年新提起的）。结果按 12 月 31 日的状态：当年尚未审结的计入“尚未审结”。每组 维持＋纠正＋其他＋尚未审结＝总计（R5）。',
  request: { params: ReportParamsSchema },
  responses: {
    200: json(ReviewFiguresSchema, 'reconsideration、litigationDirect、litigationAfterReconsideration'),
    ...problems(...SIGNED_IN_PROBLEMS, 404),
  },
});

const getSettings = createRoute({
  ...common,
  tags: ['依申请公开'],
  method: 'get',
  path: '/v1/orgs/{org}/application-settings',
  summary: '依申请公开设置',
  description: '案件编号格式、补正期限、是否从收到当日起算、缴费期间是否暂停计时、表四是否统计以前年度未审结案件。',
  request: { params: OrgParamsSchema },
  responses: { 200: json(SettingsSchema, '设置'), ...problems(...SIGNED_IN_PROBLEMS, 404) },
});

const updateSettings = createRoute({
  ...common,
  tags: ['依申请公开'],
  method: 'patch',
  path: '/v1/orgs/{org}/application-settings',
  summary: '修改依申请公开设置',
  description:
    '单位管理员可修改。案件编号格式可用占位符 {prefix}（机关简称）、{year}、{seq}（序号，{seq:3} 补足 3 位）。修改期限设置后，未办结案件的期限随即重新推算。',
  request: { params: OrgParamsSchema, body: jsonBody(SettingsPatchSchema) },
  responses: { 200: json(SettingsSchema, '修改后的设置'), ...problems(...SIGNED_IN_PROBLEMS, 404) },
});

export function registerReportRoutes(api: ApiApp, services: Services): void {
  api.openapi(applicationsFigures, async (c) => {
    const { org, year } = c.req.valid('param');
    return c.json(await services.applications.computeApplicationsFigures(actionContext(c).actor, org, year), 200);
  });
  api.openapi(reviewFigures, async (c) => {
    const { org, year } = c.req.valid('param');
    return c.json(await services.reviews.computeReviewFigures(actionContext(c).actor, org, year), 200);
  });
  api.openapi(getSettings, async (c) =>
    c.json(await services.applications.getSettings(actionContext(c).actor, c.req.valid('param').org), 200),
  );
  api.openapi(updateSettings, async (c) =>
    c.json(
      await services.applications.updateSettings(
        actionContext(c, services.config.trustProxy),
        c.req.valid('param').org,
        c.req.valid('json'),
      ),
      200,
    ),
  );
}
