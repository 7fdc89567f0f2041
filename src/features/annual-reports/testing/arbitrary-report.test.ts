import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { getCell, table2Paths, table3Paths, table4Paths } from '../check/cell-paths.ts';
import { checkReport } from '../check/check-report.ts';
import { parseReportText } from '../read/parse-report.ts';
import { arbitraryReport } from './arbitrary-report.ts';
import { singleCellCorruptions } from './corruptions.ts';
import { reportToText } from './report-text.ts';

const CELLS = [...table2Paths('2021'), ...table3Paths('2021'), ...table4Paths()];

describe('arbitraryReport', () => {
  test('produces reports that satisfy R1–R5', () => {
    fc.assert(
      fc.property(arbitraryReport(), (report) => {
        assert.deepEqual(
          checkReport(report).filter((d) => d.severity === 'error'),
          [],
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe('single-cell corruptions', () => {
  test('every corruption of a table 三 or 四 cell breaks a sum the checker names', () => {
    fc.assert(
      fc.property(arbitraryReport(), (report) => {
        const corruptions = singleCellCorruptions(report);
        assert.equal(corruptions.length, table3Paths('2021').length + table4Paths().length + 10);
        for (const c of corruptions) {
          const errors = checkReport(c.report).filter((d) => d.severity === 'error');
          assert.ok(
            errors.some((d) => d.cells.includes(c.path)),
            `${c.path}: ${c.from} → ${c.to} went unnoticed`,
          );
          if (c.kind === 'offByOne') assert.ok(errors.every((d) => d.rule !== 'R4'));
        }
      }),
      { numRuns: 30 },
    );
  });

  test('table 二 has no sums, so only impossible values there are detectable (R4)', () => {
    fc.assert(
      fc.property(arbitraryReport(), (report) => {
        for (const c of singleCellCorruptions(report).filter((x) => x.path.startsWith('proactive.'))) {
          assert.equal(c.kind, 'negative');
          const errors = checkReport(c.report).filter((d) => d.severity === 'error');
          assert.deepEqual(
            errors.map((d) => [d.rule, d.cells]),
            [['R4', [c.path]]],
          );
        }
      }),
      { numRuns: 30 },
    );
  });
});

describe('reading back a written report', () => {
  test('tab-separated text gives back every cell', () => {
    fc.assert(
      fc.property(arbitraryReport(), (report) => {
        const { report: read, diagnostics } = parseReportText(reportToText(report));
        for (const p of CELLS) assert.equal(getCell(read, p), getCell(report, p), p);
        assert.deepEqual(diagnostics, []);
        assert.equal(read.agency, report.agency);
        assert.equal(read.year, report.year);
      }),
      { numRuns: 60 },
    );
  });

  test('digits run together: every cell read is right; the rest are null and named in a diagnostic', () => {
    fc.assert(
      fc.property(arbitraryReport(), (report) => {
        const { report: read, diagnostics } = parseReportText(reportToText(report, { separator: '' }));
        const named = new Set(diagnostics.flatMap((d) => d.cells));
        for (const p of CELLS) {
          const value = getCell(read, p);
          if (value === null) assert.ok(named.has(p), `${p} is null without a diagnostic`);
          else assert.equal(value, getCell(report, p), `${p} was guessed wrong`);
        }
      }),
      { numRuns: 60 },
    );
  });
});
