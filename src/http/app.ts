import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { AppError } from '../core/app-error.ts';
import type { Services } from '../services.ts';
import { mountAdmin } from './admin-static.ts';
import { createApiApp } from './api/api-app.ts';
import type { AppEnv } from './app-env.ts';
import { toAppError, toProblem } from './errors.ts';
import { csrfProtection } from './middleware/csrf.ts';
import { loadSession } from './middleware/session.ts';
import { currentUrl, isLargeText } from './portal/display-prefs.ts';
import { createPortalApp } from './portal/portal-app.tsx';
import { renderErrorPage } from './views/error-page.tsx';

export interface AppOptions {
  /** Directory of the built back-office SPA (admin/dist). */
  adminDir?: string;
}

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
    log.info(
      { method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) },
      'request',
    );
  });
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(compress());

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    try {
      await services.database.ping();
      return c.json({ status: 'ok', database: services.database.engine });
    } catch {
      return c.json({ status: 'unavailable', database: services.database.engine }, 503);
    }
  });

  app.use(
    bodyLimit({
      maxSize: config.maxBodyBytes,
      onError: () => {
        throw new AppError(
          'PAYLOAD_TOO_LARGE',
          `提交的内容超过 ${Math.round(config.maxBodyBytes / 1024 / 1024)} MB 的上限`,
        );
      },
    }),
  );
  app.use(loadSession(services));
  app.use(csrfProtection());

  app.route('/api', createApiApp(services));
  mountAdmin(app, options.adminDir);
  app.route('/', createPortalApp(services));

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

async function databaseAnswers(services: Services): Promise<boolean> {
  try {
    await services.database.ping();
    return true;
  } catch {
    return false;
  }
}
