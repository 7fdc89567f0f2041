// Authorization matrix rows (see src/http/api/authorization-matrix.ts) for the application,
// review, report-figure and calendar routes. Cases live in 扶沟县工业和信息化局
// (fugou-gxj), where the fixtures' reviewer, approver and officer hold their roles; the clerk's
// grant is on the sibling 办公室 section, so the clerk sees none of them.
import type { MatrixRow, MatrixRows, PrepareContext, Who } from '../../http/api/authorization-matrix.ts';
import type { RoleFixtures, TestApp } from '../../http/testing.ts';
import type { CaseState } from './rules/case-states.ts';
import { caseInState, contextOf, type Driver, VALID_ID_NUMBER } from './testing.ts';

const SIGNED_IN: Who[] = ['platform_admin', 'org_admin', 'other_org_admin', 'clerk', 'reviewer', 'approver', 'officer'];
const VIEW: Who[] = ['platform_admin', 'org_admin', 'reviewer', 'approver', 'officer'];
const WORK: Who[] = ['platform_admin', 'reviewer', 'approver', 'officer'];
const CLAIM: Who[] = ['platform_admin', 'approver', 'officer'];
const LEADER: Who[] = ['platform_admin', 'approver'];
const ORG_ADMIN: Who[] = ['platform_admin', 'org_admin'];

const drivers = new WeakMap<TestApp, Promise<Driver>>();
function driverFor(t: TestApp, f: RoleFixtures): Promise<Driver> {
  let driver = drivers.get(t);
  if (!driver) {
    driver = (async () => ({
      services: t.services,
      officer: await contextOf(t.services, f.users.officer.id),
      leader: await contextOf(t.services, f.users.approver.id),
    }))();
    drivers.set(t, driver);
  }
  return driver;
}

/** A case in `state`: fresh for a caller who may change it, shared for the others (nothing changes). */
const shared = new WeakMap<TestApp, Map<CaseState, Promise<{ id: number; version: number }>>>();
async function caseFor(
  ctx: PrepareContext,
  state: CaseState,
  allowed: readonly Who[],
): Promise<{ id: number; version: number }> {
  const driver = await driverFor(ctx.t, ctx.f);
  const org = ctx.f.orgIds['fugou-gxj'];
  if (allowed.includes(ctx.who)) return caseInState(driver, org, state);
  let byState = shared.get(ctx.t);
  if (!byState) {
    byState = new Map();
    shared.set(ctx.t, byState);
  }
  let found = byState.get(state);
  if (!found) {
    found = caseInState(driver, org, state);
    byState.set(state, found);
  }
  return found;
}

function command(
  path: string,
  state: CaseState,
  allowed: Who[],
  extra: (ctx: PrepareContext) => Record<string, unknown> = () => ({}),
): MatrixRow {
  return {
    allowed,
    okStatus: 200,
    prepare: async (ctx) => {
      const c = await caseFor(ctx, state, allowed);
      return { path: `/v1/applications/${c.id}/${path}`, body: { version: c.version, ...extra(ctx) } };
    },
  };
}

function onCase(
  state: CaseState,
  allowed: Who[],
  okStatus: number,
  suffix: string,
  body?: (ctx: PrepareContext, id: number, version: number) => unknown,
): MatrixRow {
  return {
    allowed,
    okStatus,
    prepare: async (ctx) => {
      const c = await caseFor(ctx, state, okStatus === 200 && !body ? [] : allowed);
      return { path: `/v1/applications/${c.id}${suffix}`, body: body?.(ctx, c.id, c.version) };
    },
  };
}

const registration = (ctx: PrepareContext) => ({
  orgId: ctx.f.orgIds['fugou-gxj'],
  channel: 'inPerson',
  submittedOn: '2025-04-01',
  applicant: {
    type: 'naturalPerson',
    name: '矩阵测试',
    idNumber: VALID_ID_NUMBER,
    phone: '13800000000',
    address: '扶沟县',
  },
  request: { description: '2024年扶沟县工业企业名单', formWanted: 'electronic', delivery: 'post' },
});

async function reviewFor(ctx: PrepareContext): Promise<{ id: number; version: number }> {
  const driver = await driverFor(ctx.t, ctx.f);
  return ctx.t.services.reviews.createReview(driver.officer, {
    orgId: ctx.f.orgIds['fugou-gxj'],
    route: 'reconsideration',
    body: '扶沟县人民政府',
    filedOn: '2025-04-01',
  });
}

const PDF_BASE64 = Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64');

