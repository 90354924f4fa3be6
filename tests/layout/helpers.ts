/** Small date helpers for layout tests: UTC milliseconds from calendar parts. */
export function utc(year: number, month = 1, day = 1, hour = 0, minute = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, 0, 0);
  return d.getTime();
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
