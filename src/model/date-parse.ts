import type { DateError, DateErrorKind, DatePrecision, ParsedDate } from './date-types.js';
import { DATE_FORMS_HINT, MAX_TIME } from './date-types.js';
import { daysInMonth, utcMs } from './utc.js';
import { isBeyondDates, yearStartMs } from '../time/years.js';

/** Longest accepted text: `+275760-09-13T00:00:00.000+00:00` is 32 characters. */
const MAX_DATE_LENGTH = 40;

/**
 * The accepted forms. Groups: year, month, day, hours, minutes, seconds, fraction, zone.
 * Years are four digits, or four to twelve digits with a sign (astronomical numbering); years
 * beyond the `Date` range are then accepted alone, without a month.
 */
const DATE_RE =
  /^([+-]\d{4,12}|\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

const UNIT_MS = { minute: 60_000, second: 1000 } as const;

function fail(text: string, kind: DateErrorKind, error: string): DateError {
  return { text, kind, error };
}

/** Years a `Date` holds at least in part; a month or day of any other year is out of range. */
const FIRST_DATE_YEAR = -271_821;
const LAST_DATE_YEAR = 275_760;

function outOfRange(text: string, year: string): DateError {
  return fail(text, 'range', `it lies outside the dates a browser can handle, about 271,822 BCE to 275,760 CE; beyond them write the year alone, such as ${year}`);
}

/** A reason for a text that matches none of the forms, as specific as cheaply possible. */
function formatReason(text: string): string {
  if (text.trim() === '') return `it is empty; ${DATE_FORMS_HINT}`;
  if (text !== text.trim()) return `remove the spaces around it`;
  if (text.includes('/')) return 'write it as YYYY-MM-DD, with "-" between the parts';
  if (/^[+-]?\d{4,6}-\d{2}-\d{2}[ t]/.test(text)) return 'separate the date and the time with a capital "T"';
  if (/^\d{5,}(-|$)/.test(text)) return 'years beyond 9999 need a sign, such as +012345';
  if (/^[+-]\d{13,}$/.test(text)) return 'a year may have at most twelve digits';
  return DATE_FORMS_HINT;
}

/** The number the digits `text[from, to)` write, or −1 when one of them is not a digit. */
function digitsAt(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/**
 * A valid `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a four-digit year, read from its character codes;
 * null for any other text, which {@link parseDate} then reads with its regular expression (and
 * explains when it is wrong). These are the forms nearly every document uses, and the regular
 * expression's match (an array and nine strings) was a tenth of a 10,000-event mount's time,
 * with the collector's work after it. It gives what the general reading gives for the same text.
 */
function plainDate(text: string): ParsedDate | null {
  const length = text.length;
  if (length !== 4 && length !== 7 && length !== 10) return null;
  const year = digitsAt(text, 0, 4);
  if (year < 0) return null;
  if (length === 4) return { text, precision: 'year', start: yearStartMs(year), end: yearStartMs(year + 1) };
  const month = text.charCodeAt(4) === 45 ? digitsAt(text, 5, 7) : -1;
  if (month < 1 || month > 12) return null;
  if (length === 7) return { text, precision: 'month', start: utcMs(year, month - 1, 1), end: utcMs(year, month, 1) };
  const day = text.charCodeAt(7) === 45 ? digitsAt(text, 8, 10) : -1;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { text, precision: 'day', start: utcMs(year, month - 1, day), end: utcMs(year, month - 1, day + 1) };
}

/**
 * Reads an ISO 8601 date in its own precision: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or
 * `YYYY-MM-DDThh:mm[:ss[.sss]]` followed by `Z` or `±hh:mm`. Years may carry a sign and up to
 * twelve digits (`-0043-03-15` is 15 March 44 BCE; year 0 is 1 BCE).
 *
 * A calendar date covers its whole unit in UTC (`2020-07` is all of July 2020 in UTC); a
 * date-time covers its minute or second at the written offset. A month, day or time must lie
 * inside the JavaScript `Date` range (±8.64e15 ms); a year written alone may lie beyond it
 * (`-13798000000`, the Big Bang): it covers its whole year on the same ms line, continued
 * arithmetically (`yearStartMs`), and carries `deepYear`. Never throws: returns a
 * {@link DateError} instead.
 */
export function parseDate(text: string): ParsedDate | DateError {
  if (typeof text !== 'string') return fail(String(typeof text), 'format', `expected a string, got ${typeof text}`);
  if (text.length > MAX_DATE_LENGTH) return fail(text, 'format', `it is too long; ${DATE_FORMS_HINT}`);
  const plain = plainDate(text);
  if (plain) return plain;
  const m = DATE_RE.exec(text);
  if (!m) return fail(text, 'format', formatReason(text));
  const [, y, mo, d, hh, mi, ss, frac, zone] = m;
  if (/^-0+$/.test(y)) return fail(text, 'format', 'write year 0 (1 BCE) without a minus sign');
  const year = Number(y);
  if (mo !== undefined && (year < FIRST_DATE_YEAR || year > LAST_DATE_YEAR)) return outOfRange(text, y);
  const month = mo === undefined ? 1 : Number(mo);
  if (month < 1 || month > 12) return fail(text, 'format', DATE_FORMS_HINT);
  const day = d === undefined ? 1 : Number(d);
  if (day < 1 || day > daysInMonth(year, month)) {
    const days = daysInMonth(year, month);
    return fail(text, 'calendar', day < 1 ? `day ${d} does not exist` : `${MONTH_NAMES[month - 1]} ${y} has ${days} days`);
  }
  const precision: DatePrecision =
    hh !== undefined ? (ss !== undefined ? 'second' : 'minute') : d !== undefined ? 'day' : mo !== undefined ? 'month' : 'year';

  let start: number;
  let end: number;
  let offsetMinutes: number | undefined;
  if (precision === 'year') {
    start = yearStartMs(year);
    end = yearStartMs(year + 1);
    if (isBeyondDates(start, end)) return { text, precision, start, end, deepYear: year };
  } else if (hh === undefined) {
    start = utcMs(year, month - 1, day);
    end = precision === 'month' ? utcMs(year, month, 1) : utcMs(year, month - 1, day + 1);
  } else {
    const hours = Number(hh);
    const minutes = Number(mi);
    const seconds = ss === undefined ? 0 : Number(ss);
    if (hours > 23) return fail(text, 'calendar', `hour ${hh} does not exist; use 00 to 23`);
    if (minutes > 59) return fail(text, 'calendar', `minute ${mi} does not exist; use 00 to 59`);
    if (seconds > 59) return fail(text, 'calendar', `second ${ss} does not exist; use 00 to 59`);
    if (zone === undefined) return fail(text, 'zone', 'a date-time needs a zone: add Z for UTC or an offset such as +02:00');
    offsetMinutes = 0;
    if (zone !== 'Z') {
      const oh = Number(zone.slice(1, 3));
      const om = Number(zone.slice(4, 6));
      if (oh > 23 || om > 59) return fail(text, 'zone', `offset ${zone} does not exist; use -23:59 to +23:59`);
      offsetMinutes = (zone[0] === '-' ? -1 : 1) * (oh * 60 + om);
    }
    const ms = frac === undefined ? 0 : Number(frac.padEnd(3, '0'));
    const unitStart = utcMs(year, month - 1, day, hours, minutes, seconds) - offsetMinutes * 60_000;
    start = unitStart + ms;
    end = unitStart + UNIT_MS[precision as 'minute' | 'second'];
  }
  if (!(start >= -MAX_TIME && end <= MAX_TIME)) return outOfRange(text, y);
  const parsed: ParsedDate = { text, precision, start, end };
  if (offsetMinutes !== undefined) parsed.offsetMinutes = offsetMinutes;
  return parsed;
}
