import type { DatePrecision, ParsedDate } from './date-types.js';
import { approximate, withEraWords } from './date-words.js';
import { utcYear } from './utc.js';
import { yearFromNow } from '../time/year-words.js';

/** Options for {@link formatDate} and {@link formatDateRange}. */
export interface FormatDateOptions {
  /** Prefix the date with the locale's "circa" (`c. 1450`). */
  approximate?: boolean;
  /** `long` (the default) spells months out; `short` abbreviates them. */
  style?: 'long' | 'short';
  /**
   * UTC ms of the present (default: the clock), for years beyond the `Date` range, which read
   * as years before or after now ("66 million years ago").
   */
  now?: number;
}

type Style = 'long' | 'short';

/** Intl options for a date written in `precision`, without the year when `withYear` is false. */
function optionsFor(date: ParsedDate, style: Style, withYear = true): Intl.DateTimeFormatOptions {
  const o: Intl.DateTimeFormatOptions = { timeZone: 'UTC' };
  if (withYear) o.year = 'numeric';
  if (date.precision !== 'year') o.month = style;
  if (date.precision !== 'year' && date.precision !== 'month') o.day = 'numeric';
  if (date.precision === 'minute' || date.precision === 'second') {
    o.hour = '2-digit';
    o.minute = '2-digit';
    o.hourCycle = 'h23';
    if (date.precision === 'second') o.second = '2-digit';
  }
  if (withYear && utcYear(wallTime(date)) <= 0) o.era = 'short';
  return o;
}

/** The written wall-clock time as a UTC time value (the offset applied). */
function wallTime(date: ParsedDate): number {
  const unitStart = date.precision === 'second' ? date.start - (((date.start % 1000) + 1000) % 1000) : date.start;
  return unitStart + (date.offsetMinutes ?? 0) * 60_000;
}

/** `UTC`, or `UTC+02:00` / `UTC−05:30`, for the offset a date-time was written in. */
function offsetLabel(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `UTC${minutes < 0 ? '\u2212' : '+'}${hh}:${mm}`;
}

/** Formatters built so far: building one costs far more than using it, and labels are made often. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(locale, options);
    } catch {
      f = new Intl.DateTimeFormat('en', options);
    }
    formatters.set(key, f);
  }
  return f;
}

function plain(date: ParsedDate, locale: string, style: Style, withYear = true, now = Date.now()): string {
  if (date.deepYear !== undefined) return yearFromNow(date.deepYear, now, locale);
  const text = withEraWords(formatter(locale, optionsFor(date, style, withYear)).formatToParts(wallTime(date)), locale);
  return date.offsetMinutes === undefined ? text : `${text} ${offsetLabel(date.offsetMinutes)}`;
}

/**
 * Formats a date for people in its own precision with `Intl`: `2020` → "2020", `2020-07` →
 * "July 2020", `2020-06-02` → "2 June 2020" (en-GB) or "June 2, 2020" (en-US), `-0043` →
 * "44 BCE" (German "44 v. Chr."), and a date-time with its time in the offset it was written
 * in ("2 June 2020, 14:30 UTC+02:00"). Calendar dates are formatted in UTC, so the day never
 * shifts with the reader's time zone. `approximate` adds the locale's "circa" ("c. 1450").
 * A year beyond the `Date` range reads as years from `options.now`, rounded to the precision it
 * was written in: `-66000000` → "66 million years ago", "vor 66 Millionen Jahren".
 */
export function formatDate(date: ParsedDate, locale: string, options: FormatDateOptions = {}): string {
  const text = plain(date, locale, options.style ?? 'long', true, options.now);
  return options.approximate ? approximate(text, locale) : text;
}

/** A date formatted by `Intl.DateTimeFormat` in UTC: not a date-time, not a deep year. */
function isCalendar(date: ParsedDate): boolean {
  return date.offsetMinutes === undefined && date.deepYear === undefined;
}

/**
 * Formats a span from `start` to `end` (each in its own precision, `end` inclusive), sharing
 * what both sides have in common: "26 May – 2 June 2020", "26 May – June 2020", "2019 – 2021".
 * When both name the same unit, it is formatted once. Years beyond the `Date` range are written
 * out on both sides: "4.6 billion years ago – 4 billion years ago". `approximate` puts the
 * locale's "circa" before the side known less precisely when the two differ ("26 May – c. June
 * 2020"), before the whole span otherwise ("c. 1440 – 1450").
 */
export function formatDateRange(start: ParsedDate, end: ParsedDate, locale: string, options: FormatDateOptions = {}): string {
  const style = options.style ?? 'long';
  let text: string;
  if (start.start === end.start && start.end === end.end && start.precision === end.precision) {
    text = plain(start, locale, style, true, options.now);
  } else if (isCalendar(start) && isCalendar(end) && start.precision === end.precision) {
    const o = optionsFor(start, style);
    if (utcYear(end.start) <= 0) o.era = 'short';
    const parts = formatter(locale, o).formatRangeToParts(start.start, end.start);
    text = withEraWords(parts, locale);
  } else {
    const sameYear =
      isCalendar(start) && isCalendar(end) && start.precision !== 'year' && end.precision !== 'year' &&
      utcYear(start.start) === utcYear(end.start) && utcYear(start.start) > 0;
    const from = plain(start, locale, style, !sameYear, options.now);
    const to = plain(end, locale, style, true, options.now);
    // "Circa" on the side known less precisely: the protests began on 26 May, their end is known
    // to the month ("26 May – c. June 2020"; "c. 26 May – June 2020" doubted the day they began).
    if (options.approximate && isCalendar(start) && isCalendar(end)) {
      const coarser = PRECISIONS.indexOf(start.precision) - PRECISIONS.indexOf(end.precision);
      return coarser < 0 ? `${approximate(from, locale)} – ${to}` : `${from} – ${approximate(to, locale)}`;
    }
    text = `${from} – ${to}`;
  }
  return options.approximate ? approximate(text, locale) : text;
}

/** Date precisions from the coarsest. */
const PRECISIONS: readonly DatePrecision[] = ['year', 'month', 'day', 'minute', 'second'];
