// Machine-readable portal documents: an Atom feed per column and the sitemap (a single urlset while
// it fits the 50,000-address limit, a sitemap index over parts once it does not). Both carry an
// ETag, so feed readers and crawlers that poll get a 304 while nothing changed.
import type { Context } from 'hono';
import { buildColumnTree, type ColumnNode } from '../../features/disclosures/catalogue.ts';
import { htmlToPlainText } from '../../features/disclosures/sanitize.ts';
import { etagOf, matchesEtag } from './http-caching.ts';
import { findColumnNode } from './pages/column-page.tsx';
import type { PortalDirectory } from './portal-data.ts';
import type { OrgPageInput, PlatformPageInput } from './portal-page.ts';

export const FEED_ENTRIES = 20;
/** Characters of an entry's text in its <summary>. */
const SUMMARY_CHARS = 200;
/** Sitemaps hold at most 50,000 addresses; parts stay well under it. */
export const SITEMAP_LIMIT = 50_000;
export const ITEMS_PER_SITEMAP = 40_000;

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing characters XML forbids is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(CONTROL, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** The site's own origin, as the visitor reached it (feeds and sitemaps need absolute addresses). */
export function originOf(c: Context): string {
  return new URL(c.req.url).origin;
}

function sendXml(c: Context, xml: string, contentType: string, maxAgeSeconds: number): Response {
  const etag = etagOf(xml);
  c.header('etag', etag);
  c.header('cache-control', `public, max-age=${maxAgeSeconds}`);
  if (matchesEtag(c.req.header('if-none-match'), etag)) return c.body(null, 304);
  return c.body(xml, 200, { 'content-type': `${contentType}; charset=utf-8` });
}

function notFoundXml(c: Context): Response {
  c.header('cache-control', 'no-store');
  return c.text('没有找到这个栏目。', 404);
}

/** GET /o/<code>/columns/<id or code>/feed.atom: the column's newest items (sub-columns included). */
export async function renderColumnFeed({ c, services, org }: OrgPageInput): Promise<Response> {
  const column = findColumnNode(
    buildColumnTree(await services.portalQueries.columnsOf(org.id)),
    c.req.param('id') ?? '',
  );
  if (!column) return notFoundXml(c);
  const subtree = (node: ColumnNode): number[] => [node.id, ...node.children.flatMap(subtree)];
  const items = await services.portalQueries.feedEntries(subtree(column), FEED_ENTRIES);

  const origin = originOf(c);
  const page = `${origin}/o/${org.code}/columns/${column.id}`;
  const entries = items.map((item) => {
    const summary = htmlToPlainText(item.bodyHtml).slice(0, SUMMARY_CHARS);
    return [
      '  <entry>',
      `    <id>${escapeXml(origin + item.href)}</id>`,
      `    <title>${escapeXml(item.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(origin + item.href)}"/>`,
      `    <updated>${item.publishedAt}</updated>`,
      summary ? `    <summary>${escapeXml(summary)}</summary>` : '',
      '  </entry>',
    ]
      .filter(Boolean)
      .join('\n');
  });
  const xml = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <id>${escapeXml(page)}</id>`,
    `  <title>${escapeXml(`${org.name} - ${column.name}`)}</title>`,
    `  <updated>${items[0]?.publishedAt ?? column.updatedAt}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(`${page}/feed.atom`)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(page)}"/>`,
    `  <author><name>${escapeXml(org.name)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
  return sendXml(c, xml, 'application/atom+xml', 300);
}

interface SitemapUrl {
  loc: string;
  lastmod?: string;
}

const ORG_PAGES = ['', 'guide', 'catalogue', 'proactive', 'normative', 'apply', 'annual-reports'];

/** The portal's own pages: platform pages, each public org's main pages and its columns. */
async function pageUrls(
  { services }: PlatformPageInput,
  directory: PortalDirectory,
  origin: string,
): Promise<SitemapUrl[]> {
  const urls: SitemapUrl[] = ['/', '/accessibility', '/privacy'].map((path) => ({ loc: origin + path }));
  const publicOrgs = new Set(directory.all().map((org) => org.code));
  for (const code of publicOrgs) for (const path of ORG_PAGES) urls.push({ loc: `${origin}/o/${code}/${path}` });
  for (const column of await services.portalQueries.allColumns()) {
    if (publicOrgs.has(column.orgCode))
      urls.push({ loc: `${origin}/o/${column.orgCode}/columns/${column.columnId}`, lastmod: column.updatedAt });
  }
  return urls;
}

async function itemUrls(
  { services }: PlatformPageInput,
  origin: string,
  offset: number,
  limit: number,
): Promise<SitemapUrl[]> {
  const items = await services.disclosures.portal.listSitemapItems(offset, limit);
  return items.map((item) => ({ loc: origin + item.href, lastmod: item.lastModified }));
}

function urlset(urls: SitemapUrl[]): string {
  const body = urls.map(
    (u) => `  <url><loc>${escapeXml(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ''}</url>`,
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...body,
    '</urlset>',
    '',
  ].join('\n');
}

/** GET /sitemap.xml: every published item and the portal's pages, or an index of parts when there are too many. */
export async function renderSitemap(input: PlatformPageInput): Promise<Response> {
  const { c, services, directory } = input;
  const origin = originOf(c);
  const [pages, itemCount] = await Promise.all([
    pageUrls(input, directory, origin),
    services.disclosures.portal.countPublishedItems(),
  ]);
  if (pages.length + itemCount <= SITEMAP_LIMIT) {
    return sendXml(c, urlset([...pages, ...(await itemUrls(input, origin, 0, itemCount))]), 'application/xml', 3600);
  }
  const parts = [
    'pages',
    ...Array.from({ length: Math.ceil(itemCount / ITEMS_PER_SITEMAP) }, (_, i) => `items-${i + 1}`),
  ];
  const xml = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...parts.map((part) => `  <sitemap><loc>${escapeXml(`${origin}/sitemaps/${part}.xml`)}</loc></sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n');
  return sendXml(c, xml, 'application/xml', 3600);
}

/** GET /sitemaps/<part>.xml: the pages, or the n-th block of items (items-1, items-2, …). */
export async function renderSitemapPart(input: PlatformPageInput): Promise<Response> {
  const { c, directory } = input;
  const part = /^(pages|items-(\d{1,4}))\.xml$/.exec(c.req.param('part') ?? '');
  if (!part) return c.text('没有这个网站地图。', 404);
  const origin = originOf(c);
  if (part[1] === 'pages') return sendXml(c, urlset(await pageUrls(input, directory, origin)), 'application/xml', 3600);
  const index = Number(part[2]);
  if (index < 1) return c.text('没有这个网站地图。', 404);
  const urls = await itemUrls(input, origin, (index - 1) * ITEMS_PER_SITEMAP, ITEMS_PER_SITEMAP);
  if (urls.length === 0) return c.text('没有这个网站地图。', 404);
  return sendXml(c, urlset(urls), 'application/xml', 3600);
}
