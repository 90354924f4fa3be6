import { relativeYears, roundTo } from '../time/year-words.js';
import { MS_PER_DAY as DAY } from '../time/years.js';

const cache = new Map<string, Intl.RelativeTimeFormat>();

function formatter(locale: string): Intl.RelativeTimeFormat {
  let f = cache.get(locale);
  if (!f) {
    f = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    cache.set(locale, f);
  }
  return f;
}

/**
 * The time from `now` to `time` in words, in the unit that reads best: "in 27 days",
 * "27 days ago", "today", "in 3 months", "2 years ago", and from a million years on in compact
 * words to three significant digits: "13.8 billion years ago". Whole calendar days are counted
 * in UTC, as calendar dates are; years are Gregorian years of 365.2425 days.
 */
export function relativeTime(time: number, now: number, locale: string): string {
  const days = Math.floor(time / DAY) - Math.floor(now / DAY);
  const years = days / 365.2425;
  if (Math.abs(years) >= 1e6) return relativeYears(roundTo(years, 3), locale);
  const [unit, n] = relativeUnit(days);
  return formatter(locale).format(n, unit);
}

/**
 * The unit a distance of `days` whole calendar days reads best in, and how many of it (signed as
 * `days`): days under 60, months under two years, then years. The words from a page's own "now"
 * ("27 days after 24 August 2020") count in the same units as "in 27 days".
 */
export function relativeUnit(days: number): ['day' | 'month' | 'year', number] {
  const abs = Math.abs(days);
  if (abs < 60) return ['day', days];
  if (abs < 730) return ['month', Math.round(days / 30.44)];
  return ['year', Math.round(days / 365.2425)];
}
