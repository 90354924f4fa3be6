/**
 * TimelineJS3 date objects (`{ year, month, day, hour, minute, second, millisecond,
 * display_date }`) to our ISO strings, in the precision implied by the fields present.
 */
import { describeValue, quote, type ProblemList } from '../model/problems.js';
import { FieldReader, isObject, UNREADABLE } from '../model/read.js';
import { isDateError, parseDate } from '../model/dates.js';
import { isoFromParts, type DateParts } from './iso.js';

/** A converted date: our ISO string, and TimelineJS's `display_date` when it had one. */
export interface TimelineJSDate {
  iso: string;
  display?: string;
}

const FIELDS = [
  ['month', 1, 12],
  ['day', 1, 31],
  ['hour', 0, 23],
  ['minute', 0, 59],
  ['second', 0, 59],
  ['millisecond', 0, 999],
] as const;

/** Years from here on are ordinary years of ours after renumbering (TimelineJS -271821 is our -271820). */
const FIRST_DATE_YEAR = -271_821;
/** Years after this one end beyond what a `Date` holds. */
const LAST_DATE_YEAR = 275_759;

/**
 * An integer from a number or a numeric string (`2020`, `"06"`, `"-44"`, `"-13798000000"`, up to
 * twelve digits); null otherwise.
 */
function integer(value: unknown): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const digits = text[0] === '-' || text[0] === '+' ? text.slice(1) : text;
  if (digits === '' || digits.length > 12) return null;
  for (const c of digits) if (c < '0' || c > '9') return null;
  return Number(text);
}

/**
 * Converts a TimelineJS date object. TimelineJS years are historical: `-44` is 44 BCE, which
 * our astronomical numbering writes as `-0043`. Years beyond what a `Date` holds (TimelineJS's
 * cosmological scale, `-13798000000`) are taken as written: TimelineJS shows them as that many
 * years ago, and so do we; they have only a year (finer fields are reported and ignored).
 * The precision is the longest unbroken run of fields from the year down; finer fields after a
 * gap are ignored (and reported). Times have no zone in TimelineJS (it shows them in the
 * reader's zone): they are read as UTC (reported). Returns null, after recording an error at
 * `path` that ends with `leftOut`, when there is no usable date.
 */
export function timelineJsDate(
  input: unknown,
  path: string,
  problems: ProblemList,
  leftOut = 'the slide is left out',
): TimelineJSDate | null {
  if (input === UNREADABLE) return null;
  if (!isObject(input)) {
    const message =
      input === undefined
        ? `missing: TimelineJS needs a date object such as { "year": 2020, "month": 6 }; ${leftOut}`
        : `expected a date object such as { "year": 2020 }, got ${describeValue(input)}; ${leftOut}`;
    problems.error(path, message, input);
    return null;
  }
  const f = new FieldReader(input, path, problems);
  const rawYear = f.get('year');
  const year = integer(rawYear);
  if (year === null) {
    const message = rawYear === undefined ? 'missing: a TimelineJS date needs a year' : `expected a whole year, got ${describeValue(rawYear)}`;
    problems.error(f.at('year'), `${message}; ${leftOut}`, rawYear);
    return null;
  }
  if (year === 0) problems.warning(f.at('year'), 'TimelineJS has no year 0; it is read as 1 BCE', rawYear);
  const deep = year < FIRST_DATE_YEAR || year > LAST_DATE_YEAR;
  const parts: DateParts = { year: year < 0 && !deep ? year + 1 : year };
  let gap: string | null = null;
  for (const [key, min, max] of FIELDS) {
    const raw = f.get(key);
    if (raw === undefined || raw === UNREADABLE || raw === '' || raw === null) {
      gap ??= key;
      continue;
    }
    if (deep) {
      problems.warning(f.at(key), 'ignored: a year this far from now has no months, days or times here; the date keeps its year', raw);
      gap ??= key;
      continue;
    }
    const value = integer(raw);
    if (gap !== null) {
      problems.error(f.at(key), `ignored because "${gap}" is missing; the date keeps the precision before it`, raw);
      continue;
    }
    if (value === null || value < min || value > max) {
      problems.error(f.at(key), `expected a whole number from ${min} to ${max}, got ${describeValue(raw)}; ${leftOut}`, raw);
      return null;
    }
    parts[key] = value;
  }
  if (parts.hour !== undefined) {
    problems.warning(path, 'TimelineJS times have no time zone; this one is read as UTC (add an offset in the output if it was local time)');
  }
  const iso = isoFromParts(parts);
  const parsed = parseDate(iso);
  if (isDateError(parsed)) {
    problems.error(path, `${quote(iso)} is not a date: ${parsed.error}; ${leftOut}`, input);
    return null;
  }
  const result: TimelineJSDate = { iso };
  const display = f.get('display_date');
  if (typeof display === 'string' && display.trim() !== '') result.display = display.trim();
  return result;
}
