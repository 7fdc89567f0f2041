import { addDays } from './iso-date.ts';
import type { YearData } from './year-data.ts';

/** [first day, last day, festival] — a run of consecutive days off with one name. */
export type SeedRange = readonly [from: string, to: string, name: string];
/** [date, festival] — a 调休 make-up working day and the festival it makes up for. */
export type SeedWorkday = readonly [date: string, name: string];

/** The committed seed, in ranges so a reviewer can hold it against the notices' wording. */
export interface SeedYear {
  year: number;
  off: readonly SeedRange[];
  work: readonly SeedWorkday[];
}

export function expandSeedYear(seed: SeedYear): YearData {
  const holidays: string[] = [];
  const names: Record<string, string> = {};
  for (const [from, to, name] of seed.off) {
    for (let date = from; date <= to; date = addDays(date, 1)) {
      holidays.push(date);
      names[date] = name;
    }
  }
  const makeupWorkdays = seed.work.map(([date, name]) => {
    names[date] = name;
    return date;
  });
  return { year: seed.year, holidays, makeupWorkdays, names };
}

/** Consecutive dates with the same name become one range (the inverse of expandSeedYear). */
export function compressToRanges(days: readonly (readonly [date: string, name: string])[]): SeedRange[] {
  const sorted = [...days].sort(([a], [b]) => a.localeCompare(b));
  const ranges: [string, string, string][] = [];
  for (const [date, name] of sorted) {
    const last = ranges.at(-1);
    if (last && last[2] === name && addDays(last[1], 1) === date) last[1] = date;
    else ranges.push([date, date, name]);
  }
  return ranges;
}
