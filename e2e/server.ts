import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config.ts';
import { startServer } from '../src/main.ts';

export interface TestServer {
  url: string;
  /** The administrator password printed on first start. */
  adminPassword: string;
  stop(): Promise<void>;
}

/** The real server on a free loopback port, over a fresh embedded database seeded with demo data. */
export async function startTestServer(): Promise<TestServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-e2e-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    GONGKAI_DATA_DIR: dataDir,
    GONGKAI_SEED_DEMO: '1',
    LOG_LEVEL: 'silent',
  });
  const server = await startServer({ config });
  if (!server.initialAdminPassword) {
    await server.stop();
    throw new Error('新数据库首次启动时应生成初始管理员密码');
  }
  return {
    url: `http://127.0.0.1:${server.port}`,
    adminPassword: server.initialAdminPassword,
    async stop() {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
