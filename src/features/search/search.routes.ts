// GET /api/v1/search: Chinese full-text search of published items (public).
import { createRoute, z } from '@hono/zod-openapi';
import { PageQuerySchema } from '../../core/page.ts';
import { idParam } from '../../core/validation.ts';
import type { ApiApp } from '../../http/api/api-app.ts';
import { json, problems } from '../../http/api/openapi-common.ts';
import type { Services } from '../../services.ts';
import { DOC_TYPES } from '../disclosures/item.ts';

const SearchQuerySchema = PageQuerySchema.extend({
  q: z.string({ error: '请输入搜索关键词' }).trim().min(1, '请输入搜索关键词').max(100, '搜索关键词不能超过 100 个字'),
  org: z.string().max(63).optional().openapi({ description: '机构编号或代码：该机构及其下级' }),
  column: idParam('栏目').optional().openapi({ description: '栏目编号：该栏目及其下级栏目' }),
  year: z.coerce.number().int().min(2000).max(2100).optional().openapi({ description: '发布年份' }),
  type: z
    .enum(DOC_TYPES as [string, ...string[]])
    .optional()
    .openapi({ description: '文件类型' }),
});

const HitSchema = z.object({
  itemId: z.number().int(),
  orgCode: z.string(),
  orgName: z.string(),
  title: z.string(),
  titleHtml: z.string().openapi({ description: '已转义的 HTML，关键词以 <mark> 标出' }),
  snippetHtml: z.string().openapi({ description: '已转义的 HTML 摘要，关键词以 <mark> 标出' }),
  publishedAt: z.string(),
  docType: z.string(),
  year: z.number().int(),
  href: z.string(),
});

const ResultSchema = z
  .object({
    items: z.array(HitSchema),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    query: z.string(),
    terms: z.array(z.string()).openapi({ description: '分词后的检索词' }),
    relaxed: z.boolean().openapi({ description: '没有同时包含全部检索词的信息，改为包含任一检索词' }),
    totalCapped: z.boolean().openapi({ description: '命中超过 1000 条，total 只计到 1000' }),
    suggestion: z
      .object({ itemId: z.number().int(), title: z.string() })
      .nullable()
      .openapi({ description: '您是不是要找：最接近的已发布标题' }),
  })
  .openapi('SearchResult');

const search = createRoute({
  tags: ['检索'],
  method: 'get',
  path: '/v1/search',
  summary: '全文检索（公开）',
  description: '按结巴分词检索已发布信息的标题、正文和附件文字，标题命中优先。',
  request: { query: SearchQuerySchema },
  responses: { 200: json(ResultSchema, '检索结果'), ...problems(400, 404) },
});

export function registerSearchRoutes(api: ApiApp, services: Services): void {
  api.openapi(search, async (c) => c.json(await services.search.search(c.req.valid('query')), 200));
}
