// /api/v1/applications: register, list, the officer's queue and dashboard, the case detail and
// its clock, notes, attachments, similar cases and the reply letter's data.
import { createRoute, z } from '@hono/zod-openapi';
import { PageQuerySchema, pageSchema } from '../../core/page.ts';
import { idParam } from '../../core/validation.ts';
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
import {
  AttachmentSchema,
  CaseDetailSchema,
  CaseLetterSchema,
  CaseLetterSummarySchema,
  CaseListItemSchema,
  CaseOfficerSchema,
  ClockViewSchema,
  DashboardSchema,
  FeeQuoteSchema,
  NoteSchema,
  ProposalSchema,
  RegisterResultSchema,
  ReplyLetterSchema,
  SimilarCaseSchema,
} from './application.responses.ts';
import {
  ApplicationListQuerySchema,
  AttachmentBodySchema,
  DashboardQuerySchema,
  FeeQuoteQuerySchema,
  LetterFileQuerySchema,
  LetterParamsSchema,
  NoteBodySchema,
  OfficersQuerySchema,
  ProposeDisclosureBodySchema,
  RegisterBodySchema,
  ReplyTextBodySchema,
  UpdateApplicationBodySchema,
} from './application.schema.ts';

const tags = ['依申请公开'];
const common = { tags, security: SESSION_SECURITY, middleware: [signedIn()] };
const WHO_VIEWS = '本机关（或承办科室）的信息员、审核员、负责人、承办人和单位管理员可查看。';
const WHO_WORKS = '本机关（或承办科室）的信息员、审核员、负责人、承办人可操作。';

const listApplications = createRoute({
  ...common,
  method: 'get',
  path: '/v1/applications',
  summary: '申请列表',
  description: `只列出当前用户有权查看的申请；证件号码和电话一律脱敏。${WHO_VIEWS}`,
  request: { query: ApplicationListQuerySchema },
  responses: {
    200: json(pageSchema(CaseListItemSchema), '申请分页列表（新收到的在前）'),
    ...problems(...SIGNED_IN_PROBLEMS, 404),
  },
});

const registerApplication = createRoute({
  ...common,
  method: 'post',
  path: '/v1/applications',
  summary: '登记申请',
  description: `任一渠道收到的申请（网上、当面、邮寄、平信、传真、电子邮件、口头代填）。身份证号码校验位不符只作提示，不拒绝登记。${WHO_WORKS}`,
  request: { body: jsonBody(RegisterBodySchema) },
  responses: { 201: json(RegisterResultSchema, '已登记'), ...problems(...SIGNED_IN_PROBLEMS) },
});

const dashboard = createRoute({
  ...common,
  method: 'get',
  path: '/v1/applications/dashboard',
  summary: '办理看板',
  description: `我的待办、待签收、3 个工作日内到期、已逾期、等待申请人（补正、缴费）、期限暂定（跨入未录入节假日安排的年份）。${WHO_VIEWS}`,
  request: { query: DashboardQuerySchema },
  responses: { 200: json(DashboardSchema, '看板'), ...problems(...SIGNED_IN_PROBLEMS, 404) },
});

const queue = createRoute({
  ...common,
  method: 'get',
  path: '/v1/applications/queue',
  summary: '我的待办',
  description: '分派给当前用户、尚未办结的申请，先到期的在前。',
  request: { query: PageQuerySchema },
  responses: { 200: json(pageSchema(CaseListItemSchema), '待办分页列表'), ...problems(...SIGNED_IN_PROBLEMS) },
});

const officers = createRoute({
  ...common,
  method: 'get',
  path: '/v1/applications/officers',
  summary: '可分派的承办人',
  description: `分派、改派时可选的人员：在该机关（或其上级）或所选承办科室有承办人、负责人角色的在用账号。${WHO_WORKS}`,
  request: { query: OfficersQuerySchema },
  responses: {
    200: json(z.object({ items: z.array(CaseOfficerSchema) }), '可分派的人员'),
    ...problems(...SIGNED_IN_PROBLEMS, 404),
  },
});

