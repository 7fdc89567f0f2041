// Benchmark: annual-report rendering, ms per report for every format, against the JSON
// writer as a baseline measured in the same run (ratios survive a busy machine better
// than absolute times). Target: DOCX and PDF ≤ 300 ms per report.
// Run: node --import tsx bench/annual-report-render.bench.ts [--rounds N]
import { pathToFileURL } from 'node:url';
import { report2019, SHARED_REPORTS } from '../src/features/annual-reports/render/fixtures.ts';
import {
  RENDER_FORMATS,
  type RenderFormat,
  renderReport,
} from '../src/features/annual-reports/render/render-report.ts';
import type { AnnualReport } from '../src/features/annual-reports/report.ts';

export interface FormatResult {
  format: RenderFormat;
  /** Wall-clock ms per report: median and 95th percentile. */
  medianMs: number;
  p95Ms: number;
  /** CPU ms per report (user + system), less sensitive to other processes. */
  cpuMs: number;
  bytes: number;
}

export interface RenderBenchResult {
  reports: number;
  firstPdfMs: number;
  results: FormatResult[];
  peakRssMb: number;
}

const TARGET_MS: Partial<Record<RenderFormat, number>> = { docx: 300, pdf: 300 };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

async function measure(format: RenderFormat, reports: AnnualReport[], rounds: number): Promise<FormatResult> {
  for (const report of reports) await renderReport(report, format); // warm-up: module loading, JIT
  const times: number[] = [];
  let bytes = 0;
  const cpuStart = process.cpuUsage();
  for (let round = 0; round < rounds; round++) {
    for (const report of reports) {
      const t0 = performance.now();
      const out = await renderReport(report, format);
      times.push(performance.now() - t0);
      bytes = typeof out === 'string' ? Buffer.byteLength(out) : out.byteLength;
    }
  }
  const cpu = process.cpuUsage(cpuStart);
  times.sort((a, b) => a - b);
  return {
    format,
    medianMs: percentile(times, 0.5),
    p95Ms: percentile(times, 0.95),
    cpuMs: (cpu.user + cpu.system) / 1000 / times.length,
    bytes,
  };
}

export async function benchRender(options: { rounds?: number } = {}): Promise<RenderBenchResult> {
  const reports = [...SHARED_REPORTS.map((make) => make()), report2019()];
  const t0 = performance.now();
  await renderReport(reports[0], 'pdf'); // includes finding and parsing the CJK font once
  const firstPdfMs = performance.now() - t0;
  const rounds = options.rounds ?? 10;
  const results: FormatResult[] = [];
  // The baseline first, then every format; heavy formats get fewer rounds.
  for (const format of ['json', ...RENDER_FORMATS.filter((f) => f !== 'json')] as RenderFormat[]) {
    const heavy = format === 'docx' || format === 'pdf' || format === 'xlsx';
    results.push(await measure(format, reports, heavy ? rounds : rounds * 10));
  }
  return { reports: reports.length, firstPdfMs, results, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

export function formatRenderBench(result: RenderBenchResult): string {
  const baseline = result.results.find((r) => r.format === 'json') as FormatResult;
  const lines = [
    `年度报告输出（${result.reports} 份报告，每份的耗时）`,
    '格式   中位数ms   p95 ms    CPU ms   相对JSON   大小      目标',
  ];
  for (const r of result.results) {
    const target = TARGET_MS[r.format];
    const verdict = target === undefined ? '' : `≤ ${target} ms ${r.medianMs <= target ? '达标' : '未达标'}`;
    lines.push(
      [
        r.format.padEnd(6),
        r.medianMs.toFixed(2).padStart(9),
        r.p95Ms.toFixed(2).padStart(9),
        r.cpuMs.toFixed(2).padStart(9),
        `${(r.medianMs / baseline.medianMs).toFixed(0)}×`.padStart(9),
        `${(r.bytes / 1024).toFixed(1)} KB`.padStart(10),
        `   ${verdict}`,
      ].join(' '),
    );
  }
  lines.push(
    `首次 PDF（含查找和解析中文字体）：${result.firstPdfMs.toFixed(0)} ms；峰值内存 ${result.peakRssMb.toFixed(0)} MB`,
  );
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const roundsFlag = process.argv.indexOf('--rounds');
  const rounds = roundsFlag > 0 ? Number(process.argv[roundsFlag + 1]) : undefined;
  console.log(formatRenderBench(await benchRender({ rounds })));
}
