// One entry point for every output format. Writers load lazily, so rendering plain
// text never loads docx, pdfkit or exceljs.
import type { AnnualReport } from '../report.ts';

export { CjkFontError } from './render-error.ts';

export const RENDER_FORMATS = ['docx', 'pdf', 'html', 'txt', 'xlsx', 'json'] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

export interface RenderOptions {
  /** PDF only: a CJK font file (.ttf/.otf/.ttc); else GONGKAI_CJK_FONT, else the system's Noto CJK. */
  fontPath?: string;
}

export function isRenderFormat(value: string): value is RenderFormat {
  return (RENDER_FORMATS as readonly string[]).includes(value);
}

/** Text formats come back as a string, binary formats as bytes. */
export async function renderReport(
  report: AnnualReport,
  format: RenderFormat,
  options: RenderOptions = {},
): Promise<Uint8Array | string> {
  switch (format) {
    case 'docx':
      return (await import('./render-docx.ts')).renderDocx(report);
    case 'pdf':
      return (await import('./render-pdf.ts')).renderPdf(report, { fontPath: options.fontPath });
    case 'html':
      return (await import('./render-html.ts')).renderHtml(report);
    case 'txt':
      return (await import('./render-txt.ts')).renderTxt(report);
    case 'xlsx':
      return (await import('./render-xlsx.ts')).renderXlsx(report);
    case 'json':
      return (await import('./render-json.ts')).renderJson(report);
    default:
      throw new Error(`unknown render format: ${String(format)}`);
  }
}
