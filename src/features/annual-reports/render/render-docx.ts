// DOCX in the GB/T 9704 official-document layout: A4, margins 37/35/28/26 mm, a grid of
// 22 lines × 28 characters, title 2号 小标宋, body 3号 仿宋, page numbers "— 1 —".
import { AlignmentType, Document, DocumentGridType, Footer, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { AnnualReport } from '../report.ts';
import { buildOutline } from './document-outline.ts';
import { FONT_BODY, FONT_HEADING, FONT_PAGE_NUMBER, FONT_TITLE, fontTableXml, runFont } from './docx-fonts.ts';
import { docxTable, tableParagraphStyles } from './docx-table.ts';

const mm = (v: number): number => Math.round((v / 25.4) * 1440);

/** A4 page and GB/T 9704 margins, in twips. */
export const DOCX_PAGE = {
  width: 11906,
  height: 16838,
  top: mm(37),
  bottom: mm(35),
  left: mm(28),
  right: mm(26),
} as const;

const TEXT_WIDTH = DOCX_PAGE.width - DOCX_PAGE.left - DOCX_PAGE.right;
const TEXT_HEIGHT = DOCX_PAGE.height - DOCX_PAGE.top - DOCX_PAGE.bottom;
/** 22 lines per page: the largest whole pitch (twips) that fits 22 lines in the text block. */
export const LINE_PITCH = Math.floor(TEXT_HEIGHT / 22);
/** 28 characters of 3号 (16 pt) per line: the pitch delta in 1/4096 pt (negative = tighter). */
export const CHAR_SPACE = Math.floor((TEXT_WIDTH / 20 / 28 - 16) * 4096);

const SIZE_TITLE = 44; // 2号, half-points
const SIZE_BODY = 32; // 3号
const SIZE_PAGE_NUMBER = 28; // 4号
/** Table text: 五号 for table 二, 小五 for the ten- and fifteen-column tables 三 and 四. */
const TABLE_STYLES = { TableText: 21, TableTextDense: 18 };

function pageNumberFooter(alignment: 'left' | 'right'): Footer {
  // GB/T 9704: odd pages right, even pages left, one character in from the edge.
  const indent = alignment === 'right' ? { right: 280 } : { left: 280 };
  const font = { ascii: FONT_PAGE_NUMBER, hAnsi: FONT_PAGE_NUMBER, eastAsia: FONT_PAGE_NUMBER, cs: FONT_PAGE_NUMBER };
  return new Footer({
    children: [
      new Paragraph({
        alignment: alignment === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent,
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font, size: SIZE_PAGE_NUMBER })],
      }),
    ],
  });
}

function bodyParagraph(text: string, font: string, indentChars = 200): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLineChars: indentChars },
    children: [new TextRun({ text, font: runFont(font), size: SIZE_BODY })],
  });
}

export async function renderDocx(report: AnnualReport): Promise<Uint8Array> {
  const outline = buildOutline(report);
  const children: (Paragraph | ReturnType<typeof docxTable>)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: outline.title, font: runFont(FONT_TITLE), size: SIZE_TITLE })],
    }),
    new Paragraph({ children: [] }),
  ];
  for (const block of outline.blocks) {
    if (block.kind === 'heading') children.push(bodyParagraph(block.text, FONT_HEADING));
    else if (block.kind === 'paragraph') children.push(bodyParagraph(block.text, FONT_BODY));
    else {
      const style = block.table.columnCount > 4 ? 'TableTextDense' : 'TableText';
      children.push(docxTable(block.table, { widthTwips: TEXT_WIDTH, style }));
      children.push(new Paragraph({ children: [] }));
    }
  }
  if (outline.signOff.length > 0) {
    children.push(new Paragraph({ children: [] }));
    for (const line of outline.signOff) {
      children.push(
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          indent: { right: 1280 },
          children: [new TextRun({ text: line, font: runFont(FONT_BODY), size: SIZE_BODY })],
        }),
      );
    }
  }

  const doc = new Document({
    title: outline.title,
    creator: report.agency ?? 'gongkai',
    description: '政府信息公开工作年度报告',
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: runFont(FONT_BODY), size: SIZE_BODY, language: { eastAsia: 'zh-CN', value: 'zh-CN' } },
        },
      },
      paragraphStyles: tableParagraphStyles(TABLE_STYLES),
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: DOCX_PAGE.width, height: DOCX_PAGE.height },
            margin: {
              top: DOCX_PAGE.top,
              bottom: DOCX_PAGE.bottom,
              left: DOCX_PAGE.left,
              right: DOCX_PAGE.right,
              header: mm(15),
              footer: mm(28),
            },
          },
          grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE_PITCH, charSpace: CHAR_SPACE },
        },
        footers: { default: pageNumberFooter('right'), even: pageNumberFooter('left') },
        children,
      },
    ],
  });
  const buffer = await Packer.toBuffer(doc, false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
