// /api/v1/content-checks: the shipped sensitive-word list, read-only, so the back office can
// offer its words to switch off in an org's disclosure settings.
import { createRoute, z } from '@hono/zod-openapi';
import type { ApiApp } from '../../http/api/api-app.ts';
import { json, problems, SESSION_SECURITY, SIGNED_IN_PROBLEMS, signedIn } from '../../http/api/openapi-common.ts';
import { DEFAULT_SENSITIVE_WORDS, SENSITIVE_CATEGORY_LABELS, type SensitiveCategory } from './word-lists.ts';

const SensitiveWordSchema = z
  .object({
    word: z.string().openapi({ description: '词语，也是停用时填写的值', example: '法人代表' }),
    category: z.enum(Object.keys(SENSITIVE_CATEGORY_LABELS) as [SensitiveCategory, ...SensitiveCategory[]]),
    categoryLabel: z.string().openapi({ example: '法律表述' }),
    suggestion: z.string().openapi({ description: '修改建议；{match} 代表查到的原文' }),
  })
  .openapi('ShippedSensitiveWord');

const listSensitiveWords = createRoute({
  tags: ['内容检查'],
  security: SESSION_SECURITY,
  middleware: [signedIn()],
  method: 'get',
  path: '/v1/content-checks/sensitive-words',
  summary: '系统内置敏感词表',
  description: '审核时检查的内置敏感词。单位可在主动公开设置中停用其中的词（disabledSensitiveWords），或另加敏感词。',
  responses: {
    200: json(z.object({ items: z.array(SensitiveWordSchema) }), '内置敏感词'),
    ...problems(...SIGNED_IN_PROBLEMS),
  },
});

export function shippedSensitiveWords() {
  return DEFAULT_SENSITIVE_WORDS.map((entry) => ({
    word: entry.word,
    category: entry.category,
    categoryLabel: SENSITIVE_CATEGORY_LABELS[entry.category],
    suggestion: entry.suggestion,
  }));
}

export function registerContentCheckRoutes(api: ApiApp): void {
  api.openapi(listSensitiveWords, (c) => c.json({ items: shippedSensitiveWords() }, 200));
}
