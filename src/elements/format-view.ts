import type { ViewState } from '../layout/view.js';
import { utcFormatter, utcYearOf } from '../layout/format.js';
import { formatDateRange } from '../model/date-format.js';
import { withEraWords } from '../model/date-words.js';
import type { DatePrecision, ParsedDate } from '../model/date-types.js';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { isBeyondDates } from '../time/years.js';
import { formatYearSpan } from '../time/year-words.js';

const DAY = 86_400_000;

const said = new Map<string, string>();

/**
 * Intl options for a span of this length: years, months, days, or times. (An option added here
 * must reach the key of the words' cache in {@link formatViewRange}.)
 */
function optionsFor(view: ViewState): Intl.DateTimeFormatOptions {
  const span = view.end - view.start;
  const o: Intl.DateTimeFormatOptions = { year: 'numeric' };
  if (span < 3 * 365 * DAY) o.month = 'long';
  if (span < 45 * DAY) o.day = 'numeric';
  // From midnight to midnight is a day's words, not "12:00 AM – 11:59 PM".
  if (span < 2 * DAY && alignment(view.start, view.end) === 'minute') {
    o.hour = 'numeric';
    o.minute = '2-digit';
  }
  if (utcYearOf(view.start) <= 0) o.era = 'short';
  return o;
}

/** The unit both ends of a span fall on: whole years, months or days, else minutes. */
function alignment(start: number, end: number): DatePrecision {
  const a = new Date(start);
  const b = new Date(end);
  const midnight = (d: Date) => d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0 && d.getUTCMilliseconds() === 0;
  if (!midnight(a) || !midnight(b)) return 'minute';
  if (a.getUTCDate() !== 1 || b.getUTCDate() !== 1) return 'day';
  return a.getUTCMonth() === 0 && b.getUTCMonth() === 0 ? 'year' : 'month';
}

/**
 * A span of events in the words of their own precision: events known to the day read
 * "31 May – 5 June 2020" (never "0:00 – 23:59"), a month's "July 2020", a year's "2019", and
 * times only when the ends are not whole days. `end` is exclusive (the end of the last unit).
 * A span reaching beyond the `Date` range reads in years from `now`: "66 million years ago – now".
 */
export function formatSpan(span: ViewState, locale: string, now = Date.now()): string {
  if (isBeyondDates(span.start, span.end)) return formatYearSpan(span.start, span.end, now, locale);
  const precision = alignment(span.start, span.end);
  const unit = (at: number): ParsedDate => ({ text: '', precision, start: at, end: at + 1 });
  // The last unit: the one holding the end's last instant.
  const last = new Date(span.end - 1);
  if (precision === 'year') last.setUTCMonth(0, 1);
  if (precision === 'month') last.setUTCDate(1);
  if (precision !== 'minute') last.setUTCHours(0, 0, 0, 0);
  else last.setUTCSeconds(0, 0);
  return formatDateRange(unit(span.start), unit(Math.max(span.start, last.getTime())), locale);
}

/** A view's edge this far (a share of its span) into a year, month or day does not name it. */
export const SLIVER = 0.01;

/**
 * An edge this far into a unit with no event in it does not name it either, when events are
 * elsewhere in view: a little more than a fitted view's margin (5 % of the data's span on each
 * side, about 4.5 % of the view). The page of events from 2005 to 2024 read "2004–2025". A share
 * of the span, not of the unit: in a view of 17 years or more it is more than a year, and an empty
 * year at the edge goes unnamed however much of it is in view (the span's words name the years
 * that hold what is shown).
 */
export const EMPTY_EDGE = 0.06;

/** What the events say about a stretch of time at a view's edge. */
export interface EdgeEvents {
  /** Whether an event starts in `[from, to)` (its mark may be drawn there). */
  startsIn(from: number, to: number): boolean;
  /** Whether any event lies (in part) in `[from, to)`. */
  anyIn(from: number, to: number): boolean;
  /** From the first event's start to the last one's end; null when there is none (or not known). */
  readonly extent?: ViewState | null;
  /** The span a view was opened to show (a strip's bucket, with a margin), while it is that view; else null. */
  opened?(view: ViewState): ViewState | null;
}

/**
 * For a span read off what the reader sees, row by row (the phone's list): it has no margins and
 * no slivers, and every unit in it is named.
 */
export const SEEN: EdgeEvents = { startsIn: () => true, anyIn: () => true };

