// "Today" for deadlines is the date in China (UTC+8, no daylight saving), whatever the server's zone.
const OFFSET_MS = 8 * 3_600_000;

export function chinaDate(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}
