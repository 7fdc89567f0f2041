// A year's holiday dates as readable runs: "2025-10-01 至 10-08 国庆节、中秋节（8 天）".

export interface DateRun {
  from: string;
  to: string;
  days: number;
  name?: string;
}

function nextDay(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Consecutive dates with the same name form one run. */
export function dateRuns(dates: readonly string[], names: Record<string, string> = {}): DateRun[] {
  const runs: DateRun[] = [];
  for (const date of [...dates].sort()) {
    const last = runs.at(-1);
    if (last && nextDay(last.to) === date && last.name === names[date]) {
      last.to = date;
      last.days += 1;
    } else runs.push({ from: date, to: date, days: 1, name: names[date] });
  }
  return runs;
}

export function describeRun(run: DateRun): string {
  const span = run.from === run.to ? run.from : `${run.from} 至 ${run.to.slice(5)}`;
  const name = run.name ? ` ${run.name}` : '';
  return run.days > 1 ? `${span}${name}（${run.days} 天）` : `${span}${name}`;
}

/** The years after `today`'s year that deadlines may reach and that have no data yet. */
export function missingUpcomingYears(loaded: readonly number[], thisYear: number): number[] {
  return [thisYear, thisYear + 1].filter((year) => !loaded.includes(year));
}
