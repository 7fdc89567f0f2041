// PDF → the reader's plain layout. pdfjs (legacy build, runs on Node 20) extracts positioned
// text in a worker thread (pdf-text-worker.mjs); lines and cells are rebuilt here from the
// items' positions (pdf-layout.ts).
import { Worker } from 'node:worker_threads';
import { sourceFile } from '../../../core/repo-paths.ts';
import { type Item, layoutLines } from './pdf-layout.ts';
import { UnreadableReportError } from './unreadable-error.ts';

/** Pages beyond this are not read: no annual report is that long, and work stays bounded. */
export const MAX_PDF_PAGES = 300;
/** A PDF that takes longer than this to extract is abandoned (the worker is stopped). */
const TIME_LIMIT_MS = 60_000;

type Reply = { id: number; pages?: Item[][]; error?: 'password' | 'invalid' };

let worker: Worker | null = null;
let ready: Promise<Worker> | null = null;
let nextId = 0;

function startWorker(): Promise<Worker> {
  ready ??= new Promise<Worker>((resolve, reject) => {
    const w = new Worker(sourceFile('features/annual-reports/read/pdf-text-worker.mjs'), {
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: 768, maxYoungGenerationSizeMb: 48 },
    });
    w.once('message', () => {
      worker = w;
      w.unref();
      resolve(w);
    });
    w.once('error', reject);
    // A crash after start-up is followed by 'exit', which fails the request in flight.
    w.on('error', () => undefined);
    w.once('exit', () => {
      worker = null;
      ready = null;
    });
  });
  return ready;
}

/** The positioned text items of each page (pdfjs alone, no layout): also the benchmark's baseline. */
export async function extractPages(bytes: Uint8Array): Promise<Item[][]> {
  let w: Worker;
  try {
    w = await startWorker();
  } catch {
    ready = null;
    throw new UnreadableReportError('无法启动 PDF 读取组件');
  }
  const id = nextId++;
  // Keep the process alive while a reply is due; unref again so an idle worker never blocks exit.
  w.ref();
  try {
    const reply = await new Promise<Reply>((resolve, reject) => {
      const timer = setTimeout(() => {
        void w.terminate();
        reject(new UnreadableReportError('PDF 读取超时（超过 60 秒），已放弃'));
      }, TIME_LIMIT_MS);
      const onMessage = (message: Reply) => {
        if (message.id !== id) return;
        cleanup();
        resolve(message);
      };
      const onExit = () => {
        cleanup();
        reject(new UnreadableReportError('PDF 文件无法解析（读取组件异常退出，可能文件过大或已损坏）'));
      };
      const cleanup = () => {
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('exit', onExit);
      };
      w.on('message', onMessage);
      w.once('exit', onExit);
      const data = new Uint8Array(bytes);
      w.postMessage({ id, data, maxPages: MAX_PDF_PAGES }, [data.buffer]);
    });
    if (reply.error === 'password') throw new UnreadableReportError('PDF 已加密，无法读取');
    if (reply.error || !reply.pages) throw new UnreadableReportError('PDF 文件已损坏，无法读取');
    return reply.pages;
  } finally {
    if (worker === w) w.unref();
  }
}

export async function pdfToText(bytes: Uint8Array): Promise<string> {
  const pages = await extractPages(bytes);
  const text = pages.map((items) => layoutLines(items).join('\n')).join('\n');
  if (text.replace(/\s/g, '').length < 20) {
    throw new UnreadableReportError('PDF 中没有可提取的文字（可能是扫描件，需先做文字识别）');
  }
  return text;
}
