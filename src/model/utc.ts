/**
 * UTC time arithmetic that also works for years 0–99 and negative (astronomical) years,
 * where `Date.UTC` alone would read 0–99 as 1900–1999.
 */

/** UTC ms for the given astronomical year and 0-based month etc.; NaN outside the Date range. */
export function utcMs(year: number, month = 0, day = 1, hours = 0, minutes = 0, seconds = 0, ms = 0): number {
  if (year >= 100) return Date.UTC(year, month, day, hours, minutes, seconds, ms);
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  date.setUTCHours(hours, minutes, seconds, ms);
  return date.getTime();
}

/** True for leap years of the proleptic Gregorian calendar (astronomical numbering: 0 is leap). */
export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Number of days in a month (`month` is 1-based). */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
}

/** The astronomical year (0 = 1 BCE) of a UTC time value. */
export function utcYear(ms: number): number {
  return new Date(ms).getUTCFullYear();
}