const getApplication = createRoute({
  ...common,
  method: 'get',
  path: '/v1/applications/{id}',
  summary: '申请详情',
  description: `含办理过程、备注、附件、可执行的操作和版本号。${WHO_VIEWS}完整个人信息只向办理人员显示。`,
  request: { params: IdParamsSchema },
  responses: { 200: json(CaseDetailSchema, '申请详情'), ...problems(...SIGNED_IN_PROBLEMS, 404) },
});

const updateApplication = createRoute({
  ...common,
  method: 'patch',
  path: '/v1/applications/{id}',
  summary: '修改申请人或申请内容',
  description: `处理决定经负责人批准前可修改；已办结的须先重新打开。须提交当前 version，版本不符返回 409 VERSION_CONFLICT。${WHO_WORKS}`,
  request: { params: IdParamsSchema, body: jsonBody(UpdateApplicationBodySchema) },
  responses: { 200: json(CaseDetailSchema, '修改后的申请'), ...problems(...SIGNED_IN_PROBLEMS, 404, 409) },
});

const clock = createRoute({
  ...common,
  method: 'get',
  path: '/v1/applications/{id}/clock',
  summary: '答复期限及计算过程',
  description:
    '答复期限由办理过程推算（从不手工填写）：收到日期、补正后重新计算、征求意见和缴费期间不计、延期、跳过的节假日和计入的调休上班日；跨入未录入节假日安排的年份时标为暂定。',
  request: { params: IdParamsSchema },
  responses: { 200: json(ClockViewSchema, '期限'), ...problems(...SIGNED_IN_PROBLEMS, 404) },
});

const similar = createRoute({
  ...common,
  method: 'get',
  path: '/v1/applications/{id}/similar',
  summary: '相似申请（条例第四十四条）',
  description: '本机关内申请内容相近的其他申请：按分词后的全文检索和字符相似度排序。',
  request: { params: IdParamsSchema },
  responses: {
    200: json(z.object({ items: z.array(SimilarCaseSchema) }), '相似申请'),
    ...problems(...SIGNED_IN_PROBLEMS, 404),
  },
});

const propose = createRoute({
  ...common,
  method: 'post',
  path: '/v1/applications/{id}/propose-disclosure',
  summary: '建议转为主动公开',
  description: `多个申请人就相同政府信息申请公开的，建议将该信息纳入主动公开范围（条例第四十四条），记录在案。${WHO_WORKS}`,
  request: { params: IdParamsSchema, body: jsonBody(ProposeDisclosureBodySchema) },
  responses: { 200: json(ProposalSchema, '已记录'), ...problems(...SIGNED_IN_PROBLEMS, 404) },
});

const replyLetter = createRoute({
  ...common,
  method: 'get',
  path: '/v1/applications/{id}/reply-letter',
  summary: '答复书数据',
  description:
    '生成答复书所需的内容：处理决定、法律依据、获取方式、救济途径（60 日内申请行政复议、6 个月内提起行政诉讼）。负责人批准前为草稿。',
  request: { params: IdParamsSchema },
  responses: { 200: json(ReplyLetterSchema, '答复书数据'), ...problems(...SIGNED_IN_PROBLEMS, 404, 409) },
});

const LETTER_KINDS_TEXT =
  'reply 答复书（不予处理、其他处理为告知书）、correction 补正告知书、extension 延期答复告知书、fee 信息处理费收费通知书、consultation 征求第三方意见函';

const listLetters = createRoute({
  ...common,
  method: 'get',
  path: '/v1/applications/{id}/letters',
  summary: '本案的文书',
  description: `本案到目前为止可以出具的文书：${LETTER_KINDS_TEXT}。${WHO_WORKS}`,
  request: { params: IdParamsSchema },
  responses: {
    200: json(z.object({ items: z.array(CaseLetterSummarySchema) }), '文书列表'),
    ...problems(...SIGNED_IN_PROBLEMS, 404),
  },
});

const getLetter = createRoute({
  ...common,
  method: 'get',
  path: '/v1/applications/{id}/letters/{kind}',
  summary: '文书正文',
  description: `按本案办理过程生成的文书（标题、文号、称谓、正文段落、落款、附注），与下载的 Word/PDF 内容一致；答复书含工作人员修改后的正文。本案没有该文书时返回 409。${WHO_WORKS}`,
  request: { params: LetterParamsSchema },
  responses: { 200: json(CaseLetterSchema, '文书'), ...problems(...SIGNED_IN_PROBLEMS, 404, 409) },
});

