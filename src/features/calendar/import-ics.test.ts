import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, test } from 'node:test';
import { festivalName, parseCalendarIcs } from './import-ics.ts';
import { seedYearData } from './seed.ts';

function ics(...events: string[][]): string {
  const body = events.flatMap((lines) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT']);
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', ...body, 'END:VCALENDAR'].join('\r\n');
}

describe('parseCalendarIcs', () => {
  test('the chinese-days 2026 calendar reads back as the seeded 2026 schedule', () => {
    const path = createRequire(import.meta.url).resolve('chinese-days/dist/years/2026.ics');
    const result = parseCalendarIcs(readFileSync(path, 'utf8'));
    assert.ok(result.ok, result.ok ? '' : result.errors.join('\n'));
    const seeded = seedYearData().find((year) => year.year === 2026);
    assert.deepEqual(
      result.years.map((year) => year.year),
      [2026],
    );
    assert.deepEqual(result.years[0].holidays, seeded?.holidays);
    assert.deepEqual(result.years[0].makeupWorkdays, seeded?.makeupWorkdays);
    assert.equal(result.years[0].names?.['2026-02-14'], '春节');
  });

  test('DTEND is exclusive for all-day events; 班 means make-up day, 休/假 a day off', () => {
    const result = parseCalendarIcs(
      ics(
        ['DTSTART;VALUE=DATE:20270206', 'DTEND;VALUE=DATE:20270213', 'SUMMARY:春节放假'],
        ['DTSTART;VALUE=DATE:20270214', 'SUMMARY:春节调休上班'],
        ['DTSTART:20270405T000000', 'DTEND:20270406T000000', 'SUMMARY:清明节（休）'],
      ),
    );
    assert.ok(result.ok);
    const [year] = result.years;
    assert.deepEqual(year.holidays, [
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
      '2027-02-12',
      '2027-04-05',
    ]);
    assert.deepEqual(year.makeupWorkdays, ['2027-02-14']);
    assert.equal(year.names?.['2027-04-05'], '清明节');
  });

  test('unfolds continuation lines', () => {
    const result = parseCalendarIcs(ics(['DTSTART;VALUE=DATE:20270101', 'SUMMARY:元', ' 旦(休)']));
    assert.ok(result.ok);
    assert.equal(result.years[0].names?.['2027-01-01'], '元旦');
  });

  test('a New Year break spilling into the previous year is reported, not imported as that year', () => {
    const result = parseCalendarIcs(
      ics(
        ['DTSTART;VALUE=DATE:20221231', 'DTEND;VALUE=DATE:20230103', 'SUMMARY:元旦(休)'],
        ['DTSTART;VALUE=DATE:20230121', 'DTEND;VALUE=DATE:20230128', 'SUMMARY:春节(休)'],
      ),
    );
    assert.ok(result.ok);
    assert.deepEqual(
      result.years.map((year) => year.year),
      [2023],
    );
    assert.ok(result.warnings.some((warning) => warning.includes('2022-12-31') && warning.includes('未导入')));
  });

  test('errors name the line: unreadable date, unknown summary, missing DTSTART, unterminated event', () => {
    const bad = parseCalendarIcs(
      ics(
        ['DTSTART;VALUE=DATE:2027-01-01', 'SUMMARY:元旦(休)'],
        ['DTSTART;VALUE=DATE:20270301', 'SUMMARY:单位年会'],
        ['SUMMARY:春节(休)'],
      ),
    );
    assert.equal(bad.ok, false);
    const errors = bad.ok ? [] : bad.errors;
    assert.ok(
      errors.some((error) => error.startsWith('第 4 行') && error.includes('DTSTART')),
      errors.join('\n'),
    );
    assert.ok(
      errors.some((error) => error.startsWith('第 9 行') && error.includes('单位年会')),
      errors.join('\n'),
    );
    assert.ok(
      errors.some((error) => error.includes('第 11 行开始的事件缺少 DTSTART')),
      errors.join('\n'),
    );
    const open = parseCalendarIcs('BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20270101\nSUMMARY:休\n');
    assert.match(open.ok ? '' : open.errors[0], /第 2 行开始的事件没有 END:VEVENT/);
  });

  test('refuses a file that is not iCalendar, and a day both off and working', () => {
    const notIcs = parseCalendarIcs('hello');
    assert.match(notIcs.ok ? '' : notIcs.errors[0], /BEGIN:VCALENDAR/);
    const clash = parseCalendarIcs(
      ics(['DTSTART;VALUE=DATE:20270213', 'SUMMARY:春节(休)'], ['DTSTART;VALUE=DATE:20270213', 'SUMMARY:春节(班)']),
    );
    assert.match(clash.ok ? '' : clash.errors[0], /^第 .+ 行：2027-02-13 既是放假日期又是调休上班日期/);
  });

  test('festival names drop the markers', () => {
    assert.equal(festivalName('国庆节(休)'), '国庆节');
    assert.equal(festivalName('劳动节调休上班'), '劳动节');
    assert.equal(festivalName('休'), undefined);
  });
});
