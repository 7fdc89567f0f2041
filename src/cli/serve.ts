import { loadConfig } from '../config.ts';
import { startServer } from '../main.ts';
import type { CliCommand } from './main.ts';

const HELP = `用法：gongkai serve

启动门户网站（/）和后台管理（/admin/）。
环境变量：PORT（默认 3000）、DATABASE_URL（PostgreSQL；不设置则使用 ./data 中的嵌入式数据库）、
GONGKAI_DATA_DIR（嵌入式数据库目录）、SESSION_IDLE_MINUTES（默认 30）、LOG_LEVEL。`;

export const serveCommand: CliCommand = {
  summary: '启动服务',
  async run(args) {
    if (args.includes('--help') || args.includes('-h')) {
      process.stdout.write(`${HELP}\n`);
      return 0;
    }
    const config = loadConfig();
    const server = await startServer({ config });
    const lines = [`gongkai 已启动：${server.url}/  （后台管理：${server.url}/admin/）`];
    if (server.initialAdminPassword) {
      lines.push(
        `初始管理员账号：admin`,
        `初始管理员密码：${server.initialAdminPassword}`,
        '（此密码只显示这一次，首次登录后须修改。）',
      );
    }
    process.stdout.write(`${lines.join('\n')}\n`);
    await new Promise<void>((resolve) => {
      const shutdown = () => {
        process.stderr.write('正在停止服务…\n');
        void server.stop().then(resolve);
      };
      process.once('SIGTERM', shutdown);
      process.once('SIGINT', shutdown);
    });
    return 0;
  },
};