const downloadLetter = createRoute({
  ...common,
  method: 'get',
  path: '/v1/applications/{id}/letters/{kind}/file',
  summary: '下载文书（Word 或 PDF）',
  description: `GB/T 9704 版式的 Word（DOCX）或 PDF（内嵌中文字体）。答复书在负责人批准前为草稿，文件名注明“草稿”。${WHO_WORKS}`,
  request: { params: LetterParamsSchema, query: LetterFileQuerySchema },
  responses: {
    200: {
      description: '文书文件',
      content: {
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
          schema: z.string().openapi({ format: 'binary' }),
        },
        'application/pdf': { schema: z.string().openapi({ format: 'binary' }) },
      },
    },
    ...problems(...SIGNED_IN_PROBLEMS, 404, 409),
  },
});

const editReplyText = createRoute({
  ...common,
  method: 'put',
  path: '/v1/applications/{id}/letters/reply/text',
  summary: '修改答复书正文',
  description: `负责人批准处理决定前可修改答复书正文（每项一段）；paragraphs 为 null 时恢复标准文本。改变处理结果类型或重新打开案件时，修改的正文作废。须提交当前 version，版本不符返回 409 VERSION_CONFLICT。${WHO_WORKS}`,
  request: { params: IdParamsSchema, body: jsonBody(ReplyTextBodySchema) },
  responses: { 200: json(CaseLetterSchema, '修改后的答复书'), ...problems(...SIGNED_IN_PROBLEMS, 404, 409) },
});

const feeQuote = createRoute({
  ...common,
  method: 'get',
  path: '/v1/applications/{id}/fee-quote',
  summary: '信息处理费试算',
  description:
    '按件：同一申请人当月向本机关提出的第几件申请（1–10 件免费，11–30 件每件 100 元，31 件起每 10 件加收 100 元）；按量：页数（30 页以内免费，31–100 页每页 10 元，101–200 页每页 20 元，201 页起每页 40 元）。',
  request: { params: IdParamsSchema, query: FeeQuoteQuerySchema },
  responses: { 200: json(FeeQuoteSchema, '试算结果'), ...problems(...SIGNED_IN_PROBLEMS, 404) },
});

const addNote = createRoute({
  ...common,
  method: 'post',
  path: '/v1/applications/{id}/notes',
  summary: '添加内部备注',
  request: { params: IdParamsSchema, body: jsonBody(NoteBodySchema) },
  responses: { 201: json(NoteSchema, '已添加'), ...problems(...SIGNED_IN_PROBLEMS, 404) },
});

const addAttachment = createRoute({
  ...common,
  method: 'post',
  path: '/v1/applications/{id}/attachments',
  summary: '上传附件',
  description:
    '扫描件、来信、答复草稿、答复书等。类型按文件内容识别，单个不超过 20 MB。标为 reply（答复书）的附件在答复后可由申请人凭查询码下载。',
  request: { params: IdParamsSchema, body: jsonBody(AttachmentBodySchema) },
  responses: { 201: json(AttachmentSchema, '已上传'), ...problems(...SIGNED_IN_PROBLEMS, 404, 413, 415) },
});

const AttachmentParamsSchema = IdParamsSchema.extend({
  attachmentId: idParam('附件编号').openapi({ param: { name: 'attachmentId', in: 'path' }, example: 1 }),
});

const downloadAttachment = createRoute({
  ...common,
  method: 'get',
  path: '/v1/applications/{id}/attachments/{attachmentId}',
  summary: '下载附件',
  request: { params: AttachmentParamsSchema },
  responses: {
    200: {
      description: '文件内容',
      content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
    },
    ...problems(...SIGNED_IN_PROBLEMS, 404),
  },
});

