import type { FC } from 'hono/jsx';
import { largeTextToggleHref } from '../portal/display-prefs.ts';
import type { PageChrome } from './view-types.ts';

export const PLATFORM_NAME = '政府信息公开平台';

export const SiteHeader: FC<{ chrome: PageChrome }> = ({ chrome }) => {
  const { org, host, isLargeText } = chrome;
  const homeHref = org ? `/o/${org.code}/` : '/';
  const name = org?.name ?? host?.name ?? PLATFORM_NAME;
  const sub = org ? '政府信息公开' : host ? PLATFORM_NAME : null;
  return (
    <header class="site-header">
      <div class="topbar">
        <div class="wrap">
          <a href="/">{org ? `返回${PLATFORM_NAME}` : `${PLATFORM_NAME}首页`}</a>
          <ul>
            <li>
              <a class="mode-toggle" href={largeTextToggleHref(isLargeText, chrome.currentUrl)} rel="nofollow">
                {isLargeText ? '退出长者模式（恢复标准字号）' : '长者模式（大字号）'}
              </a>
            </li>
            <li>
              <a href="/accessibility">无障碍声明</a>
            </li>
          </ul>
        </div>
      </div>
      <div class="banner">
        <div class="wrap">
          <a class="site-name" href={homeHref}>
            <span class="org-name">{name}</span>
            {sub ? <span class="site-sub">{sub}</span> : null}
          </a>
        </div>
      </div>
      {chrome.nav.length > 0 ? (
        <nav class="main-nav" aria-label="主导航">
          <div class="wrap">
            <ul>
              {chrome.nav.map((link) => (
                <li key={link.href}>
                  <a href={link.href} aria-current={link.isCurrent ? 'page' : undefined}>
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        </nav>
      ) : null}
    </header>
  );
};
