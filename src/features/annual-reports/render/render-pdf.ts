// PDF on A4 in the GB/T 9704 proportions (margins 37/35/28/26 mm, 22 lines of 28
// characters of 16 pt), with the CJK font embedded (subset) and page numbers "— 1 —".
// Unlike a letter, a report sets its lines ragged and its headings bold, and keeps a heading with its table.
import type { FontSearch } from '../../documents/cjk-font.ts';
import {
  PDF_BODY_CHAR,
  PDF_BODY_WIDTH,
  PDF_LINE_PITCH,
  PDF_PAGE,
  PDF_TEXT_WIDTH,
  TYPE_SIZE_PT,
} from '../../documents/gbt9704.ts';
import { GbtPdf } from '../../documents/gbt9704-pdf.ts';
import type { AnnualReport } from '../report.ts';
import { buildOutline, type OutlineBlock } from './document-outline.ts';
import { measurePdfTable } from './pdf-table.ts';

const BODY_SIZE = TYPE_SIZE_PT.size3;
/** Table text: 10 pt for the four-column table 二, 8 pt for the dense tables 三 and 四. */
const tableSize = (columns: number): number => (columns > 4 ? 8 : 10);

export async function renderPdf(report: AnnualReport, search: FontSearch = {}): Promise<Uint8Array> {
  const outline = buildOutline(report);
  const pdf = new GbtPdf(
    { title: outline.title, author: report.agency ?? '', subject: '政府信息公开工作年度报告' },
    search,
  );
  pdf.title(outline.titleLines);
  pdf.gap(0.8);

  const paragraph = (text: string, isBold: boolean): void => {
    pdf.doc.lineWidth(0.25);
    pdf.wrapBody(text, 2).forEach((textLine, i) => {
      pdf.ensure(PDF_LINE_PITCH);
      pdf.setLine(textLine, PDF_PAGE.left + (i === 0 ? 2 * PDF_BODY_CHAR : 0), { isBold });
      pdf.y += PDF_LINE_PITCH;
    });
  };
  const table = (block: Extract<OutlineBlock, { kind: 'table' }>, heading?: string): void => {
    const measured = measurePdfTable(pdf.doc, block.table, PDF_TEXT_WIDTH, {
      fontSize: tableSize(block.table.columnCount),
      ascent: pdf.ascent,
    });
    pdf.ensure(measured.height + (heading ? PDF_LINE_PITCH : 0));
    if (heading) paragraph(heading, true);
    measured.draw(PDF_PAGE.left, pdf.y);
    pdf.y += measured.height + PDF_LINE_PITCH * 0.5;
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
    pdf.gap();
    pdf.doc.fontSize(BODY_SIZE);
    for (const text of outline.signOff) {
      pdf.ensure(PDF_LINE_PITCH);
      // Four 3号 characters (64 pt) in from the right margin.
      pdf.setLine(text, PDF_PAGE.left + PDF_BODY_WIDTH - pdf.measureBody(text) - 4 * BODY_SIZE);
      pdf.y += PDF_LINE_PITCH;
    }
  }
  return pdf.finish();
}
