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
  const abs = Math.abs(days);
  const f = formatter(locale);
  if (abs < 60) return f.format(days, 'day');
  if (abs < 730) return f.format(Math.round(days / 30.44), 'month');
  const years = days / 365.2425;
  if (Math.abs(years) >= 1e6) return relativeYears(roundTo(years, 3), locale);
  return f.format(Math.round(years), 'year');
}
