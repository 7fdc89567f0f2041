// Composition root: config → database → migrations → services → HTTP server.

import type { Server } from 'node:http';
import path from 'node:path';
import type { Logger } from 'pino';
import { type Config, loadConfig } from './config.ts';
import { createLogger } from './core/logger.ts';
import { REPO_ROOT } from './core/repo-paths.ts';
import { type Database, openDatabase } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { startReminderScheduler } from './features/applications/reminders.ts';
import { seedDemo } from './features/demo/seed.ts';
import { startPublishScheduler } from './features/disclosures/workflow.service.ts';
import { createApp } from './http/app.ts';
import { createAppServer } from './http/node-listener.ts';
import { type PortalUpkeep, startPortalUpkeep } from './http/portal/change-notices.ts';
import { PageCache } from './http/portal/page-cache.ts';
import { PublishedPages } from './http/portal/published-pages.ts';
import { createServices, type Services } from './services.ts';

export { REPO_ROOT };
export const ADMIN_DIST = path.join(REPO_ROOT, 'admin', 'dist');

/** Opens the configured database (PostgreSQL or embedded PGlite, locked) and migrates it. */
export async function openConfiguredDatabase(config: Config): Promise<Database> {
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : config.dataDir,
  });
  try {
    await migrateToLatest(database.db);
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}

export interface RunningServer {
  url: string;
  port: number;
  services: Services;
  /** The generated administrator password, on the first start only. */
  initialAdminPassword: string | undefined;
  stop(): Promise<void>;
}

export interface StartServerOptions {
  config?: Config;
  logger?: Logger;
  /** How often scheduled (定时发布) items are looked for; 60 s unless a test wants it sooner. */
  publishSchedulerIntervalMs?: number;
  /** The built back office to serve (default admin/dist); browser tests pass a private copy. */
  adminDir?: string;
}

export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const config = options.config ?? loadConfig();
  const logger = options.logger ?? createLogger(config.logLevel);
  const database = await openConfiguredDatabase(config);
  const services = createServices(database, config, logger);
  let initialAdminPassword: string | undefined;
  try {
    if (config.seedDemo) initialAdminPassword = (await seedDemo(services)).adminPassword;
  } catch (error) {
    await database.close();
    throw error;
  }
  // Item pages are kept rendered until the database announces a change to them (change-notices.ts).
  const pageCache = new PageCache({ ttlMs: config.portalCacheMs });
  const publishedPages = new PublishedPages({ maxBytes: config.portalPagesBytes });
  let upkeep: PortalUpkeep | undefined;
  const app = createApp(services, {
    adminDir: options.adminDir ?? ADMIN_DIST,
    pageCache,
    publishedPages,
    portalUpkeep: () => upkeep,
  });
  try {
    upkeep = await startPortalUpkeep({
      database,
      pageCache,
      published: publishedPages,
      fetch: app.fetch,
      prerender: config.portalPrerender,
      onError: (error) => logger.warn({ err: error }, '信息页预生成失败'),
    });
  } catch (error) {
    // Without change notices pages are only reused for PORTAL_CACHE_SECONDS: slower, still correct.
    logger.warn({ err: error }, '无法接收数据变更通知，信息页不预生成');
  }
  // Deadline reminders by e-mail, once a working day (only when SMTP_URL is set).
  const stopReminders = config.smtpUrl
    ? startReminderScheduler(
        services.reminders,
        () => new Date(),
        undefined,
        (error) => logger.warn({ err: error }, 'reminder e-mails failed'),
      )
    : () => {};
  const server: Server = await new Promise((resolve) => {
    const s = createAppServer(app, config.host);
    s.listen(config.port, config.host, () => resolve(s));
  });
  // Publishes items approved for a later time; with several instances an advisory lock lets one run.
  const stopScheduler = startPublishScheduler(
    services.disclosures.workflow,
    () => new Date(),
    options.publishSchedulerIntervalMs ?? 60_000,
    (error) => logger.error({ err: error }, '定时发布任务失败'),
  );
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      stopReminders();
      // Stop accepting, let in-flight requests finish, then release the database (and its lock).
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await stopScheduler();
      await upkeep?.stop();
      await database.close();
    })();
    return stopping;
  };
  return { url: `http://localhost:${port}`, port, services, initialAdminPassword, stop };
}
