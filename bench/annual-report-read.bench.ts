// Annual-report reader: reports read + checked per second, per format (txt, html, docx, pdf
// made from fixtures/reports), against baselines measured in the same run, and peak memory
// reading a 50-page PDF (in a fresh process, so the figure is the reader's own).
// Targets: ≥ 200 text reports/s, ≥ 20 PDF or DOCX reports/s on one core (CPU time, so a
// busy shared machine does not distort it), < 300 MB.
//   node --import tsx bench/annual-report-read.bench.ts
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkReport } from '../src/features/annual-reports/check/check-report.ts';
import { parseReport } from '../src/features/annual-reports/read/parse-report.ts';
import { extractPages } from '../src/features/annual-reports/read/pdf-to-text.ts';
import { readZipEntry } from '../src/features/annual-reports/read/read-zip.ts';
import {
  findCjkFont,
  reportTextToDocx,
  reportTextToHtml,
  reportTextToPdf,
} from '../src/features/annual-reports/testing/report-documents.ts';

const SHARED =
  process.env.GONGKAI_SHARED_REPORTS ??
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/reports');
const NAMES = ['fugou-gongxinju-2023', 'pingtan-2022', 'shanghai-kewei-2024'];
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const MEMORY_TARGET_MB = 300;

type Input = { name: string; bytes: Uint8Array };

interface Rate {
  perSecond: number;
  perCpuSecond: number;
}

/**
 * Runs each piece of work over the inputs round-robin, interleaved in short slices for about
 * SECONDS each, so the reader and its baselines see the same machine load; returns items
 * per second of wall time and of process CPU time.
 */
async function rates(inputs: Input[], works: Record<string, (input: Input) => unknown>): Promise<Record<string, Rate>> {
  const totals = Object.fromEntries(Object.keys(works).map((k) => [k, { n: 0, ms: 0, cpuUs: 0 }]));
  for (const work of Object.values(works)) for (const input of inputs) await work(input); // warm-up
  const slices = Math.max(1, Math.round((SECONDS * 1000) / 250));
  for (let slice = 0; slice < slices; slice++) {
    for (const [name, work] of Object.entries(works)) {
      const start = performance.now();
      const cpu = process.cpuUsage();
      let n = 0;
      while (performance.now() - start < 250) await work(inputs[n++ % inputs.length]);
      const used = process.cpuUsage(cpu);
      totals[name].n += n;
      totals[name].ms += performance.now() - start;
      totals[name].cpuUs += used.user + used.system;
    }
  }
  return Object.fromEntries(
    Object.entries(totals).map(([k, t]) => [
      k,
      { perSecond: (t.n * 1000) / t.ms, perCpuSecond: (t.n * 1e6) / t.cpuUs },
    ]),
  );
}

async function readAndCheck(input: Input): Promise<void> {
  const { report } = await parseReport({ bytes: input.bytes, fileName: input.name });
  checkReport(report);
}

const decoder = new TextDecoder();
const baselines: Record<string, (input: Input) => unknown> = {
  decode: (input) => decoder.decode(input.bytes),
  unzip: (input) => decoder.decode(readZipEntry(input.bytes, 'word/document.xml') ?? new Uint8Array()),
  pdfjs: (input) => extractPages(input.bytes),
};

async function measureFiftyPagePdf(file: string): Promise<void> {
  const beforeMb = process.resourceUsage().maxRSS / 1024;
  const started = performance.now();
  const { report } = await parseReport({ bytes: new Uint8Array(fs.readFileSync(file)), fileName: file });
  checkReport(report);
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ beforeMb, peakMb, ms: performance.now() - started, agency: report.agency }));
}

