// Edge validation of the application API (and the portal form), with messages in Chinese.
import { z } from '@hono/zod-openapi';
import { PageQuerySchema } from '../../core/page.ts';
import { idParam, optionalText, requiredText } from '../../core/validation.ts';
import { isIsoDate } from '../calendar/iso-date.ts';
import {
  APPLICANT_TYPES,
  ATTACHMENT_KINDS,
  CHANNELS,
  DELIVERY_METHODS,
  FORMS_WANTED,
  ID_TYPES,
} from './application.ts';

export const isoDate = (label: string) =>
  z
    .string({ error: `${label}应写成 YYYY-MM-DD` })
    .trim()
    .refine(isIsoDate, `${label}应为有效日期，写成 YYYY-MM-DD，例如 2025-09-26`)
    .openapi({ example: '2025-09-26' });

const phone = z
  .string({ error: (i) => (i.input === undefined ? '请填写联系电话' : '联系电话应为文本') })
  .trim()
  .min(1, '请填写联系电话')
  .max(30, '联系电话不能超过 30 个字符')
  .refine((v) => v.replace(/\D/g, '').length >= 7, '联系电话至少应有 7 位数字');

const email = optionalText('电子邮箱', 100).refine(
  (v) => !v || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v),
  '电子邮箱格式不正确',
);
const postalCode = optionalText('邮政编码', 6).refine((v) => !v || /^\d{6}$/.test(v), '邮政编码应为 6 位数字');

export const ApplicantSchema = z
  .object({
    type: z.enum(APPLICANT_TYPES, {
      error:
        '申请人类型应为 naturalPerson（自然人）、business（商业企业）、research（科研机构）、publicInterest（社会公益组织）、legalService（法律服务机构）或 other（其他）',
    }),
    name: requiredText('申请人姓名或名称', 100),
    idType: z.enum(ID_TYPES, { error: '证件类型无效' }).nullable().optional(),
    idNumber: optionalText('证件号码', 40),
    phone,
    email,
    address: optionalText('通信地址', 200),
    postalCode,
    creditCode: optionalText('统一社会信用代码', 18),
    contactPerson: optionalText('联系人', 50),
  })
  .openapi('Applicant');

export const RequestSchema = z
  .object({
    description: requiredText('所需政府信息的名称、文号或者便于查询的其他特征性描述', 2000),
    documentNumbers: optionalText('文号', 200),
    purpose: optionalText('用途', 500),
    formWanted: z.enum(FORMS_WANTED, {
      error: '获取信息的方式应为 paper（纸质）、electronic（电子）或 inspection（当场查阅）',
    }),
    delivery: z.enum(DELIVERY_METHODS, {
      error: '送达方式应为 post（邮寄）、email（电子邮件）、collect（当面领取）或 online（网上）',
    }),
  })
  .openapi('ApplicationRequest');

export const RegisterBodySchema = z
  .object({
    orgId: idParam('受理机关'),
    channel: z.enum(CHANNELS, { error: '申请渠道无效' }),
    submittedOn: isoDate('提交日期').optional(),
    signedOn: isoDate('签收日期').optional(),
    confirmedOn: isoDate('确认日期').optional(),
    applicant: ApplicantSchema,
    request: RequestSchema,
    assignedSectionId: idParam('承办科室').optional(),
    assignedOfficerId: idParam('承办人').optional(),
  })
  .openapi('RegisterApplicationBody', {
    description:
      '收到申请之日按条例第三十一条确定：当面/口头填 submittedOn，挂号邮寄填 signedOn，平信、网上、电子邮件、传真填 confirmedOn（双方确认之日）。',
  });

/** The portal's form: the same applicant and request, no staff fields. */
export const OnlineApplicationSchema = z.object({
  orgId: idParam('受理机关'),
  applicant: ApplicantSchema,
  request: RequestSchema,
});

export const UpdateApplicationBodySchema = z
  .object({
    version: z.number({ error: '请提交 version（版本号）' }).int().positive(),
    applicant: ApplicantSchema.optional(),
    request: RequestSchema.optional(),
  })
  .openapi('UpdateApplicationBody');

