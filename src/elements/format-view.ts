import type { ViewState } from '../layout/view.js';
import { utcFormatter, utcYearOf } from '../layout/format.js';

const DAY = 86_400_000;

const said = new Map<string, string>();

/** The visible span in words, at a precision that suits its length: "June – September 2020". */
export function formatViewRange(view: ViewState, locale: string): string {
  const span = view.end - view.start;
  const o: Intl.DateTimeFormatOptions = { year: 'numeric' };
  if (span < 3 * 365 * DAY) o.month = 'long';
  if (span < 45 * DAY) o.day = 'numeric';
  if (span < 2 * DAY) {
    o.hour = 'numeric';
    o.minute = '2-digit';
  }
  if (utcYearOf(view.start) <= 0) o.era = 'short';
  // The end is exclusive: a view up to 1 October 00:00 ends in September.
  const end = Math.max(view.start, view.end - 1);
  // It is asked for every frame: words already made for the same minutes are reused.
  const key = `${locale}|${Object.keys(o).length}|${Math.floor(view.start / 60_000)}|${Math.floor(end / 60_000)}`;
  let text = said.get(key);
  if (text === undefined) {
    try {
      text = utcFormatter(locale, o).formatRange(view.start, end);
    } catch {
      text = '';
    }
    if (said.size > 500) said.clear();
    said.set(key, text);
  }
  return text;
}
