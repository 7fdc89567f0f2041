import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  APPLICANT_COLUMNS,
  APPLICANT_DETAIL_COLUMNS,
  type Applications,
  resultRows,
} from '../../annual-reports/report.ts';
import { addDays } from '../../calendar/iso-date.ts';
import { OUTCOME_KEYS } from './outcomes.ts';
import { type ApplicantType, type CaseSummary, computeTable3, rowAt } from './table3.ts';

const TYPES = APPLICANT_DETAIL_COLUMNS as readonly ApplicantType[];

function cell(table: Applications, key: string, column: (typeof APPLICANT_COLUMNS)[number]): number {
  const value = rowAt(table, key)[column];
  assert.equal(typeof value, 'number', `${key}.${column}`);
  return value as number;
}

describe('table 三 from cases', () => {
  test('counts received, carried over, closed by outcome and carried forward', () => {
    const cases: CaseSummary[] = [
      { applicantType: 'naturalPerson', receivedOn: '2024-12-20', closedOn: '2025-01-10', outcome: 'granted' },
      {
        applicantType: 'naturalPerson',
        receivedOn: '2025-03-01',
        closedOn: '2025-03-20',
        outcome: 'withheld.stateSecret',
      },
      { applicantType: 'business', receivedOn: '2025-12-25', closedOn: null, outcome: null },
      { applicantType: 'legalService', receivedOn: '2025-12-29', closedOn: '2026-01-15', outcome: 'granted' },
      { applicantType: 'research', receivedOn: '2024-05-01', closedOn: '2024-05-10', outcome: 'granted' },
      { applicantType: 'research', receivedOn: '2026-01-02', closedOn: null, outcome: null },
      { applicantType: 'other', receivedOn: '2025-06-01', closedOn: '2025-06-02', outcome: 'otherHandling.other' },
    ];
    const table = computeTable3(cases, 2025);
    assert.equal(cell(table, 'received', 'total'), 4);
    assert.equal(cell(table, 'carriedOver', 'naturalPerson'), 1);
    assert.equal(cell(table, 'granted', 'naturalPerson'), 1);
    assert.equal(cell(table, 'withheld.stateSecret', 'naturalPerson'), 1);
    assert.equal(cell(table, 'otherHandling.other', 'other'), 1);
    assert.equal(cell(table, 'handledTotal', 'total'), 3);
    assert.equal(cell(table, 'carriedForward', 'business'), 1);
    assert.equal(cell(table, 'carriedForward', 'legalService'), 1);
    assert.equal(cell(table, 'carriedForward', 'total'), 2);
    assert.equal(cell(table, 'received', 'research'), 0);
  });

  test('the 2019 template folds （六） into one row', () => {
    const cases: CaseSummary[] = [
      {
        applicantType: 'naturalPerson',
        receivedOn: '2020-03-01',
        closedOn: '2020-03-02',
        outcome: 'otherHandling.noCorrection',
      },
      {
        applicantType: 'business',
        receivedOn: '2020-03-01',
        closedOn: '2020-03-05',
        outcome: 'otherHandling.feeUnpaid',
      },
    ];
    const table = computeTable3(cases, 2020, '2019');
    assert.deepEqual(table.otherHandling, {
      all: { naturalPerson: 1, business: 1, research: 0, publicInterest: 0, legalService: 0, other: 0, total: 2 },
    });
  });

  test('refuses a case closed without an outcome, or closed before it was received', () => {
    assert.throws(
      () =>
        computeTable3(
          [{ applicantType: 'other', receivedOn: '2025-01-02', closedOn: '2025-01-03', outcome: null }],
          2025,
        ),
      /第 1 件申请已办结但没有办理结果/,
    );
    assert.throws(
      () =>
        computeTable3(
          [{ applicantType: 'other', receivedOn: '2025-01-02', closedOn: '2025-01-01', outcome: 'granted' }],
          2025,
        ),
      /早于收到日期/,
    );
  });

  test('the outcome keys are exactly the 21 result rows of the 2021 template', () => {
    assert.deepEqual([...OUTCOME_KEYS], [...resultRows('2021')]);
  });
});

