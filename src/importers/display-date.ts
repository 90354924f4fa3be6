/** Whether a TimelineJS `display_date` says the same as the date we show for an event. */
import { formatDate, formatDateRange, isDateError, parseDate } from '../model/dates.js';

/** The words of a date text, order-free: lower case, month names cut to 3 letters, BCE as bc. */
function words(text: string): string {
  const list: string[] = [];
  for (const raw of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (raw === '' || raw === 'ce' || raw === 'ad') continue;
    if (raw === 'bce' || raw === 'bc') list.push('bc');
    else if (/^\d+$/.test(raw)) list.push(String(Number(raw)));
    else list.push(raw.slice(0, 3));
  }
  return list.sort().join(' ');
}

/**
 * The English text the timeline shows for `start`–`end` (`"2 June 2020"`, `"44 BCE"`), or
 * null when the dates do not parse.
 */
export function shownDate(start: string, end?: string): string | null {
  const a = parseDate(start);
  if (isDateError(a)) return null;
  if (end === undefined) return formatDate(a, 'en');
  const b = parseDate(end);
  return isDateError(b) ? formatDate(a, 'en') : formatDateRange(a, b, 'en');
}

/**
 * True when `display` names the same date as `shown`, up to word order, punctuation, month
 * abbreviations and era words ("June 2, 2020" and "2 Jun 2020" match "2 June 2020").
 */
export function sameDateText(display: string, shown: string): boolean {
  return words(display) === words(shown);
}

const CIRCA = /^(?:c\.|ca\.|circa|about|around|approx\.?|approximately|~)\s*/i;

/**
 * Splits a "circa" prefix off a display date: `"c. 1450"` → `{ circa: true, rest: "1450" }`.
 */
export function splitCirca(display: string): { circa: boolean; rest: string } {
  const match = CIRCA.exec(display.trim());
  return match ? { circa: true, rest: display.trim().slice(match[0].length) } : { circa: false, rest: display.trim() };
}
