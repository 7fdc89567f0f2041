// /api/v1: registries behind annual-report table 二, and the table itself.
import { createRoute, z } from '@hono/zod-openapi';
import { pageSchema } from '../../core/page.ts';
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
import { OrgRefParamsSchema, uploadBody } from '../disclosures/disclosure.schema.ts';
import { readUpload } from '../disclosures/upload-body.ts';
import {
  DecisionEntriesBodySchema,
  DecisionYearSchema,
  FeeBodySchema,
  FeeYearSchema,
  ImportResultSchema,
  NormativeBodySchema,
  NormativeListQuerySchema,
  NormativePatchSchema,
  NormativeSchema,
  ProactiveSchema,
  ReportParamsSchema,
  YearQuerySchema,
} from './registries.schema.ts';

const tags = ['台账与年报表二'];
const staff = { tags, security: SESSION_SECURITY, middleware: [signedIn()] };

const listNormative = createRoute({
  ...staff,
  method: 'get',
  path: '/v1/orgs/{org}/normative-documents',
  summary: '规章和规范性文件台账',
  request: { params: OrgRefParamsSchema, query: NormativeListQuerySchema },
  responses: { 200: json(pageSchema(NormativeSchema), '台账分页列表'), ...problems(...SIGNED_IN_PROBLEMS, 404) },
});

const createNormative = createRoute({
  ...staff,
  method: 'post',
  path: '/v1/orgs/{org}/normative-documents',
  summary: '登记规章或规范性文件',
  description: '单位管理员或信息员。记录制发、修订、废止或失效日期，年报数字据此计算。',
  request: { params: OrgRefParamsSchema, body: jsonBody(NormativeBodySchema) },
  responses: { 201: json(NormativeSchema, '已登记'), ...problems(...SIGNED_IN_PROBLEMS, 404) },
});

const updateNormative = createRoute({
  ...staff,
  method: 'patch',
  path: '/v1/normative-documents/{id}',
  summary: '修改台账记录（修订、废止、失效）',
  request: { params: IdParamsSchema, body: jsonBody(NormativePatchSchema) },
  responses: { 200: json(NormativeSchema, '修改后的记录'), ...problems(...SIGNED_IN_PROBLEMS, 404) },
});

const deleteNormative = createRoute({
  ...staff,
  method: 'delete',
  path: '/v1/normative-documents/{id}',
  summary: '删除台账记录',
  request: { params: IdParamsSchema },
  responses: { 204: { description: '已删除' }, ...problems(...SIGNED_IN_PROBLEMS, 404) },
});

const getDecisions = createRoute({
  ...staff,
  method: 'get',
  path: '/v1/orgs/{org}/decision-counts',
  summary: '行政许可、处罚、强制决定数（按月）',
  request: { params: OrgRefParamsSchema, query: YearQuerySchema },
  responses: { 200: json(DecisionYearSchema, '一年 12 个月的数量和合计'), ...problems(...SIGNED_IN_PROBLEMS, 404) },
});

const putDecisions = createRoute({
  ...staff,
  method: 'put',
  path: '/v1/orgs/{org}/decision-counts',
  summary: '填写决定数',
  description: '单位管理员或信息员。所列年月、类别的数量被替换，其他不变。',
  request: { params: OrgRefParamsSchema, body: jsonBody(DecisionEntriesBodySchema) },
  responses: {
    200: json(z.object({ items: z.array(DecisionYearSchema) }), '涉及年份的数量'),
    ...problems(...SIGNED_IN_PROBLEMS, 404),
  },
});

const importDecisions = createRoute({
  ...staff,
  method: 'post',
  path: '/v1/orgs/{org}/decision-counts/import',
  summary: '导入决定数（CSV/XLSX）',
  description:
    '以 multipart/form-data（字段 file）或 JSON（fileName、contentBase64）提交。表头：年份、月份、行政许可、行政处罚、行政强制（至少一类）。每月一行。任何一处有误则整个文件不导入，并逐行指出问题。',
  request: { params: OrgRefParamsSchema, body: uploadBody },
  responses: { 200: json(ImportResultSchema, '已导入'), ...problems(...SIGNED_IN_PROBLEMS, 404, 415) },
});

