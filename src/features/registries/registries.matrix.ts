// Authorization matrix rows for the registries behind table 二 (org fugou-gxj). Editors are the
// org admin and clerks; every staff role may read; the other county's admin may do neither.
import type { MatrixRows, PrepareContext, Who } from '../../http/api/authorization-matrix.ts';
import type { TestApp } from '../../http/testing.ts';
import { fixtureFor } from '../disclosures/disclosure.matrix.ts';

const STAFF: Who[] = ['platform_admin', 'org_admin', 'clerk', 'reviewer', 'approver', 'officer'];
const EDITORS: Who[] = ['platform_admin', 'org_admin', 'clerk'];

async function newDocument(ctx: PrepareContext): Promise<number> {
  const fx = await fixtureFor(ctx);
  const doc = await ctx.t.services.registries.createNormativeDocument(fx.ctx.platform_admin, 'fugou-gxj', {
    title: '矩阵规范性文件',
    kind: 'normative',
    issuedOn: '2022-01-05',
  });
  return doc.id;
}

const sharedDoc = new WeakMap<TestApp, Promise<number>>();
function sharedDocument(ctx: PrepareContext): Promise<number> {
  let id = sharedDoc.get(ctx.t);
  if (!id) {
    id = newDocument(ctx);
    sharedDoc.set(ctx.t, id);
  }
  return id;
}

const csv = Buffer.from('年份,月份,行政许可,行政处罚,行政强制\n2021,1,3,1,0\n2021,2,4,0,0\n').toString('base64');

export const MATRIX_ROWS: MatrixRows = {
  'GET /v1/orgs/{org}/normative-documents': {
    allowed: STAFF,
    okStatus: 200,
    prepare: () => ({ path: '/v1/orgs/fugou-gxj/normative-documents?year=2022' }),
  },
  'POST /v1/orgs/{org}/normative-documents': {
    allowed: EDITORS,
    okStatus: 201,
    prepare: () => ({
      path: '/v1/orgs/fugou-gxj/normative-documents',
      body: { title: '扶沟县工业企业管理办法', kind: 'normative', issuedOn: '2023-03-01', docNo: '扶工信〔2023〕3号' },
    }),
  },
  'PATCH /v1/normative-documents/{id}': {
    allowed: EDITORS,
    okStatus: 200,
    prepare: async (ctx) => ({
      path: `/v1/normative-documents/${await sharedDocument(ctx)}`,
      body: { revisedOn: ['2023-06-01'] },
    }),
  },
  'DELETE /v1/normative-documents/{id}': {
    allowed: EDITORS,
    okStatus: 204,
    prepare: async (ctx) => ({ path: `/v1/normative-documents/${await newDocument(ctx)}` }),
  },
  'GET /v1/orgs/{org}/decision-counts': {
    allowed: STAFF,
    okStatus: 200,
    prepare: () => ({ path: '/v1/orgs/fugou-gxj/decision-counts?year=2023' }),
  },
  'PUT /v1/orgs/{org}/decision-counts': {
    allowed: EDITORS,
    okStatus: 200,
    prepare: ({ n }) => ({
      path: '/v1/orgs/fugou-gxj/decision-counts',
      body: { entries: [{ year: 2023, month: 1 + n, kind: 'licensing', count: n }] },
    }),
  },
  'POST /v1/orgs/{org}/decision-counts/import': {
    allowed: EDITORS,
    okStatus: 200,
    prepare: () => ({
      path: '/v1/orgs/fugou-gxj/decision-counts/import',
      body: { fileName: '决定数.csv', contentBase64: csv },
    }),
  },
  'GET /v1/orgs/{org}/fees': {
    allowed: STAFF,
    okStatus: 200,
    prepare: () => ({ path: '/v1/orgs/fugou-gxj/fees?year=2023' }),
  },
  'PUT /v1/orgs/{org}/fees': {
    allowed: EDITORS,
    okStatus: 200,
    prepare: ({ n }) => ({
      path: '/v1/orgs/fugou-gxj/fees',
      body: { year: 2023, month: 1 + n, amountWanYuan: `${n}.25` },
    }),
  },
  'GET /v1/orgs/{org}/reports/{year}/proactive': {
    allowed: STAFF,
    okStatus: 200,
    prepare: () => ({ path: '/v1/orgs/fugou-gxj/reports/2023/proactive' }),
  },
};
