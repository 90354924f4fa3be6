/** One hour and one UTC day in ms. */
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/**
 * UTC ms of a calendar date: `utc(2020, 6, 2)` is 2 June 2020 00:00 UTC (months count from 1).
 * Years 0–99 and negative years are taken as written (`Date.UTC` would read 99 as 1999).
 */
export function utc(year: number, month = 1, day = 1, hours = 0, minutes = 0, seconds = 0, ms = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hours, minutes, seconds, ms);
  return date.getTime();
}
