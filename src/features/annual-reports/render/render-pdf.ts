// PDF on A4 in the GB/T 9704 proportions (margins 37/35/28/26 mm, 22 lines of 28
// characters of 16 pt), with the CJK font embedded (subset) and page numbers "— 1 —".
import PDFDocument from 'pdfkit';
import type { AnnualReport } from '../report.ts';
import { buildOutline, type OutlineBlock } from './document-outline.ts';
import { type FontSearch, loadCjkFont } from './pdf-font.ts';
import { measurePdfTable } from './pdf-table.ts';
import { wrapText } from './wrap-text.ts';

const MM = 72 / 25.4;
export const PDF_PAGE = {
  width: 595.28,
  height: 841.89,
  top: 37 * MM,
  bottom: 35 * MM,
  left: 28 * MM,
  right: 26 * MM,
} as const;
const TEXT_WIDTH = PDF_PAGE.width - PDF_PAGE.left - PDF_PAGE.right;
const TEXT_BOTTOM = PDF_PAGE.height - PDF_PAGE.bottom;
const LINE_PITCH = (TEXT_BOTTOM - PDF_PAGE.top) / 22;
const BODY_SIZE = 16;
// 28 characters of 16 pt in the text width (pdfkit measures n characters as n widths + (n − 1) spacings).
const CHAR_SPACING = (TEXT_WIDTH - 28 * BODY_SIZE) / 27;
const TITLE_SIZE = 22;
/** Table text: 10 pt for the four-column table 二, 8 pt for the dense tables 三 and 四. */
const tableSize = (columns: number): number => (columns > 4 ? 8 : 10);
const PAGE_NUMBER_SIZE = 14;

type Doc = InstanceType<typeof PDFDocument>;

export async function renderPdf(report: AnnualReport, search: FontSearch = {}): Promise<Uint8Array> {
  const cjk = loadCjkFont(search);
  const outline = buildOutline(report);
  const doc: Doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    bufferPages: true,
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: outline.title,
      Author: report.agency ?? '',
      Subject: '政府信息公开工作年度报告',
      Creator: 'gongkai',
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  // pdfkit accepts a ready fontkit font object (anything with `layout`); its types only list files and buffers.
  doc.registerFont('cjk', cjk.font as unknown as Uint8Array);
  doc.font('cjk');
  const ascent = cjk.font.ascent / cjk.font.unitsPerEm;

  let y = PDF_PAGE.top;
  const newPage = (): void => {
    doc.addPage();
    y = PDF_PAGE.top;
  };
  const ensure = (height: number): void => {
    if (y + height > TEXT_BOTTOM + 0.01 && y > PDF_PAGE.top) newPage();
  };
  // Each character advances by its width plus the spacing; the last one's spacing hangs past the line.
  const measureBody = (s: string): number => doc.widthOfString(s) + [...s].length * CHAR_SPACING;
  const bodyWidth = TEXT_WIDTH + CHAR_SPACING;
  // Title and headings are set "bold" by stroking the glyph outlines (one font file only).
  const line = (text: string, x: number, options: { bold?: boolean } = {}): void => {
    doc.text(text, x, y + (LINE_PITCH - BODY_SIZE * 1.2) / 2, {
      lineBreak: false,
      characterSpacing: CHAR_SPACING,
      ...(options.bold ? { fill: true, stroke: true } : {}),
    });
  };

  doc.fontSize(TITLE_SIZE).lineWidth(0.4);
  for (const titleLine of outline.titleLines.flatMap((t) => wrapText(t, TEXT_WIDTH, (s) => doc.widthOfString(s)))) {
    const w = doc.widthOfString(titleLine);
    doc.text(titleLine, PDF_PAGE.left + (TEXT_WIDTH - w) / 2, y, { lineBreak: false, fill: true, stroke: true });
    y += LINE_PITCH * 1.2;
  }
  y += LINE_PITCH * 0.8;

  const paragraph = (text: string, bold: boolean): void => {
    doc.fontSize(BODY_SIZE).lineWidth(0.25);
    const indent = 2 * (BODY_SIZE + CHAR_SPACING);
    wrapText(text, bodyWidth, measureBody, bodyWidth - indent).forEach((textLine, i) => {
      ensure(LINE_PITCH);
      line(textLine, PDF_PAGE.left + (i === 0 ? indent : 0), { bold });
      y += LINE_PITCH;
    });
  };
  const table = (block: Extract<OutlineBlock, { kind: 'table' }>, heading?: string): void => {
    const measured = measurePdfTable(doc, block.table, TEXT_WIDTH, {
      fontSize: tableSize(block.table.columnCount),
      ascent,
    });
    ensure(measured.height + (heading ? LINE_PITCH : 0));
    if (heading) paragraph(heading, true);
    measured.draw(PDF_PAGE.left, y);
    y += measured.height + LINE_PITCH * 0.5;
  };

  const blocks = outline.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const next = blocks[i + 1];
    if (block.kind === 'heading' && next?.kind === 'table') {
      table(next, block.text); // keep a heading with its table
      i++;
    } else if (block.kind === 'heading') paragraph(block.text, true);
    else if (block.kind === 'paragraph') paragraph(block.text, false);
    else table(block);
  }
  if (outline.signOff.length > 0) {
    y += LINE_PITCH;
    doc.fontSize(BODY_SIZE);
    for (const text of outline.signOff) {
      ensure(LINE_PITCH);
      line(text, PDF_PAGE.left + bodyWidth - measureBody(text) - 4 * BODY_SIZE);
      y += LINE_PITCH;
    }
  }
  drawPageNumbers(doc);
  doc.end();
  await finished;
  const out = Buffer.concat(chunks);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

/** GB/T 9704: "— n —" 7 mm below the text block; odd pages right, even pages left, one character in. */
function drawPageNumbers(doc: Doc): void {
  const range = doc.bufferedPageRange();
  doc.fontSize(PAGE_NUMBER_SIZE).fillColor('black');
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const text = `— ${i + 1} —`;
    const w = doc.widthOfString(text);
    const isOdd = (i + 1) % 2 === 1;
    const x = isOdd ? PDF_PAGE.width - PDF_PAGE.right - PAGE_NUMBER_SIZE - w : PDF_PAGE.left + PAGE_NUMBER_SIZE;
    doc.text(text, x, TEXT_BOTTOM + 7 * MM - PAGE_NUMBER_SIZE * 0.6, { lineBreak: false });
  }
}
