import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { type ApiError, api, buildUrl, configureClient, setCsrfToken } from './client.ts';

interface Sent {
  url: string;
  init: RequestInit;
}

const realFetch = globalThis.fetch;
let sent: Sent[] = [];
let shown: string[] = [];
let lost = 0;

function respondWith(status: number, body: unknown, type = 'application/problem+json'): void {
  globalThis.fetch = (async (url: string, init: RequestInit) => {
    sent.push({ url, init });
    return new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { 'content-type': type },
    });
  }) as typeof fetch;
}

describe('后台 API 客户端', () => {
  beforeEach(() => {
    sent = [];
    shown = [];
    lost = 0;
    (globalThis as { document?: unknown }).document = { cookie: 'other=1; gk_csrf=anon-token' };
    configureClient({ notifyError: (text) => shown.push(text), onSessionLost: () => lost++ });
    setCsrfToken(null);
  });
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  test('查询参数跳过空值，列表分页参数照常带上', () => {
    assert.equal(
      buildUrl('/users', { q: '', orgId: undefined, page: 2, pageSize: 20 }),
      '/api/v1/users?page=2&pageSize=20',
    );
  });

  test('未登录时写请求带上 gk_csrf Cookie 中的令牌，登录后改用会话令牌；读请求不带', async () => {
    respondWith(200, { ok: true }, 'application/json');
    await api.post('/auth/login', { username: 'a', password: 'b' });
    setCsrfToken('session-token');
    await api.patch('/users/1', { displayName: '张三' });
    await api.get('/users');
    const header = (i: number) => (sent[i].init.headers as Record<string, string>)['x-csrf-token'];
    assert.deepEqual([header(0), header(1), header(2)], ['anon-token', 'session-token', undefined]);
  });

  test('problem+json 错误显示中文说明；有字段错误时显示各字段的说明', async () => {
    respondWith(403, { status: 403, code: 'FORBIDDEN', detail: '没有权限管理该机构' });
    await assert.rejects(api.get('/orgs/9'), (error: ApiError) => error.code === 'FORBIDDEN');
    respondWith(400, {
      status: 400,
      code: 'VALIDATION_FAILED',
      detail: 'creditCode：统一社会信用代码校验位不符',
      fields: [{ field: 'creditCode', message: '统一社会信用代码校验位不符' }],
    });
    await assert.rejects(api.patch('/orgs/1', {}), (error: ApiError) => error.fields[0].field === 'creditCode');
    assert.deepEqual(shown, ['没有权限管理该机构', '统一社会信用代码校验位不符']);
  });

  test('会话失效（401）时通知回到登录页，密码错误的 401 则不会', async () => {
    setCsrfToken('session-token');
    respondWith(401, { status: 401, code: 'SESSION_EXPIRED', detail: '登录已超时，请重新登录' });
    await assert.rejects(api.get('/users'));
    assert.equal(lost, 1);
    respondWith(401, { status: 401, code: 'INVALID_CREDENTIALS', detail: '用户名或密码错误' });
    await assert.rejects(api.post('/auth/login', {}, { quiet: true }));
    assert.equal(lost, 1);
    assert.deepEqual(shown, ['登录已超时，请重新登录']);
  });

  test('服务器返回的不是 problem+json 时给出带状态码的中文提示', async () => {
    respondWith(502, '<html>bad gateway</html>', 'text/html');
    await assert.rejects(api.get('/users'), (error: ApiError) => error.status === 502);
    assert.match(shown[0], /请求失败（502）/);
  });
});
