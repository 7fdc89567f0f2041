// A PDF on the GB/T 9704 page with pdfkit: the CJK font embedded (subset), text set on the
// 22-line grid with 28 characters of 3号 to a line, and page numbers "— 1 —" at the end.
import PDFDocument from 'pdfkit';
import { type FontSearch, loadCjkFont } from './cjk-font.ts';
import {
  MM_TO_PT,
  PDF_BODY_CHAR,
  PDF_BODY_WIDTH,
  PDF_CHAR_SPACING,
  PDF_LINE_PITCH,
  PDF_PAGE,
  PDF_TEXT_BOTTOM,
  PDF_TEXT_WIDTH,
  TYPE_SIZE_PT,
} from './gbt9704.ts';
import { wrapText } from './wrap-text.ts';

export type PdfDoc = InstanceType<typeof PDFDocument>;

export interface PdfMeta {
  title: string;
  author?: string;
  subject?: string;
}

const BODY = TYPE_SIZE_PT.size3;

/** Writes top to bottom on the grid, starting a new page when the text block is full. */
export class GbtPdf {
  readonly doc: PdfDoc;
  /** Ascent of the font per point of size, for placing text on a baseline. */
  readonly ascent: number;
  y = PDF_PAGE.top;
  private readonly chunks: Buffer[] = [];
  private readonly finished: Promise<void>;

  constructor(meta: PdfMeta, search: FontSearch = {}) {
    const cjk = loadCjkFont(search);
    this.doc = new PDFDocument({
      size: 'A4',
      margin: 0,
      bufferPages: true,
      lang: 'zh-CN',
      displayTitle: true,
      info: { Title: meta.title, Author: meta.author ?? '', Subject: meta.subject ?? '', Creator: 'gongkai' },
    });
    this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.finished = new Promise<void>((resolve, reject) => {
      this.doc.on('end', resolve);
      this.doc.on('error', reject);
    });
    // pdfkit accepts a ready fontkit font object (anything with `layout`); its types only list files and buffers.
    this.doc.registerFont('cjk', cjk.font as unknown as Uint8Array);
    this.doc.font('cjk');
    this.ascent = cjk.font.ascent / cjk.font.unitsPerEm;
  }

  /** Starts a new page when `height` no longer fits below the cursor. */
  ensure(height: number): void {
    if (this.y + height > PDF_TEXT_BOTTOM + 0.01 && this.y > PDF_PAGE.top) {
      this.doc.addPage();
      this.y = PDF_PAGE.top;
    }
  }

  /** Title lines in 2号, centred, "bold" by stroking the outlines (one font file only). */
  title(lines: readonly string[]): void {
    this.doc.fontSize(TYPE_SIZE_PT.size2).lineWidth(0.4);
    for (const text of lines.flatMap((t) => wrapText(t, PDF_TEXT_WIDTH, (s) => this.doc.widthOfString(s)))) {
      this.ensure(PDF_LINE_PITCH * 1.2);
      const w = this.doc.widthOfString(text);
      this.doc.text(text, PDF_PAGE.left + (PDF_TEXT_WIDTH - w) / 2, this.y, {
        lineBreak: false,
        fill: true,
        stroke: true,
      });
      this.y += PDF_LINE_PITCH * 1.2;
    }
  }

  /** Width of a body-size text with its character spacing (set the body size first). */
  measureBody(text: string): number {
    return this.doc.widthOfString(text) + [...text].length * PDF_CHAR_SPACING;
  }

  /** Sets one body line at `x` on the current grid line; `isBold` strokes the outlines too. */
  setLine(text: string, x: number, options: { spacing?: number; isBold?: boolean } = {}): void {
    this.doc.fontSize(BODY);
    this.doc.text(text, x, this.y + (PDF_LINE_PITCH - BODY * 1.2) / 2, {
      lineBreak: false,
      characterSpacing: options.spacing ?? PDF_CHAR_SPACING,
      ...(options.isBold ? { fill: true, stroke: true } : {}),
    });
  }