describe('R1–R3 hold for any case history (property)', () => {
  // Dates cluster around New Year, where off-by-one mistakes would show.
  const boundaryArb = fc
    .tuple(fc.integer({ min: 2021, max: 2026 }), fc.constantFrom('-12-30', '-12-31', '-01-01', '-01-02'))
    .map(([year, day]) => `${year}${day}`);
  const dayArb = fc.oneof(
    fc.integer({ min: 0, max: 365 * 6 }).map((offset) => addDays('2020-07-01', offset)),
    boundaryArb,
  );
  const caseArb = fc
    .record({
      applicantType: fc.constantFrom(...TYPES),
      receivedOn: dayArb,
      closing: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 500 }), boundaryArb),
      outcome: fc.constantFrom(...OUTCOME_KEYS),
    })
    .map(({ applicantType, receivedOn, closing, outcome }): CaseSummary => {
      let closedOn = typeof closing === 'number' ? addDays(receivedOn, closing) : closing;
      if (closedOn !== null && closedOn < receivedOn) closedOn = receivedOn;
      return { applicantType, receivedOn, closedOn, outcome: closedOn ? outcome : null };
    });

  test('R1 received + carried over = handled + carried forward; R2 handled = sum of results; R3 totals; equal to a recount', () => {
    fc.assert(
      fc.property(
        fc.array(caseArb, { maxLength: 80 }),
        fc.integer({ min: 2021, max: 2026 }),
        fc.constantFrom('2019' as const, '2021' as const),
        (cases, year, template) => {
          const table = computeTable3(cases, year, template);
          const rows = resultRows(template);
          for (const column of APPLICANT_COLUMNS) {
            const value = (key: string) => cell(table, key, column);
            assert.equal(
              value('received') + value('carriedOver'),
              value('handledTotal') + value('carriedForward'),
              `R1 ${column}`,
            );
            assert.equal(
              value('handledTotal'),
              rows.reduce((sum, key) => sum + value(key), 0),
              `R2 ${column}`,
            );
          }
          for (const key of ['received', 'carriedOver', ...rows, 'handledTotal', 'carriedForward']) {
            const detail = TYPES.reduce((sum, column) => sum + cell(table, key, column), 0);
            assert.equal(cell(table, key, 'total'), detail, `R3 ${key}`);
          }
          // A plain recount, cell by cell.
          const start = `${year}-01-01`;
          const end = `${year}-12-31`;
          for (const column of TYPES) {
            const mine = cases.filter((item) => item.applicantType === column);
            const count = (predicate: (item: CaseSummary) => boolean) => mine.filter(predicate).length;
            assert.equal(
              cell(table, 'received', column),
              count((item) => item.receivedOn >= start && item.receivedOn <= end),
            );
            assert.equal(
              cell(table, 'carriedOver', column),
              count((item) => item.receivedOn < start && (item.closedOn === null || item.closedOn >= start)),
            );
            assert.equal(
              cell(table, 'carriedForward', column),
              count((item) => item.receivedOn <= end && (item.closedOn === null || item.closedOn > end)),
            );
            for (const key of OUTCOME_KEYS) {
              const closedHere = count(
                (item) =>
                  item.outcome === key && item.closedOn !== null && item.closedOn >= start && item.closedOn <= end,
              );
              if (template === '2021' || !key.startsWith('otherHandling.'))
                assert.equal(cell(table, key, column), closedHere, `${key}.${column}`);
            }
            if (template === '2019') {
              const folded = count(
                (item) =>
                  item.outcome?.startsWith('otherHandling.') === true &&
                  item.closedOn !== null &&
                  item.closedOn >= start &&
                  item.closedOn <= end,
              );
              assert.equal(cell(table, 'otherHandling.all', column), folded);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
