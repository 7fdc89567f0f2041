import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseCalendarJson } from './import-json.ts';

function errorsOf(text: string): string[] {
  const result = parseCalendarJson(text);
  assert.equal(result.ok, false, 'expected the file to be refused');
  return result.ok ? [] : result.errors;
}

describe('parseCalendarJson', () => {
  test('reads dates as strings, objects with names, and from/to ranges', () => {
    const result = parseCalendarJson(
      JSON.stringify({
        year: 2027,
        holidays: [
          '2027-01-01',
          { date: '2027-04-05', name: '清明节' },
          { from: '2027-02-06', to: '2027-02-12', name: '春节' },
        ],
        makeupWorkdays: [{ date: '2027-02-14', name: '春节' }, '2027-02-20'],
      }),
    );
    assert.ok(result.ok);
    const [year] = result.years;
    assert.equal(year.year, 2027);
    assert.equal(year.holidays.length, 9);
    assert.deepEqual(year.holidays.slice(0, 2), ['2027-01-01', '2027-02-06']);
    assert.deepEqual(year.makeupWorkdays, ['2027-02-14', '2027-02-20']);
    assert.equal(year.names?.['2027-02-12'], '春节');
    assert.equal(year.names?.['2027-01-01'], undefined);
    assert.deepEqual(result.warnings, []);
  });

  test('accepts a list of years', () => {
    const result = parseCalendarJson(
      '[{"year":2027,"holidays":["2027-01-01"]},{"year":2028,"holidays":["2028-01-01"]}]',
    );
    assert.ok(result.ok);
    assert.deepEqual(
      result.years.map((year) => year.year),
      [2027, 2028],
    );
  });

  test('names the field of each bad entry', () => {
    const errors = errorsOf(
      JSON.stringify({
        year: 2027,
        holidays: ['2027-02-30', { name: '春节' }, { from: '2027-02-12', to: '2027-02-06' }],
        makeupWorkdays: 'none',
      }),
    );
    assert.ok(errors.some((error) => error.startsWith('holidays[0]') && error.includes('2027-02-30')));
    assert.ok(errors.some((error) => error.startsWith('holidays[1].date')));
    assert.ok(errors.some((error) => error.startsWith('holidays[2]') && error.includes('早于')));
    assert.ok(errors.some((error) => error.startsWith('makeupWorkdays') && error.includes('数组')));
  });

  test('refuses a missing year, a date from another year, a date both off and working', () => {
    assert.match(errorsOf('{"holidays":[]}')[0], /^year：/);
    assert.match(errorsOf('{"year":2027,"holidays":["2026-12-31"]}')[0], /不属于 2027 年/);
    assert.match(
      errorsOf('{"year":2027,"holidays":["2027-02-13"],"makeupWorkdays":["2027-02-13"]}')[0],
      /既是放假日期又是调休上班日期/,
    );
    assert.match(errorsOf('{"year":2027}')[0], /holidays：缺少/);
  });

  test('refuses text that is not JSON, and a year given twice', () => {
    assert.match(errorsOf('year: 2027')[0], /不是有效的 JSON/);
    assert.match(errorsOf('[{"year":2027,"holidays":[]},{"year":2027,"holidays":[]}]')[0], /不止一次/);
  });

  test('warns about a make-up day on a weekday and a year without holidays', () => {
    const result = parseCalendarJson('{"year":2027,"holidays":[],"makeupWorkdays":["2027-03-03"]}');
    assert.ok(result.ok);
    assert.equal(result.warnings.length, 2);
    assert.ok(result.warnings.some((warning) => warning.includes('2027-03-03')));
  });
});
