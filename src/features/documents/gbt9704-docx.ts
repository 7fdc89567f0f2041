// The GB/T 9704 page for the `docx` package: section properties (A4, margins, 22 × 28 grid),
// the "— 1 —" page-number footers, default run style, and packing with our font table.
import {
  AlignmentType,
  type Document,
  DocumentGridType,
  Footer,
  type ISectionPropertiesOptions,
  type IStylesOptions,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import { FONT_BODY, FONT_PAGE_NUMBER, FONT_TITLE, fontTableXml, runFont } from './docx-fonts.ts';
import { DOCX_CHAR_SPACE, DOCX_CHAR_WIDTH, DOCX_LINE_PITCH, DOCX_PAGE, TYPE_SIZE_PT } from './gbt9704.ts';

/** Half-point sizes, as `docx` wants them. */
export const DOCX_SIZE = {
  title: TYPE_SIZE_PT.size2 * 2,
  body: TYPE_SIZE_PT.size3 * 2,
  pageNumber: TYPE_SIZE_PT.size4 * 2,
  form: TYPE_SIZE_PT.small4 * 2,
  table: TYPE_SIZE_PT.size5 * 2,
} as const;

/** Page size, margins and the lines-and-chars grid of one GB/T 9704 section. */
export function gbtSectionProperties(): ISectionPropertiesOptions {
  return {
    page: {
      size: { width: DOCX_PAGE.width, height: DOCX_PAGE.height },
      margin: {
        top: DOCX_PAGE.top,
        bottom: DOCX_PAGE.bottom,
        left: DOCX_PAGE.left,
        right: DOCX_PAGE.right,
        header: DOCX_PAGE.header,
        footer: DOCX_PAGE.footer,
      },
    },
    grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: DOCX_LINE_PITCH, charSpace: DOCX_CHAR_SPACE },
  };
}

function pageNumberFooter(alignment: 'left' | 'right'): Footer {
  // GB/T 9704: 4号 宋体 "— 1 —", odd pages right, even pages left, one character in from the edge.
  const indent = alignment === 'right' ? { right: 280 } : { left: 280 };
  const font = { ascii: FONT_PAGE_NUMBER, hAnsi: FONT_PAGE_NUMBER, eastAsia: FONT_PAGE_NUMBER, cs: FONT_PAGE_NUMBER };
  return new Footer({
    children: [
      new Paragraph({
        alignment: alignment === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent,
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font, size: DOCX_SIZE.pageNumber })],
      }),
    ],
  });
}

/** Footers for a section; the Document needs `evenAndOddHeaderAndFooters: true`. */
export function gbtPageNumberFooters(): { default: Footer; even: Footer } {
  return { default: pageNumberFooter('right'), even: pageNumberFooter('left') };
}

/** Default run: 3号 仿宋, Times New Roman for Latin and digits, Chinese language tag. */
export function gbtStyles(): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: runFont(FONT_BODY), size: DOCX_SIZE.body, language: { eastAsia: 'zh-CN', value: 'zh-CN' } },
      },
    },
  };
}

/** A centred title line in 2号 小标宋. */
export function titleParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ text, font: runFont(FONT_TITLE), size: DOCX_SIZE.title })],
  });
}

/** A justified body paragraph in 3号 仿宋 with a first-line indent of two characters. */
export function bodyParagraph(
  text: string,
  options: { indentChars?: number; font?: string; keepNext?: boolean } = {},
): Paragraph {
  const indentChars = options.indentChars ?? 2;
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    keepNext: options.keepNext,
    indent: indentChars > 0 ? { firstLineChars: indentChars * 100 } : undefined,
    children: [new TextRun({ text, font: runFont(options.font ?? FONT_BODY), size: DOCX_SIZE.body })],
  });
}

export interface LineOptions {
  /** Characters in from the right edge. */
  rightChars?: number;
  /** Keep on the same page as the next paragraph (a signature block stays whole). */
  keepNext?: boolean;
}

/** One body-size line aligned left, centre or right. */
export function alignedLine(text: string, align: 'left' | 'center' | 'right', options: LineOptions = {}): Paragraph {
  const alignment = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT }[align];
  const rightChars = options.rightChars ?? 0;
  return new Paragraph({
    alignment,
    keepNext: options.keepNext,
    indent: rightChars > 0 ? { right: Math.round(rightChars * DOCX_CHAR_WIDTH) } : undefined,
    children: text ? [new TextRun({ text, font: runFont(FONT_BODY), size: DOCX_SIZE.body })] : [],
  });
}

export function emptyLine(options: { keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({ keepNext: options.keepNext, children: [] });
}

/** Packs a Document into bytes, replacing docx's empty font table with one that names fallbacks. */
export async function packGbtDocx(doc: Document): Promise<Uint8Array> {
  const buffer = await Packer.toBuffer(doc, false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
