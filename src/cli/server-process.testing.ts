// Test helper: `gongkai serve` (or a bundle's CLI) as a real child process, with its output kept
// and a promise of its exit code; resolves once it prints that it has started.
import { spawn } from 'node:child_process';

export interface ServerProcess {
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  exited: Promise<number | null>;
  /** SIGTERM, then its exit code. */
  stop(): Promise<number | null>;
}

export async function startServerProcess(
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<ServerProcess> {
  const child = spawn(process.execPath, args, { cwd: options.cwd, env: { ...process.env, ...options.env } });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  while (!output.includes('已启动')) {
    if (child.exitCode !== null) throw new Error(`服务未能启动：${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    output: () => output,
    exited,
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}
