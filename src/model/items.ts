/**
 * The normalised, time-ordered form of a document that layout and elements work with:
 * dates parsed to UTC milliseconds, lanes resolved to indices.
 */
import type { TimelineDocument, TimelineEvent, TimelineEventKind } from './types.js';
import { isDateError, type DateError, type ParsedDate } from './date-types.js';
import { parseDateOnce } from './parse-event.js';
import { timeOrderWork } from './time-order.js';
import { finish, STEP, type Work } from './work.js';

/** One event, ready to lay out. */
export interface TimelineItem {
  /** The event's id. */
  id: string;
  /** Position in time order (0 for the earliest). */
  index: number;
  /** The event as in the document (not copied). */
  event: TimelineEvent;
  /**
   * The event's title and whether it is approximate, copied when the item is made: every label
   * is measured once per document, in time order, and read through `event` (elsewhere in
   * memory) that cost a cache miss an item at a million events.
   */
  title: string;
  approximate: boolean;
  /** UTC ms of the first instant the event covers. */
  start: number;
  /**
   * Where the event is drawn on the time axis, UTC ms: a range (and a deadline's rule) at its
   * start; a point at the middle of the unit its date is known to, so that a day's marker stands
   * in its day, not on the line between it and the day before (at a zoom of days, "31 May" on the
   * midnight line read as the 30th as much as the 31st). Only the drawing moves: items keep their
   * order by start, the layout its rows (half a unit is under a pixel until the unit is wider than
   * a marker's gap, and every mark of a unit moves alike).
   */
  at: number;
  /** UTC ms just after the last instant it covers (exclusive); always `> start`. */
  end: number;
  startDate: ParsedDate;
  endDate?: ParsedDate;
  /** True when the event has an `end`, or its start is coarser than a day (a month, a year). */
  isRange: boolean;
  /** The id of its lane, or null for the default lane. */
  lane: string | null;
  /** 0 … lanes.length − 1 for declared lanes, lanes.length for the default lane. */
  laneIndex: number;
  kind: TimelineEventKind;
}

/** Orders items by start, then end, then id (code-unit order). */
export function compareItems(a: TimelineItem, b: TimelineItem): number {
  return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Where an event of these dates is drawn (see {@link TimelineItem.at}). */
function drawnAt(startDate: ParsedDate, isRange: boolean, kind: TimelineEventKind): number {
  return isRange || kind === 'deadline' ? startDate.start : startDate.start + (startDate.end - startDate.start) / 2;
}

/** Whether an event of these dates is a range: it has an end, or its start is a month or a year. */
function rangeOf(startDate: ParsedDate, endDate: ParsedDate | undefined): boolean {
  return endDate !== undefined || startDate.precision === 'year' || startDate.precision === 'month';
}

/** Where an event of these dates ends: its end date's end, never before its start's unit ends. */
function endOf(startDate: ParsedDate, endDate: ParsedDate | undefined): number {
  return endDate ? Math.max(endDate.end, startDate.end) : startDate.end;
}

/**
 * The document's events as {@link TimelineItem}s sorted by start, then end, then id (stable
 * for equal keys). Expects a document from `parseTimeline`; an event whose dates do not parse
 * or whose end precedes its start is skipped rather than thrown on. An undeclared lane counts
 * as the default lane. Pass the parse result's `dates` so the texts it read are not parsed
 * again; repeated texts are parsed once either way.
 */
export function toTimelineItems(doc: TimelineDocument, dates: ReadonlyMap<string, ParsedDate | DateError> = new Map()): TimelineItem[] {
  return finish(toTimelineItemsWork(doc, dates));
}

/** {@link toTimelineItems} as work done a slice at a time (see `Work`), yielding its progress in events. */
export function* toTimelineItemsWork(doc: TimelineDocument, dates: ReadonlyMap<string, ParsedDate | DateError> = new Map()): Work<TimelineItem[]> {
  const laneIndex = new Map<string, number>();
  doc.lanes.forEach((lane, i) => {
    if (!laneIndex.has(lane.id)) laneIndex.set(lane.id, i);
  });
  const defaultLane = doc.lanes.length;
  const more = new Map<string, ParsedDate | DateError>();
  const parse = (text: string): ParsedDate | undefined => {
    const parsed = dates.get(text) ?? parseDateOnce(text, more);
    return isDateError(parsed) ? undefined : parsed;
  };

  // The items are made in time order, after sorting (the first pass keeps only what sorting
  // needs), so that the passes over them that follow (measuring labels, stacking) read memory
  // in the order it was written: made in the document's order, a million items sorted by time
  // sit scattered over the heap, and every pass paid a cache miss an item. The second pass reads
  // each event once more (one miss), not parallel arrays of its parts (a miss each).
  const { events } = doc;
  const kept: TimelineEvent[] = new Array(events.length);
  const starts = new Float64Array(events.length);
  const ends = new Float64Array(events.length);
  const ids: string[] = new Array(events.length);
  let n = 0;
  for (let e = 0; e < events.length; e++) {
    // Reading the events is most of the work; ordering them the rest.
    if (e % STEP === 0) yield { done: e * 0.75, total: events.length };
    const event = events[e]!;
    const startDate = parse(event.start);
    if (!startDate) continue;
    const endDate = event.end === undefined ? undefined : parse(event.end);
    if (event.end !== undefined && (!endDate || endDate.end <= startDate.start)) continue;
    kept[n] = event;
    starts[n] = startDate.start;
    ends[n] = endOf(startDate, endDate);
    ids[n] = event.id;
    n++;
  }
  const order = yield* timeOrderWork(starts.subarray(0, n), ends.subarray(0, n), ids);
  const sorted = new Array<TimelineItem>(n);
  for (let k = 0; k < n; k++) {
    if (k % STEP === 0) yield { done: events.length * (0.9 + (0.1 * k) / n), total: events.length };
    const event = kept[order[k]!]!;
    const startDate = parse(event.start)!;
    const endDate = event.end === undefined ? undefined : parse(event.end);
    const lane = event.lane !== undefined && laneIndex.has(event.lane) ? event.lane : null;
    const isRange = rangeOf(startDate, endDate);
    const kind = event.kind ?? 'event';
    sorted[k] = {
      id: event.id,
      index: k,
      event,
      title: event.title,
      approximate: event.approximate === true,
      start: startDate.start,
      at: drawnAt(startDate, isRange, kind),
      end: endOf(startDate, endDate),
      startDate,
      endDate,
      isRange,
      lane,
      laneIndex: lane === null ? defaultLane : (laneIndex.get(lane) as number),
      kind,
    };
  }
  return sorted;
}