export const MATRIX_ROWS: MatrixRows = {
  'GET /v1/applications': { allowed: SIGNED_IN, okStatus: 200, prepare: () => ({}) },
  'POST /v1/applications': { allowed: WORK, okStatus: 201, prepare: (ctx) => ({ body: registration(ctx) }) },
  'GET /v1/applications/dashboard': { allowed: SIGNED_IN, okStatus: 200, prepare: () => ({}) },
  'GET /v1/applications/queue': { allowed: SIGNED_IN, okStatus: 200, prepare: () => ({}) },
  'GET /v1/applications/officers': {
    allowed: WORK,
    okStatus: 200,
    prepare: (ctx) => ({ path: `/v1/applications/officers?orgId=${ctx.f.orgIds['fugou-gxj']}` }),
  },
  'GET /v1/applications/{id}': onCase('registered', VIEW, 200, ''),
  'PATCH /v1/applications/{id}': onCase('inProgress', WORK, 200, '', (ctx, _id, version) => ({
    version,
    request: { description: `修改后的申请内容 ${ctx.n}`, formWanted: 'paper', delivery: 'post' },
  })),
  'GET /v1/applications/{id}/clock': onCase('registered', VIEW, 200, '/clock'),
  'GET /v1/applications/{id}/similar': onCase('registered', VIEW, 200, '/similar'),
  'POST /v1/applications/{id}/propose-disclosure': onCase('registered', WORK, 200, '/propose-disclosure', () => ({
    note: '建议主动公开',
  })),
  'GET /v1/applications/{id}/reply-letter': onCase('pendingApproval', WORK, 200, '/reply-letter'),
  'GET /v1/applications/{id}/letters': onCase('pendingApproval', WORK, 200, '/letters'),
  'GET /v1/applications/{id}/letters/{kind}': onCase('pendingApproval', WORK, 200, '/letters/reply'),
  'GET /v1/applications/{id}/letters/{kind}/file': onCase(
    'pendingApproval',
    WORK,
    200,
    '/letters/reply/file?format=docx',
  ),
  'PUT /v1/applications/{id}/letters/reply/text': onCase(
    'pendingApproval',
    WORK,
    200,
    '/letters/reply/text',
    (_ctx, _id, version) => ({ version, paragraphs: ['经审查，现答复如下。'] }),
  ),
  'GET /v1/applications/{id}/fee-quote': onCase('inProgress', WORK, 200, '/fee-quote?basis=perPage&pages=68'),
  'POST /v1/applications/{id}/notes': onCase('registered', WORK, 201, '/notes', () => ({ body: '内部备注' })),
  'POST /v1/applications/{id}/attachments': onCase('registered', WORK, 201, '/attachments', () => ({
    kind: 'application',
    fileName: '申请书.pdf',
    contentBase64: PDF_BASE64,
  })),
  'GET /v1/applications/{id}/attachments/{attachmentId}': {
    allowed: WORK,
    okStatus: 200,
    prepare: async (ctx) => {
      const c = await caseFor(ctx, 'registered', []);
      const driver = await driverFor(ctx.t, ctx.f);
      const attachment = await ctx.t.services.applications.addAttachment(driver.officer, {
        id: c.id,
        kind: 'application',
        fileName: '申请书.pdf',
        data: Buffer.from(PDF_BASE64, 'base64'),
      });
      return { path: `/v1/applications/${c.id}/attachments/${attachment.id}` };
    },
  },
  'POST /v1/applications/{id}/assign': command('assign', 'registered', WORK, (ctx) => ({
    officerId: ctx.f.users.officer.id,
  })),
  'POST /v1/applications/{id}/reassign': command('reassign', 'registered', WORK, (ctx) => ({
    officerId: ctx.f.users.approver.id,
    reason: '工作调整',
  })),
  'POST /v1/applications/{id}/claim': command('claim', 'registered', CLAIM),
  'POST /v1/applications/{id}/send-back': command('send-back', 'inProgress', WORK, () => ({ reason: '不属于本科室' })),
  'POST /v1/applications/{id}/request-correction': command('request-correction', 'registered', WORK, () => ({
    items: ['请写明文号'],
    on: '2025-03-04',
  })),
  'POST /v1/applications/{id}/receive-correction': command('receive-correction', 'awaitingCorrection', WORK, () => ({
    on: '2025-03-10',
  })),
  'POST /v1/applications/{id}/close-for-no-correction': command(
    'close-for-no-correction',
    'awaitingCorrection',
    WORK,
    () => ({ on: '2025-04-30' }),
  ),
  'POST /v1/applications/{id}/start-consultation': command('start-consultation', 'inProgress', WORK, () => ({
    party: 'agency',
    partyName: '县财政局',
    on: '2025-03-10',
  })),
  'POST /v1/applications/{id}/end-consultation': command('end-consultation', 'consulting', WORK, () => ({
    on: '2025-03-10',
  })),
  'POST /v1/applications/{id}/request-extension': command('request-extension', 'inProgress', WORK, () => ({
    workingDays: 5,
    reason: '需调取档案',
    on: '2025-03-10',
  })),
  'POST /v1/applications/{id}/approve-extension': command('approve-extension', 'inProgress', LEADER, () => ({
    workingDays: 5,
    reason: '需调取档案',
    on: '2025-03-10',
  })),
  'POST /v1/applications/{id}/notify-fee': command('notify-fee', 'inProgress', WORK, () => ({
    basis: 'perPage',
    pages: 68,
    on: '2025-03-10',
  })),
  'POST /v1/applications/{id}/record-payment': command('record-payment', 'awaitingFee', WORK, () => ({
    on: '2025-03-10',
  })),
  'POST /v1/applications/{id}/close-for-unpaid-fee': command('close-for-unpaid-fee', 'awaitingFee', WORK, () => ({
    on: '2025-04-30',
  })),
  'POST /v1/applications/{id}/withdraw': command('withdraw', 'inProgress', WORK, () => ({
    reason: '申请人撤回',
    on: '2025-03-10',
  })),
  'POST /v1/applications/{id}/submit-decision': command('submit-decision', 'inProgress', WORK, () => ({
    outcome: 'granted',
    on: '2025-03-10',
  })),
  'POST /v1/applications/{id}/approve-decision': command('approve-decision', 'pendingApproval', LEADER, () => ({
    on: '2025-03-10',
  })),
  'POST /v1/applications/{id}/return-decision': command('return-decision', 'pendingApproval', LEADER, () => ({
    reason: '依据不充分',
    on: '2025-03-10',
  })),
  'POST /v1/applications/{id}/reply': command('reply', 'approved', WORK, () => ({ method: 'post', on: '2025-03-10' })),
  'POST /v1/applications/{id}/archive': command('archive', 'replied', WORK, () => ({ on: '2025-03-10' })),
  'POST /v1/applications/{id}/reopen': command('reopen', 'replied', WORK, () => ({
    reason: '复议决定责令重新答复',
    on: '2025-03-10',
  })),
  'GET /v1/orgs/{org}/reports/{year}/applications': {
    allowed: VIEW,
    okStatus: 200,
    prepare: () => ({ path: '/v1/orgs/fugou-gxj/reports/2025/applications' }),
  },
  'GET /v1/orgs/{org}/reports/{year}/review': {
    allowed: VIEW,
    okStatus: 200,
    prepare: () => ({ path: '/v1/orgs/fugou-gxj/reports/2025/review' }),
  },
  'GET /v1/orgs/{org}/application-settings': {
    allowed: VIEW,
    okStatus: 200,
    prepare: () => ({ path: '/v1/orgs/fugou-gxj/application-settings' }),
  },
  'PATCH /v1/orgs/{org}/application-settings': {
    allowed: ORG_ADMIN,
    okStatus: 200,
    prepare: () => ({ path: '/v1/orgs/fugou-gxj/application-settings', body: { countPendingFromEarlierYears: true } }),
  },
  'GET /v1/orgs/{org}/letter-templates': {
    allowed: VIEW,
    okStatus: 200,
    prepare: () => ({ path: '/v1/orgs/fugou-gxj/letter-templates' }),
  },
  'PUT /v1/orgs/{org}/letter-templates/{key}': {
    allowed: ORG_ADMIN,
    okStatus: 200,
    prepare: () => ({
      path: '/v1/orgs/fugou-gxj/letter-templates/extension',
      body: { title: null, body: '{{opening}}\n{{standardBody}}' },
    }),
  },
  'DELETE /v1/orgs/{org}/letter-templates/{key}': {
    allowed: ORG_ADMIN,
    okStatus: 200,
    prepare: () => ({ path: '/v1/orgs/fugou-gxj/letter-templates/extension' }),
  },
  'POST /v1/orgs/{org}/letter-templates/{key}/preview': {
    allowed: VIEW,
    okStatus: 200,
    prepare: () => ({
      path: '/v1/orgs/fugou-gxj/letter-templates/reply:granted/preview',
      body: { body: '{{standardBody}}' },
    }),
  },
  'GET /v1/reviews': { allowed: SIGNED_IN, okStatus: 200, prepare: () => ({}) },
  'POST /v1/reviews': {
    allowed: WORK,
    okStatus: 201,
    prepare: (ctx) => ({
      body: {
        orgId: ctx.f.orgIds['fugou-gxj'],
        route: 'litigation_direct',
        body: '扶沟县人民法院',
        filedOn: '2025-05-01',
      },
    }),
  },
  'GET /v1/reviews/{id}': {
    allowed: VIEW,
    okStatus: 200,
    prepare: async (ctx) => ({ path: `/v1/reviews/${(await reviewFor(ctx)).id}` }),
  },
  'PATCH /v1/reviews/{id}': {
    allowed: WORK,
    okStatus: 200,
    prepare: async (ctx) => {
      const review = await reviewFor(ctx);
      return { path: `/v1/reviews/${review.id}`, body: { version: review.version, notes: '补充说明' } };
    },
  },
  'DELETE /v1/reviews/{id}': {
    allowed: WORK,
    okStatus: 204,
    prepare: async (ctx) => ({ path: `/v1/reviews/${(await reviewFor(ctx)).id}` }),
  },
  'GET /v1/calendar/years': { allowed: SIGNED_IN, okStatus: 200, prepare: () => ({}) },
  'POST /v1/calendar/import': {
    allowed: ['platform_admin'],
    okStatus: 200,
    prepare: () => ({
      body: {
        fileName: '2030.json',
        content: JSON.stringify({ year: 2030, holidays: ['2030-01-01'], makeupWorkdays: [] }),
      },
    }),
  },
};
