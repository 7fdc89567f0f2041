import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { AppError } from '../core/app-error.ts';
import type { Services } from '../services.ts';
import { mountAdmin } from './admin-static.ts';
import { createApiApp } from './api/api-app.ts';
import type { AppEnv } from './app-env.ts';
import { toAppError, toProblem } from './errors.ts';
import { csrfProtection } from './middleware/csrf.ts';
import { loadSession } from './middleware/session.ts';
import type { PortalUpkeep } from './portal/change-notices.ts';
import { currentUrl, isLargeText } from './portal/display-prefs.ts';
import { PageCache } from './portal/page-cache.ts';
import { createPortalApp } from './portal/portal-app.tsx';
import type { PublishedPages } from './portal/published-pages.ts';
import { renderErrorPage } from './views/error-page.tsx';

export interface AppOptions {
  /** Directory of the built back-office SPA (admin/dist). */
  adminDir?: string;
  /** The short-lived page cache (default: one with PORTAL_CACHE_SECONDS). */
  pageCache?: PageCache;
  /** Item pages kept until they change (default: none; the server passes one that hears change notices). */
  publishedPages?: PublishedPages;
  /** Change notices and pre-rendering, once the server has started them. */
  portalUpkeep?: () => PortalUpkeep | undefined;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const displayOptions = (c: Context) => ({ isLargeText: isLargeText(c), currentUrl: currentUrl(c) });

/** Builds the whole web surface: API, portal and back office, over the given services. */
export function createApp(services: Services, options: AppOptions = {}): Hono<AppEnv> {
  const { config, logger } = services;
  const app = new Hono<AppEnv>();

  app.use(requestId({ headerName: 'x-request-id' }));
  app.use(async (c, next) => {
    const started = performance.now();
    const log = logger.child({ requestId: c.get('requestId') });
    c.set('logger', log);
    await next();
    // Pages the server renders ahead of visitors (prerender.ts) are not visits.
    if ((c.env as { prerender?: boolean } | undefined)?.prerender) return;
    log.info(
      { method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) },
      'request',
    );
  });
  // Security headers and compression are added around the app, on Node's response (node-listener.ts).

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    try {
      await services.database.ping();
      const prerender = options.portalUpkeep?.()?.status();
      return c.json({ status: 'ok', database: services.database.engine, ...(prerender && { prerender }) });
    } catch {
      return c.json({ status: 'unavailable', database: services.database.engine }, 503);
    }
  });

  app.use(bodyLimits(config));
  app.use(loadSession(services));
  app.use(csrfProtection());

  // Rendered public pages are reused for a few seconds; a successful change through the API empties them.
  const pageCache = options.pageCache ?? new PageCache({ ttlMs: config.portalCacheMs });
  app.use('/api/*', async (c, next) => {
    await next();
    if (!SAFE_METHODS.has(c.req.method) && c.res.status < 400) {
      // The change's notices reach the kept pages before this answer reaches the editor.
      await options.portalUpkeep?.()?.flush();
      pageCache.clear();
    }
  });
  app.route('/api', createApiApp(services));
  mountAdmin(app, options.adminDir);
  app.route('/', createPortalApp(services, { pageCache, publishedPages: options.publishedPages }));

  app.notFound((c) => {
    if (c.req.path.startsWith('/api/')) {
      return c.json(
        toProblem(new AppError('NOT_FOUND', `没有这个接口：${c.req.method} ${c.req.path}`), c.get('requestId')),
        404,
        {
          'content-type': 'application/problem+json; charset=utf-8',
        },
      );
    }
    return c.html(renderErrorPage(404, undefined, displayOptions(c)), 404);
  });

  app.onError(async (error, c) => {
    let appError = toAppError(error);
    // An unrecognised failure while the database is down (e.g. PGlite closed mid-query) is an outage, not a bug.
    if (appError.code === 'INTERNAL' && !(await databaseAnswers(services))) {
      appError = new AppError('DATABASE_UNAVAILABLE');
    }
    const log = c.get('logger') ?? logger;
    if (appError.status >= 500) log.error({ err: error }, 'request failed');
    else log.info({ code: appError.code }, 'request refused');
    if (c.req.path.startsWith('/api/') || c.req.path === '/api') {
      return c.json(toProblem(appError, c.get('requestId')), appError.status as 400, {
        'content-type': 'application/problem+json; charset=utf-8',
      });
    }
    return c.html(
      renderErrorPage(appError.status, appError.status < 500 ? appError.detail : undefined, displayOptions(c)),
      appError.status as 400,
    );
  });

  return app;
}

/** Routes that take a file: they get UPLOAD_MAX_MB instead of MAX_BODY_MB. */
const UPLOAD_ROUTES = [
  /^\/api\/v1\/items\/\d+\/attachments\/?$/,
  /^\/api\/v1\/orgs\/[^/]+\/decision-counts\/import\/?$/,
];
/** Room for the multipart envelope (boundaries, part headers) around the file itself. */
const MULTIPART_ENVELOPE_BYTES = 64 * 1024;

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/**
 * Request body limits: MAX_BODY_MB everywhere, except on the upload routes, which accept a file
 * of up to UPLOAD_MAX_MB (as multipart, or Base64 in JSON, which is a third larger). The body is
 * refused while it streams in, before it is buffered.
 */
function bodyLimits(config: Services['config']): MiddlewareHandler<AppEnv> {
  const refuse = (detail: string) => () => {
    throw new AppError('PAYLOAD_TOO_LARGE', detail);
  };
  const general = bodyLimit({
    maxSize: config.maxBodyBytes,
    onError: refuse(`提交的内容超过 ${megabytes(config.maxBodyBytes)} 的上限`),
  });
  const fileTooLarge = refuse(`上传的文件超过 ${megabytes(config.uploadMaxBytes)} 的上限，请压缩或拆分后再上传`);
  const multipart = bodyLimit({ maxSize: config.uploadMaxBytes + MULTIPART_ENVELOPE_BYTES, onError: fileTooLarge });
  const base64 = bodyLimit({
    maxSize: Math.ceil((config.uploadMaxBytes * 4) / 3) + MULTIPART_ENVELOPE_BYTES,
    onError: fileTooLarge,
  });
  return (c, next) => {
    // Nothing to limit on a bodiless request (and asking for the body would build a full Request).
    if (SAFE_METHODS.has(c.req.method)) return next();
    if (c.req.method !== 'POST' || !UPLOAD_ROUTES.some((route) => route.test(c.req.path))) return general(c, next);
    const json = (c.req.header('content-type') ?? '').startsWith('application/json');
    return (json ? base64 : multipart)(c, next);
  };
}

async function databaseAnswers(services: Services): Promise<boolean> {
  try {
    await services.database.ping();
    return true;
  } catch {
    return false;
  }
}
