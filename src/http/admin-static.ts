import fs from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from './app-env.ts';

/** Serves the built back-office SPA under /admin/, with index.html for client-side routes. */
export function mountAdmin(app: Hono<AppEnv>, adminDir?: string): void {
  const dir = adminDir && fs.existsSync(path.join(adminDir, 'index.html')) ? adminDir : undefined;
  app.get('/admin', (c) => c.redirect('/admin/'));
  if (!dir) {
    app.get('/admin/*', (c) =>
      c.html(
        '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>后台尚未构建</title><p>后台管理界面尚未构建，请运行 <code>npm run build</code> 后重启服务。</p></html>',
        503,
      ),
    );
    return;
  }
  const root = path.relative(process.cwd(), dir) || '.';
  const indexHtml = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  app.use(
    '/admin/assets/*',
    serveStatic({
      root,
      rewriteRequestPath: (p) => p.replace(/^\/admin/, ''),
      onFound: (_path, c) => {
        c.header('cache-control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  app.get('/admin/*', (c) => {
    c.header('cache-control', 'no-cache');
    return c.html(indexHtml);
  });
}
