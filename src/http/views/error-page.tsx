import { Layout, renderDocument } from './layout.tsx';
import { platformNav } from './platform-nav.ts';

const TITLES: Record<number, string> = {
  400: '请求有误',
  401: '请先登录',
  403: '无权访问',
  404: '页面不存在',
  413: '内容过大',
  423: '账户已锁定',
  429: '访问过于频繁',
  503: '服务暂不可用',
};

export interface ErrorPageOptions {
  /** 适老化 large-text mode, when the caller knows the visitor's preference. */
  isLargeText?: boolean;
  /** Path and query of the failed request, for the mode toggle to come back to. */
  currentUrl?: string;
}

/**
 * A Chinese error page in the portal layout. It never touches the database (it must render
 * when the database is down) and never shows details of server errors.
 */
export function renderErrorPage(status: number, detail?: string, options: ErrorPageOptions = {}): string {
  const isServerError = status >= 500;
  const title = TITLES[status] ?? (isServerError ? '服务器出错了' : '请求未能完成');
  const fallback =
    status === 404
      ? '您访问的页面不存在或已被移除。'
      : isServerError
        ? '服务器暂时无法完成您的请求，请稍后再试。'
        : '请求未能完成。';
  const text = isServerError ? fallback : (detail ?? fallback);
  const page = (
    <Layout
      chrome={{
        title,
        org: null,
        host: null,
        nav: platformNav(null),
        breadcrumbs: [{ label: '首页', href: '/' }, { label: title }],
        isLargeText: options.isLargeText ?? false,
        currentUrl: options.currentUrl ?? '/',
      }}
    >
      <div class="panel">
        <p>{text}</p>
        {status === 404 ? <p>请检查网址是否输入正确，或从下面的链接继续访问。</p> : null}
        {isServerError ? <p>如果问题持续出现，请通过各单位政府信息公开指南中的联系方式告知我们。</p> : null}
        <ul>
          <li>
            <a href="/">返回平台首页，查看各单位</a>
          </li>
          <li>
            <a href="/search">全站搜索</a>
          </li>
        </ul>
      </div>
    </Layout>
  );
  return renderDocument(page);
}
