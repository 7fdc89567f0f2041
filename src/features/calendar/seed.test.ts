import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { generateSeedSource } from './generate-seed.ts';
import { addDays } from './iso-date.ts';
import { createSeedCalendar, seedYearData } from './seed.ts';

// The State Council (国务院办公厅) holiday notices, written out here independently of the
// chinese-days package: [first day off, last day off] per festival, and the 调休 working days.
// Only dates inside the year itself (a 元旦 break starting on 12-30/12-31 belongs to the year before).
const NOTICES: Record<number, { off: [string, string][]; work: string[] }> = {
  2019: {
    off: [
      ['01-01', '01-01'],
      ['02-04', '02-10'],
      ['04-05', '04-07'],
      ['05-01', '05-04'],
      ['06-07', '06-09'],
      ['09-13', '09-15'],
      ['10-01', '10-07'],
    ],
    work: ['02-02', '02-03', '04-28', '05-05', '09-29', '10-12'],
  },
  // 国办发明电〔2020〕1号 extended the Spring Festival to 02-02, so the 02-01 make-up day lapsed.
  2020: {
    off: [
      ['01-01', '01-01'],
      ['01-24', '02-02'],
      ['04-04', '04-06'],
      ['05-01', '05-05'],
      ['06-25', '06-27'],
      ['10-01', '10-08'],
    ],
    work: ['01-19', '04-26', '05-09', '06-28', '09-27', '10-10'],
  },
  2021: {
    off: [
      ['01-01', '01-03'],
      ['02-11', '02-17'],
      ['04-03', '04-05'],
      ['05-01', '05-05'],
      ['06-12', '06-14'],
      ['09-19', '09-21'],
      ['10-01', '10-07'],
    ],
    work: ['02-07', '02-20', '04-25', '05-08', '09-18', '09-26', '10-09'],
  },
  // 12-31 is the first day of the 2023 元旦 break (2022-12-31 to 2023-01-02).
  2022: {
    off: [
      ['01-01', '01-03'],
      ['01-31', '02-06'],
      ['04-03', '04-05'],
      ['04-30', '05-04'],
      ['06-03', '06-05'],
      ['09-10', '09-12'],
      ['10-01', '10-07'],
      ['12-31', '12-31'],
    ],
    work: ['01-29', '01-30', '04-02', '04-24', '05-07', '10-08', '10-09'],
  },
  2023: {
    off: [
      ['01-01', '01-02'],
      ['01-21', '01-27'],
      ['04-05', '04-05'],
      ['04-29', '05-03'],
      ['06-22', '06-24'],
      ['09-29', '10-06'],
    ],
    work: ['01-28', '01-29', '04-23', '05-06', '06-25', '10-07', '10-08'],
  },
  2024: {
    off: [
      ['01-01', '01-01'],
      ['02-10', '02-17'],
      ['04-04', '04-06'],
      ['05-01', '05-05'],
      ['06-10', '06-10'],
      ['09-15', '09-17'],
      ['10-01', '10-07'],
    ],
    work: ['02-04', '02-18', '04-07', '04-28', '05-11', '09-14', '09-29', '10-12'],
  },
  2025: {
    off: [
      ['01-01', '01-01'],
      ['01-28', '02-04'],
      ['04-04', '04-06'],
      ['05-01', '05-05'],
      ['05-31', '06-02'],
      ['10-01', '10-08'],
    ],
    work: ['01-26', '02-08', '04-27', '09-28', '10-11'],
  },
  2026: {
    off: [
      ['01-01', '01-03'],
      ['02-15', '02-23'],
      ['04-04', '04-06'],
      ['05-01', '05-05'],
      ['06-19', '06-21'],
      ['09-25', '09-27'],
      ['10-01', '10-07'],
    ],
    work: ['01-04', '02-14', '02-28', '05-09', '09-20', '10-10'],
  },
};

function expand(year: number, [from, to]: [string, string]): string[] {
  const dates: string[] = [];
  for (let date = `${year}-${from}`; date <= `${year}-${to}`; date = addDays(date, 1)) dates.push(date);
  return dates;
}

