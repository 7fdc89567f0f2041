// DOCX in the GB/T 9704 official-document layout: A4, margins 37/35/28/26 mm, a grid of
// 22 lines × 28 characters, title 2号 小标宋, body 3号 仿宋, page numbers "— 1 —".
import { AlignmentType, Document, Paragraph, TextRun } from 'docx';
import { FONT_BODY, FONT_HEADING, runFont } from '../../documents/docx-fonts.ts';
import { DOCX_TEXT_WIDTH } from '../../documents/gbt9704.ts';
import {
  bodyParagraph,
  DOCX_SIZE,
  emptyLine,
  gbtPageNumberFooters,
  gbtSectionProperties,
  gbtStyles,
  packGbtDocx,
  titleParagraph,
} from '../../documents/gbt9704-docx.ts';
import type { AnnualReport } from '../report.ts';
import { buildOutline } from './document-outline.ts';
import { docxTable, tableParagraphStyles } from './docx-table.ts';

/** Table text: 五号 for table 二, 小五 for the ten- and fifteen-column tables 三 and 四. */
const TABLE_STYLES = { TableText: DOCX_SIZE.table, TableTextDense: 18 };
/** The sign-off sits four 3号 characters (64 pt) in from the right margin. */
const SIGN_OFF_RIGHT_TWIPS = 1280;

export async function renderDocx(report: AnnualReport): Promise<Uint8Array> {
  const outline = buildOutline(report);
  const children: (Paragraph | ReturnType<typeof docxTable>)[] = [titleParagraph(outline.title), emptyLine()];
  for (const block of outline.blocks) {
    if (block.kind === 'heading') children.push(bodyParagraph(block.text, { font: FONT_HEADING }));
    else if (block.kind === 'paragraph') children.push(bodyParagraph(block.text));
    else {
      const style = block.table.columnCount > 4 ? 'TableTextDense' : 'TableText';
      children.push(docxTable(block.table, { widthTwips: DOCX_TEXT_WIDTH, style }));
      children.push(emptyLine());
    }
  }
  if (outline.signOff.length > 0) {
    children.push(emptyLine());
    for (const line of outline.signOff) {
      children.push(
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          indent: { right: SIGN_OFF_RIGHT_TWIPS },
          children: [new TextRun({ text: line, font: runFont(FONT_BODY), size: DOCX_SIZE.body })],
        }),
      );
    }
  }

  const doc = new Document({
    title: outline.title,
    creator: report.agency ?? 'gongkai',
    description: '政府信息公开工作年度报告',
    evenAndOddHeaderAndFooters: true,
    styles: { ...gbtStyles(), paragraphStyles: tableParagraphStyles(TABLE_STYLES) },
    sections: [{ properties: gbtSectionProperties(), footers: gbtPageNumberFooters(), children }],
  });
  return packGbtDocx(doc);
}
