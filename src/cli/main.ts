import { AppError } from '../core/app-error.ts';
import { CliError, EXIT_UNUSABLE } from './cli-error.ts';

export interface CliCommand {
  summary: string;
  run(args: string[]): Promise<number>;
}

// Each command module is loaded only when used, so `gongkai report …` never opens a database.
const COMMANDS: Record<string, () => Promise<CliCommand>> = {
  serve: async () => (await import('./serve.ts')).serveCommand,
  db: async () => (await import('./db.ts')).dbCommand,
  user: async () => (await import('./user.ts')).userCommand,
  report: async () => (await import('./report.ts')).reportCommand,
  calendar: async () => (await import('./calendar.ts')).calendarCommand,
};

const SUMMARIES: Record<string, string> = {
  serve: '启动门户网站和后台管理服务',
  db: '数据库：migrate 迁移、export 导出、import 导入',
  user: '用户：create-admin 创建平台管理员',
  report: '年度报告：parse 读取、check 检查、render 生成',
  calendar: '工作日历：add 推算工作日、explain 说明、import 导入节假日',
};

export function usage(): string {
  const lines = ['用法：gongkai <命令> [参数]', '', '命令：'];
  for (const [name, summary] of Object.entries(SUMMARIES)) lines.push(`  ${name.padEnd(10)}${summary}`);
  lines.push('', '每个命令都可加 --help 查看说明。退出码：0 正常，1 发现问题，2 输入无法使用。');
  return lines.join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${usage()}\n`);
    return 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(`未知命令：${name}。运行 gongkai --help 查看可用命令。\n`);
    return EXIT_UNUSABLE;
  }
  try {
    const command = await load();
    return await command.run(rest);
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof AppError) {
      process.stderr.write(`${error.detail}\n`);
      return EXIT_UNUSABLE;
    }
    const detail = error instanceof Error ? error.message : String(error);
    process.stderr.write(`出错了：${detail}\n`);
    if (process.env.GONGKAI_DEBUG) console.error(error);
    return EXIT_UNUSABLE;
  }
}
