import type { Child, FC } from 'hono/jsx';
import { assetHref } from '../portal/portal-assets.ts';
import { Breadcrumbs } from './components.tsx';
import { SiteFooter } from './site-footer.tsx';
import { PLATFORM_NAME, SiteHeader } from './site-header.tsx';
import type { PageChrome } from './view-types.ts';

function siteTitle(chrome: PageChrome): string {
  if (chrome.org) return `${chrome.org.name} - 政府信息公开`;
  return chrome.host ? `${chrome.host.name} - ${PLATFORM_NAME}` : PLATFORM_NAME;
}

/** The page shell: skip link, header with navigation, one h1, footer. Needs no JavaScript. */
export const Layout: FC<{ chrome: PageChrome; children?: Child }> = ({ chrome, children }) => (
  <html lang="zh-CN" class={chrome.isLargeText ? 'large-text' : undefined}>
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="color-scheme" content="light" />
      <title>{`${chrome.title} - ${siteTitle(chrome)}`}</title>
      <link rel="stylesheet" href={assetHref('portal.css')} />
      {chrome.isLargeText ? <link rel="stylesheet" href={assetHref('large-text.css')} /> : null}
    </head>
    <body>
      <a class="skip-link" href="#main">
        跳到主要内容
      </a>
      <SiteHeader chrome={chrome} />
      <main id="main" class="wrap" tabindex={-1}>
        <Breadcrumbs crumbs={chrome.breadcrumbs} />
        <h1>{chrome.heading ?? chrome.title}</h1>
        {children}
      </main>
      <SiteFooter chrome={chrome} />
    </body>
  </html>
);

/** Renders a synchronous JSX page to an HTML document string. */
export function renderDocument(page: Child): string {
  if (page instanceof Promise) throw new Error('renderDocument expects synchronous components');
  return `<!doctype html>${String(page)}`;
}
