import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { createLogger } from '../core/logger.ts';
import { openConfiguredDatabase } from '../main.ts';
import { createServices } from '../services.ts';
import { CliError } from './cli-error.ts';
import type { CliCommand } from './main.ts';

const HELP = `用法：gongkai user create-admin [--username 用户名] [--name 姓名]

创建平台管理员账号，并显示生成的初始密码（首次登录须修改）。默认用户名 admin2 起递增。`;

export const userCommand: CliCommand = {
  summary: '用户管理',
  async run(args) {
    const [sub, ...rest] = args;
    if (!sub || sub === '--help' || sub === '-h' || rest.includes('--help')) {
      process.stdout.write(`${HELP}\n`);
      return 0;
    }
    if (sub !== 'create-admin') throw new CliError(`未知的子命令：user ${sub}。运行 gongkai user --help 查看用法。`);
    let values: { username?: string; name?: string };
    try {
      ({ values } = parseArgs({ args: rest, options: { username: { type: 'string' }, name: { type: 'string' } } }));
    } catch (error) {
      throw new CliError(`参数有误：${(error as Error).message}`);
    }
    const config = loadConfig();
    const database = await openConfiguredDatabase(config);
    try {
      const services = createServices(database, config, createLogger('silent'));
      const { user, password } = await services.users.createPlatformAdmin({
        username: values.username,
        displayName: values.name ?? '平台管理员',
      });
      process.stdout.write(`已创建平台管理员：${user.username}\n初始密码：${password}\n（首次登录后须修改。）\n`);
      return 0;
    } finally {
      await database.close();
    }
  },
};
