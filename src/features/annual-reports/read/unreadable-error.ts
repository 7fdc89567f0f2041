import type { Diagnostic } from '../report.ts';

/** Input that cannot be read as an annual report at all; the message is one line in Chinese. */
export class UnreadableReportError extends Error {
  readonly code = 'UNREADABLE';
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableReportError';
  }
}

/** The largest input the reader accepts; anything bigger is refused before any work. */
export const MAX_REPORT_BYTES = 50 * 1024 * 1024;

/** The same refusal as a diagnostic, for outputs that list every file (check --json). */
export function unreadableDiagnostic(message: string): Diagnostic {
  return { severity: 'error', rule: 'UNREADABLE', cells: [], message: `无法读取：${message}` };
}
