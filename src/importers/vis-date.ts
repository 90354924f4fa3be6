/** vis-timeline dates (Date objects, millisecond numbers, strings) to our ISO strings. */
import { describeValue, quote, type ProblemList } from '../model/problems.js';
import { isDateError, parseDate } from '../model/dates.js';
import { DAY_MS, isoFromTime } from './iso.js';

/** A vis date read: the instant, and whether it is a plain calendar date (a UTC midnight). */
export interface VisDate {
  /** Our ISO string: `YYYY-MM-DD` for calendar dates, else a date-time. */
  iso: string;
  /** The instant in UTC milliseconds. */
  ms: number;
  /** True for a date-only string, or a Date/number exactly at a UTC midnight. */
  calendar: boolean;
}

const DATE_ONLY = /^([+-]\d{4,6}|\d{4})(-\d{2}(-\d{2})?)?$/;
const LOCAL_DATE_TIME = /^([+-]\d{4,6}|\d{4})-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;
const ASP_NET = /^\/Date\((-?\d+)\)\/$/;

function isDate(value: unknown): value is Date {
  try {
    return Object.prototype.toString.call(value) === '[object Date]';
  } catch {
    return false;
  }
}

function fromTime(ms: number, calendarAtMidnight: boolean): VisDate | null {
  const iso = isoFromTime(ms, calendarAtMidnight);
  return iso === null ? null : { iso, ms, calendar: calendarAtMidnight && ms % DAY_MS === 0 };
}

/** Reads a string date; null when it is not one vis-timeline and we agree on. */
function fromString(text: string, path: string, problems: ProblemList): VisDate | null {
  if (DATE_ONLY.test(text)) {
    const parsed = parseDate(text);
    if (isDateError(parsed)) return null;
    return fromTime(parsed.start, true);
  }
  const parsed = parseDate(text);
  if (!isDateError(parsed)) return { iso: text, ms: parsed.start, calendar: false };
  const asp = ASP_NET.exec(text);
  if (asp) return fromTime(Number(asp[1]), true);
  if (LOCAL_DATE_TIME.test(text)) {
    const ms = Date.parse(`${text.replace(' ', 'T')}Z`);
    if (Number.isNaN(ms)) return null;
    problems.warning(path, `${quote(text)} has no time zone: vis-timeline reads it in the viewer's zone, here it is read as UTC`, text);
    return fromTime(ms, false);
  }
  const ms = Date.parse(text);
  if (/^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:?\d{2})$/.test(text) && !Number.isNaN(ms)) return fromTime(ms, false);
  return null;
}

/**
 * Reads a vis-timeline date: a `Date`, a number of milliseconds since 1970 (UTC), an ISO
 * string, or an ASP.NET `/Date(ms)/` string. A date-only string stays a calendar date; a
 * `Date` or number exactly at a UTC midnight becomes one; other instants become UTC
 * date-times (a string with its own offset keeps it). Returns null, after an error at `path`
 * ending in `leftOut`, when the value is not a date.
 */
export function visDate(value: unknown, path: string, problems: ProblemList, leftOut: string): VisDate | null {
  let result: VisDate | null = null;
  if (isDate(value)) {
    let ms = NaN;
    try {
      ms = Date.prototype.getTime.call(value);
    } catch {
      // a Date-like object that is not a Date: reported below
    }
    result = Number.isNaN(ms) ? null : fromTime(ms, true);
  } else if (typeof value === 'number') {
    result = Number.isFinite(value) ? fromTime(value, true) : null;
  } else if (typeof value === 'string') {
    result = fromString(value.trim(), path, problems);
  }
  if (result === null) {
    const shown = typeof value === 'string' ? quote(value) : isDate(value) ? 'an invalid Date' : describeValue(value);
    const message =
      value === undefined || value === null
        ? `missing; ${leftOut}`
        : `${shown} is not a date vis-timeline and this timeline agree on (use a Date, milliseconds, or an ISO string such as "2020-06-02" or "2020-06-02T14:30Z"); ${leftOut}`;
    problems.error(path, message, value);
  }
  return result;
}
