// Per-org letter templates (文书模板): the wording in force for each letter, an org's own
// wording set or restored by its 单位管理员, and a preview composed on a sample case.
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
import { orgParam as orgPathParam } from './application.schema.ts';
import { MAX_TEMPLATE_BODY, MAX_TEMPLATE_TITLE } from './letter-templates.service.ts';
import { TEMPLATE_KEYS } from './org-letter-templates.ts';

const common = { tags: ['依申请公开'], security: SESSION_SECURITY, middleware: [signedIn()] };

// The shared org parameter, with its own example in the API document.
const orgParam = orgPathParam.openapi({ example: 'fugou-gxj' });

const keyParam = z
  .string()
  .max(80, '模板种类过长')
  .openapi({
    param: { name: 'key', in: 'path' },
    description: `模板种类：${TEMPLATE_KEYS.join('、')}`,
    example: 'reply:granted',
  });

const OrgParamsSchema = z.object({ org: orgParam });
const KeyParamsSchema = z.object({ org: orgParam, key: keyParam });

const TextSchema = z.object({ title: z.string().nullable(), body: z.string() });

const EntrySchema = z
  .object({
    key: z.string(),
    kind: z.enum(['reply', 'correction', 'extension', 'fee', 'consultation']),
    outcome: z.string().nullable(),
    label: z.string(),
    source: z.enum(['own', 'inherited', 'standard']),
    from: z.object({ id: z.number().int(), name: z.string() }).nullable(),
    usesGeneralReply: z.boolean(),
    own: TextSchema.extend({
      updatedAt: z.string(),
      updatedBy: z.object({ id: z.number().int(), name: z.string() }).nullable(),
    }).nullable(),
    effective: TextSchema.nullable(),
    standard: TextSchema,
    placeholders: z.array(z.object({ name: z.string(), description: z.string() })),
  })
  .openapi('LetterTemplate');

const ListSchema = z
  .object({
    org: z.object({ id: z.number().int(), name: z.string() }),
    canEdit: z.boolean(),
    items: z.array(EntrySchema),
  })
  .openapi('LetterTemplateList');

const DraftSchema = z
  .object({
    title: z
      .string({ error: '标题应为文字' })
      .max(MAX_TEMPLATE_TITLE, `标题最多 ${MAX_TEMPLATE_TITLE} 字`)
      .nullable()
      .optional()
      .openapi({ description: '文书标题（机关名称下一行）；留空用标准标题' }),
    body: z
      .string({ error: '请填写正文' })
      .max(MAX_TEMPLATE_BODY, `正文最多 ${MAX_TEMPLATE_BODY} 字`)
      .openapi({ description: '正文，每行一段；占位符写成 {{名称}}，如 {{applicant}}' }),
  })
  .openapi('LetterTemplateDraft');

const PreviewSchema = z
  .object({
    title: DraftSchema.shape.title,
    body: DraftSchema.shape.body.optional(),
  })
  .openapi('LetterTemplatePreviewRequest');

const LetterDocumentSchema = z
  .object({
    kind: z.string(),
    titleLines: z.array(z.string()),
    documentNumber: z.string(),
    addressee: z.string(),
    paragraphs: z.array(z.string()),
    signature: z.object({ orgName: z.string(), sealText: z.string().optional(), date: z.string() }),
    note: z.string().optional(),
  })
  .openapi('LetterTemplatePreview');

const listTemplates = createRoute({
  ...common,
  method: 'get',
  path: '/v1/orgs/{org}/letter-templates',
  summary: '文书模板',
  description:
    '本机关每种文书（各办理结果的答复书、补正告知书、延期答复告知书、收费通知书及其缴费方式、征求第三方意见函）使用的措辞：本机关的（own）、上级机关的（inherited，如部门沿用本级政府的）或标准措辞（standard）。某一办理结果没有专用模板时，沿用最近一级机关的通用答复书模板（usesGeneralReply）。',
  request: { params: OrgParamsSchema },
  responses: { 200: json(ListSchema, '文书模板'), ...problems(...SIGNED_IN_PROBLEMS, 404) },
});

const saveTemplate = createRoute({
  ...common,
  method: 'put',
  path: '/v1/orgs/{org}/letter-templates/{key}',
  summary: '设置本机关的文书模板',
  description:
    '单位管理员可设置。正文每行一段，占位符写成 {{名称}}（可用的占位符见列表中的 placeholders）；未知的或不适用于该文书的占位符会被拒绝。保存后本机关及未设置模板的下级机关生成的文书使用新措辞；承办人在案件中修改过的答复书正文仍以修改后的为准。',
  request: { params: KeyParamsSchema, body: jsonBody(DraftSchema) },
  responses: { 200: json(EntrySchema, '保存后的模板'), ...problems(...SIGNED_IN_PROBLEMS, 404) },
});

const restoreTemplate = createRoute({
  ...common,
  method: 'delete',
  path: '/v1/orgs/{org}/letter-templates/{key}',
  summary: '恢复文书模板',
  description: '删除本机关自己的模板：恢复使用上级机关的模板或标准措辞。单位管理员可操作。',
  request: { params: KeyParamsSchema },
  responses: { 200: json(EntrySchema, '恢复后的模板'), ...problems(...SIGNED_IN_PROBLEMS, 404) },
});

const previewTemplate = createRoute({
  ...common,
  method: 'post',
  path: '/v1/orgs/{org}/letter-templates/{key}/preview',
  summary: '预览文书模板',
  description:
    '用示例案件（申请人 张三）按本机关现行模板生成该文书；请求中给出 body 时用这份草稿代替该种模板（不保存）。',
  request: { params: KeyParamsSchema, body: jsonBody(PreviewSchema) },
  responses: { 200: json(LetterDocumentSchema, '文书'), ...problems(...SIGNED_IN_PROBLEMS, 404) },
});

export function registerLetterTemplateRoutes(api: ApiApp, services: Services): void {
  const apps = services.applications;
  api.openapi(listTemplates, async (c) =>
    c.json(await apps.listLetterTemplates(actionContext(c).actor, c.req.valid('param').org), 200),
  );
  api.openapi(saveTemplate, async (c) => {
    const { org, key } = c.req.valid('param');
    const { title, body } = c.req.valid('json');
    const entry = await apps.saveLetterTemplate(actionContext(c, services.config.trustProxy), org, key, {
      title: title ?? null,
      body,
    });
    return c.json(entry, 200);
  });
  api.openapi(restoreTemplate, async (c) => {
    const { org, key } = c.req.valid('param');
    return c.json(await apps.restoreLetterTemplate(actionContext(c, services.config.trustProxy), org, key), 200);
  });
  api.openapi(previewTemplate, async (c) => {
    const { org, key } = c.req.valid('param');
    const { title, body } = c.req.valid('json');
    const draft = body === undefined ? undefined : { title: title ?? null, body };
    return c.json(await apps.previewLetterTemplate(actionContext(c).actor, org, key, draft), 200);
  });
}