  /** A body paragraph's lines, the first indented `indentChars` characters. */
  wrapBody(text: string, indentChars: number): string[] {
    this.doc.fontSize(BODY);
    const indent = indentChars * PDF_BODY_CHAR;
    return wrapText(text, PDF_BODY_WIDTH, (s) => this.measureBody(s), PDF_BODY_WIDTH - indent);
  }

  /** How many grid lines a body paragraph takes. */
  paragraphLines(text: string, indentChars = 2): number {
    return this.wrapBody(text, indentChars).length;
  }

  /**
   * A body paragraph in 3号, wrapped at 28 characters, the first line indented `indentChars`,
   * justified. `keepWithNext` (points) keeps its last two lines on a page with what follows.
   */
  paragraph(text: string, indentChars = 2, keepWithNext = 0): void {
    const indent = indentChars * PDF_BODY_CHAR;
    const lines = this.wrapBody(text, indentChars);
    const keepFrom = keepWithNext > 0 ? Math.max(0, lines.length - 2) : lines.length;
    lines.forEach((line, i) => {
      this.ensure(i === keepFrom ? (lines.length - i) * PDF_LINE_PITCH + keepWithNext : PDF_LINE_PITCH);
      const x = PDF_PAGE.left + (i === 0 ? indent : 0);
      // Justify every line but the last, as Word does, unless that would stretch it visibly.
      const slack = PDF_BODY_WIDTH - (x - PDF_PAGE.left) - this.measureBody(line);
      const gaps = [...line].length - 1;
      const isStretchable = i < lines.length - 1 && gaps > 0 && slack > 0 && slack < BODY;
      this.setLine(line, x, { spacing: isStretchable ? PDF_CHAR_SPACING + slack / gaps : PDF_CHAR_SPACING });
      this.y += PDF_LINE_PITCH;
    });
  }

  /** One body line aligned left, centre or right (`rightChars` characters in from the right edge). */
  line(text: string, align: 'left' | 'center' | 'right', rightChars = 0): void {
    this.doc.fontSize(BODY);
    this.ensure(PDF_LINE_PITCH);
    const w = this.measureBody(text);
    const x =
      align === 'left'
        ? PDF_PAGE.left
        : align === 'center'
          ? PDF_PAGE.left + (PDF_BODY_WIDTH - w) / 2
          : PDF_PAGE.left + PDF_BODY_WIDTH - w - rightChars * PDF_BODY_CHAR;
    this.setLine(text, x);
    this.y += PDF_LINE_PITCH;
  }

  /** Small print off the grid (notes under a form): each text wrapped to the text width. */
  small(texts: readonly string[], size: number, leading = 1.5): void {
    this.doc.fontSize(size);
    for (const line of texts.flatMap((t) => wrapText(t, PDF_TEXT_WIDTH, (s) => this.doc.widthOfString(s)))) {
      this.ensure(size * leading);
      this.doc.text(line, PDF_PAGE.left, this.y, { lineBreak: false });
      this.y += size * leading;
    }
  }

  gap(lines = 1): void {
    this.y += lines * PDF_LINE_PITCH;
  }

  /** Draws the page numbers and returns the file. */
  async finish(): Promise<Uint8Array> {
    drawPageNumbers(this.doc);
    this.doc.end();
    await this.finished;
    const out = Buffer.concat(this.chunks);
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  }
}

/** GB/T 9704: 4号 "— n —" 7 mm below the text block; odd pages right, even pages left, one character in. */
export function drawPageNumbers(doc: PdfDoc): void {
  const size = TYPE_SIZE_PT.size4;
  const range = doc.bufferedPageRange();
  doc.fontSize(size).fillColor('black');
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const text = `— ${i + 1} —`;
    const w = doc.widthOfString(text);
    const isOdd = (i + 1) % 2 === 1;
    const x = isOdd ? PDF_PAGE.width - PDF_PAGE.right - size - w : PDF_PAGE.left + size;
    doc.text(text, x, PDF_TEXT_BOTTOM + 7 * MM_TO_PT - size * 0.6, { lineBreak: false });
  }
}