export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function registerApplicationRoutes(api: ApiApp, services: Services): void {
  const { trustProxy } = services.config;
  const apps = services.applications;

  api.openapi(listApplications, async (c) => {
    const { page, pageSize, isOpen, ...filters } = c.req.valid('query');
    const open = isOpen === undefined ? undefined : isOpen === 'true';
    return c.json(
      await apps.listApplications(actionContext(c).actor, { ...filters, isOpen: open }, { page, pageSize }),
      200,
    );
  });

  api.openapi(registerApplication, async (c) =>
    c.json(await apps.registerApplication(actionContext(c, trustProxy), c.req.valid('json')), 201),
  );

  // Before /{id}, so that 'dashboard' and 'queue' are not read as ids.
  api.openapi(dashboard, async (c) =>
    c.json(await apps.getDashboard(actionContext(c).actor, c.req.valid('query').orgId), 200),
  );
  api.openapi(queue, async (c) => c.json(await apps.getMyQueue(actionContext(c).actor, c.req.valid('query')), 200));
  api.openapi(officers, async (c) => {
    const { orgId, sectionId } = c.req.valid('query');
    return c.json({ items: await apps.listCaseOfficers(actionContext(c).actor, orgId, sectionId) }, 200);
  });

  api.openapi(getApplication, async (c) =>
    c.json(await apps.getApplication(actionContext(c).actor, c.req.valid('param').id), 200),
  );

  api.openapi(updateApplication, async (c) => {
    const body = c.req.valid('json');
    return c.json(
      await apps.updateApplication(actionContext(c, trustProxy), { id: c.req.valid('param').id, ...body }),
      200,
    );
  });

  api.openapi(clock, async (c) => c.json(await apps.getClock(actionContext(c).actor, c.req.valid('param').id), 200));

  api.openapi(similar, async (c) =>
    c.json({ items: await apps.findSimilar(actionContext(c).actor, c.req.valid('param').id) }, 200),
  );

  api.openapi(propose, async (c) => {
    const body = c.req.valid('json');
    return c.json(
      await apps.proposeDisclosure(actionContext(c, trustProxy), { id: c.req.valid('param').id, ...body }),
      200,
    );
  });

  api.openapi(replyLetter, async (c) =>
    c.json(await apps.getReplyLetterData(actionContext(c).actor, c.req.valid('param').id), 200),
  );

  api.openapi(listLetters, async (c) =>
    c.json({ items: await apps.listLetters(actionContext(c).actor, c.req.valid('param').id) }, 200),
  );

  // Before /letters/{kind}: 'reply/text' is not a kind.
  api.openapi(editReplyText, async (c) => {
    const { version, paragraphs } = c.req.valid('json');
    return c.json(
      await apps.editReplyText(actionContext(c, trustProxy), { id: c.req.valid('param').id, version, paragraphs }),
      200,
    );
  });

  api.openapi(getLetter, async (c) => {
    const { id, kind } = c.req.valid('param');
    return c.json(await apps.getLetter(actionContext(c).actor, id, kind), 200);
  });

  api.openapi(downloadLetter, async (c) => {
    const { id, kind } = c.req.valid('param');
    const letter = await apps.renderLetter(actionContext(c).actor, id, kind, c.req.valid('query').format);
    return c.body(Buffer.from(letter.data), 200, {
      'content-type': letter.contentType,
      'content-disposition': contentDisposition(letter.fileName),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
  });

  api.openapi(feeQuote, async (c) => {
    const { basis, pages } = c.req.valid('query');
    return c.json(await apps.quoteFee(actionContext(c).actor, c.req.valid('param').id, basis, pages), 200);
  });

  api.openapi(addNote, async (c) =>
    c.json(await apps.addNote(actionContext(c, trustProxy), c.req.valid('param').id, c.req.valid('json').body), 201),
  );

  api.openapi(addAttachment, async (c) => {
    const { kind, fileName, contentBase64 } = c.req.valid('json');
    const data = new Uint8Array(Buffer.from(contentBase64, 'base64'));
    return c.json(
      await apps.addAttachment(actionContext(c, trustProxy), { id: c.req.valid('param').id, kind, fileName, data }),
      201,
    );
  });

  api.openapi(downloadAttachment, async (c) => {
    const { id, attachmentId } = c.req.valid('param');
    const { attachment, data } = await apps.readAttachment(actionContext(c).actor, id, attachmentId);
    return c.body(Buffer.from(data), 200, {
      'content-type': attachment.contentType,
      'content-disposition': contentDisposition(attachment.fileName),
      'x-content-type-options': 'nosniff',
    });
  });
}
