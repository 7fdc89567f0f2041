// Test helper: the text of a PDF with positions, read back with pdfjs-dist (legacy build,
// which runs in Node), grouped into lines top to bottom.

export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
}

export interface PdfLine {
  y: number;
  x: number;
  /** Right end of the last item. */
  right: number;
  text: string;
  /** The items' strings left to right, as pdfjs gave them (one per drawn run, e.g. table cell). */
  parts: string[];
}

export interface PdfText {
  pages: PdfTextItem[][];
  pageWidth: number;
}

export async function readPdfText(bytes: Uint8Array): Promise<PdfText> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  const pages: PdfTextItem[][] = [];
  let pageWidth = 0;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    pageWidth = page.view[2];
    const content = await page.getTextContent();
    pages.push(
      content.items.flatMap((item) =>
        'str' in item && item.str.trim()
          ? [{ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number, width: item.width }]
          : [],
      ),
    );
  }
  await doc.destroy();
  return { pages, pageWidth };
}

/** Items on one baseline joined left to right (spaces pdfjs inferred are dropped), top line first. */
export function pdfLines(items: readonly PdfTextItem[]): PdfLine[] {
  const rows: PdfTextItem[][] = [];
  for (const item of [...items].sort((a, b) => b.y - a.y)) {
    const row = rows.find((r) => Math.abs(r[0].y - item.y) < 2);
    if (row) row.push(item);
    else rows.push([item]);
  }
  return rows.map((row) => {
    const sorted = row.sort((a, b) => a.x - b.x);
    const last = sorted[sorted.length - 1];
    return {
      y: sorted[0].y,
      x: sorted[0].x,
      right: last.x + last.width,
      parts: sorted.map((i) => i.str),
      text: sorted
        .map((i) => i.str)
        .join('')
        .replace(/\s+/g, ''),
    };
  });
}

/** All the text of a PDF, lines joined. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const { pages } = await readPdfText(bytes);
  return pages.flatMap((items) => items.map((item) => item.str)).join('');
}
