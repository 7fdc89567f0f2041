import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testEngines } from '../../db/testing.ts';
import {
  type ApiClient,
  createRoleFixtures,
  createTestApp,
  type RoleFixtures,
  signIn,
  type TestApp,
} from '../testing.ts';

interface Problem {
  status: number;
  code: string;
  detail: string;
  fields?: { field: string; message: string }[];
}

const HAN = /\p{Script=Han}/u;

for (const engine of testEngines()) {
  describe(`bad input over HTTP (${engine})`, () => {
    let t: TestApp;
    let f: RoleFixtures;
    let admin: ApiClient;

    before(async () => {
      t = await createTestApp(engine);
      f = await createRoleFixtures(t.services);
      admin = await signIn(t.app, f.users.platform_admin.username, f.users.platform_admin.password);
    });
    after(() => t.close());

    const assertProblem = (res: { status: number; body: unknown; headers: Headers }, status: number, code: string) => {
      assert.equal(res.status, status);
      assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
      const problem = res.body as Problem;
      assert.equal(problem.code, code);
      assert.match(problem.detail, HAN, 'detail in Chinese');
      assert.doesNotMatch(JSON.stringify(problem), /at .*\.ts:\d+/, 'no stack trace');
      return problem;
    };

    test('malformed JSON is 400 MALFORMED_JSON', async () => {
      const res = await admin.request('POST', '/api/v1/orgs', {
        raw: '{"name": "扶沟',
        headers: { 'content-type': 'application/json' },
      });
      assertProblem(res, 400, 'MALFORMED_JSON');
    });

    test('wrong types are 400 VALIDATION_FAILED naming each field', async () => {
      const res = await admin.post('/api/v1/orgs', { parentId: 'one', kind: 'bureau', name: 123, code: 'Bad Code' });
      const problem = assertProblem(res, 400, 'VALIDATION_FAILED');
      const fields = problem.fields?.map((p) => p.field).sort();
      assert.deepEqual(fields, ['code', 'kind', 'name', 'parentId']);
      assert.match(problem.detail, /name：机构名称应为文本/);
      assert.match(problem.detail, /code：机构代码只能由小写字母/);
    });

    test('a missing required field is named in Chinese', async () => {
      const res = await admin.post('/api/v1/users', { displayName: '赵敏' });
      const problem = assertProblem(res, 400, 'VALIDATION_FAILED');
      assert.deepEqual(problem.fields, [{ field: 'username', message: '请填写用户名' }]);
    });

    test('bad query parameters and path ids are 400, not 500', async () => {
      assertProblem(await admin.get('/api/v1/orgs?pageSize=1000'), 400, 'VALIDATION_FAILED');
      assertProblem(await admin.get('/api/v1/orgs/abc'), 400, 'VALIDATION_FAILED');
      assertProblem(await admin.get('/api/v1/audit?from=yesterday'), 400, 'VALIDATION_FAILED');
      assertProblem(await admin.get('/api/v1/orgs/99999999999'), 400, 'VALIDATION_FAILED');
    });

    test('a body that is not JSON is 415', async () => {
      const res = await admin.request('POST', '/api/v1/orgs', {
        raw: 'name=x',
        headers: { 'content-type': 'text/plain' },
      });
      assertProblem(res, 415, 'UNSUPPORTED_MEDIA_TYPE');
    });

    test('a body over 10 MB is 413 and nothing is stored', async () => {
      const big = JSON.stringify({
        parentId: f.orgIds.fugou,
        kind: 'department',
        name: '大'.repeat(10),
        code: 'too-big',
        address: 'x'.repeat(10 * 1024 * 1024),
      });
      const res = await admin.request('POST', '/api/v1/orgs', {
        raw: big,
        headers: { 'content-type': 'application/json' },
      });
      assertProblem(res, 413, 'PAYLOAD_TOO_LARGE');
      const org = await t.database.db.selectFrom('org').select('id').where('code', '=', 'too-big').executeTakeFirst();
      assert.equal(org, undefined);
    });

    test('an unknown API route is a 404 problem', async () => {
      assertProblem(await admin.get('/api/v1/no-such-thing'), 404, 'NOT_FOUND');
      assertProblem(await admin.request('PUT', '/api/v1/orgs'), 404, 'NOT_FOUND');
    });

    test('a missing or wrong CSRF token is 403 and changes nothing', async () => {
      const body = { parentId: f.orgIds['fugou-gxj'], kind: 'section', name: '无令牌股', code: 'no-csrf' };
      assertProblem(await admin.post('/api/v1/orgs', body, { omitCsrf: true }), 403, 'CSRF_FAILED');
      assertProblem(
        await admin.post('/api/v1/orgs', body, { headers: { 'x-csrf-token': 'forged' } }),
        403,
        'CSRF_FAILED',
      );
      const org = await t.database.db.selectFrom('org').select('id').where('code', '=', 'no-csrf').executeTakeFirst();
      assert.equal(org, undefined);
      assert.equal((await admin.post('/api/v1/orgs', body)).status, 201, 'the same request with the token works');
    });

    test('anonymous sign-in needs the double-submit cookie token', async () => {
      const { createClient } = await import('../testing.ts');
      const anon = createClient(t.app);
      const creds = { username: f.users.clerk.username, password: f.users.clerk.password };
      assertProblem(await anon.post('/api/v1/auth/login', creds, { omitCsrf: true }), 403, 'CSRF_FAILED');
      assert.equal((await anon.post('/api/v1/auth/login', creds)).status, 200);
    });

    test('the process keeps serving after bad input', async () => {
      const res = await admin.get<{ items: unknown[] }>('/api/v1/orgs');
      assert.equal(res.status, 200);
      assert.ok(res.body.items.length > 0);
    });
  });
}
