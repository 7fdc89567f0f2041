import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { addDays } from '../calendar/iso-date.ts';
import { computeTable4, REVIEW_RESULTS, REVIEW_ROUTES, type ReviewSummary } from './review.ts';

describe('table 四 from review cases', () => {
  const cases: ReviewSummary[] = [
    { route: 'reconsideration', filedOn: '2025-03-01', closedOn: '2025-05-01', result: 'upheld' },
    { route: 'reconsideration', filedOn: '2025-11-20', closedOn: '2026-01-10', result: 'corrected' },
    { route: 'reconsideration', filedOn: '2024-10-01', closedOn: '2025-02-01', result: 'corrected' },
    { route: 'reconsideration', filedOn: '2024-03-01', closedOn: '2024-05-01', result: 'upheld' },
    { route: 'litigation_direct', filedOn: '2025-06-01', closedOn: null, result: 'pending' },
    { route: 'litigation_after_reconsideration', filedOn: '2026-01-05', closedOn: null, result: 'pending' },
  ];

  test('a case decided after the year end counts as pending in that year', () => {
    const table = computeTable4(cases, 2025, { countPendingFromEarlierYears: true });
    assert.equal(table.reconsideration.corrected, 1);
    assert.equal(table.reconsideration.pending, 1);
    assert.equal(table.reconsideration.upheld, 1);
    assert.equal(table.reconsideration.total, 3);
    assert.deepEqual(table.litigationDirect, { upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 });
    assert.equal(table.litigationAfterReconsideration.total, 0);
  });

  test('earlier years\u2019 cases still pending on 1 January count only when the org setting says so', () => {
    const without = computeTable4(cases, 2025, { countPendingFromEarlierYears: false });
    assert.equal(without.reconsideration.total, 2);
    assert.equal(without.reconsideration.corrected, 0);
  });

  test('R5 holds for any set of review cases', () => {
    const day = fc.integer({ min: 0, max: 4 * 365 }).map((n) => addDays('2023-01-01', n));
    const review = fc
      .record({
        route: fc.constantFrom(...REVIEW_ROUTES),
        filedOn: day,
        length: fc.option(fc.integer({ min: 0, max: 400 })),
        result: fc.constantFrom(...REVIEW_RESULTS.filter((r) => r !== 'pending')),
      })
      .map(
        ({ route, filedOn, length, result }): ReviewSummary =>
          length === null
            ? { route, filedOn, closedOn: null, result: 'pending' }
            : { route, filedOn, closedOn: addDays(filedOn, length), result },
      );
    fc.assert(
      fc.property(
        fc.array(review, { maxLength: 40 }),
        fc.integer({ min: 2023, max: 2026 }),
        fc.boolean(),
        (reviews, year, earlier) => {
          const table = computeTable4(reviews, year, { countPendingFromEarlierYears: earlier });
          for (const group of Object.values(table)) {
            assert.equal(group.upheld + group.corrected + group.other + group.pending, group.total);
          }
          const filedInYear = reviews.filter((r) => r.filedOn.startsWith(String(year))).length;
          const counted = Object.values(table).reduce((sum, group) => sum + group.total, 0);
          assert.ok(counted >= filedInYear);
          if (!earlier) assert.equal(counted, filedInYear);
        },
      ),
    );
  });
});
