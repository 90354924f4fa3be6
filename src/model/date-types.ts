import { MAX_TIME } from '../time/years.js';

/** How precisely a date was written: the unit it names. */
export type DatePrecision = 'year' | 'month' | 'day' | 'minute' | 'second';

/**
 * A date string read into the instant range it covers.
 *
 * A calendar date (year, month or day precision) is read in UTC, so it is the same day for
 * every reader and never shifts with the viewer's time zone. A date-time is read in the
 * offset it was written in.
 */
export interface ParsedDate {
  /** The text as written. */
  text: string;
  /** The unit the text names. */
  precision: DatePrecision;
  /** UTC milliseconds of the unit's first instant (the exact instant for `.sss` date-times). */
  start: number;
  /** UTC milliseconds just after the unit's last instant (exclusive); always `> start`. */
  end: number;
  /** For date-times: the offset the text was written in, in minutes east of UTC (`Z` is 0). */
  offsetMinutes?: number;
  /**
   * Set only for a year a JavaScript `Date` cannot hold whole (before 20 April 271,821 BCE or
   * after 12 September 275,760 CE, such as `-66000000`): the astronomical year as written.
   * `start` and `end` are then ms on the same line as every other date (see `time/years.ts`),
   * but not valid `Date` time values: read them as numbers, format the date with `formatDate`.
   */
  deepYear?: number;
}

/**
 * Why a text is not a date.
 * - `format`: not one of the accepted forms (including a month outside 01–12);
 * - `calendar`: the form is right but the day or time does not exist (30 February, 24:00);
 * - `zone`: a date-time without `Z` or `±hh:mm`, or an impossible offset;
 * - `range`: a month, day or time outside the range a JavaScript `Date` can hold (a year beyond
 *   it is accepted alone, such as `-66000000`).
 */
export type DateErrorKind = 'format' | 'calendar' | 'zone' | 'range';

/** A text that is not an accepted date, with the reason in words. */
export interface DateError {
  /** The text as given (a non-string input is described, not copied). */
  text: string;
  kind: DateErrorKind;
  /** A short reason an author can act on, such as `February 2021 has 28 days`. */
  error: string;
}

/** The forms a date may take, as told to authors. */
export const DATE_FORMS_HINT = 'use YYYY, YYYY-MM, YYYY-MM-DD, an ISO date-time, or a signed year such as -66000000';

export { MAX_TIME };

/** True when `result` is a {@link DateError} rather than a {@link ParsedDate}. */
export function isDateError(result: ParsedDate | DateError): result is DateError {
  return 'error' in result;
}
