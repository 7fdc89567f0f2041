// Edge validation shared by the disclosure routes, and the catalogue, guide and settings shapes.
import { z } from '@hono/zod-openapi';
import { requiredText } from '../../core/validation.ts';
import { COLUMN_KINDS, UPDATE_CLASSES } from './catalogue.ts';

export const OrgRefParamsSchema = z.object({
  org: z
    .string()
    .min(1)
    .max(63)
    .regex(/^[a-z0-9][a-z0-9-]*$/, '机构应为编号或机构代码')
    .openapi({ param: { name: 'org', in: 'path' }, description: '机构编号或机构代码', example: 'fugou-gxj' }),
});

export function isoDate(label: string) {
  return z
    .string({ error: `${label}应为 YYYY-MM-DD 格式的日期` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label}应为 YYYY-MM-DD 格式的日期`)
    .refine(
      (v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
      `${label}不是有效日期`,
    )
    .openapi({ example: '2023-09-27' });
}

// ---- catalogue ----

const ColumnKindSchema = z.enum(COLUMN_KINDS as [string, ...string[]], {
  error: '栏目类型应为条例第二十条 a20-1…a20-15、第二十一条 a21-1…a21-7 或 custom',
});
const UpdateClassSchema = z.enum(UPDATE_CLASSES as [string, ...string[]], {
  error: '更新类别应为 news、notice、policy、normative、plan、statistics、budget 或 other',
});

export const ColumnBodySchema = z
  .object({
    parentId: z.number().int().positive().nullable().default(null),
    name: requiredText('栏目名称', 100),
    code: z
      .string({ error: '请填写栏目代码' })
      .trim()
      .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, '栏目代码只能由小写字母、数字和连字符组成，最长 40 位'),
    kind: ColumnKindSchema.default('custom'),
    updateClass: UpdateClassSchema.default('other'),
    sort: z.number().int().min(0).max(100000).optional(),
  })
  .openapi('CatalogueColumnBody');

export const ColumnPatchSchema = z
  .object({
    parentId: z.number().int().positive().nullable().optional(),
    name: requiredText('栏目名称', 100).optional(),
    code: z
      .string()
      .trim()
      .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, '栏目代码只能由小写字母、数字和连字符组成，最长 40 位')
      .optional(),
    kind: ColumnKindSchema.optional(),
    updateClass: UpdateClassSchema.optional(),
    sort: z.number().int().min(0).max(100000).optional(),
  })
  .openapi('CatalogueColumnPatch');

export const InitCatalogueBodySchema = z
  .object({
    includeArt21: z
      .boolean({ error: 'includeArt21 应为 true 或 false' })
      .default(true)
      .openapi({ description: '市、县级机关加入第二十一条的栏目' }),
  })
  .openapi('InitCatalogueBody');

export const ColumnSchema = z
  .object({
    id: z.number().int(),
    orgId: z.number().int(),
    parentId: z.number().int().nullable(),
    name: z.string(),
    code: z.string(),
    kind: z.string(),
    updateClass: z.string(),
    sort: z.number().int(),
    updatedAt: z.string(),
  })
  .openapi('CatalogueColumn');

type ColumnNodeShape = z.infer<typeof ColumnSchema> & {
  article: string | null;
  publishedCount: number;
  children: ColumnNodeShape[];
};
export const ColumnNodeSchema: z.ZodType<ColumnNodeShape> = ColumnSchema.extend({
  article: z.string().nullable(),
  publishedCount: z.number().int(),
  get children() {
    return z.array(ColumnNodeSchema);
  },
}).openapi('CatalogueColumnNode');

export const CatalogueSchema = z
  .object({ orgId: z.number().int(), orgCode: z.string(), orgName: z.string(), columns: z.array(ColumnNodeSchema) })
  .openapi('Catalogue');

export const GuideSchema = z
  .object({
    orgId: z.number().int(),
    orgCode: z.string(),
    orgName: z.string(),
    bodyHtml: z.string(),
    updatedAt: z.string(),
    isDefault: z.boolean(),
  })
  .openapi('DisclosureGuide');

export const GuideBodySchema = z.object({ bodyHtml: requiredText('指南正文', 200_000) }).openapi('DisclosureGuideBody');

const ExtraWordSchema = z.object({
  word: z.string().trim().min(1, '敏感词不能为空').max(50, '敏感词不超过 50 个字'),
  suggestion: z.string().trim().max(200, '修改建议不超过 200 个字').optional(),
});

export const SettingsSchema = z
  .object({
    indexNoPattern: z.string().openapi({ example: '{org}/{category}/{year}-{seq:4}' }),
    withdrawalNotice: z.boolean(),
    extraSensitiveWords: z
      .array(ExtraWordSchema)
      .openapi({ description: '本平台（本单位及下级）另行设定的敏感词，与系统内置词表一起检查' }),
    disabledSensitiveWords: z.array(z.string()).openapi({ description: '停用的内置敏感词' }),
  })
  .openapi('DisclosureSettings');

export const SettingsPatchSchema = z
  .object({
    indexNoPattern: z.string().trim().optional(),
    withdrawalNotice: z.boolean().optional(),
    extraSensitiveWords: z.array(ExtraWordSchema).max(2000, '敏感词最多 2000 个').optional(),
    disabledSensitiveWords: z.array(z.string().trim().min(1).max(50)).max(200).optional(),
  })
  .openapi('DisclosureSettingsPatch');

export const UploadBodySchema = z.object({
  file: z.any().openapi({ type: 'string', format: 'binary', description: '文件（表单字段 file）' }),
});

export const Base64UploadSchema = z
  .object({
    fileName: requiredText('文件名', 200),
    contentBase64: z
      .string({ error: '请提供文件内容（Base64）' })
      .min(1, '请提供文件内容（Base64）')
      .regex(/^[A-Za-z0-9+/\r\n]*={0,2}$/, '文件内容应为 Base64 编码'),
  })
  .openapi('Base64Upload');

/** A file sent as multipart/form-data (field `file`) or as JSON with Base64 content. */
export const uploadBody = {
  required: false,
  content: { 'multipart/form-data': { schema: UploadBodySchema }, 'application/json': { schema: Base64UploadSchema } },
};
