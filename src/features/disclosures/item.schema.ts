// Edge validation and response shapes for items, their workflow commands and published reads.
import { z } from '@hono/zod-openapi';
import { PageQuerySchema } from '../../core/page.ts';
import { idParam, optionalText, requiredText } from '../../core/validation.ts';
import { isoDate } from './disclosure.schema.ts';
import { DOC_TYPES, VALIDITIES } from './item.ts';
import { ITEM_STATES } from './workflow.ts';

const optionalDate = (label: string) => isoDate(label).nullable().optional();

// ---- items ----

const DocTypeSchema = z.enum(DOC_TYPES as [string, ...string[]], { error: '文件类型不正确' });
const ValiditySchema = z.enum(VALIDITIES as [string, ...string[]], {
  error: '有效性应为 valid（有效）、expired（失效）或 abolished（废止）',
});

const metadataFields = {
  publisher: optionalText('发布机构', 100),
  formedOn: optionalDate('成文日期'),
  changedOn: optionalDate('变更日期'),
  docNo: optionalText('文号', 100),
  topic: optionalText('主题分类', 50),
  disclosureMethod: optionalText('公开方式', 20),
  docType: DocTypeSchema.optional(),
  validity: ValiditySchema.nullable().optional(),
  effectiveOn: optionalDate('生效日期'),
  invalidOn: optionalDate('失效/废止日期'),
  interpretsItemId: z.number().int().positive().nullable().optional(),
};

export const CreateItemBodySchema = z
  .object({
    orgId: z.number({ error: '请选择发布单位' }).int().positive(),
    title: requiredText('标题', 300),
    bodyHtml: z.string().max(2_000_000, '正文过长').optional(),
    columnIds: z.array(z.number().int().positive(), { error: '请选择栏目' }).min(1, '请至少选择一个栏目').max(20),
    ...metadataFields,
  })
  .openapi('CreateItemBody');

export const UpdateItemBodySchema = z
  .object({
    expectedVersion: z.number({ error: '请提供 expectedVersion（打开编辑时的版本号）' }).int().positive(),
    title: requiredText('标题', 300).optional(),
    bodyHtml: z.string().max(2_000_000, '正文过长').optional(),
    columnIds: z.array(z.number().int().positive()).min(1, '请至少选择一个栏目').max(20).optional(),
    ...metadataFields,
  })
  .openapi('UpdateItemBody');

export const ItemListQuerySchema = PageQuerySchema.extend({
  org: z.string().max(63).optional(),
  state: z.enum(ITEM_STATES as [string, ...string[]]).optional(),
  columnId: idParam('栏目').optional(),
  q: z.string().trim().max(100).optional(),
  late: z.enum(['true', 'false']).optional().openapi({ description: 'true：只列出逾期发布（超过 20 个工作日）的信息' }),
  year: z.coerce
    .number({ error: '年度应为数字' })
    .int('年度应为整数')
    .min(2000, '年度不早于 2000 年')
    .max(2100, '年度不晚于 2100 年')
    .optional()
    .openapi({ description: '年度：已发布的按发布日期，未发布的按成文日期（无成文日期的按起草日期）' }),
});

export const DeadlineQuerySchema = z.object({
  org: z.string().max(63).optional(),
  within: z.coerce
    .number()
    .int()
    .min(0)
    .max(20)
    .default(5)
    .openapi({ description: '剩余工作日不超过此数（含已逾期）' }),
});

const PersonSchema = z.object({ id: z.number().int(), name: z.string() }).nullable();
const ChecklistSchema = z.object({
  noStateSecrets: z.boolean({ error: '请确认是否涉及国家秘密' }).openapi({ description: '不涉及国家秘密' }),
  noWorkSecrets: z.boolean({ error: '请确认是否涉及工作秘密' }).openapi({ description: '不涉及工作秘密' }),
  personalInfoProtected: z
    .boolean({ error: '请确认个人信息是否已处理' })
    .openapi({ description: '不含个人信息或已作去标识化处理' }),
  contentAccurate: z.boolean({ error: '请确认内容是否准确' }).openapi({ description: '内容准确、表述规范' }),
});

export const AttachmentSchema = z
  .object({
    id: z.number().int(),
    fileName: z.string(),
    mediaType: z.string(),
    ext: z.string(),
    sizeBytes: z.number().int(),
    hasText: z.boolean(),
  })
  .openapi('Attachment');