export const ApplicationListQuerySchema = PageQuerySchema.extend({
  orgId: idParam('机构').optional(),
  state: z.string().max(40).optional(),
  isOpen: z.enum(['true', 'false']).optional(),
  officerId: idParam('承办人').optional(),
  q: z.string().trim().max(100).optional(),
  receivedFrom: isoDate('收到日期起').optional(),
  receivedTo: isoDate('收到日期止').optional(),
  list: z
    .enum(['myQueue', 'unclaimed', 'dueSoon', 'overdue', 'waitingForApplicant', 'provisional'], {
      error:
        '列表应为 myQueue（我的待办）、unclaimed（待签收）、dueSoon（3 个工作日内到期）、overdue（已逾期）、waitingForApplicant（等待申请人）或 provisional（期限暂定）',
    })
    .optional()
    .openapi({ description: '看板上的列表（只含未办结的申请，先到期的在前），与看板的计数一致' }),
});
export type ApplicationListQuery = z.infer<typeof ApplicationListQuerySchema>;

export const NoteBodySchema = z.object({ body: requiredText('备注内容', 2000) }).openapi('NoteBody');

export const AttachmentBodySchema = z
  .object({
    kind: z.enum(ATTACHMENT_KINDS, { error: '附件类别无效' }),
    fileName: requiredText('文件名', 200),
    contentBase64: z.string({ error: '请提交文件内容（Base64）' }).min(1, '文件内容为空'),
  })
  .openapi('AttachmentBody', {
    description: '文件内容以 Base64 编码；类型按内容识别（PDF、JPEG、PNG、TIFF、DOCX、XLSX、OFD）。',
  });

export const ProposeDisclosureBodySchema = z
  .object({
    note: requiredText('建议说明', 1000),
    relatedCaseIds: z.array(z.number().int().positive()).max(100).default([]),
  })
  .openapi('ProposeDisclosureBody');

export const FeeQuoteQuerySchema = z.object({
  basis: z.enum(['perApplication', 'perPage'], { error: '计收方式应为 perApplication（按件）或 perPage（按量）' }),
  pages: z.coerce.number().int().min(0).max(1_000_000).optional(),
});

/** An org path parameter: its id or its code. */
export const orgParam = z
  .string()
  .trim()
  .regex(/^(\d{1,10}|[a-z0-9][a-z0-9-]{0,62})$/, '机构应为编号或机构代码')
  .openapi({ param: { name: 'org', in: 'path' }, description: '机构编号或机构代码', example: 'fugou-zrzyj' });

export const DashboardQuerySchema = z.object({ orgId: idParam('机构').optional() });

export const LETTER_KIND_VALUES = ['reply', 'correction', 'extension', 'fee', 'consultation'] as const;

export const LetterParamsSchema = z.object({
  id: idParam('申请编号').openapi({ param: { name: 'id', in: 'path' }, example: 1 }),
  kind: z
    .enum(LETTER_KIND_VALUES, {
      error:
        '文书种类应为 reply（答复书）、correction（补正告知书）、extension（延期答复告知书）、fee（收费通知书）或 consultation（征求意见函）',
    })
    .openapi({ param: { name: 'kind', in: 'path' }, example: 'reply' }),
});

export const LetterFileQuerySchema = z.object({
  format: z
    .enum(['docx', 'pdf'], { error: '文件格式应为 docx（Word）或 pdf' })
    .default('pdf')
    .openapi({ param: { name: 'format', in: 'query' }, example: 'docx' }),
});

export const ReplyTextBodySchema = z
  .object({
    version: z.number({ error: '请提交当前版本号 version' }).int().min(1),
    paragraphs: z
      .array(z.string({ error: '正文每段应为文本' }).max(5000, '正文每段不能超过 5000 字'), {
        error: '正文应为段落的列表',
      })
      .max(200, '正文最多 200 段')
      .nullable()
      .openapi({ description: '修改后的正文，每项一段；null 恢复标准文本' }),
  })
  .openapi('ReplyTextBody');

export const OfficersQuerySchema = z.object({
  orgId: idParam('机构'),
  sectionId: idParam('承办科室').optional(),
});
