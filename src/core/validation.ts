import { z } from '@hono/zod-openapi';
import { AppError } from './app-error.ts';

// Default zod messages in Chinese, for any schema that does not name its own.
z.config(z.locales.zhCN());

/** A 400 naming one field, for rules checked by services rather than schemas. */
export function invalidField(field: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', `${field}：${message}`, [{ field, message }]);
}

/** Required text: trimmed, non-empty, at most `max` characters; messages name the field in Chinese. */
export function requiredText(label: string, max = 200) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? `请填写${label}` : `${label}应为文本`) })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}不能超过 ${max} 个字符`);
}

/** Optional text: trimmed; empty or null becomes null (the field is cleared). */
export function optionalText(label: string, max = 200) {
  return z
    .string({ error: `${label}应为文本` })
    .trim()
    .max(max, `${label}不能超过 ${max} 个字符`)
    .nullable()
    .optional()
    .transform((value) => (value === undefined ? undefined : value === null || value === '' ? null : value));
}

/** A positive integer id in a path or query (`/orgs/{id}`, `?orgId=`). */
export function idParam(label: string) {
  return z.coerce
    .number({ error: `${label}应为数字` })
    .int(`${label}应为整数`)
    .positive(`${label}应为正整数`)
    .max(2_147_483_647, `${label}超出范围`);
}
