// The GB/T 9704 official-document page in both units we write: A4, margins (top/bottom/
// left/right) 37/35/28/26 mm, a text block of 22 lines × 28 characters of 3号 (16 pt).

export const MM_TO_PT = 72 / 25.4;
const mmToTwips = (mm: number): number => Math.round((mm / 25.4) * 1440);

/** Chinese type sizes (字号) in points. */
export const TYPE_SIZE_PT = {
  size2: 22, // 二号: titles
  size3: 16, // 三号: body
  size4: 14, // 四号: page numbers
  small4: 12, // 小四: forms
  size5: 10.5, // 五号: tables
} as const;

export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

/** A4 and the margins, in twips (1/20 pt), for DOCX. */
export const DOCX_PAGE = {
  width: 11906,
  height: 16838,
  top: mmToTwips(37),
  bottom: mmToTwips(35),
  left: mmToTwips(28),
  right: mmToTwips(26),
  header: mmToTwips(15),
  footer: mmToTwips(28),
} as const;

export const DOCX_TEXT_WIDTH = DOCX_PAGE.width - DOCX_PAGE.left - DOCX_PAGE.right;
const DOCX_TEXT_HEIGHT = DOCX_PAGE.height - DOCX_PAGE.top - DOCX_PAGE.bottom;
/** The largest whole line pitch (twips) that fits 22 lines in the text block. */
export const DOCX_LINE_PITCH = Math.floor(DOCX_TEXT_HEIGHT / LINES_PER_PAGE);
/** 28 characters of 16 pt per line: the docGrid pitch delta in 1/4096 pt (negative = tighter). */
export const DOCX_CHAR_SPACE = Math.floor((DOCX_TEXT_WIDTH / 20 / CHARS_PER_LINE - TYPE_SIZE_PT.size3) * 4096);
/** One grid character, in twips: for indents counted in characters. */
export const DOCX_CHAR_WIDTH = DOCX_TEXT_WIDTH / CHARS_PER_LINE;

/** A4 and the margins, in points, for PDF. */
export const PDF_PAGE = {
  width: 595.28,
  height: 841.89,
  top: 37 * MM_TO_PT,
  bottom: 35 * MM_TO_PT,
  left: 28 * MM_TO_PT,
  right: 26 * MM_TO_PT,
} as const;

export const PDF_TEXT_WIDTH = PDF_PAGE.width - PDF_PAGE.left - PDF_PAGE.right;
export const PDF_TEXT_BOTTOM = PDF_PAGE.height - PDF_PAGE.bottom;
export const PDF_LINE_PITCH = (PDF_TEXT_BOTTOM - PDF_PAGE.top) / LINES_PER_PAGE;
// pdfkit measures n characters as n widths + (n − 1) spacings: 28 of 16 pt fill the width.
export const PDF_CHAR_SPACING = (PDF_TEXT_WIDTH - CHARS_PER_LINE * TYPE_SIZE_PT.size3) / (CHARS_PER_LINE - 1);
/** One body character with its spacing: the unit of indents counted in characters. */
export const PDF_BODY_CHAR = TYPE_SIZE_PT.size3 + PDF_CHAR_SPACING;
/** The width body lines wrap to: each character advances by its width plus the spacing, the last one's hangs past. */
export const PDF_BODY_WIDTH = PDF_TEXT_WIDTH + PDF_CHAR_SPACING;
