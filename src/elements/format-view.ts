import type { ViewState } from '../layout/view.js';
import { utcFormatter, utcYearOf } from '../layout/format.js';

const DAY = 86_400_000;

const said = new Map<string, string>();

/** Intl options for a span of this length: years, months, days, or times. */
function optionsFor(view: ViewState): Intl.DateTimeFormatOptions {
  const span = view.end - view.start;
  const o: Intl.DateTimeFormatOptions = { year: 'numeric' };
  if (span < 3 * 365 * DAY) o.month = 'long';
  if (span < 45 * DAY) o.day = 'numeric';
  if (span < 2 * DAY) {
    o.hour = 'numeric';
    o.minute = '2-digit';
  }
  if (utcYearOf(view.start) <= 0) o.era = 'short';
  return o;
}

/**
 * A span in words, quickly: both ends formatted on their own ("May 2020 – June 2020", or one
 * date when both read the same). For the many "+N" names of a frame, where `formatRange` costs
 * too much; the view's own words use {@link formatViewRange}.
 */
export function formatSpan(view: ViewState, locale: string): string {
  const f = utcFormatter(locale, optionsFor(view));
  const a = f.format(view.start);
  const b = f.format(Math.max(view.start, view.end - 1));
  return a === b ? a : `${a} – ${b}`;
}

/** The visible span in words, at a precision that suits its length: "June – September 2020". */
export function formatViewRange(view: ViewState, locale: string): string {
  const o = optionsFor(view);
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
