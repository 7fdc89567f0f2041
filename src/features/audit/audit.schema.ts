import { z } from '@hono/zod-openapi';
import { PageQuerySchema } from '../../core/page.ts';
import { idParam } from '../../core/validation.ts';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** 'YYYY-MM-DD' (a day in China Standard Time) or an ISO date-time. `endOfDay` moves a bare date to the next midnight. */
function instant(label: string, endOfDay: boolean) {
  return z
    .string()
    .trim()
    .refine((v) => !Number.isNaN(parse(v, endOfDay).getTime()), `${label}应为日期（如 2026-01-31）或 ISO 时间`)
    .transform((v) => parse(v, endOfDay))
    .optional()
    .openapi({ description: `${label}：YYYY-MM-DD（北京时间）或 ISO 8601 时间` });
}

function parse(value: string, endOfDay: boolean): Date {
  if (!DATE_ONLY.test(value)) return new Date(value);
  const day = new Date(`${value}T00:00:00+08:00`);
  return endOfDay ? new Date(day.getTime() + 86_400_000) : day;
}

export const AuditQuerySchema = PageQuerySchema.extend({
  orgId: idParam('机构').optional(),
  actorId: idParam('操作人').optional(),
  action: z.string().trim().max(100).optional(),
  targetType: z.string().trim().max(100).optional(),
  from: instant('开始时间', false),
  to: instant('结束时间（含当日）', true),
  q: z.string().trim().max(100, '搜索词不能超过 100 个字符').optional(),
});

export const AuditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string().openapi({ format: 'date-time' }),
    actorId: z.number().int().nullable(),
    actorName: z.string().nullable(),
    orgId: z.number().int().nullable(),
    orgName: z.string().nullable(),
    action: z.string(),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    before: z.unknown().openapi({ description: '变更前的数据（JSON）' }),
    after: z.unknown().openapi({ description: '变更后的数据（JSON）' }),
    ip: z.string().nullable(),
    requestId: z.string().nullable(),
  })
  .openapi('AuditEntry');
