// Random valid 2019-template reports for the round-trip property: the shared 2021
// arbitrary with （六） folded into one row (R1–R5 still hold) and a random 2019 table 二.
import fc from 'fast-check';
import { type AnnualReport, APPLICANT_COLUMNS, type ApplicationRow, type Proactive2019 } from '../report.ts';
import { arbitraryCount, arbitraryReport } from '../testing/arbitrary-report.ts';

const itemCounts = fc.record({
  previousYearItems: arbitraryCount(500),
  change: fc.integer({ min: -50, max: 50 }),
  decisions: arbitraryCount(5000),
});
const documentCounts = fc.record({
  newlyMade: arbitraryCount(),
  newlyPublished: arbitraryCount(),
  totalPublished: arbitraryCount(2000),
});

const proactive2019: fc.Arbitrary<Proactive2019> = fc.record({
  regulations: documentCounts,
  normativeDocuments: documentCounts,
  licensing: itemCounts,
  otherServices: itemCounts,
  penalty: itemCounts,
  coercion: itemCounts,
  fees: fc.record({ previousYearItems: arbitraryCount(), change: fc.integer({ min: -9, max: 9 }) }),
  procurement: fc.record({
    items: arbitraryCount(),
    totalAmount: fc.oneof(
      fc.constant(null),
      fc.integer({ min: 0, max: 99999 }).map((n) => `${n / 10}万元`),
    ),
  }),
});

function foldOtherHandling(rows: ApplicationRow[]): ApplicationRow {
  const all = {} as ApplicationRow;
  for (const column of APPLICANT_COLUMNS) all[column] = rows.reduce((n, r) => n + (r[column] ?? 0), 0);
  return all;
}

export function arbitraryReport2019(): fc.Arbitrary<AnnualReport> {
  return fc
    .tuple(arbitraryReport(), proactive2019, fc.integer({ min: 2019, max: 2020 }))
    .map(([report, proactive, year]) => {
      const handling = report.applications.otherHandling;
      const rows = 'all' in handling ? [handling.all] : [handling.noCorrection, handling.feeUnpaid, handling.other];
      return {
        ...report,
        template: '2019',
        year,
        publishedOn: `${year + 1}-03-20`,
        proactive,
        applications: { ...report.applications, otherHandling: { all: foldOtherHandling(rows) } },
      };
    });
}
