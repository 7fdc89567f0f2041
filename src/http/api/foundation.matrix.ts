// Authorization rows for the foundation routes: sign-in, orgs, users, role grants, audit.
import { addTestUser } from '../testing.ts';
import {
  ADMINS,
  ANY_ADMIN,
  freshClerk,
  type MatrixRows,
  SIGNED_IN,
  uniqueSuffix,
  WHO,
} from './authorization-matrix.ts';

export const MATRIX_ROWS: MatrixRows = {
  'POST /v1/auth/login': {
    allowed: WHO,
    okStatus: 200,
    prepare: async ({ t }) => {
      const user = await addTestUser(t.services, { username: `login-${uniqueSuffix()}` });
      return { body: { username: user.username, password: user.password }, freshSession: true };
    },
  },
  'POST /v1/auth/logout': { allowed: WHO, okStatus: 204, prepare: () => ({ freshSession: true }) },
  'GET /v1/auth/me': { allowed: SIGNED_IN, okStatus: 200, prepare: () => ({}) },
  // A wrong current password: reaching the check proves access without changing anything.
  'POST /v1/auth/password': {
    allowed: SIGNED_IN,
    okStatus: 400,
    prepare: () => ({ body: { currentPassword: 'Not-The-Passw0rd', newPassword: 'New-Passw0rd-123' } }),
  },
  'GET /v1/orgs': { allowed: SIGNED_IN, okStatus: 200, prepare: () => ({}) },
  'GET /v1/orgs/tree': { allowed: SIGNED_IN, okStatus: 200, prepare: () => ({}) },
  // 运行股: the clerk's grant is on the sibling 办公室, so the clerk may not see it.
  'GET /v1/orgs/{id}': {
    allowed: ['platform_admin', 'org_admin', 'reviewer', 'approver', 'officer'],
    okStatus: 200,
    prepare: ({ f }) => ({ path: `/v1/orgs/${f.orgIds['fugou-gxj-yxg']}` }),
  },
  'POST /v1/orgs': {
    allowed: ADMINS,
    okStatus: 201,
    prepare: ({ f }) => ({
      body: { parentId: f.orgIds['fugou-gxj'], kind: 'section', name: '综合股', code: `m-${uniqueSuffix()}` },
    }),
  },
  'PATCH /v1/orgs/{id}': {
    allowed: ADMINS,
    okStatus: 200,
    prepare: ({ f, n }) => ({
      path: `/v1/orgs/${f.orgIds['fugou-gxj-qyg']}`,
      body: { contactPhone: `0394-62131${n}` },
    }),
  },
  'GET /v1/users': { allowed: ANY_ADMIN, okStatus: 200, prepare: () => ({}) },
  'POST /v1/users': {
    allowed: ADMINS,
    okStatus: 201,
    prepare: ({ f }) => ({
      body: {
        username: `u-${uniqueSuffix()}`,
        displayName: '新同事',
        grants: [{ orgId: f.orgIds['fugou-gxj'], role: 'clerk' }],
      },
    }),
  },
  'GET /v1/users/{id}': {
    allowed: ADMINS,
    okStatus: 200,
    prepare: async (c) => ({ path: `/v1/users/${(await freshClerk(c)).id}` }),
  },
  'PATCH /v1/users/{id}': {
    allowed: ADMINS,
    okStatus: 200,
    prepare: async (c) => ({ path: `/v1/users/${(await freshClerk(c)).id}`, body: { phone: '13800000000' } }),
  },
  'POST /v1/users/{id}/reset-password': {
    allowed: ADMINS,
    okStatus: 200,
    prepare: async (c) => ({ path: `/v1/users/${(await freshClerk(c)).id}/reset-password` }),
  },
  'POST /v1/users/{id}/unlock': {
    allowed: ADMINS,
    okStatus: 204,
    prepare: async (c) => ({ path: `/v1/users/${(await freshClerk(c)).id}/unlock` }),
  },
  'POST /v1/role-grants': {
    allowed: ADMINS,
    okStatus: 201,
    prepare: async (c) => ({
      body: { userId: (await freshClerk(c)).id, orgId: c.f.orgIds['fugou-gxj-qyg'], role: 'reviewer' },
    }),
  },
  'DELETE /v1/role-grants/{id}': {
    allowed: ADMINS,
    okStatus: 204,
    prepare: async (c) => {
      const user = await freshClerk(c);
      const grant = await c.t.database.db
        .selectFrom('role_grant')
        .select('id')
        .where('user_id', '=', user.id)
        .executeTakeFirstOrThrow();
      return { path: `/v1/role-grants/${grant.id}` };
    },
  },
  'GET /v1/audit': { allowed: ANY_ADMIN, okStatus: 200, prepare: () => ({}) },
};
