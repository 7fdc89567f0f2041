// Where the repository's files are, whether the code runs from src/ (through tsx) or from the
// bundle in dist/server/ that `npm start` builds: found by walking up to gongkai's package.json.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findRepoRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && existsSync(path.join(dir, 'src'))) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'gongkai') return dir;
      } catch {
        // not ours; keep walking
      }
    }
    if (path.dirname(dir) === dir) throw new Error(`gongkai 的安装目录找不到（从 ${from} 向上查找 package.json）`);
  }
}

export const REPO_ROOT = findRepoRoot(path.dirname(fileURLToPath(import.meta.url)));

/** A file shipped beside the sources, e.g. sourceFile('http/portal/assets/portal.css'). */
export function sourceFile(relativeToSrc: string): string {
  return path.join(REPO_ROOT, 'src', relativeToSrc);
}