const calendar = createSeedCalendar();

describe('seed holiday schedule for 2019–2026', () => {
  test('covers exactly the years 2019 to 2026', () => {
    assert.deepEqual(calendar.years(), [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });

  for (const [yearText, notice] of Object.entries(NOTICES)) {
    const year = Number(yearText);
    test(`${year} matches the State Council notice day for day`, () => {
      const data = seedYearData().find((entry) => entry.year === year);
      assert.ok(data, `${year} missing from the seed`);
      assert.deepEqual([...data.holidays].sort(), notice.off.flatMap((range) => expand(year, range)).sort());
      assert.deepEqual([...data.makeupWorkdays].sort(), notice.work.map((day) => `${year}-${day}`).sort());
      for (const day of notice.work) assert.equal(calendar.isWorkingDay(`${year}-${day}`), true, `${year}-${day}`);
    });
  }

  test('2025 National Day: 10-01 to 10-08 off, 09-28 (Sunday) and 10-11 (Saturday) are working days', () => {
    for (const date of expand(2025, ['10-01', '10-08'])) assert.equal(calendar.isWorkingDay(date), false, date);
    assert.equal(calendar.describeDay('2025-09-28').kind, 'makeupWorkday');
    assert.equal(calendar.describeDay('2025-10-11').kind, 'makeupWorkday');
    assert.equal(calendar.isWorkingDay('2025-10-09'), true);
  });

  test('2020 Spring Festival runs to 02-02 and Saturday 02-01 is no longer a working day', () => {
    assert.equal(calendar.isWorkingDay('2020-01-31'), false);
    assert.equal(calendar.isWorkingDay('2020-02-01'), false);
    assert.equal(calendar.isWorkingDay('2020-02-02'), false);
    assert.equal(calendar.isWorkingDay('2020-02-03'), true);
    assert.equal(calendar.isWorkingDay('2020-01-19'), true);
  });

  test('2019 Labour Day 05-01 to 05-04 with Sundays 04-28 and 05-05 working', () => {
    assert.deepEqual(
      ['04-28', '04-30', '05-01', '05-04', '05-05', '05-06'].map((day) => calendar.isWorkingDay(`2019-${day}`)),
      [true, true, false, false, true, true],
    );
  });

  test('2024 Spring Festival 02-10 to 02-17 with Sundays 02-04 and 02-18 working', () => {
    for (const date of expand(2024, ['02-10', '02-17'])) assert.equal(calendar.isWorkingDay(date), false, date);
    assert.equal(calendar.isWorkingDay('2024-02-04'), true);
    assert.equal(calendar.isWorkingDay('2024-02-18'), true);
  });

  test('2026: Spring Festival 02-15 to 02-23 (02-14, 02-28 working), National Day 10-01 to 10-07 (09-20, 10-10 working)', () => {
    for (const date of expand(2026, ['02-15', '02-23'])) assert.equal(calendar.isWorkingDay(date), false, date);
    for (const date of expand(2026, ['10-01', '10-07'])) assert.equal(calendar.isWorkingDay(date), false, date);
    for (const date of ['2026-02-14', '2026-02-28', '2026-09-20', '2026-10-10']) {
      assert.equal(calendar.isWorkingDay(date), true, date);
    }
    assert.equal(calendar.isWorkingDay('2026-10-08'), true);
  });

  test('holidays carry the festival names, merged when 中秋 falls in the National Day break', () => {
    assert.equal(calendar.describeDay('2024-02-12').name, '春节');
    assert.equal(calendar.describeDay('2025-10-06').name, '国庆节、中秋节');
    assert.equal(calendar.describeDay('2023-09-29').name, '国庆节、中秋节');
    assert.equal(calendar.describeDay('2022-04-02').name, '清明节');
  });

  test('the committed seed file is what the generator makes from the installed chinese-days', () => {
    const committed = readFileSync(new URL('./seed-2019-2026.ts', import.meta.url), 'utf8');
    assert.equal(generateSeedSource(), committed, 'chinese-days data changed: regenerate and re-check the notices');
  });
});
