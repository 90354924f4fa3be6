import type { ViewState } from '../layout/view.js';
import { utcFormatter, utcYearOf } from '../layout/format.js';

const DAY = 86_400_000;

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
  try {
    // The end is exclusive: a view up to 1 October 00:00 ends in September.
    return utcFormatter(locale, o).formatRange(view.start, Math.max(view.start, view.end - 1));
  } catch {
    return '';
  }
}
