/**
 * A d3-time interval of every `step` years that counts the way historians do on both sides of
 * 1 CE: …, 200 BCE, 100 BCE, 1 CE, 100 CE, 200 CE, … (there is no year 0; astronomical year 0 is
 * 1 BCE). `utcYear.every(100)` would give astronomical multiples instead (−100 = 101 BCE). The
 * tick at 1 CE keeps the grid even across the change of era: without it 100 BCE → 100 CE was one
 * gap twice as wide as the others, read as a missing tick. For years ≥ `step` CE it is the same as
 * `utcYear.every(step)`.
 */
import { timeInterval } from 'd3-time';
import type { TimeInterval } from 'd3-time';

/** Tick index of astronomical year `y` rounded down (earlier): 1 CE → 0, CE m·step → m, BCE m·step → −m (every year → year − 1 for a step of 1). */
function indexOf(year: number, step: number): number {
  if (year >= 1) return step === 1 ? year - 1 : year >= step ? Math.floor(year / step) : 0;
  const bce = 1 - year; // 1 BCE for year 0
  return -Math.max(1, Math.ceil(bce / step));
}

function yearOf(index: number, step: number): number {
  if (index < 0) return 1 - -index * step;
  return step === 1 ? index + 1 : index === 0 ? 1 : index * step;
}

/** The first instant a `Date` holds (20 April 271,821 BCE). */
const FIRST_TIME = -8.64e15;

/**
 * Sets `date` to 1 January of `year`; a year that begins before the first instant a `Date` holds
 * gives that instant instead of an invalid date, so that d3's `ceil` and `range` still find the
 * first tick of a view near the range's start (the next boundary after it).
 */
function setYear(date: Date, year: number): void {
  date.setUTCFullYear(year, 0, 1);
  date.setUTCHours(0, 0, 0, 0);
  if (Number.isNaN(date.getTime()) && year < 0) date.setTime(FIRST_TIME);
}

/** Every `step` years in historical (era) numbering, UTC. */
export function historicalYears(step: number): TimeInterval {
  return timeInterval(
    (date) => setYear(date, yearOf(indexOf(date.getUTCFullYear(), step), step)),
    (date, count) => setYear(date, yearOf(indexOf(date.getUTCFullYear(), step) + count, step)),
    (start, end) => indexOf(end.getUTCFullYear(), step) - indexOf(start.getUTCFullYear(), step),
  );
}
