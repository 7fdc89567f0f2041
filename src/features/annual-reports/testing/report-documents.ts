// Turns a report's plain text into HTML, DOCX and PDF documents, so tests and the benchmark
// exercise every reader format with the same content. Lines with tabs or pipes become
// table rows; everything else becomes a paragraph.
import { existsSync } from 'node:fs';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import PDFDocument from 'pdfkit';
import { loadCjkFont } from '../../documents/cjk-font.ts';

interface Block {
  kind: 'paragraph' | 'table';
  lines: string[][];
}

const SEPARATOR_ROW = /^\s*\|?\s*:?-{2,}/;

export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (SEPARATOR_ROW.test(raw)) continue;
    const isRow = raw.includes('\t') || /^\s*\|.*\|\s*$/.test(raw);
    const cells = isRow ? splitRow(raw) : [raw];
    const last = blocks[blocks.length - 1];
    if (isRow && last?.kind === 'table') last.lines.push(cells);
    else if (isRow) blocks.push({ kind: 'table', lines: [cells] });
    else blocks.push({ kind: 'paragraph', lines: [cells] });
  }
  return blocks;
}

function splitRow(line: string): string[] {
  if (line.includes('\t')) return line.split('\t');
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim());
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function reportTextToHtml(text: string): string {
  const body = splitBlocks(text)
    .map((b) =>
      b.kind === 'paragraph'
        ? `<p>${escapeHtml(b.lines[0][0])}</p>`
        : `<table border="1">${b.lines.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('')}</table>`,
    )
    .join('\n');
  return `<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(text.trim().split('\n')[0] ?? '')}</title></head><body>\n${body}\n</body></html>\n`;
}

export async function reportTextToDocx(text: string): Promise<Uint8Array> {
  const children = splitBlocks(text).map((b) => {
    if (b.kind === 'paragraph') return new Paragraph({ children: [new TextRun(b.lines[0][0])] });
    const width = Math.max(...b.lines.map((r) => r.length));
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: b.lines.map(
        (r) =>
          new TableRow({
            children: Array.from({ length: width }, (_, i) => {
              return new TableCell({
                children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(r[i] ?? '')] })],
              });
            }),
          }),
      ),
    });
  });
  const doc = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const CJK_FONTS = [
  ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', 'NotoSansCJKsc-Regular'],
  ['/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', 'NotoSerifCJKsc-Regular'],
] as const;

/** A CJK font pdfkit can embed: Debian's Noto CJK, else the Noto Serif SC our PDFs fall back to. */
export function findCjkFont(): { path: string; family?: string } | null {
  for (const [path, family] of CJK_FONTS) if (existsSync(path)) return { path, family };
  try {
    return { path: loadCjkFont({ defaultPaths: [] }).path };
  } catch {
    return null;
  }
}

export interface PdfOptions {
  /** Repeat the whole text this many times (for long-document benchmarks). */
  repeat?: number;
  /** Print “— n —” at the foot of every page, as official documents do. */
  pageNumbers?: boolean;
  /** Another font than Debian's Noto CJK (`family`: the face of a collection). */
  font?: { path: string; family?: string };
}

export async function reportTextToPdf(text: string, options: PdfOptions = {}): Promise<Uint8Array> {
  const font = options.font ?? findCjkFont();
  if (!font) throw new Error('没有找到中文字体（fonts-noto-cjk）');
  const doc = new PDFDocument({ size: 'A4', margin: 50, bufferPages: true });
  doc.registerFont('cjk', font.path, font.family);
  doc.font('cjk').fontSize(10);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  const blocks = splitBlocks(text);
  for (let i = 0; i < (options.repeat ?? 1); i++) {
    for (const block of blocks) {
      if (block.kind === 'paragraph') {
        if (block.lines[0][0].trim() === '') doc.moveDown(0.5);
        else doc.text(block.lines[0][0], { width: 495 });
      } else {
        for (const row of block.lines) drawRow(doc, row);
      }
    }
  }
  if (options.pageNumbers) {
    const range = doc.bufferedPageRange();
    for (let p = range.start; p < range.start + range.count; p++) {
      doc.switchToPage(p);
      doc.page.margins.bottom = 0;
      doc.text(`— ${p + 1} —`, 50, 800, { width: 495, align: 'center', lineBreak: false });
    }
  }
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

// Label cells share one 170pt column (wrapping like a real form); every cell after the
// label — a blank one too — gets a narrow column of its own.
function drawRow(doc: PDFKit.PDFDocument, row: string[]): void {
  const isNumber = (c: string) => /^\s*[\d.,]+\s*$/.test(c);
  let lastLabel = -1;
  for (let i = 0; i < row.length && !isNumber(row[i]); i++) if (row[i].trim() !== '') lastLabel = i;
  const label = row
    .slice(0, lastLabel + 1)
    .filter((c) => c.trim() !== '')
    .join(' ');
  const values = row.slice(lastLabel + 1);
  while (values.length > 0 && values[values.length - 1].trim() === '') values.pop();
  const labelWidth = values.length === 0 ? 495 : values.length > 8 ? 0 : 170;
  const cellWidth = values.length === 0 ? 0 : Math.min(45, (495 - labelWidth) / values.length);
  const labelHeight = label && labelWidth > 0 ? doc.heightOfString(label, { width: labelWidth }) : 0;
  if (doc.y + Math.max(labelHeight, 14) > 780) doc.addPage();
  const top = doc.y;
  if (label && labelWidth > 0) doc.text(label, 50, top, { width: labelWidth });
  values.forEach((v, i) => {
    doc.text(v.trim(), 50 + labelWidth + i * cellWidth, top, { width: cellWidth, align: 'center', lineBreak: false });
  });
  doc.x = 50;
  doc.y = top + Math.max(labelHeight, 14) + 2;
}
