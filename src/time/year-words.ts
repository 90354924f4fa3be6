/**
 * Distances in years read the way people say them, in any locale, through `Intl`:
 * "66 million years ago", "vor 13,8 Milliarden Jahren", "قبل 66 مليون سنة", "in 20 million
 * years", "300,000 years ago", "now". `Intl.RelativeTimeFormat` gives the sentence and its plural,
 * `Intl.NumberFormat`'s compact notation gives the number where that reads well.
 */
import { yearOfMs } from './years.js';

const relative = new Map<string, Intl.RelativeTimeFormat>();
const compact = new Map<string, Intl.NumberFormat>();

function cached<T>(cache: Map<string, T>, key: string, make: (locale: string) => T): T {
  let value = cache.get(key);
  if (!value) {
    const locale = key.split('|')[0];
    try {
      value = make(locale);
    } catch {
      value = make('en');
    }
    cache.set(key, value);
  }
  return value;
}

/** Significant digits of a whole number: 66,000,000 has 2, 13,798,000,000 has 5, 0 has 1. */
export function significantDigits(n: number): number {
  const digits = String(Math.abs(Math.round(n)));
  return Math.max(1, digits.replace(/0+$/, '').length);
}

/**
 * `n` rounded to `digits` significant digits: `roundTo(13_798_002_025, 5)` is 13,798,000,000.
 */
export function roundTo(n: number, digits: number): number {
  return n === 0 ? 0 : Number(n.toPrecision(Math.min(21, Math.max(1, digits))));
}

/**
 * `years` from now in words, in `locale`: negative for the past ("66 million years ago"),
 * positive for the future ("in 20 million years"), zero for "now". The number is written as
 * given (rounded to whole years): a million or more with at most five significant digits in
 * compact words ("13.798 billion"), anything else in full with the locale's grouping
 * ("4,999,990 years ago", "300,000 years ago"). Round it first to the precision you mean.
 */
export function relativeYears(years: number, locale: string): string {
  const n = Math.round(years);
  if (n === 0) return cached(relative, `${locale}|auto`, (l) => new Intl.RelativeTimeFormat(l, { numeric: 'auto' })).format(0, 'second');
  const parts = cached(relative, `${locale}|always`, (l) => new Intl.RelativeTimeFormat(l, { numeric: 'always' })).formatToParts(n, 'year');
  const abs = Math.abs(n);
  if (abs < 1e6 || significantDigits(abs) > 5) return parts.map((p) => p.value).join('');
  const number = cached(compact, `${locale}|compact`, (l) =>
    new Intl.NumberFormat(l, { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 5 }),
  ).format(abs);
  // Replace the run of number parts (integer, group, decimal…) with the compact number.
  let out = '';
  let replaced = false;
  for (const part of parts) {
    if (part.type === 'literal') out += part.value;
    else if (!replaced) {
      out += number;
      replaced = true;
    }
  }
  return out;
}

/**
 * An astronomical year as years from now, rounded to the precision it was written in:
 * `yearFromNow(-66_000_000, now, 'en')` is "66 million years ago" (not 66,002,025), and
 * `yearFromNow(-13_798_000_000, now, 'de')` "vor 13,798 Milliarden Jahren".
 */
export function yearFromNow(year: number, now: number, locale: string): string {
  return relativeYears(roundTo(year - yearOfMs(now), significantDigits(year)), locale);
}

/**
 * A span of time in years from now, both ends rounded to three significant digits of the span's
 * length, for a view beyond the `Date` range ("Showing …"): `formatYearSpan(the Big Bang, today,
 * now, 'en')` is "13.8 billion years ago – now"; one end when both read the same.
 */
export function formatYearSpan(start: number, end: number, now: number, locale: string): string {
  const present = yearOfMs(now);
  const from = yearOfMs(start) - present;
  const to = yearOfMs(end) - present;
  const unit = 10 ** Math.max(0, Math.floor(Math.log10(Math.max(1, to - from))) - 2);
  const first = relativeYears(Math.round(from / unit) * unit, locale);
  const last = relativeYears(Math.round(to / unit) * unit, locale);
  return first === last ? first : `${first} – ${last}`;
}
