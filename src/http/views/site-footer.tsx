import type { FC } from 'hono/jsx';
import { ContactDetails } from './components.tsx';
import { PLATFORM_NAME } from './site-header.tsx';
import type { PageChrome } from './view-types.ts';

export const SiteFooter: FC<{ chrome: PageChrome }> = ({ chrome }) => {
  const office = chrome.org ?? chrome.host ?? null;
  return (
    <footer class="site-footer">
      <div class="wrap">
        <section aria-labelledby="footer-contact">
          <h2 id="footer-contact">政府信息公开工作机构</h2>
          {office ? <ContactDetails org={office} /> : <p>各单位的联系方式请见其政府信息公开指南。</p>}
        </section>
        <section aria-labelledby="footer-site">
          <h2 id="footer-site">网站信息</h2>
          <ul>
            <li>
              <a href="/accessibility">无障碍声明</a>
            </li>
            <li>
              <a href="/privacy">隐私声明</a>
            </li>
            <li>
              <a href="/">{PLATFORM_NAME}首页</a>
            </li>
          </ul>
        </section>
        <p class="footer-note">
          {office ? `主办单位：${office.name}。` : ''}本网站无需 JavaScript 即可完整使用，不使用第三方统计或广告。
        </p>
      </div>
    </footer>
  );
};
