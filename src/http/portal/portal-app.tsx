import type { Context } from 'hono';
import { Hono } from 'hono';
import type { Services } from '../../services.ts';
import type { AppEnv } from '../app-env.ts';
import { renderErrorPage } from '../views/error-page.tsx';
import { Layout, renderDocument } from '../views/layout.tsx';
import { platformNav } from '../views/platform-nav.ts';
import type { Crumb, PageChrome } from '../views/view-types.ts';
import { cached } from './directory-cache.ts';
import { currentUrl, isLargeText, LARGE_TEXT_PATH, rememberLargeText, safeBackPath } from './display-prefs.ts';
import { sendPage } from './http-caching.ts';
import { PageCache, pageCacheKey, sendCachedPage, sendPublishedPage } from './page-cache.ts';
import { serveAsset } from './portal-assets.ts';
import { loadDirectory } from './portal-data.ts';
import type { PageResult } from './portal-page.ts';
import { ORG_ROUTES, orgNav, PLATFORM_ROUTES } from './portal-routes.ts';
import { PublishedPages, publishedItemId } from './published-pages.ts';

const ORG_CODE = /^[a-z0-9][a-z0-9-]{0,62}$/;
const UNKNOWN_ORG = '没有找到这个单位，网址中的单位代码可能有误。请从平台首页选择单位。';

/** An item page that may be kept rendered: its key, item and the store's generation when its data was read. */
interface Keepable {
  key: string;
  itemId: number;
  generation: number;
}

function renderPage(
  c: Context<AppEnv>,
  caches: { pageCache: PageCache; published: PublishedPages; keepable?: Keepable },
  chrome: Omit<PageChrome, 'title' | 'heading' | 'isLargeText' | 'currentUrl'>,
  result: PageResult,
) {
  const { pageCache, published, keepable } = caches;
  const page = (
    <Layout
      chrome={{
        ...chrome,
        title: result.title,
        heading: result.heading,
        isLargeText: isLargeText(c),
        currentUrl: currentUrl(c),
      }}
    >
      {result.body}
    </Layout>
  );
  if (result.isPrivate) {
    c.header('cache-control', 'no-store');
    return c.html(renderDocument(page), result.status ?? 200);
  }
  const status = result.status ?? 200;
  const html = renderDocument(page);
  if (status === 200 && keepable) {
    const kept = published.set(keepable.key, keepable.itemId, html, keepable.generation);
    if (kept) return sendPublishedPage(c, kept);
  }
  // The same for every visitor in this display mode: kept for the next requests.
  if (status === 200 && c.req.method === 'GET' && pageCache.enabled)
    return sendCachedPage(c, pageCache, pageCache.set(pageCacheKey(c), html));
  return sendPage(c, html, status);
}

/** The Chinese 404 page, in the visitor's display mode. */
export function portalNotFound(c: Context<AppEnv>, detail?: string) {
  return sendPage(c, renderErrorPage(404, detail, { isLargeText: isLargeText(c), currentUrl: currentUrl(c) }), 404);
}

export interface PortalOptions {
  /** How long the org directory is reused before it is read again (default 5 s). */
  directoryTtlMs?: number;
  /** Rendered public pages, shared with the code that empties it on changes (default: none kept). */
  pageCache?: PageCache;
  /** Item pages kept until a change notice drops them (default: none kept). */
  publishedPages?: PublishedPages;
}

/** The public portal: server-rendered pages that need no JavaScript. */
export function createPortalApp(services: Services, options: PortalOptions = {}): Hono<AppEnv> {
  const portal = new Hono<AppEnv>();
  const directoryOf = cached(() => loadDirectory(services.orgs), { ttlMs: options.directoryTtlMs ?? 5000 });
  const pageCache = options.pageCache ?? new PageCache({ ttlMs: 0 });
  const published = options.publishedPages ?? new PublishedPages({ maxBytes: 0 });
  /** The key and item of a page the published-page store may keep (a plain GET of /o/<org>/items/<id>). */
  const keepableOf = (c: Context<AppEnv>): Omit<Keepable, 'generation'> | undefined => {
    if (c.req.method !== 'GET' || !published.enabled) return undefined;
    const itemId = publishedItemId(c.req.path);
    if (itemId === undefined || c.req.url.includes('?')) return undefined;
    return { key: pageCacheKey(c), itemId };
  };
  const fromCache = (c: Context<AppEnv>) => {
    const entry = c.req.method === 'GET' && pageCache.enabled ? pageCache.get(pageCacheKey(c)) : undefined;
    return entry && sendCachedPage(c, pageCache, entry);
  };
  portal.get('/static/:file', (c) => serveAsset(c, c.req.param('file')) ?? portalNotFound(c));

  portal.get(LARGE_TEXT_PATH, (c) => {
    const large = c.req.query('large');
    if (large !== '0' && large !== '1')
      return c.html(renderErrorPage(400, '长者模式参数应为 large=1（开启）或 large=0（关闭）。'), 400);
    rememberLargeText(c, large === '1', new URL(c.req.url).protocol === 'https:');
    c.header('cache-control', 'no-store');
    return c.redirect(safeBackPath(c.req.query('back')), 303);
  });

  for (const route of PLATFORM_ROUTES) {
    portal.get(route.path, async (c) => {
      const hit = fromCache(c);
      if (hit) return hit;
      const directory = await directoryOf();
      const result = await route.render({ c, services, directory });
      // Machine-readable documents (the sitemap) answer for themselves.
      if (result instanceof Response) return result;
      const crumbs: Crumb[] =
        route.path === '/' ? [] : [{ label: '首页', href: '/' }, ...(result.crumbs ?? []), { label: result.title }];
      return renderPage(
        c,
        { pageCache, published },
        { org: null, host: directory.host, nav: platformNav(route.nav ?? null), breadcrumbs: crumbs },
        result,
      );
    });
  }

  portal.get('/o/:code', (c) => c.redirect(`/o/${encodeURIComponent(c.req.param('code'))}/`, 301));
  for (const route of ORG_ROUTES) {
    portal.on(route.method ?? 'GET', `/o/:code/${route.path}`, async (c) => {
      const keep = keepableOf(c);
      const kept = keep && published.get(keep.key);
      if (kept) return sendPublishedPage(c, kept);
      // Read before any data: a change notice arriving while this page renders stops it being kept.
      const keepable = keep && { ...keep, generation: published.generation };
      const hit = fromCache(c);
      if (hit) return hit;
      const code = c.req.param('code');
      const directory = ORG_CODE.test(code) ? await directoryOf() : undefined;
      const found = directory?.find(code);
      if (!directory || !found) return portalNotFound(c, UNKNOWN_ORG);
      const { org, parent } = found;
      const result = await route.render({ c, services, directory, org, parent });
      // Redirects, downloads and refusals answer for themselves.
      if (result instanceof Response) return result;
      const crumbs: Crumb[] = [{ label: '平台首页', href: '/' }];
      if (parent) crumbs.push({ label: parent.name, href: `/o/${parent.code}/` });
      if (route.path === '') crumbs.push({ label: org.name });
      else crumbs.push({ label: org.name, href: `/o/${org.code}/` }, ...(result.crumbs ?? []), { label: result.title });
      const nav = orgNav(org.code, route.nav ? route.path : (route.within ?? null));
      return renderPage(c, { pageCache, published, keepable }, { org, host: null, nav, breadcrumbs: crumbs }, result);
    });
  }
  // Anything else under an org's path: a 404 that keeps the visitor's display mode.
  portal.get('/o/*', (c) => portalNotFound(c));

  return portal;
}