const getFees = createRoute({
  ...staff,
  method: 'get',
  path: '/v1/orgs/{org}/fees',
  summary: '行政事业性收费金额（万元）',
  request: { params: OrgRefParamsSchema, query: YearQuerySchema },
  responses: { 200: json(FeeYearSchema, '全年或按月金额及合计'), ...problems(...SIGNED_IN_PROBLEMS, 404) },
});

const putFee = createRoute({
  ...staff,
  method: 'put',
  path: '/v1/orgs/{org}/fees',
  summary: '填写收费金额',
  description: '单位管理员或信息员。一年或填全年合计（month 为 null），或按月填写，不能混用。',
  request: { params: OrgRefParamsSchema, body: jsonBody(FeeBodySchema) },
  responses: { 200: json(FeeYearSchema, '该年金额'), ...problems(...SIGNED_IN_PROBLEMS, 404, 409) },
});

const proactive = createRoute({
  ...staff,
  method: 'get',
  path: '/v1/orgs/{org}/reports/{year}/proactive',
  summary: '年报表二：主动公开政府信息情况',
  description:
    '由台账计算：规章、规范性文件的本年制发、本年废止（含失效）、现行有效件数；许可、处罚、强制本年决定数；收费金额（万元）。',
  request: { params: ReportParamsSchema },
  responses: { 200: json(ProactiveSchema, '表二（2021 模板）'), ...problems(...SIGNED_IN_PROBLEMS, 404) },
});

export function registerRegistryRoutes(api: ApiApp, services: Services): void {
  const { trustProxy } = services.config;
  const { registries } = services;

  api.openapi(listNormative, async (c) => {
    const { page, pageSize, ...filters } = c.req.valid('query');
    return c.json(
      await registries.listNormativeDocuments(actionContext(c).actor, c.req.valid('param').org, filters, {
        page,
        pageSize,
      }),
      200,
    );
  });
  api.openapi(createNormative, async (c) =>
    c.json(
      await registries.createNormativeDocument(
        actionContext(c, trustProxy),
        c.req.valid('param').org,
        c.req.valid('json'),
      ),
      201,
    ),
  );
  api.openapi(updateNormative, async (c) =>
    c.json(
      await registries.updateNormativeDocument(
        actionContext(c, trustProxy),
        c.req.valid('param').id,
        c.req.valid('json'),
      ),
      200,
    ),
  );
  api.openapi(deleteNormative, async (c) => {
    await registries.deleteNormativeDocument(actionContext(c, trustProxy), c.req.valid('param').id);
    return c.body(null, 204);
  });

  api.openapi(getDecisions, async (c) =>
    c.json(
      await registries.getDecisionCounts(actionContext(c).actor, c.req.valid('param').org, c.req.valid('query').year),
      200,
    ),
  );
  api.openapi(putDecisions, async (c) =>
    c.json(
      {
        items: await registries.putDecisionCounts(
          actionContext(c, trustProxy),
          c.req.valid('param').org,
          c.req.valid('json').entries,
        ),
      },
      200,
    ),
  );
  api.openapi(importDecisions, async (c) => {
    const file = await readUpload(c);
    return c.json(
      await registries.importDecisionCounts(actionContext(c, trustProxy), c.req.valid('param').org, file),
      200,
    );
  });

  api.openapi(getFees, async (c) =>
    c.json(await registries.getFees(actionContext(c).actor, c.req.valid('param').org, c.req.valid('query').year), 200),
  );
  api.openapi(putFee, async (c) =>
    c.json(await registries.putFee(actionContext(c, trustProxy), c.req.valid('param').org, c.req.valid('json')), 200),
  );

  api.openapi(proactive, async (c) => {
    const { org, year } = c.req.valid('param');
    return c.json(await registries.getProactiveFigures(actionContext(c).actor, org, year), 200);
  });
}
