import { z } from '@hono/zod-openapi';
import { PageQuerySchema } from '../../core/page.ts';
import { optionalText, requiredText } from '../../core/validation.ts';
import { isoDate } from '../disclosures/disclosure.schema.ts';

const year = (label = '年份') =>
  z.coerce
    .number({ error: `${label}应为数字` })
    .int(`${label}应为整数`)
    .min(2000, `${label}不早于 2000`)
    .max(2100, `${label}不晚于 2100`);

export const YearQuerySchema = z.object({ year: year().openapi({ example: 2023 }) });

export const ReportParamsSchema = z.object({
  org: z
    .string()
    .min(1)
    .max(63)
    .regex(/^[a-z0-9][a-z0-9-]*$/, '机构应为编号或机构代码')
    .openapi({ param: { name: 'org', in: 'path' }, example: 'fugou-gxj' }),
  year: year().openapi({ param: { name: 'year', in: 'path' }, example: 2023 }),
});

const KindSchema = z.enum(['regulation', 'normative'], {
  error: '类别应为 regulation（规章）或 normative（行政规范性文件）',
});

export const NormativeBodySchema = z
  .object({
    title: requiredText('文件名称', 300),
    docNo: optionalText('文号', 100),
    kind: KindSchema,
    issuedOn: isoDate('制发日期'),
    revisedOn: z.array(isoDate('修订日期')).max(50).optional(),
    abolishedOn: isoDate('废止日期').nullable().optional(),
    expiredOn: isoDate('失效日期').nullable().optional(),
    itemId: z.number().int().positive().nullable().optional(),
  })
  .openapi('NormativeDocumentBody');

export const NormativePatchSchema = NormativeBodySchema.partial().openapi('NormativeDocumentPatch');

export const NormativeListQuerySchema = PageQuerySchema.extend({
  kind: KindSchema.optional(),
  year: year().optional().openapi({ description: '当年制发、修订、废止或失效的' }),
  inForceOn: isoDate('日期').optional().openapi({ description: '该日仍有效的' }),
});

export const NormativeSchema = z
  .object({
    id: z.number().int(),
    orgId: z.number().int(),
    title: z.string(),
    docNo: z.string().nullable(),
    kind: z.string(),
    issuedOn: z.string(),
    revisedOn: z.array(z.string()),
    abolishedOn: z.string().nullable(),
    expiredOn: z.string().nullable(),
    itemId: z.number().int().nullable(),
    status: z
      .string()
      .openapi({ description: 'valid 有效、abolished 已废止、expired 已失效、not_yet_issued 尚未印发（以今天计）' }),
    updatedAt: z.string(),
  })
  .openapi('NormativeDocument');

const count = z.number().int();
export const DecisionYearSchema = z
  .object({
    year: z.number().int(),
    months: z.array(z.object({ month: z.number().int(), licensing: count, penalty: count, coercion: count })),
    totals: z.object({ licensing: count, penalty: count, coercion: count }),
  })
  .openapi('DecisionCounts');

export const DecisionEntriesBodySchema = z
  .object({
    entries: z
      .array(
        z.object({
          year: year(),
          month: z.number({ error: '月份应为 1–12' }).int().min(1, '月份应为 1–12').max(12, '月份应为 1–12'),
          kind: z.enum(['licensing', 'penalty', 'coercion'], {
            error: '类别应为 licensing（行政许可）、penalty（行政处罚）或 coercion（行政强制）',
          }),
          count: z
            .number({ error: '数量应为非负整数' })
            .int('数量应为非负整数')
            .min(0, '数量应为非负整数')
            .max(10_000_000),
        }),
      )
      .min(1, '请至少填写一个月的数量')
      .max(2000),
  })
  .openapi('DecisionCountsBody');

export const ImportResultSchema = z
  .object({ rows: z.number().int(), years: z.array(z.number().int()) })
  .openapi('DecisionImportResult');

export const FeeYearSchema = z
  .object({
    year: z.number().int(),
    annual: z.string().nullable(),
    months: z.array(z.object({ month: z.number().int(), amountWanYuan: z.string() })),
    totalWanYuan: z.string(),
  })
  .openapi('FeeAmounts');

export const FeeBodySchema = z
  .object({
    year: year(),
    month: z.number().int().min(1).max(12).nullable().openapi({ description: 'null 表示全年合计' }),
    amountWanYuan: z
      .union([z.string(), z.number()])
      .transform((v) => String(v).trim())
      .openapi({ type: 'string', description: '万元，最多 4 位小数', example: '12.3456' }),
  })
  .openapi('FeeAmountBody');

const docCounts = z.object({ issued: count.nullable(), abolished: count.nullable(), inForce: count.nullable() });
export const ProactiveSchema = z
  .object({
    regulations: docCounts,
    normativeDocuments: docCounts,
    licensing: count.nullable(),
    penalty: count.nullable(),
    coercion: count.nullable(),
    feesWanYuan: z.number().nullable(),
  })
  .openapi('Proactive2021', { description: '年度报告表二（2021 模板）：annual-report.schema.json 的 proactive 对象' });
