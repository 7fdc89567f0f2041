import { z } from '@hono/zod-openapi';
import { PageQuerySchema } from '../../core/page.ts';
import { idParam, optionalText, requiredText } from '../../core/validation.ts';
import { isoDate } from '../applications/application.schema.ts';
import { REVIEW_RESULTS, REVIEW_ROUTES } from './review.ts';

const route = z
  .enum(REVIEW_ROUTES, {
    error:
      '类型应为 reconsideration（行政复议）、litigation_direct（直接起诉）或 litigation_after_reconsideration（复议后起诉）',
  })
  .openapi({
    description:
      'reconsideration 行政复议、litigation_direct 未经复议直接起诉、litigation_after_reconsideration 复议后起诉',
  });
const result = z
  .enum(REVIEW_RESULTS, { error: '结果应为 upheld（维持）、corrected（纠正）、other（其他）或 pending（尚未审结）' })
  .openapi({ description: 'upheld 维持、corrected 纠正、other 其他、pending 尚未审结' });

export const CreateReviewBodySchema = z
  .object({
    orgId: z.number().int().positive().optional().openapi({ description: '被申请人／被告机关；关联申请时可不填' }),
    applicationId: z.number().int().positive().nullable().optional(),
    route,
    body: requiredText('复议机关或人民法院', 200),
    reference: optionalText('案号', 100),
    filedOn: isoDate('申请复议或起诉日期'),
    closedOn: isoDate('审结日期').nullable().optional(),
    result: result.optional(),
    notes: optionalText('备注', 2000),
  })
  .openapi('CreateReviewBody');

export const UpdateReviewBodySchema = z
  .object({
    version: z.number({ error: '请提交 version（版本号）' }).int().positive(),
    route: route.optional(),
    body: requiredText('复议机关或人民法院', 200).optional(),
    reference: optionalText('案号', 100),
    filedOn: isoDate('申请复议或起诉日期').optional(),
    closedOn: isoDate('审结日期').nullable().optional(),
    result: result.optional(),
    notes: optionalText('备注', 2000),
  })
  .openapi('UpdateReviewBody');

export const ReviewListQuerySchema = PageQuerySchema.extend({
  orgId: idParam('机构').optional(),
  applicationId: idParam('申请').optional(),
});

export const ReviewSchema = z
  .object({
    id: z.number().int(),
    orgId: z.number().int(),
    applicationId: z.number().int().nullable(),
    caseNumber: z.string().nullable(),
    route: z.string(),
    routeLabel: z.string(),
    body: z.string(),
    reference: z.string().nullable(),
    filedOn: z.string(),
    closedOn: z.string().nullable(),
    result: z.string(),
    resultLabel: z.string(),
    notes: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('ReviewCase');