const TimelinessSchema = z
  .object({
    referenceDate: z.string(),
    deadline: z.string(),
    workingDaysElapsed: z.number().int(),
    workingDaysLeft: z.number().int(),
    isLate: z.boolean(),
    provisional: z.boolean(),
  })
  .openapi('Timeliness', { description: '条例第二十六条：形成或变更之日起 20 个工作日内公开' });

const metadataShape = {
  title: z.string(),
  publisher: z.string(),
  formedOn: z.string().nullable(),
  changedOn: z.string().nullable(),
  docNo: z.string().nullable(),
  topic: z.string().nullable(),
  disclosureMethod: z.string(),
  docType: z.string(),
  validity: z.string().nullable(),
  effectiveOn: z.string().nullable(),
  invalidOn: z.string().nullable(),
  interpretsItemId: z.number().int().nullable(),
};

export const ContentFindingSchema = z
  .object({
    kind: z.enum(['sensitiveWord', 'typo', 'idCard', 'mobile', 'bankCard']),
    field: z.string().openapi({ description: 'title、body 或 attachment:{附件编号}' }),
    fieldLabel: z.string().openapi({ example: '正文' }),
    text: z.string().openapi({ description: '发现的文字' }),
    start: z.number().int().openapi({ description: '在该部分纯文本中的起始位置' }),
    end: z.number().int(),
    context: z.string().openapi({ description: '前后文' }),
    suggestion: z.string().openapi({ description: '修改建议' }),
    category: z.string().optional(),
  })
  .openapi('ContentFinding');

export const ItemSummarySchema = z
  .object({
    id: z.number().int(),
    orgId: z.number().int(),
    title: z.string(),
    state: z.string(),
    docType: z.string(),
    indexNo: z.string().nullable(),
    columnIds: z.array(z.number().int()),
    version: z.number().int(),
    isPublic: z.boolean(),
    liveVersionNo: z.number().int().nullable(),
    publishedAt: z.string().nullable(),
    scheduledAt: z.string().nullable(),
    updatedAt: z.string(),
  })
  .openapi('ItemSummary');

export const ItemListEntrySchema = ItemSummarySchema.extend({
  formedOn: z.string().nullable(),
  timeliness: TimelinessSchema.extend({
    published: z.boolean().openapi({ description: 'true：按发布时计（isLate 即逾期公开）；false：尚未发布，按今天计' }),
  })
    .nullable()
    .openapi({ description: '条例第二十六条公开时限；无成文日期或已撤回时为 null' }),
}).openapi('ItemListEntry');

export const ItemSchema = ItemSummarySchema.extend({
  ...metadataShape,
  bodyHtml: z.string(),
  firstPublishedAt: z.string().nullable(),
  attachments: z.array(AttachmentSchema),
  timeliness: TimelinessSchema.nullable(),
  contentChecks: z
    .array(ContentFindingSchema)
    .openapi({ description: '内容检查：敏感词、错别字、身份证号码、手机号码、银行卡号，供审核员参考' }),
  workflow: z.object({
    draftedBy: PersonSchema,
    draftedAt: z.string().nullable(),
    submittedBy: PersonSchema,
    submittedAt: z.string().nullable(),
    reviewedBy: PersonSchema,
    reviewedAt: z.string().nullable(),
    reviewChecklist: ChecklistSchema.nullable(),
    reviewConclusion: z.string().nullable(),
    reviewGrounds: z.string().nullable(),
    approvedBy: PersonSchema,
    approvedAt: z.string().nullable(),
    publishedBy: PersonSchema,
    sentBack: z
      .object({ by: PersonSchema, at: z.string(), fromState: z.string().nullable(), reason: z.string() })
      .nullable(),
    withdrawn: z.object({ by: PersonSchema, at: z.string(), reason: z.string(), publicNotice: z.boolean() }).nullable(),
  }),
}).openapi('Item');

