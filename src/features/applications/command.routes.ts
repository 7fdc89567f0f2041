// POST /api/v1/applications/{id}/<command>: one route per step of the workflow. Each body
// carries the `version` the user saw (409 VERSION_CONFLICT when someone else changed the case)
// and optionally `on`, the day it happened (default today). A step the state machine does not
// allow is refused with 409 INVALID_TRANSITION and a Chinese explanation.
import { createRoute, z } from '@hono/zod-openapi';
import { requiredText } from '../../core/validation.ts';
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
import { CaseDetailSchema } from './application.responses.ts';
import { isoDate } from './application.schema.ts';
import { DELIVERY_METHODS } from './application.ts';
import type { CommandInput } from './case-commands.ts';
import { OUTCOME_KEYS } from './rules/outcomes.ts';

const base = {
  version: z.number({ error: '请提交 version（版本号）' }).int().positive(),
  on: isoDate('发生日期').optional().openapi({ description: '发生日期（如签收邮件之日），默认今天' }),
};

const reason = (label: string) => requiredText(label, 500);
const officerFields = {
  officerId: z.number().int().positive().optional().openapi({ description: '承办人（用户编号）' }),
  sectionId: z.number().int().positive().optional().openapi({ description: '承办科室（股室机构编号）' }),
};

interface CommandSpec<S extends z.ZodRawShape> {
  path: string;
  summary: string;
  description: string;
  fields: S;
  toCommand: (body: z.infer<z.ZodObject<S>>) => CommandInput | 'requestExtension';
}

function spec<S extends z.ZodRawShape>(value: CommandSpec<S>): CommandSpec<S> {
  return value;
}

const WORKERS = '本机关（或承办科室）的信息员、审核员、负责人、承办人可操作。';
const LEADER = '仅负责人（approver）可操作。';

