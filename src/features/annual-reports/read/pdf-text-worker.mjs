// Runs pdfjs (legacy build) in a worker thread started without the tsx loader: loading the
// 3 MB pdfjs bundle through tsx's transform costs seconds and ~300 MB, here it costs
// ~0.5 s and ~60 MB. It also isolates the parser: a hostile PDF can be stopped by
// terminating the worker, and its heap is capped. Plain JavaScript because tsx is not
// loaded here. Replies with the positioned text items of each page.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parentPort } from 'node:worker_threads';

// For embedded CFF fonts (most CJK fonts) pdfjs recompiles the whole font program so a
// browser could draw it — half the cost of reading a PDF, and useless for text: glyph
// widths and Unicode come from the parsed font, not from the recompiled bytes (checked:
// the text items, positions and widths come out identical). That one statement is
// skipped; should a pdfjs upgrade change it, the bundle is loaded unmodified.
const COMPILE = '      this.data = compiler.compile();';
let isPatched = false;

async function loadWorkerBundle() {
  const path = fileURLToPath(import.meta.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs'));
  const source = readFileSync(path, 'utf8');
  if (source.split(COMPILE).length !== 2) return import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  isPatched = true;
  const patched = source.replace(COMPILE, '      this.data = new Uint8Array(0);');
  return import(`data:text/javascript;base64,${Buffer.from(patched).toString('base64')}`);
}

// The legacy build's core-js polyfills replace Array.prototype.push with a slow version
// (reading got 5x slower); the native one is put back once both bundles are loaded.
const nativePush = Object.getOwnPropertyDescriptor(Array.prototype, 'push');
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
globalThis.pdfjsWorker = await loadWorkerBundle();
if (nativePush) Object.defineProperty(Array.prototype, 'push', nativePush);

const assetDir = (name) =>
  fileURLToPath(new URL(`../../${name}/`, import.meta.resolve('pdfjs-dist/legacy/build/pdf.mjs')));
const CMAPS = assetDir('cmaps');
const FONTS = assetDir('standard_fonts');

async function extract(data, maxPages) {
  const task = pdfjs.getDocument({
    data,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    cMapUrl: CMAPS,
    cMapPacked: true,
    standardFontDataUrl: FONTS,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy();
    return { error: error?.name === 'PasswordException' ? 'password' : 'invalid' };
  }
  try {
    const pages = [];
    const count = Math.min(doc.numPages, maxPages);
    for (let n = 1; n <= count; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items = [];
      for (const raw of content.items) {
        if (!('str' in raw) || raw.str.trim() === '') continue;
        const [a, b, , , x, y] = raw.transform;
        items.push({ text: raw.str, x, y, width: raw.width, size: Math.hypot(a, b) || raw.height || 10 });
      }
      pages.push(items);
    }
    return { pages, numPages: doc.numPages };
  } finally {
    await doc.destroy();
  }
}

parentPort.on('message', async ({ id, data, maxPages }) => {
  try {
    parentPort.postMessage({ id, ...(await extract(data, maxPages)) });
  } catch {
    parentPort.postMessage({ id, error: 'invalid' });
  }
});
parentPort.postMessage({ ready: true, isPatched });