export const ItemVersionSchema = z
  .object({
    ...metadataShape,
    itemId: z.number().int(),
    versionNo: z.number().int(),
    orgId: z.number().int(),
    indexNo: z.string(),
    bodyHtml: z.string(),
    columnIds: z.array(z.number().int()),
    attachments: z.array(AttachmentSchema),
    publishedAt: z.string(),
    publishedBy: PersonSchema,
    draftedBy: PersonSchema,
    draftedAt: z.string().nullable(),
    reviewedBy: PersonSchema,
    reviewedAt: z.string().nullable(),
    reviewChecklist: ChecklistSchema.nullable(),
    reviewConclusion: z.string().nullable(),
    reviewGrounds: z.string().nullable(),
    approvedBy: PersonSchema,
    approvedAt: z.string().nullable(),
    workingDaysToPublish: z.number().int().nullable(),
    isLate: z.boolean(),
    timelinessProvisional: z.boolean(),
  })
  .openapi('ItemVersion');

export const DeadlineSchema = z
  .object({ item: ItemSummarySchema, timeliness: TimelinessSchema })
  .openapi('ItemDeadline');

export const PublishedSummarySchema = z
  .object({
    id: z.number().int(),
    orgId: z.number().int(),
    orgCode: z.string(),
    title: z.string(),
    indexNo: z.string(),
    docNo: z.string().nullable(),
    publishedAt: z.string(),
    formedOn: z.string().nullable(),
    docType: z.string(),
    validity: z.string().nullable(),
    invalidOn: z.string().nullable(),
    href: z.string(),
  })
  .openapi('PublishedItemSummary');

export const PublishedItemSchema = z
  .object({
    ...metadataShape,
    id: z.number().int(),
    orgId: z.number().int(),
    orgCode: z.string(),
    orgName: z.string(),
    versionNo: z.number().int(),
    indexNo: z.string(),
    bodyHtml: z.string(),
    publishedAt: z.string(),
    firstPublishedAt: z.string(),
    columns: z.array(z.object({ id: z.number().int(), name: z.string(), code: z.string() })),
    attachments: z.array(AttachmentSchema.extend({ href: z.string() })),
    interpretations: z.array(PublishedSummarySchema),
    interprets: PublishedSummarySchema.nullable(),
  })
  .openapi('PublishedItem');

export const PublishedResultSchema = z
  .union([
    z.object({ kind: z.literal('published'), item: PublishedItemSchema }),
    z.object({
      kind: z.literal('withdrawn'),
      id: z.number().int(),
      orgCode: z.string(),
      title: z.string(),
      withdrawnAt: z.string(),
      reason: z.string(),
    }),
  ])
  .openapi('PublishedItemResult');

export const ColumnItemsQuerySchema = PageQuerySchema.extend({
  sort: z.enum(['newest', 'oldest']).default('newest'),
  sub: z.enum(['true', 'false']).default('false').openapi({ description: 'true：包含下级栏目' }),
});

// ---- workflow commands ----

const expectedVersion = z
  .number()
  .int()
  .positive()
  .optional()
  .openapi({ description: '可选：操作时看到的版本号，已被他人改动则拒绝' });

export const EmptyCommandSchema = z.object({ expectedVersion }).default({}).openapi('WorkflowCommand');
export const ReviewBodySchema = z
  .object({
    expectedVersion,
    checklist: ChecklistSchema,
    conclusion: requiredText('审查结论', 500),
    grounds: requiredText('审查依据', 1000),
  })
  .openapi('ReviewCommand');
export const ScheduleBodySchema = z
  .object({
    expectedVersion,
    at: z.iso.datetime({ offset: true, error: '定时发布时间应为 ISO 8601 格式，如 2024-01-02T09:00:00+08:00' }),
  })
  .openapi('ScheduleCommand');
export const ReasonBodySchema = z
  .object({
    expectedVersion,
    reason: requiredText('原因', 500),
    review: z
      .object({
        checklist: ChecklistSchema,
        conclusion: requiredText('审查结论', 500),
        grounds: z.string().trim().max(1000, '审查依据不超过 1000 个字').optional(),
      })
      .optional()
      .openapi({ description: '审核员退回时的保密审查（清单、结论、依据），记入审计日志' }),
  })
  .openapi('SendBackCommand');
export const WithdrawBodySchema = z
  .object({
    expectedVersion,
    reason: requiredText('撤回原因', 500),
    publicNotice: z.boolean().optional().openapi({ description: '是否在原地址保留撤回说明；不填按单位设置' }),
  })
  .openapi('WithdrawCommand');

export const ItemIdParamsSchema = z.object({
  id: idParam('信息编号').openapi({ param: { name: 'id', in: 'path' }, example: 1 }),
});