/**
 * The view's ends, each moved to the nearest boundary of the unit its words name (year, month or
 * day) when the view reaches across it by less than {@link SLIVER} of its span and no event starts
 * there, or by less than {@link EMPTY_EDGE} and no event is there at all (while some event is in
 * view). Six hours of 2026 at the end of a 22-year view are a fraction of a pixel, and a fitted
 * view's empty margin holds nothing to read: "2004–2026" named years no one sees events in (the
 * axis does not label the first). An event starting in a sliver, or lying in an empty edge's
 * stretch, keeps its unit named (a range running through a sliver does not: it is drawn there for
 * at most 1 % of the view, and its bar runs on past it). Without `events`, slivers are unnamed and
 * empty edges named.
 */
function withoutSlivers(view: ViewState, o: Intl.DateTimeFormatOptions, events?: EdgeEvents): [number, number] {
  if (o.hour) return [view.start, view.end];
  const unit = o.day ? utcDay : o.month ? utcMonth : utcYear;
  const span = view.end - view.start;
  const inView = !!events?.anyIn(view.start, view.end);
  const unnamed = (from: number, to: number) =>
    (to - from < SLIVER * span && !events?.startsIn(from, to)) || (inView && to - from < EMPTY_EDGE * span && !events!.anyIn(from, to));
  const next = +unit.ceil(new Date(view.start));
  const last = +unit.floor(new Date(view.end));
  const start = unnamed(view.start, next) ? next : view.start;
  const end = unnamed(last, view.end) ? last : view.end;
  return end > start ? [start, end] : [view.start, view.end];
}

/**
 * The events' whole span when the view holds all of it ("fit all", a page's first view): what is
 * shown is the story, and its words name the story's span, not the margin the view keeps around
 * it for labels. A fitted view of events from 2005 to 2024 read "2005–2025", and one from the
 * Big Bang to the Great Pyramid "14.5 billion years ago – in 2.4 billion years" (a margin of
 * empty future). A view that holds only part of the events (zoomed or panned) is named as seen.
 */
function wholeExtent(view: ViewState, events: EdgeEvents | undefined): ViewState | null {
  const extent = events?.extent;
  return extent && extent.end > extent.start && view.start <= extent.start && extent.end <= view.end ? extent : null;
}

/**
 * The visible span in words, at a precision that suits its length: "June – September 2020"; a
 * view beyond the `Date` range in years from `now`: "13.8 billion years ago – now". A view of the
 * whole story, or opened on a strip's bucket, names what it was fitted to (see `EdgeEvents`).
 */
export function formatViewRange(view: ViewState, locale: string, now = Date.now(), events?: EdgeEvents): string {
  // A view opened on a strip's bucket names the bucket as its tooltip did ("October – December
  // 2010", "October 2010"), not the margin's days either side ("September 2010 – January 2011").
  const opened = events?.opened?.(view);
  if (opened) return formatSpan(opened, locale, now);
  const all = wholeExtent(view, events);
  if (isBeyondDates(view.start, view.end)) return all ? formatYearSpan(all.start, all.end, now, locale) : formatYearSpan(view.start, view.end, now, locale);
  const o = optionsFor(view);
  const [start, exclusiveEnd] = all ? [all.start, all.end] : withoutSlivers(view, o, events);
  // The end is exclusive: a view up to 1 October 00:00 ends in September.
  const end = Math.max(start, exclusiveEnd - 1);
  // It is asked for every frame: words already made for the same named units (minutes, days,
  // months or years) are reused, so a pan makes new words only when an end crosses into another.
  // The key holds every option optionsFor varies: the unit (an ISO date cut from its end,
  // "2020-06-01T12:34:56.789Z" → "2020-06-01" for a day, "2020-06" for a month) and the era.
  const cut = o.hour ? -8 : o.day ? -14 : o.month ? -17 : -20;
  const named = (t: number) => new Date(t).toISOString().slice(0, cut);
  try {
    const key = `${locale}|${o.era}|${named(start)}|${named(end)}`;
    let text = said.get(key);
    if (text === undefined) {
      // An era in the locale's words, as the axis and the cards write it ("3501 BCE – 2099 CE").
      text = o.era ? withEraWords(utcFormatter(locale, o).formatRangeToParts(start, end), locale) : utcFormatter(locale, o).formatRange(start, end);
      if (said.size > 500) said.clear();
      said.set(key, text);
    }
    return text;
  } catch {
    // A view Intl (or an ISO date) cannot hold has no words.
    return '';
  }
}
