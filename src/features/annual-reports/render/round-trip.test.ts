// Render → read: every format the reader understands gives back the same tables, for the
// shared reports' figures and for random valid reports (fast-check).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { setCell } from '../check/cell-paths.ts';
import { parseReport } from '../read/parse-report.ts';
import type { AnnualReport, Proactive2021 } from '../report.ts';
import { arbitraryReport } from '../testing/arbitrary-report.ts';
import { arbitraryReport2019 } from './arbitrary-report-2019.ts';
import { pingtanReport, report2019, report2019WithBlanks, SHARED_REPORTS } from './fixtures.ts';
import { renderReport } from './render-report.ts';

const READABLE = ['txt', 'html', 'docx', 'pdf'] as const;
type Readable = (typeof READABLE)[number];

/** What must survive the trip: the template, agency, year and every cell of tables 二, 三, 四. */
function tablesOf(report: AnnualReport): Record<string, unknown> {
  const {
    template,
    agency,
    year,
    proactive,
    applications,
    reconsideration,
    litigationDirect,
    litigationAfterReconsideration,
  } = report;
  return {
    template,
    agency,
    year,
    proactive,
    applications,
    reconsideration,
    litigationDirect,
    litigationAfterReconsideration,
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Dotted paths where the two differ, with both values: the failure message names the cells. */
function differences(expected: unknown, actual: unknown, path = ''): string[] {
  if (expected !== null && actual !== null && typeof expected === 'object' && typeof actual === 'object') {
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    return [...keys].flatMap((k) =>
      differences(
        (expected as Record<string, unknown>)[k],
        (actual as Record<string, unknown>)[k],
        path ? `${path}.${k}` : k,
      ),
    );
  }
  return Object.is(expected, actual)
    ? []
    : [`${path}: 应为 ${JSON.stringify(expected)}，读回 ${JSON.stringify(actual)}`];
}

async function renderAndRead(report: AnnualReport, format: Readable): Promise<AnnualReport> {
  const out = await renderReport(report, format);
  const bytes = typeof out === 'string' ? new TextEncoder().encode(out) : out;
  return (await parseReport({ bytes, fileName: `report.${format}` })).report;
}

async function roundTrip(report: AnnualReport, format: Readable): Promise<string[]> {
  return differences(tablesOf(report), tablesOf(await renderAndRead(report, format)));
}

describe('render → read gives back the same tables', () => {
  for (const format of READABLE) {
    test(`${format}: the three shared reports and a 2019-template report`, async () => {
      for (const make of [...SHARED_REPORTS, report2019]) {
        const report = make();
        assert.deepEqual(await roundTrip(report, format), [], `${format} / ${report.agency}`);
      }
    });
  }
});

/** Every table cell of a report as path → value. */
function cells(report: AnnualReport): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const walk = (node: unknown, path: string): void => {
    if (isRecord(node)) for (const [k, v] of Object.entries(node)) walk(v, path ? `${path}.${k}` : k);
    else out.set(path, node);
  };
  const { proactive, applications, reconsideration, litigationDirect, litigationAfterReconsideration } = report;
  walk({ proactive, applications, reconsideration, litigationDirect, litigationAfterReconsideration }, '');
  return out;
}

/**
 * A blank cell comes back blank, or with the value R1–R5 force and a diagnostic naming it;
 * a printed number comes back as itself, or blank with a diagnostic. Never a silent number.
 */
async function honestRead(report: AnnualReport, format: Readable): Promise<string[]> {
  const out = await renderReport(report, format);
  const bytes = typeof out === 'string' ? new TextEncoder().encode(out) : out;
  const { report: read, diagnostics } = await parseReport({ bytes, fileName: `report.${format}` });
  const named = new Set(diagnostics.flatMap((d) => d.cells));
  const problems: string[] = [];
  const got = cells(read);
  for (const [path, want] of cells(report)) {
    const value = got.get(path);
    if (Object.is(value, want)) continue;
    if ((want === null || value === null) && named.has(path)) continue;
    problems.push(
      `${path}: 应为 ${JSON.stringify(want)}，读回 ${JSON.stringify(value)}${named.has(path) ? '' : '，且没有诊断'}`,
    );
  }
  return problems;
}

/** A valid report with one to three cells blanked. */
const withBlanks = fc
  .tuple(arbitraryReport(), fc.array(fc.nat(), { minLength: 1, maxLength: 3 }))
  .map(([report, picks]) => {
    const paths = [...cells(report).keys()];
    for (const pick of picks) setCell(report, paths[pick % paths.length], null);
    return report;
  });

describe('blank (null) cells survive the trip honestly', () => {
  const runs: Record<Readable, number> = { txt: 40, html: 40, docx: 8, pdf: 6 };
  for (const format of READABLE) {
    test(`${format}: never a silent number`, async () => {
      // A blank at the start of a table-二 row: the cells to its right must not move left.
      const leadingBlank = pingtanReport();
      (leadingBlank.proactive as Proactive2021).normativeDocuments.issued = null;
      for (const report of [report2019WithBlanks(), leadingBlank]) {
        const problems = await honestRead(report, format);
        assert.deepEqual(problems, [], problems.join('\n'));
      }
      await fc.assert(
        fc.asyncProperty(withBlanks, async (report) => {
          const found = await honestRead(report, format);
          assert.deepEqual(found, [], found.join('\n'));
        }),
        { numRuns: runs[format] },
      );
    });
  }
});

describe('render → read, property over random valid reports', () => {
  const runs: Record<Readable, number> = { txt: 60, html: 60, docx: 12, pdf: 8 };
  for (const format of READABLE) {
    test(`${format}: 2021 template`, async () => {
      await fc.assert(
        fc.asyncProperty(arbitraryReport(), async (report) => {
          const found = await roundTrip(report, format);
          assert.deepEqual(found, [], found.join('\n'));
        }),
        { numRuns: runs[format] },
      );
    });
    test(`${format}: 2019 template`, async () => {
      await fc.assert(
        fc.asyncProperty(arbitraryReport2019(), async (report) => {
          const found = await roundTrip(report, format);
          assert.deepEqual(found, [], found.join('\n'));
        }),
        { numRuns: Math.ceil(runs[format] / 2) },
      );
    });
  }
});