async function main(): Promise<boolean> {
  const texts = NAMES.map((n) => fs.readFileSync(path.join(SHARED, `${n}.txt`), 'utf8'));
  const hasFont = findCjkFont() !== null;
  const formats: Record<string, Input[]> = {
    txt: texts.map((t, i) => ({ name: `${NAMES[i]}.txt`, bytes: new Uint8Array(Buffer.from(t)) })),
    html: texts.map((t, i) => ({ name: `${NAMES[i]}.html`, bytes: new Uint8Array(Buffer.from(reportTextToHtml(t))) })),
    docx: await Promise.all(
      texts.map(async (t, i) => ({ name: `${NAMES[i]}.docx`, bytes: await reportTextToDocx(t) })),
    ),
  };
  if (hasFont)
    formats.pdf = await Promise.all(
      texts.map(async (t, i) => ({ name: `${NAMES[i]}.pdf`, bytes: await reportTextToPdf(t, { pageNumbers: true }) })),
    );
  else console.log('  没有中文字体（fonts-noto-cjk），跳过 PDF');

  console.log(
    `annual-report reader: read + check, ${NAMES.length} shared reports round-robin, ${SECONDS} s per format, ${os.cpus().length} CPUs, load ${os.loadavg()[0].toFixed(1)}`,
  );
  const targets: Record<string, number> = { txt: 200, html: 200, docx: 20, pdf: 20 };
  const library: Record<string, string> = { txt: 'decode', html: 'decode', docx: 'unzip', pdf: 'pdfjs' };
  let ok = true;
  for (const [format, inputs] of Object.entries(formats)) {
    const works: Record<string, (input: Input) => unknown> = { ours: readAndCheck, decode: baselines.decode };
    if (library[format] !== 'decode') works.library = baselines[library[format]];
    const measured = await rates(inputs, works);
    const ours = measured.ours;
    // “On one core”: reports per second of CPU time, which other processes on a shared
    // machine cannot take away (wall-clock throughput is printed too).
    const pass = ours.perCpuSecond >= targets[format];
    if (!pass) ok = false;
    const what = library[format] === 'unzip' ? 'unzipping document.xml' : 'pdfjs text extraction';
    const lib = measured.library;
    const versusLib = lib
      ? `; ${what} alone ${lib.perSecond.toFixed(0)}/s (ratio ${(lib.perSecond / ours.perSecond).toFixed(1)}×)`
      : '';
    console.log(
      `  ${format.padEnd(4)} ${ours.perCpuSecond.toFixed(0).padStart(4)} reports/s per core (${(1000 / ours.perCpuSecond).toFixed(1)} ms CPU each; ${ours.perSecond.toFixed(0)}/s wall clock), target ≥ ${targets[format]} ${pass ? '✓' : '✗'}` +
        ` | baseline: decoding the bytes ${measured.decode.perSecond.toFixed(0)}/s (ratio ${(measured.decode.perSecond / ours.perSecond).toFixed(0)}×)${versusLib}`,
    );
  }

  if (hasFont) {
    const file = path.join(os.tmpdir(), `gongkai-bench-50-pages-${process.pid}.pdf`);
    const shanghai = texts[2];
    const pdf = await reportTextToPdf(shanghai, { repeat: 13, pageNumbers: true });
    fs.writeFileSync(file, pdf);
    const pages = (
      Buffer.from(pdf)
        .toString('latin1')
        .match(/\/Type\s*\/Page[^s]/g) ?? []
    ).length;
    try {
      const child = spawnSync(
        process.execPath,
        ['--import', 'tsx', fileURLToPath(import.meta.url), '--measure-pdf', file],
        { encoding: 'utf8' },
      );
      const result = JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as {
        beforeMb: number;
        peakMb: number;
        ms: number;
      };
      const pass = result.peakMb < MEMORY_TARGET_MB;
      if (!pass) ok = false;
      console.log(
        `  ${pages}-page PDF (${(pdf.byteLength / 1024).toFixed(0)} KB): read + checked in ${result.ms.toFixed(0)} ms, peak RSS ${result.peakMb.toFixed(0)} MB (whole process; ${result.beforeMb.toFixed(0)} MB before reading), target < ${MEMORY_TARGET_MB} MB ${pass ? '✓' : '✗'}`,
      );
    } finally {
      fs.rmSync(file, { force: true });
    }
  }
  return ok;
}

const at = process.argv.indexOf('--measure-pdf');
if (at >= 0) await measureFiftyPagePdf(process.argv[at + 1]);
else {
  const ok = await main();
  console.log(
    ok ? '\nannual-report reader bench: all targets met' : '\nannual-report reader bench: some targets missed (see ✗)',
  );
}
