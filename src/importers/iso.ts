/** Writing our ISO date strings from parts or from time values, in their real precision. */

/** The parts of a date, finest last; a part is given only when all coarser parts are. */
export interface DateParts {
  /** Astronomical year: 0 is 1 BCE, -43 is 44 BCE. */
  year: number;
  /** 1–12. */
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  millisecond?: number;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `2020`, `-0043`, `+12020`: the year as our format writes it. */
export function isoYear(year: number): string {
  if (year < 0) return `-${pad(-year, 4)}`;
  if (year > 9999) return `+${pad(year, 4)}`;
  return pad(year, 4);
}

/**
 * The ISO string for `parts` in the precision they carry: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`,
 * or a UTC date-time (`YYYY-MM-DDThh:mmZ`, with `:ss` and `.sss` when given).
 * A date-time needs at least the hour; the minute then defaults to 00.
 * @example isoFromParts({ year: -43, month: 3, day: 15 }) // '-0043-03-15'
 */
export function isoFromParts(parts: DateParts): string {
  let text = isoYear(parts.year);
  if (parts.month === undefined) return text;
  text += `-${pad(parts.month)}`;
  if (parts.day === undefined) return text;
  text += `-${pad(parts.day)}`;
  if (parts.hour === undefined) return text;
  text += `T${pad(parts.hour)}:${pad(parts.minute ?? 0)}`;
  if (parts.second !== undefined) {
    text += `:${pad(parts.second)}`;
    if (parts.millisecond !== undefined && parts.millisecond !== 0) text += `.${pad(parts.millisecond, 3)}`;
  }
  return `${text}Z`;
}

export const DAY_MS = 86_400_000;

/**
 * The ISO string for a time value: a calendar date (`YYYY-MM-DD`) when it falls exactly on a
 * UTC midnight and `calendarAtMidnight` is true, else a UTC date-time with seconds only when
 * they are not zero and milliseconds only when they are not zero. Null for values a `Date`
 * cannot hold.
 * @example isoFromTime(Date.UTC(2020, 5, 2)) // '2020-06-02'
 */
export function isoFromTime(ms: number, calendarAtMidnight = true): string | null {
  const date = new Date(ms);
  if (!Number.isFinite(ms) || Number.isNaN(date.getTime())) return null;
  const parts: DateParts = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  if (calendarAtMidnight && ms % DAY_MS === 0) return isoFromParts(parts);
  parts.hour = date.getUTCHours();
  parts.minute = date.getUTCMinutes();
  const seconds = date.getUTCSeconds();
  const millis = date.getUTCMilliseconds();
  if (seconds !== 0 || millis !== 0) {
    parts.second = seconds;
    parts.millisecond = millis;
  }
  return isoFromParts(parts);
}

/** The calendar day before a `YYYY-MM-DD` time value (for exclusive ends): its ISO string. */
export function isoDayBefore(ms: number): string | null {
  return isoFromTime(ms - DAY_MS, true);
}
