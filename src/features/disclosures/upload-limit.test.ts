import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { type ServerType, serve } from '@hono/node-server';
import { testEngines } from '../../db/testing.ts';
import { createRoleFixtures, createTestApp, signIn, TEST_PASSWORD, type TestApp } from '../../http/testing.ts';
import { createDisclosureFixture, type DisclosureFixture, itemIn } from './testing.ts';

const MB = 1024 * 1024;
/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** A PNG (by its content) of exactly `size` bytes: a real image followed by padding, like a large photo. */
function photoOf(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  bytes.set(PNG);
  return bytes;
}

interface Problem {
  status: number;
  code: string;
  detail: string;
}

for (const engine of testEngines()) {
  describe(`upload size limits over real HTTP (${engine})`, () => {
    let t: TestApp;
    let fx: DisclosureFixture;
    let server: ServerType;
    let base = '';
    let headers: Record<string, string> = {};

    before(async () => {
      t = await createTestApp(engine);
      fx = await createDisclosureFixture(t.services, await createRoleFixtures(t.services));
      const client = await signIn(t.app, 't-clerk', TEST_PASSWORD);
      headers = {
        cookie: `gk_session=${encodeURIComponent(client.cookie('gk_session') ?? '')}`,
        'x-csrf-token': client.csrfToken() ?? '',
        accept: 'application/json',
      };
      server = await new Promise((resolve) => {
        const s = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
      });
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    after(async () => {
      await new Promise<void>((resolve) => server?.close(() => resolve()));
      await t.close();
    });

    const upload = (itemId: number, name: string, bytes: Uint8Array) => {
      const form = new FormData();
      form.append('file', new Blob([Buffer.from(bytes)], { type: 'image/png' }), name);
      return fetch(`${base}/api/v1/items/${itemId}/attachments`, { method: 'POST', headers, body: form });
    };

    test('a 20 MB photo is accepted although it is above the general 10 MB body limit', async () => {
      assert.equal(t.services.config.maxBodyBytes, 10 * MB);
      assert.equal(t.services.config.uploadMaxBytes, 50 * MB, 'UPLOAD_MAX_MB defaults to 50');
      const item = await itemIn(t.services, fx, {}, 'draft');
      const response = await upload(item.id, '会议现场.png', photoOf(20 * MB));
      assert.equal(response.status, 201, await response.clone().text());
      const body = (await response.json()) as { sizeBytes: number; mediaType: string };
      assert.equal(body.sizeBytes, 20 * MB);
      assert.equal(body.mediaType, 'image/png');
      const stored = await t.services.disclosures.items.getItem(fx.ctx.clerk.actor, item.id);
      assert.equal(stored.attachments.length, 1);
    });

    test('a 51 MB file is refused with 413 and a Chinese message naming the 50 MB limit', async () => {
      const item = await itemIn(t.services, fx, {}, 'draft');
      const response = await upload(item.id, '超大照片.png', photoOf(51 * MB));
      assert.equal(response.status, 413);
      assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/);
      const problem = (await response.json()) as Problem;
      assert.equal(problem.code, 'PAYLOAD_TOO_LARGE');
      assert.match(problem.detail, /上传的文件超过 50 MB 的上限/);
      const stored = await t.services.disclosures.items.getItem(fx.ctx.clerk.actor, item.id);
      assert.equal(stored.attachments.length, 0, 'nothing is stored');
    });

    test('a streamed upload without Content-Length is cut off at the limit too', async () => {
      const item = await itemIn(t.services, fx, {}, 'draft');
      const boundary = 'gk-boundary-1234';
      const head = Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.png"\r\nContent-Type: image/png\r\n\r\n`,
      );
      let sent = 0;
      const chunk = photoOf(MB);
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent === 0) controller.enqueue(head);
          if (sent >= 60) {
            controller.enqueue(Buffer.from(`\r\n--${boundary}--\r\n`));
            controller.close();
            return;
          }
          controller.enqueue(chunk);
          sent += 1;
        },
      });
      const response = await fetch(`${base}/api/v1/items/${item.id}/attachments`, {
        method: 'POST',
        headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
        body: stream,
        duplex: 'half',
      } as RequestInit);
      assert.equal(response.status, 413);
      assert.match(((await response.json()) as Problem).detail, /50 MB/);
    });

    test('the service refuses a file over the limit sent as Base64 JSON as well', async () => {
      const item = await itemIn(t.services, fx, {}, 'draft');
      const body = JSON.stringify({
        fileName: '略大.png',
        contentBase64: Buffer.from(photoOf(50 * MB + 1)).toString('base64'),
      });
      const response = await fetch(`${base}/api/v1/items/${item.id}/attachments`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body,
      });
      assert.equal(response.status, 413);
      assert.match(((await response.json()) as Problem).detail, /超过 50\.0 MB 的上限/);
    });

    test('every other route keeps the 10 MB limit', async () => {
      const item = await itemIn(t.services, fx, {}, 'draft');
      const response = await fetch(`${base}/api/v1/items/${item.id}`, {
        method: 'PATCH',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ bodyHtml: `<p>${'长'.repeat(4 * MB)}</p>` }),
      });
      assert.equal(response.status, 413);
      const problem = (await response.json()) as Problem;
      assert.equal(problem.code, 'PAYLOAD_TOO_LARGE');
      assert.match(problem.detail, /提交的内容超过 10 MB 的上限/);
    });
  });
}
