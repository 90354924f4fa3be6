/**
 * Years of any size on one number line. Every time in the timeline is a number of milliseconds
 * since 1970-01-01 UTC on the proleptic Gregorian calendar, continued without end. Within the
 * JavaScript `Date` range (±8.64e15 ms, about 271,821 BCE to 275,760 CE) these are exactly
 * `Date` time values; beyond it the same arithmetic goes on (400 years are 146,097 days, so a
 * year is 365.2425 days on average), and sorting, stacking and the viewport keep working on plain
 * numbers. Only the axis and the words for dates need to know a time lies beyond the range.
 *
 * Precision: a double holds whole milliseconds exactly up to 2^53 ms (about 285,000 years); at
 * 13.8 billion years it is exact to about a minute (65,536 ms), far finer than a year.
 * Pure arithmetic: no `Date`, no imports.
 */

export const MS_PER_DAY = 86_400_000;
/** The average Gregorian year, ms: 365.2425 days. */
export const MS_PER_YEAR = 365.2425 * MS_PER_DAY;
/** Largest magnitude of a JavaScript `Date` time value, in ms (±100,000,000 days). */
export const MAX_TIME = 8.64e15;
/** The largest year magnitude an event file may write (twelve digits). */
export const MAX_YEAR = 999_999_999_999;

/** Days from 1 January of year 0 to 1 January of `year` (exact for any integer year). */
function daysBefore(year: number): number {
  return 365 * year + Math.ceil(year / 4) - Math.ceil(year / 100) + Math.ceil(year / 400);
}

const EPOCH_DAYS = daysBefore(1970);

/**
 * UTC ms of 1 January, 00:00 of astronomical `year` (0 is 1 BCE) for a year of any size;
 * equal to `Date.UTC(year, 0, 1)` wherever a `Date` can hold it.
 * @example yearStartMs(1970) // 0
 */
export function yearStartMs(year: number): number {
  return (daysBefore(year) - EPOCH_DAYS) * MS_PER_DAY;
}

/**
 * The astronomical year a time falls in, for times of any size (the inverse of
 * {@link yearStartMs}: `yearStartMs(y) <= ms < yearStartMs(y + 1)`).
 */
export function yearOfMs(ms: number): number {
  let year = Math.floor(ms / MS_PER_YEAR) + 1970;
  while (yearStartMs(year) > ms) year--;
  while (yearStartMs(year + 1) <= ms) year++;
  return year;
}

/** True when any part of `[start, end)` lies beyond what a JavaScript `Date` can hold. */
export function isBeyondDates(start: number, end: number): boolean {
  return start < -MAX_TIME || end > MAX_TIME;
}
