import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { COMPRESSION_THRESHOLD_BYTES, createAppServer } from './node-listener.ts';

const bigJson = { items: Array.from({ length: 200 }, (_, i) => ({ id: i, title: `第${i}号通知` })) };

describe('the Node layer around the app', () => {
  const app = new Hono();
  app.get('/small', (c) => c.json({ status: 'ok' }));
  app.get('/big', (c) => c.json(bigJson));
  app.get('/framed', (c) => c.html('<p>可以嵌入</p>', 200, { 'x-frame-options': 'DENY' }));
  app.get('/pre-compressed', (c) => c.body('already', 200, { 'content-encoding': 'identity' }));
  const server = createAppServer(app);
  let base = '';
  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  // fetch() would undo the compression; node:http shows what went over the wire.
  const raw = async (path: string, encoding = 'gzip') => {
    const { request } = await import('node:http');
    return new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
      request(`${base}${path}`, { headers: { 'accept-encoding': encoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      })
        .on('error', reject)
        .end();
    });
  };

  test('every response carries the security headers, and a route may set its own value', async () => {
    const small = await raw('/small');
    assert.match(String(small.headers['content-security-policy']), /default-src 'self'/);
    assert.match(String(small.headers['content-security-policy']), /frame-ancestors 'none'/);
    assert.equal(small.headers['x-content-type-options'], 'nosniff');
    assert.equal(small.headers['x-frame-options'], 'SAMEORIGIN');
    assert.equal(small.headers['referrer-policy'], 'no-referrer');
    assert.equal((await raw('/framed')).headers['x-frame-options'], 'DENY');
  });

  test('a body of 1 KB or more is gzip-compressed when the client accepts it; a small one is not', async () => {
    const big = await raw('/big');
    assert.ok(JSON.stringify(bigJson).length > COMPRESSION_THRESHOLD_BYTES);
    assert.equal(big.headers['content-encoding'], 'gzip');
    assert.match(String(big.headers.vary), /Accept-Encoding/i);
    assert.deepEqual(JSON.parse(gunzipSync(big.body).toString()), bigJson);

    const small = await raw('/small');
    assert.equal(small.headers['content-encoding'], undefined);
    assert.deepEqual(JSON.parse(small.body.toString()), { status: 'ok' });

    const plain = await raw('/big', 'identity');
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.deepEqual(JSON.parse(plain.body.toString()), bigJson);
  });

  test('a body that already names its encoding is left alone', async () => {
    const res = await raw('/pre-compressed');
    assert.equal(res.headers['content-encoding'], 'identity');
    assert.equal(res.body.toString(), 'already');
  });
});
