import { z } from '@hono/zod-openapi';
import { PageQuerySchema } from '../../core/page.ts';
import { idParam, optionalText, requiredText } from '../../core/validation.ts';
import type { OrgNode } from './org.ts';

export const OrgKindSchema = z
  .enum(['government', 'department', 'section'], {
    error: '机构类型应为 government（政府）、department（部门）或 section（股室/科室）',
  })
  .openapi('OrgKind', { description: 'government 政府、department 部门、section 股室/科室' });

const CODE_MESSAGE = '机构代码只能由小写字母、数字和连字符组成，以字母或数字开头，最长 63 位';
const code = z
  .string({ error: (i) => (i.input === undefined ? '请填写机构代码' : '机构代码应为文本') })
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, CODE_MESSAGE)
  .openapi({ description: '网址用的机构代码，门户地址为 /o/<code>/', example: 'fugou-gxj' });

const creditCode = z
  .string({ error: '统一社会信用代码应为文本' })
  .trim()
  .toUpperCase()
  .max(18, '统一社会信用代码应为 18 位')
  .nullable()
  .optional()
  .transform((v) => (v === undefined ? undefined : v ? v : null))
  .openapi({ description: '统一社会信用代码（GB 32100，校验位会被核对）' });

const email = optionalText('联系邮箱', 100).refine(
  (v) => !v || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v),
  '联系邮箱格式不正确',
);
const postalCode = optionalText('邮政编码', 6).refine((v) => !v || /^\d{6}$/.test(v), '邮政编码应为 6 位数字');

const contactFields = {
  shortName: optionalText('简称', 50),
  creditCode,
  disclosureOffice: optionalText('政府信息公开工作机构', 100),
  contactPhone: optionalText('联系电话', 50),
  contactEmail: email,
  fax: optionalText('传真', 50),
  address: optionalText('办公地址', 200),
  postalCode,
  officeHours: optionalText('办公时间', 200),
};

export const CreateOrgBodySchema = z
  .object({
    parentId: z.union([z.number({ error: '上级机构应为数字或 null' }).int().positive(), z.null()], {
      error: '请填写上级机构（顶级机构填 null）',
    }),
    kind: OrgKindSchema,
    name: requiredText('机构名称', 100),
    code,
    ...contactFields,
  })
  .openapi('CreateOrgBody');

export const UpdateOrgBodySchema = z
  .object({
    parentId: z.union([z.number({ error: '上级机构应为数字或 null' }).int().positive(), z.null()]).optional(),
    kind: OrgKindSchema.optional(),
    name: requiredText('机构名称', 100).optional(),
    code: code.optional(),
    ...contactFields,
  })
  .openapi('UpdateOrgBody');

export const OrgSchema = z
  .object({
    id: z.number().int(),
    parentId: z.number().int().nullable(),
    kind: OrgKindSchema,
    name: z.string(),
    shortName: z.string().nullable(),
    code: z.string(),
    creditCode: z.string().nullable(),
    disclosureOffice: z.string().nullable(),
    contactPhone: z.string().nullable(),
    contactEmail: z.string().nullable(),
    fax: z.string().nullable(),
    address: z.string().nullable(),
    postalCode: z.string().nullable(),
    officeHours: z.string().nullable(),
    createdAt: z.string().openapi({ format: 'date-time' }),
    updatedAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('Org');

export const OrgNodeSchema: z.ZodType<OrgNode> = OrgSchema.extend({
  get children() {
    return z.array(OrgNodeSchema);
  },
}).openapi('OrgNode');

export const OrgListQuerySchema = PageQuerySchema.extend({
  parentId: idParam('上级机构').optional(),
  q: z.string().trim().max(100, '搜索词不能超过 100 个字符').optional(),
});
