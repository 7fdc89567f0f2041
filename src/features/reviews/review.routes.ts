// /api/v1/reviews: 行政复议 and 行政诉讼 records (they feed table 四).
import { createRoute } from '@hono/zod-openapi';
import { pageSchema } from '../../core/page.ts';
import type { ApiApp } from '../../http/api/api-app.ts';
import {
  IdParamsSchema,
  json,
  jsonBody,
  problems,
  SESSION_SECURITY,
  SIGNED_IN_PROBLEMS,
  signedIn,
} from '../../http/api/openapi-common.ts';
import { actionContext } from '../../http/request-meta.ts';
import type { Services } from '../../services.ts';
import {
  CreateReviewBodySchema,
  ReviewListQuerySchema,
  ReviewSchema,
  UpdateReviewBodySchema,
} from './review.schema.ts';

const common = { tags: ['行政复议、行政诉讼'], security: SESSION_SECURITY, middleware: [signedIn()] };
const WHO = '本机关的信息员、审核员、负责人、承办人可登记和修改；单位管理员可查看。';

const listReviews = createRoute({
  ...common,
  method: 'get',
  path: '/v1/reviews',
  summary: '复议、诉讼列表',
  request: { query: ReviewListQuerySchema },
  responses: { 200: json(pageSchema(ReviewSchema), '分页列表'), ...problems(...SIGNED_IN_PROBLEMS) },
});

const createReview = createRoute({
  ...common,
  method: 'post',
  path: '/v1/reviews',
  summary: '登记复议或诉讼',
  description: `关联所涉申请（可选）。已审结的须填写审结日期和结果。${WHO}`,
  request: { body: jsonBody(CreateReviewBodySchema) },
  responses: { 201: json(ReviewSchema, '已登记'), ...problems(...SIGNED_IN_PROBLEMS) },
});

const getReview = createRoute({
  ...common,
  method: 'get',
  path: '/v1/reviews/{id}',
  summary: '复议或诉讼详情',
  request: { params: IdParamsSchema },
  responses: { 200: json(ReviewSchema, '记录'), ...problems(...SIGNED_IN_PROBLEMS, 404) },
});

const updateReview = createRoute({
  ...common,
  method: 'patch',
  path: '/v1/reviews/{id}',
  summary: '修改复议或诉讼（如登记审结结果）',
  description: `须提交当前 version。${WHO}`,
  request: { params: IdParamsSchema, body: jsonBody(UpdateReviewBodySchema) },
  responses: { 200: json(ReviewSchema, '修改后的记录'), ...problems(...SIGNED_IN_PROBLEMS, 404, 409) },
});

const deleteReview = createRoute({
  ...common,
  method: 'delete',
  path: '/v1/reviews/{id}',
  summary: '删除误登记的复议或诉讼',
  description: `删除会记入审计日志。${WHO}`,
  request: { params: IdParamsSchema },
  responses: { 204: { description: '已删除' }, ...problems(...SIGNED_IN_PROBLEMS, 404) },
});

export function registerReviewRoutes(api: ApiApp, services: Services): void {
  const { trustProxy } = services.config;
  api.openapi(listReviews, async (c) => {
    const { page, pageSize, ...filters } = c.req.valid('query');
    return c.json(await services.reviews.listReviews(actionContext(c).actor, filters, { page, pageSize }), 200);
  });
  api.openapi(createReview, async (c) =>
    c.json(await services.reviews.createReview(actionContext(c, trustProxy), c.req.valid('json')), 201),
  );
  api.openapi(getReview, async (c) =>
    c.json(await services.reviews.getReview(actionContext(c).actor, c.req.valid('param').id), 200),
  );
  api.openapi(updateReview, async (c) =>
    c.json(
      await services.reviews.updateReview(actionContext(c, trustProxy), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  api.openapi(deleteReview, async (c) => {
    await services.reviews.deleteReview(actionContext(c, trustProxy), c.req.valid('param').id);
    return c.body(null, 204);
  });
}
