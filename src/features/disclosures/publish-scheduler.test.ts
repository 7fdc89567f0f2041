import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import pg from 'pg';
import { loadConfig } from '../../config.ts';
import type { Engine } from '../../db/database.ts';
import { testEngines } from '../../db/testing.ts';
import { createRoleFixtures } from '../../http/testing.ts';
import { type RunningServer, startServer } from '../../main.ts';
import { createDisclosureFixture, itemIn } from './testing.ts';

async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** The real server (startServer) over a database of its own, with a short scheduler interval. */
async function startOwnServer(engine: Engine): Promise<{ server: RunningServer; cleanUp(): Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-scheduler-'));
  let databaseUrl = '';
  let dropDatabase = async () => {};
  if (engine === 'postgres') {
    const adminUrl = process.env.DATABASE_URL as string;
    const name = `gongkai_sched_${process.pid}_${randomBytes(4).toString('hex')}`;
    await admin(adminUrl, `create database ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    dropDatabase = () => admin(adminUrl, `drop database if exists ${name} with (force)`);
  }
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    GONGKAI_DATA_DIR: dataDir,
    GONGKAI_SEED_DEMO: '0',
    LOG_LEVEL: 'silent',
    DATABASE_URL: databaseUrl,
  });
  const server = await startServer({ config, publishSchedulerIntervalMs: 200 });
  return {
    server,
    async cleanUp() {
      await server.stop();
      await dropDatabase();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function waitFor<T>(probe: () => Promise<T | undefined>, ms: number): Promise<T | undefined> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

for (const engine of testEngines()) {
  describe(`scheduled publishing in the running server (${engine})`, () => {
    test('an item approved for a later time is published by the server when the time comes', {
      timeout: 120_000,
    }, async () => {
      const { server, cleanUp } = await startOwnServer(engine);
      try {
        const { services } = server;
        const fx = await createDisclosureFixture(services, await createRoleFixtures(services));
        const item = await itemIn(services, fx, { title: '关于定时发布测试的通知' }, 'approved');
        const at = new Date(Date.now() + 1500);
        await services.disclosures.workflow.schedule(fx.ctx.approver, item.id, { at });

        const page = `${server.url}/o/fugou-gxj/items/${item.id}`;
        assert.equal((await fetch(page)).status, 404, '到点之前门户上没有这条信息');

        const published = await waitFor(async () => {
          const current = await services.disclosures.items.getItem(fx.ctx.clerk.actor, item.id);
          return current.state === 'published' ? current : undefined;
        }, 15_000);
        assert.ok(published, '服务器应在预定时间后自动发布');
        assert.ok(new Date(published.publishedAt ?? 0).getTime() >= at.getTime(), '不早于预定时间发布');
        assert.equal(published.workflow.publishedBy?.name, 't-approver', '记录安排定时发布的负责人');
        assert.match(await (await fetch(page)).text(), /关于定时发布测试的通知/);
        const audit = await services.database.db
          .selectFrom('audit_entry')
          .select('action')
          .where('target_type', '=', 'item')
          .where('target_id', '=', String(item.id))
          .where('action', '=', 'item.publish_scheduled')
          .execute();
        assert.equal(audit.length, 1, '自动发布写入审计日志，且只发布一次');
      } finally {
        await cleanUp();
      }
      // Graceful stop also stops the scheduler: nothing keeps the process alive or touches the closed database.
    });
  });
}
