// Text of Word and PDF attachments, extracted on upload for search. Failure is not an error:
// the attachment is kept, it just is not searchable.
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';

/** Pages read from a PDF: enough for any notice, bounded for huge scans. */
const MAX_PDF_PAGES = 200;
const MAX_TEXT_CHARS = 200_000;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;

// The legacy build's polyfills replace Array.prototype.push with a slow one process-wide; the
// native one is put back (see annual-reports/read/pdf-to-text.ts, which found this).
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= (async () => {
    const nativePush = Object.getOwnPropertyDescriptor(Array.prototype, 'push');
    const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const workerModule = 'pdfjs-dist/legacy/build/pdf.worker.mjs';
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await import(workerModule);
    if (nativePush) Object.defineProperty(Array.prototype, 'push', nativePush);
    return lib;
  })();
  return pdfjs;
}

function assetDir(name: string): string {
  return fileURLToPath(new URL(`../../${name}/`, import.meta.resolve('pdfjs-dist/legacy/build/pdf.mjs')));
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const lib = await loadPdfJs();
  const task = lib.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    cMapUrl: assetDir('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: assetDir('standard_fonts'),
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    const pages: string[] = [];
    for (let n = 1; n <= Math.min(doc.numPages, MAX_PDF_PAGES); n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
    }
    return pages.join('\n');
  } finally {
    await task.destroy();
  }
}

async function docxText(bytes: Uint8Array): Promise<string> {
  const result = await mammoth.extractRawText({
    buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
  });
  return result.value;
}

/** Plain text of a .docx or .pdf, or null for other types and unreadable files. */
export async function extractText(ext: string, bytes: Uint8Array): Promise<string | null> {
  try {
    const text = ext === 'pdf' ? await pdfText(bytes) : ext === 'docx' ? await docxText(bytes) : null;
    if (text === null) return null;
    const cleaned = text
      .replace(/[ \t\u3000]+/g, ' ')
      .replace(/\s*\n\s*/g, '\n')
      .trim();
    return cleaned ? cleaned.slice(0, MAX_TEXT_CHARS) : null;
  } catch {
    return null;
  }
}
