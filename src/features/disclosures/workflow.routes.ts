// POST /api/v1/items/{id}/<command>: the review-and-publish workflow, one route per command.
import { createRoute, type z } from '@hono/zod-openapi';
import type { ApiApp } from '../../http/api/api-app.ts';
import {
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
  EmptyCommandSchema,
  ItemIdParamsSchema,
  ItemSummarySchema,
  ReasonBodySchema,
  ReviewBodySchema,
  ScheduleBodySchema,
  WithdrawBodySchema,
} from './item.schema.ts';

const tags = ['主动公开流程'];

/** `optional`: commands without required fields may be posted with no body at all. */
function commandRoute<T extends z.ZodType>(
  command: string,
  summary: string,
  description: string,
  body: T,
  optional = false,
) {
  return createRoute({
    tags,
    security: SESSION_SECURITY,
    middleware: [signedIn()],
    method: 'post',
    path: `/v1/items/{id}/${command}`,
    summary,
    description,
    request: { params: ItemIdParamsSchema, body: { ...jsonBody(body), required: !optional } },
    responses: { 200: json(ItemSummarySchema, '操作后的信息'), ...problems(...SIGNED_IN_PROBLEMS, 404, 409) },
  });
}

const routes = {
  submit: commandRoute('submit', '提交审核', '信息员，草稿 → 待审核。', EmptyCommandSchema, true),
  review: commandRoute(
    'review',
    '审核通过',
    '审核员，待审核 → 待批准。须完成保密审查清单（国家秘密、工作秘密、个人信息、内容准确）并填写结论和依据；清单未全部通过的应退回。',
    ReviewBodySchema,
  ),
  approve: commandRoute('approve', '批准', '负责人，待批准 → 已批准待发布。', EmptyCommandSchema, true),
  publish: commandRoute(
    'publish',
    '立即发布',
    '负责人或信息员，已批准（或定时）→ 已发布。首次发布时生成索引号，每次发布保留一个版本。',
    EmptyCommandSchema,
    true,
  ),
  schedule: commandRoute(
    'schedule',
    '定时发布',
    '负责人或信息员，已批准 → 定时发布，到时由系统发布。',
    ScheduleBodySchema,
  ),
  sendBack: commandRoute(
    'send-back',
    '退回',
    '当前环节的审核员或负责人，退回信息员修改，须说明原因。',
    ReasonBodySchema,
  ),
  revise: commandRoute(
    'revise',
    '修改已发布信息',
    '信息员，已发布或已撤回 → 草稿；修改稿重新经审核、批准后发布，发布前门户仍显示原版本。',
    EmptyCommandSchema,
    true,
  ),
  withdraw: commandRoute(
    'withdraw',
    '撤回',
    '负责人，撤回已发布信息，须说明原因；按单位设置在原地址保留撤回说明。',
    WithdrawBodySchema,
  ),
};

export function registerWorkflowRoutes(api: ApiApp, services: Services): void {
  const { trustProxy } = services.config;
  const { workflow } = services.disclosures;

  api.openapi(routes.submit, async (c) =>
    c.json(
      await workflow.submit(actionContext(c, trustProxy), c.req.valid('param').id, c.req.valid('json') ?? {}),
      200,
    ),
  );
  api.openapi(routes.review, async (c) =>
    c.json(await workflow.review(actionContext(c, trustProxy), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  api.openapi(routes.approve, async (c) =>
    c.json(
      await workflow.approve(actionContext(c, trustProxy), c.req.valid('param').id, c.req.valid('json') ?? {}),
      200,
    ),
  );
  api.openapi(routes.publish, async (c) =>
    c.json(
      await workflow.publish(actionContext(c, trustProxy), c.req.valid('param').id, c.req.valid('json') ?? {}),
      200,
    ),
  );
  api.openapi(routes.schedule, async (c) => {
    const body = c.req.valid('json');
    return c.json(
      await workflow.schedule(actionContext(c, trustProxy), c.req.valid('param').id, {
        expectedVersion: body.expectedVersion,
        at: new Date(body.at),
      }),
      200,
    );
  });
  api.openapi(routes.sendBack, async (c) =>
    c.json(await workflow.sendBack(actionContext(c, trustProxy), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  api.openapi(routes.revise, async (c) =>
    c.json(
      await workflow.revise(actionContext(c, trustProxy), c.req.valid('param').id, c.req.valid('json') ?? {}),
      200,
    ),
  );
  api.openapi(routes.withdraw, async (c) =>
    c.json(await workflow.withdraw(actionContext(c, trustProxy), c.req.valid('param').id, c.req.valid('json')), 200),
  );
}