const SPECS = [
  spec({
    path: 'assign',
    summary: '分派',
    description: `分派给承办科室和（或）承办人。${WORKERS}`,
    fields: officerFields,
    toCommand: (b) => ({ type: 'assign', ...b }),
  }),
  spec({
    path: 'reassign',
    summary: '改派',
    description: `改派给其他承办科室或承办人，须写明理由。${WORKERS}`,
    fields: { ...officerFields, reason: reason('改派理由') },
    toCommand: (b) => ({ type: 'reassign', ...b }),
  }),
  spec({
    path: 'claim',
    summary: '签收',
    description: '承办人签收分派给自己（或尚未分派）的申请；负责人也可签收。',
    fields: {},
    toCommand: () => ({ type: 'claim' }),
  }),
  spec({
    path: 'send-back',
    summary: '退回',
    description: `承办人退回申请（如不属于本科室），须写明理由。${WORKERS}`,
    fields: { reason: reason('退回理由') },
    toCommand: (b) => ({ type: 'sendBack', reason: b.reason }),
  }),
  spec({
    path: 'request-correction',
    summary: '发出补正通知',
    description: `只能在收到申请之日起 7 个工作日内一次性发出（条例第三十条）；补正前答复期限不计算，收到补正后重新计算。${WORKERS}`,
    fields: {
      items: z.array(requiredText('补正事项', 500)).min(1, '请列明需要补正的内容').max(20),
      correctBy: isoDate('补正期限').optional().openapi({ description: '默认为本机关设置的补正期限（15 个工作日）' }),
    },
    toCommand: (b) => ({ type: 'requestCorrection', items: b.items, correctBy: b.correctBy }),
  }),
  spec({
    path: 'receive-correction',
    summary: '登记收到补正',
    description: `答复期限自收到补正之日起重新计算。${WORKERS}`,
    fields: {},
    toCommand: () => ({ type: 'receiveCorrection' }),
  }),
  spec({
    path: 'close-for-no-correction',
    summary: '按逾期未补正关闭',
    description: `补正期限届满后方可操作，计入表三（六）1。${WORKERS}`,
    fields: {},
    toCommand: () => ({ type: 'closeForNoCorrection' }),
  }),
  spec({
    path: 'start-consultation',
    summary: '征求意见',
    description: `征求第三方（15 个工作日内答复）或其他机关意见，期间不计入答复期限（条例第三十二条、第三十四条）。${WORKERS}`,
    fields: {
      party: z.enum(['thirdParty', 'agency'], { error: '征求对象应为 thirdParty（第三方）或 agency（其他机关）' }),
      partyName: requiredText('征求意见的对象', 200),
    },
    toCommand: (b) => ({ type: 'startConsultation', party: b.party, partyName: b.partyName }),
  }),
  spec({
    path: 'end-consultation',
    summary: '结束征求意见',
    description: `恢复计算答复期限。${WORKERS}`,
    fields: {},
    toCommand: () => ({ type: 'endConsultation' }),
  }),
  spec({
    path: 'request-extension',
    summary: '申请延期',
    description: `承办人申请延长答复期限（最长 20 个工作日，只能一次），待负责人批准；批准前不影响期限。${WORKERS}`,
    fields: {
      workingDays: z
        .number({ error: '请填写延长的工作日数' })
        .int()
        .min(1, '至少延长 1 个工作日')
        .max(20, '最长延长 20 个工作日'),
      reason: reason('延期理由'),
    },
    toCommand: () => 'requestExtension',
  }),
  spec({
    path: 'approve-extension',
    summary: '批准延期',
    description: `批准延长答复期限（条例第三十三条第二款）；不填天数和理由时批准待批的延期申请。${LEADER}`,
    fields: {
      workingDays: z.number().int().min(1).max(20, '最长延长 20 个工作日').optional(),
      reason: reason('延期理由').optional(),
    },
    toCommand: (b) => ({ type: 'approveExtension', workingDays: b.workingDays, reason: b.reason }),
  }),
  spec({
    path: 'notify-fee',
    summary: '发出收费通知',
    description: `按《政府信息公开信息处理费管理办法》计算金额（每件申请只能选一种计收方式，只能通知一次）；on 为申请人收到通知之日，应在 20 个工作日内缴纳。${WORKERS}`,
    fields: {
      basis: z.enum(['perApplication', 'perPage'], { error: '计收方式应为 perApplication（按件）或 perPage（按量）' }),
      pages: z.number().int().min(0).max(1_000_000).optional().openapi({ description: '按量计收的页数' }),
    },
    toCommand: (b) => ({ type: 'notifyFee', basis: b.basis, pages: b.pages }),
  }),
  spec({
    path: 'record-payment',
    summary: '登记缴费',
    description: `恢复计算答复期限。${WORKERS}`,
    fields: {},
    toCommand: () => ({ type: 'recordPayment' }),
  }),
  spec({
    path: 'close-for-unpaid-fee',
    summary: '按逾期未缴费关闭',
    description: `缴费期限届满后方可操作，计入表三（六）2。${WORKERS}`,
    fields: {},
    toCommand: () => ({ type: 'closeForUnpaidFee' }),
  }),
  spec({
    path: 'withdraw',
    summary: '登记撤回申请',
    description: `申请人撤回申请，计入表三（六）3。${WORKERS}`,
    fields: { reason: z.string().trim().max(500).optional() },
    toCommand: (b) => ({ type: 'withdraw', reason: b.reason }),
  }),
  spec({
    path: 'submit-decision',
    summary: '提交处理决定',
    description: `选择表三的一种结果，写明法律依据（默认按结果类型引用条例条款）和理由；部分公开的须列明不予公开的内容及理由。${WORKERS}`,
    fields: {
      outcome: z.enum(OUTCOME_KEYS, { error: '处理结果类型无效' }),
      legalBasis: z.string().trim().max(500).optional(),
      reasons: z.string().trim().max(4000).optional(),
      withheld: z
        .array(z.object({ item: requiredText('不予公开的内容', 500), reason: requiredText('不予公开的理由', 500) }))
        .max(50)
        .optional(),
    },
    toCommand: (b) => ({ type: 'submitDecision', ...b }),
  }),
  spec({
    path: 'approve-decision',
    summary: '批准处理决定',
    description: `批准后方可答复，申请内容不能再修改。${LEADER}`,
    fields: {},
    toCommand: () => ({ type: 'approveDecision' }),
  }),
  spec({
    path: 'return-decision',
    summary: '退回处理决定',
    description: `退回承办人修改，须写明理由。${LEADER}`,
    fields: { reason: reason('退回理由') },
    toCommand: (b) => ({ type: 'returnDecision', reason: b.reason }),
  }),
  spec({
    path: 'reply',
    summary: '答复并送达',
    description: `处理决定经负责人批准后方可答复；记录送达方式、日期（on）和邮件单号。${WORKERS}`,
    fields: {
      method: z
        .enum(DELIVERY_METHODS, { error: '送达方式无效' })
        .optional()
        .openapi({ description: '默认为申请人选择的方式' }),
      trackingNumber: z.string().trim().max(50).optional(),
    },
    toCommand: (b) => ({ type: 'reply', method: b.method, trackingNumber: b.trackingNumber }),
  }),
  spec({
    path: 'archive',
    summary: '归档',
    description: `答复或关闭后归档。${WORKERS}`,
    fields: {},
    toCommand: () => ({ type: 'archive' }),
  }),
  spec({
    path: 'reopen',
    summary: '重新打开',
    description: `已办结的申请重新办理（如复议决定责令重新答复），须写明理由；答复期限重新计算。${WORKERS}`,
    fields: { reason: reason('重新打开的理由') },
    toCommand: (b) => ({ type: 'reopen', reason: b.reason }),
  }),
];

/** The command paths, for tests and the back office. */
export const COMMAND_PATHS: readonly string[] = SPECS.map((s) => s.path);

export function registerCommandRoutes(api: ApiApp, services: Services): void {
  const { trustProxy } = services.config;
  for (const item of SPECS) {
    const body = z
      .object({ ...base, ...item.fields })
      .openapi(`Application${item.path.replace(/(^|-)(\w)/g, (_m, _d, ch: string) => ch.toUpperCase())}Body`);
    const route = createRoute({
      tags: ['依申请公开：办理'],
      security: SESSION_SECURITY,
      middleware: [signedIn()],
      method: 'post',
      path: `/v1/applications/{id}/${item.path}`,
      summary: item.summary,
      description: item.description,
      request: { params: IdParamsSchema, body: jsonBody(body) },
      responses: {
        200: json(CaseDetailSchema, '办理后的申请（含新的 version）'),
        ...problems(...SIGNED_IN_PROBLEMS, 404, 409),
      },
    });
    api.openapi(route, async (c) => {
      const { id } = c.req.valid('param');
      const { version, on, ...rest } = c.req.valid('json') as { version: number; on?: string } & Record<
        string,
        unknown
      >;
      const ctx = actionContext(c, trustProxy);
      const command = (item.toCommand as (b: Record<string, unknown>) => CommandInput | 'requestExtension')(rest);
      if (command === 'requestExtension') {
        const { workingDays, reason: why } = rest as { workingDays: number; reason: string };
        return c.json(
          await services.applications.requestExtension(ctx, { id, version, on, workingDays, reason: why }),
          200,
        );
      }
      return c.json(await services.applications.runCommand(ctx, { id, version, on, command }), 200);
    });
  }
}
