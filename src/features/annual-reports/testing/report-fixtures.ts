// The published reports the reader is developed and tested against, kept in the repository
// (fixtures/reports, copied from the project's shared folder with its README of hand-checked figures).
import path from 'node:path';
import { REPO_ROOT } from '../../../core/repo-paths.ts';

export const REPORTS_DIR = path.join(REPO_ROOT, 'fixtures/reports');

/** e.g. reportFile('pingtan-2022.txt') */
export function reportFile(name: string): string {
  return path.join(REPORTS_DIR, name);
}
