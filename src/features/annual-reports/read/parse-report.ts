// Reads a published annual report — text, Markdown, HTML, Word or PDF, in any of the usual
// Chinese encodings — into the structured form, with diagnostics for everything it could
// not read with certainty. Nothing is guessed: a cell not found is null, never 0.
import type { AnnualReport, Diagnostic } from '../report.ts';
import { decodeText } from './decode-text.ts';
import { docxToText } from './docx-to-text.ts';
import { htmlToText } from './html-to-text.ts';
import { pdfToText } from './pdf-to-text.ts';
import { readReportText } from './read-report-text.ts';
import { looksLikeHtml, sniffFormat } from './sniff-format.ts';
import { MAX_REPORT_BYTES, UnreadableReportError } from './unreadable-error.ts';

export { UnreadableReportError } from './unreadable-error.ts';

export interface ParseResult {
  report: AnnualReport;
  diagnostics: Diagnostic[];
}

export async function parseReport(input: { bytes: Uint8Array; fileName: string }): Promise<ParseResult> {
  const { bytes, fileName } = input;
  if (bytes.byteLength === 0) throw new UnreadableReportError('文件是空的');
  if (bytes.byteLength > MAX_REPORT_BYTES) {
    throw new UnreadableReportError(
      `文件有 ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB，超过 50 MB 上限，不予读取`,
    );
  }
  const format = sniffFormat(bytes, fileName);
  if (format === 'pdf') return parseReportText(await pdfToText(bytes));
  if (format === 'docx') return parseReportText(await docxToText(bytes));
  const text = decodeText(bytes);
  return parseReportText(format === 'html' || looksLikeHtml(text) ? htmlToText(text) : text);
}

/** Reads already-decoded text (plain, Markdown, or the tab layout the other readers produce). */
export function parseReportText(text: string): ParseResult {
  return readReportText(text);
}
