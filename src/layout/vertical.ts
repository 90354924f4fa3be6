/**
 * The vertical (phone) reading of a timeline, as a list read with the page's own scroll: each
 * event is a full-width row, and the blank space between two rows is the time between them at
 * the chosen density (`msPerPx`), with the axis's ticks inside it. A gap longer than
 * {@link VerticalOptions.breakPx} is compressed into a break that says what it skipped, so a 2017
 * event and a 2020 cluster both fit without a mile of blank. A break is drawn as tall as the
 * longest gap drawn to scale can be: no stretch of time is ever drawn shorter than a shorter one.
 * Where more events fall within one row's worth of time than {@link VerticalOptions.crowd}, they
 * are folded into "+N" rows of two rows' worth of time each (a hundred thousand events stay a few
 * hundred rows). Pure: no DOM, no measuring.
 */
import { utcMonth, utcYear } from 'd3-time';
import { weekOffset, weekStart, type WeekDay } from '../time/week-start.js';
import type { TimeInterval } from 'd3-time';
import type { TimelineItem } from '../model/items.js';
import { axisTicks } from './ticks.js';
import { fadeAt, fadeFrom } from './fade.js';
import { sharedTimeScale } from './scale.js';
import { DAY, HOUR, MAX_DATE, MINUTE } from './view.js';
import { utcFormatter } from './format.js';

/** Options of {@link verticalLayout}. */
export interface VerticalOptions {
  /**
   * A gap longer than this (px at the density) becomes a break, drawn this tall: the tallest blank
   * in the list, and never shorter than a shorter stretch drawn to scale (a "2 weeks" break under
   * a taller four-day gap would read as the shorter time).
   */
  breakPx: number;
  /** About the height of a row, px: more than {@link crowd} events within this much time fold into "+N". */
  rowPx: number;
  /** Most events drawn as rows within one row's worth of time (where dates coarser than a "+N" row's unit cut it, each side counts on its own). */
  crowd: number;
  /** Locale of the tick labels. */
  locale: string;
  /** The finest unit the events are known to, ms (day-precision dates never get hour ticks). */
  unitMs?: number;
  /** "Now", UTC ms: drawn as a rule where it falls (after the last event, a gap or break leads to it). */
  now?: number;
}

/** Side by side bars of ranges along the axis at most; a fourth overlapping range shows in its row only. */
export const BAR_COLUMNS = 3;

/**
 * A range's bar through one entry: its column beside the axis, where it runs (shares of the
 * entry's height), and, where its end known only to its month or year fades out (see `fadeAt`),
 * how much of its colour it keeps at its top and at its foot, and where down the bar (a share of
 * it) its fade starts.
 */
export interface VerticalBar {
  readonly item: TimelineItem;
  readonly column: number;
  readonly from: number;
  readonly to: number;
  readonly fade: { readonly top: number; readonly foot: number; readonly from: number } | null;
  /**
   * Its range's bar begins in this entry: drawn a little below the entry's top, so that it never
   * joins the bar of a range that ended in the entry before (on a phone, the year-long "first modern
   * humans" and "Great Pyramid" one under the other read as one range).
   */
  readonly opens: boolean;
}

/** A tick on the axis inside a gap: `at` is its offset from the gap's top, px. */
export interface VerticalTick {
  readonly time: number;
  readonly label: string;
  readonly major: boolean;
  readonly at: number;
}

/** One entry of the vertical list, in reading order. */
export type VerticalEntry = EventRow | ClusterRow | Gap | Break | NowMark;

/** No bars: shared by every entry no range runs through (most of a long list). */
const NO_BARS: readonly VerticalBar[] = Object.freeze([]);
/** The ranges each bar column last held: none yet. */
const NOT_RUNNING: ReadonlyArray<TimelineItem | null> = Object.freeze(Array.from({ length: BAR_COLUMNS }, () => null));

/**
 * What every entry has: the bars of the ranges that run through it beside the axis, worked out
 * when read. A pinch lays a long list out again every frame while only the rows near the window
 * are drawn: thousands of entries with a range beside them would each make their bars for nothing.
 */
abstract class Entry {
  abstract readonly kind: VerticalEntry['kind'];
  abstract readonly from: number;
  abstract readonly to: number;
  /** The range each bar column last held where this entry is (see `addBars`): one array shared until a column changes. */
  running = NOT_RUNNING;
  /** The entry before's `running`: a column's range it did not hold opens its bar here. */
  before = NOT_RUNNING;
  #bars: readonly VerticalBar[] | undefined;

  /** The bars through this entry: each column's range, unless it ended at or before the entry's start (a range's own row has its bar when it got a column). */
  get bars(): readonly VerticalBar[] {
    return (this.#bars ??= barsThrough(this));
  }
}

/** An event's row; `to` is the time its height stands for (a range's, up to the next row). */
export class EventRow extends Entry {
  readonly kind = 'event';
  constructor(
    readonly item: TimelineItem,
    readonly from: number,
    readonly to: number,
  ) {
    super();
  }
}

/**
 * A "+N" row: the `count` events of `source` (the time-ordered list, or the row's own events
 * where dates coarser than its unit were set apart, see `foldMixed`) from index `first`. `end`:
 * just after its last start's day (or month, year), exclusive: when its events start, in words,
 * ends there.
 * Its `items` are copied out only when read (a row rendered, a tap): a pinch lays a hundred
 * thousand events out again every frame, and copying each row's events would be most of that
 * work and its garbage.
 */
export class ClusterRow extends Entry {
  readonly kind = 'cluster';
  #items: readonly TimelineItem[] | undefined;
  constructor(
    readonly source: readonly TimelineItem[],
    readonly first: number,
    readonly count: number,
    readonly from: number,
    readonly to: number,
    readonly end: number,
    /** Whether another row starts with it, before it (see `foldMixed`): its key names its end too. */
    readonly second = false,
    /**
     * Whether its events are dated only to a month or year coarser than the list's rows ("February
     * 2010" among days, see `foldMixed`): its words say so, or it reads as the month's total.
     */
    readonly coarse = false,
    /**
     * The time it stands for, in ms: its calendar unit (a week, a month), the part of it left
     * beside coarser dates (see `foldMixed`: "2 November" between "November, no exact date" and
     * "3–9 November"), or a coarse date's own month or year.
     */
    readonly span = to - from,
  ) {
    super();
  }

  /**
   * Its events per ms of the time it stands for: what its bar shows. Rows stand for unequal spans
   * where coarser dates cut a unit, and a one-day row's count beside a week's read as a quiet day.
   */
  get rate(): number {
    return this.count / Math.max(this.span, MINUTE);
  }

  /** Whether it folds the event `id` starting at `start` (its events not copied out: see `items`). */
  holds(id: string, start: number): boolean {
    if (start < this.from || start > this.to) return false;
    for (let i = this.first; i < this.first + this.count; i++) if (this.source[i]!.id === id) return true;
    return false;
  }

  /**
   * Names the row among the list's rows (its tab stop, its place in the page): its start, which
   * stays as the reader zooms around it (focus stays on it); the second of two rows that start
   * together ("February 2010" after the events of 1 February) names its end too. Made when read:
   * a pinch lays out thousands of rows and draws a few.
   */
  get key(): string {
    return this.second ? `+${this.from}/${this.end}` : `+${this.from}`;
  }

  get items(): readonly TimelineItem[] {
    return (this.#items ??= this.source.slice(this.first, this.first + this.count));
  }
}

/**
 * Time between two rows, drawn to scale (`px` tall), with the axis ticks that fall in it and
 * "now" (`nowAt` px from its top) when it does. Its ticks are read when it is drawn: a long list
 * draws the gaps near the window only.
 */
export class Gap extends Entry {
  readonly kind = 'gap';
  nowAt: number | undefined;
  #ticks: readonly VerticalTick[] | undefined;
  readonly #source: (from: number, to: number) => VerticalTick[];
  constructor(
    readonly from: number,
    readonly to: number,
    readonly px: number,
    source: (from: number, to: number) => VerticalTick[],
  ) {
    super();
    this.#source = source;
  }

  get ticks(): readonly VerticalTick[] {
    return (this.#ticks ??= this.#source(this.from, this.to));
  }
}

/** A long stretch without events, compressed to `px` tall: its label says how long it is. */
export class Break extends Entry {
  readonly kind = 'break';
  constructor(
    readonly from: number,
    readonly to: number,
    readonly px: number,
  ) {
    super();
  }
}

/** "Now", where it falls outside a gap. */
export class NowMark extends Entry {
  readonly kind = 'now';
  readonly to: number;
  constructor(readonly from: number) {
    super();
    this.to = from;
  }
}

/** The entries of the vertical list for `items` (in time order) at `msPerPx`. */
export function verticalLayout(items: readonly TimelineItem[], msPerPx: number, options: VerticalOptions): VerticalEntry[] {
  const entries: VerticalEntry[] = [];
  const n = items.length;
  if (!n || !(msPerPx > 0)) return entries;
  const window = options.rowPx * msPerPx;
  const ticks = tickSource(msPerPx, options);
  // One "+N" row stands for one calendar unit about as long as its own height (two rows' worth),
  // cut at the unit's boundaries: dense data reads as a column of counts down the axis, a year or
  // a month each. A crowded moment with few events before the boundary stays rows.
  const unitAt = foldUnit(2 * window, weekStart(options.locale));
  const { crowd } = options;
  // Time is "occupied" up to the latest end so far: a range keeps its stretch drawn to scale.
  let reached = -Infinity;
  for (let i = 0; i < n; ) {
    const item = items[i]!;
    const start = item.start;
    if (reached > -Infinity) gapBetween(entries, reached, start, msPerPx, options, ticks);
    // Whether more than `crowd` events fall within one row's worth of time from here.
    let j = i + 1;
    while (j < n && j <= i + crowd && items[j]!.start - start < window) j++;
    let k = i;
    // The end of the calendar unit a "+N" row from here would stand for.
    let until = start;
    let unitFrom = start;
    if (j - i > crowd) {
      const unit = unitAt(start);
      if (Number.isFinite(unit.to)) ({ from: unitFrom, to: until } = unit);
      else until = start + 2 * window;
      // Events of the unit already drawn as rows above: the row stands for the rest of it.
      unitFrom = Math.max(unitFrom, Math.min(reached, start));
      while (k < n && items[k]!.start < until) k++;
    }
    if (k - i > crowd) {
      let end = Math.max(reached, items[k - 1]!.start);
      let coarse = false;
      for (let m = i; m < k; m++) {
        const dateEnd = items[m]!.startDate.end;
        end = Math.max(end, dateEnd);
        // A date coarser than the row's unit: "March 2011" in a row of one week of March.
        coarse ||= dateEnd > until;
      }
      if (coarse) reached = foldMixed(entries, items, i, k, unitFrom, until, reached, msPerPx, options, ticks);
      else {
        reached = Math.max(reached, items[k - 1]!.start);
        entries.push(new ClusterRow(items, i, k - i, start, reached, end, false, false, until - unitFrom));
      }
      i = k;
    } else {
      const to = rowTo(item, reached, nextStart(items, i));
      entries.push(new EventRow(item, start, to));
      reached = to;
      i++;
    }
  }
  placeNow(entries, reached, msPerPx, options, ticks);
  addBars(entries);
  return entries;
}

/**
 * A "+N" row's worth of events (`items[i..k)`, one calendar unit ending at `until`) some of whose
 * dates are coarser than the unit: a tenth of a document dated only to its month would otherwise
 * swell the row of each month's first week, and its words would run to the month's end ("29
 * January – 28 February 2007" above "5–11 February"). Each coarser date is a row of its own,
 * after the finer dates that start with it, the shorter first; the unit's other events are cut
 * there ("31 January – 1 February", "February 2010", "2–6 February"), so rows follow one another
 * in time. A few are rows, as in the list's own loop. Returns the time reached.
 */
function foldMixed(entries: VerticalEntry[], items: readonly TimelineItem[], i: number, k: number, unitFrom: number, until: number, reached: number, msPerPx: number, options: VerticalOptions, ticks: (from: number, to: number) => VerticalTick[]): number {
  // The rows' events, in order: index ranges of `items` where they follow one another there (as a
  // rule: a pinch lays out every frame), arrays where they do not; and the time each stands for
  // (see `ClusterRow.span`): the unit's finer dates from `cut` on, each coarse date its own.
  const pieces: Array<{ source: readonly TimelineItem[]; first: number; count: number; span: number }> = [];
  const piece = (source: readonly TimelineItem[], first: number, count: number, span: number) => count > 0 && pieces.push({ source, first, count, span });
  let cut = unitFrom;
  const finerUpTo = (to: number) => {
    const span = to - cut;
    cut = to;
    return span;
  };
  let run = i;
  for (let m = i; m < k; ) {
    // The events that start together. In time order they sort by their own ends, so a finer
    // date's long range may stand between a month's events: those are taken out of order.
    const at = items[m]!.start;
    let e = m;
    let coarse = -1;
    while (e < k && items[e]!.start === at) {
      if (coarse < 0 && items[e]!.startDate.end > until) coarse = e;
      e++;
    }
    if (coarse >= 0) {
      // The finer dates before the cut end with those that start with the coarse one (their day).
      let finerEnd = at;
      for (let q = m; q < e; q++) if (items[q]!.startDate.end <= until) finerEnd = Math.max(finerEnd, items[q]!.startDate.end);
      // As a month's events at its start mostly are: one run of one coarse date from `coarse`.
      const end = items[coarse]!.startDate.end;
      let q = coarse + 1;
      while (q < e && items[q]!.startDate.end === end) q++;
      if (q === e) {
        piece(items, run, coarse - run, finerUpTo(finerEnd));
        piece(items, coarse, e - coarse, end - at);
      } else {
        const finer: TimelineItem[] = [];
        const groups: TimelineItem[][] = [];
        for (q = coarse; q < e; q++) {
          const item = items[q]!;
          const dateEnd = item.startDate.end;
          if (dateEnd <= until) finer.push(item);
          else {
            const last = groups[groups.length - 1];
            const group = last && last[0]!.startDate.end === dateEnd ? last : groups.find((g) => g[0]!.startDate.end === dateEnd);
            if (group) group.push(item);
            else groups.push([item]);
          }
        }
        if (finer.length) piece(items.slice(run, coarse).concat(finer), 0, coarse - run + finer.length, finerUpTo(finerEnd));
        else piece(items, run, coarse - run, finerUpTo(finerEnd));
        for (const group of groups.sort((a, b) => a[0]!.startDate.end - b[0]!.startDate.end)) piece(group, 0, group.length, group[0]!.startDate.end - at);
      }
      run = e;
    }
    m = e;
  }
  piece(items, run, k - run, finerUpTo(until));
  // The list's loop drew the time up to the first start.
  reached = Math.max(reached, items[i]!.start);
  let lastFrom = NaN;
  for (let u = 0; u < pieces.length; u++) {
    const { source, first, count, span } = pieces[u]!;
    const from = source[first]!.start;
    gapBetween(entries, reached, from, msPerPx, options, ticks);
    if (count > options.crowd) {
      const last = source[first + count - 1]!.start;
      let end = last;
      for (let q = first; q < first + count; q++) end = Math.max(end, source[q]!.startDate.end);
      reached = Math.max(reached, last);
      entries.push(new ClusterRow(source, first, count, from, reached, end, from === lastFrom, coarseDate(source[first]!, until), span));
      lastFrom = from;
      continue;
    }
    // A range's row runs to its end or the next row, as in the list's loop.
    const next = pieces[u + 1];
    const after = next ? next.source[next.first]!.start : nextStart(items, k - 1);
    for (let q = first; q < first + count; q++) {
      const item = source[q]!;
      reached = rowTo(item, reached, q + 1 < first + count ? source[q + 1]!.start : after);
      entries.push(new EventRow(item, item.start, reached));
    }
  }
  return reached;
}

/** "Now" in the gap it falls in, or as its own entry (after a gap that leads to it past the last event). */
function placeNow(entries: VerticalEntry[], reached: number, msPerPx: number, options: VerticalOptions, ticks: (from: number, to: number) => VerticalTick[]): void {
  const now = options.now;
  if (now === undefined || !Number.isFinite(now) || !entries.length || now < entries[0]!.from) return;
  if (now > reached) {
    gapBetween(entries, reached, now, msPerPx, options, ticks);
    entries.push(new NowMark(now));
    return;
  }
  // A gap holds its end too: "now" on the day of an event is drawn just above that event's row.
  const k = entries.findIndex((e) => (e.kind === 'gap' ? e.from < now && now <= e.to : e.from <= now && now < e.to));
  if (k < 0) return;
  const at = entries[k]!;
  // Its label sits above its line in the lower half of a gap, below it in the upper (half a
  // label's height is less than half a row): a gap shorter than a row and a half has no room
  // for it on either side, and "now" gets a row of its own after it.
  if (at.kind === 'gap' && at.px >= 1.5 * options.rowPx) at.nowAt = (now - at.from) / msPerPx;
  else if (at.kind === 'gap') entries.splice(k + 1, 0, new NowMark(now));
  else if (at.kind === 'break') {
    // Inside a long stretch: the stretch is cut at "now" ("2 weeks", now, "4 weeks"), so "now" is
    // not drawn against the row after the whole stretch. "Now" stands in the list as a row does, so
    // each side is a stretch of its own, drawn as any is: to scale, or a break where that is longer.
    // (Sharing one break's height between them would draw "2 weeks" shorter than four days to scale.)
    const parts: VerticalEntry[] = [];
    gapBetween(parts, at.from, now, msPerPx, options, ticks);
    parts.push(new NowMark(now));
    gapBetween(parts, now, at.to, msPerPx, options, ticks);
    entries.splice(k, 1, ...parts);
  } else entries.splice(k + 1, 0, new NowMark(now));
}

/**
 * The bars of ranges along the axis: each range drawn as a row gets a column (the first free of
 * {@link BAR_COLUMNS}) from its row down to its end, through the rows and gaps in between. Each
 * entry is told which range each column last held (see {@link barsThrough}); a column is free
 * again once its range ends before an entry (entries start in time order, so it stays ended).
 */
function addBars(entries: VerticalEntry[]): void {
  let running = NOT_RUNNING;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (entry.kind === 'event' && entry.item.isRange) {
      const item = entry.item;
      const column = running.findIndex((o) => o === null || o.end <= entry.from);
      if (column >= 0) {
        running = withColumn(running, column, item);
        // Rows just above that start at the same time (three events of "July 2020" one under the
        // other) carry the bar too: each range's bar starts where its time does, so ranges of the
        // same span have bars of one length, not shorter for each row further down.
        for (let k = i - 1; k >= 0 && entries[k]!.from >= item.start; k--) {
          const above = entries[k]!;
          // Rows only: "now" on that day stands above them and the range begins after it.
          if (above.kind !== 'event' && above.kind !== 'cluster') continue;
          if (above.running[column] === null || above.running[column]!.end <= above.from) above.running = withColumn(above.running, column, item);
        }
      }
    }
    entry.running = running;
  }
  // After the loop: rows above a range's own row may have taken its column since.
  for (let i = 1; i < entries.length; i++) entries[i]!.before = entries[i - 1]!.running;
}

/** `running` with `item` in `column` (a copy: the arrays are shared between entries). */
function withColumn(running: ReadonlyArray<TimelineItem | null>, column: number, item: TimelineItem): ReadonlyArray<TimelineItem | null> {
  const copy = running.slice();
  copy[column] = item;
  return copy;
}

/** The bars through `entry`: where each running range is still under way, and how far down the entry it runs. */
function barsThrough(entry: Entry): readonly VerticalBar[] {
  const running = entry.running;
  if (running === NOT_RUNNING) return NO_BARS;
  const own = entry instanceof EventRow ? entry.item : null;
  const span = entry.to - entry.from;
  const bars: VerticalBar[] = [];
  running.forEach((item, column) => {
    if (!item || (item.end <= entry.from && item !== own)) return;
    const to = span > 0 && item.end < entry.to ? Math.max(0, (item.end - entry.from) / span) : 1;
    const bottom = entry.from + to * span;
    const fades = fadeFrom(item);
    // Its fade starting part-way down this piece of the bar: solid down to there.
    const fade = fades !== null && bottom > fades ? { top: fadeAt(item, entry.from), foot: fadeAt(item, bottom), from: Math.max(0, (fades - entry.from) / (bottom - entry.from)) } : null;
    bars.push({ item, column, from: 0, to, fade, opens: entry.before[column] !== item });
  });
  return bars.length ? bars : NO_BARS;
}

/**
 * Calendar units a "+N" row may stand for, longest first, with about how long each is; a unit of
 * fixed length (weeks, days, hours: `null`) is counted in ms from 1970 (see {@link foldUnit}).
 */
const FOLD_UNITS: ReadonlyArray<readonly [TimeInterval | null, number]> = [
  [utcYear.every(100)!, 100 * 365.25 * DAY],
  [utcYear.every(10)!, 10 * 365.25 * DAY],
  [utcYear, 365.25 * DAY],
  [utcMonth.every(3)!, 91.3 * DAY],
  [utcMonth, 30.4 * DAY],
  [null, 7 * DAY],
  [null, DAY],
  [null, HOUR],
];

/** A calendar unit: from its start to the next one's (NaN for both where none is). */
interface UnitSpan {
  readonly from: number;
  readonly to: number;
}

const NO_UNIT: UnitSpan = { from: NaN, to: NaN };

/**
 * The calendar unit a "+N" row that starts at a time stands for: of the longest unit no longer
 * than `ms` (none below an hour, or beyond what a Date holds); weeks start on `weekDay`.
 * Hours, days and weeks are counted in ms, as d3's UTC intervals would give them: a list of
 * thousands of day-long rows asks once per row, every frame of a pinch.
 */
function foldUnit(ms: number, weekDay: WeekDay): (time: number) => UnitSpan {
  const unit = FOLD_UNITS.find(([, length]) => length <= ms);
  if (!unit) return () => NO_UNIT;
  const [interval, length] = unit;
  if (interval)
    return (time) => {
      const from = interval.floor(new Date(time));
      return { from: +from, to: +interval.offset(from, 1) };
    };
  const shift = length === 7 * DAY ? weekOffset(weekDay) : 0;
  return (time) => {
    const floor = Math.floor((time - shift) / length) * length + shift;
    // Beyond what a `Date` holds d3's intervals answer NaN, and so does this.
    return Math.abs(time) <= MAX_DATE && floor >= -MAX_DATE && floor + length <= MAX_DATE ? { from: floor, to: floor + length } : NO_UNIT;
  };
}

/**
 * Whether `item` is dated only to a month or a year that runs past `until`, its row's unit: such
 * a row says it has no exact date. A day's events among rows of hours have one (just no time).
 */
function coarseDate(item: TimelineItem, until: number): boolean {
  const { precision, end } = item.startDate;
  return (precision === 'month' || precision === 'year') && end > until;
}

/** What an event's row stands for up to: a range's to its end (or `next`, the next row's start), a point's its start. */
function rowTo(item: TimelineItem, reached: number, next: number): number {
  return Math.max(item.start, reached, item.isRange ? Math.min(item.end, next) : item.start);
}

/** The next event's start after `i` (or +∞): a range's end never pushes past the next row. */
function nextStart(items: readonly TimelineItem[], i: number): number {
  return i + 1 < items.length ? items[i + 1]!.start : Infinity;
}

function gapBetween(entries: VerticalEntry[], from: number, to: number, msPerPx: number, options: VerticalOptions, ticks: (from: number, to: number) => VerticalTick[]): void {
  if (!(to > from)) return;
  const px = (to - from) / msPerPx;
  if (px > options.breakPx) entries.push(new Break(from, to, options.breakPx));
  else entries.push(new Gap(from, to, px, ticks));
}

/** A day tick's words in a gap: the day and its month, short. */
const DAY_IN_MONTH: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' };

/**
 * The axis ticks inside one gap. The unit is chosen from the density alone (the finest whose ticks
 * are two lines apart), so it is the same in every gap: "June" and "July" read alike everywhere.
 */
function tickSource(msPerPx: number, options: VerticalOptions): (from: number, to: number) => VerticalTick[] {
  const line = options.rowPx / 2;
  return (from, to) => {
    const scale = sharedTimeScale({ start: from, end: to }, (to - from) / msPerPx);
    // The span clause of `unitMs` must not depend on the gap: the events' unit, whatever the gap.
    // Ticks three lines apart at least: months rather than a crowd of weeks at a story's density.
    const axis = axisTicks(scale, options.locale, { measure: () => line, gapPx: 2 * line, unitMs: options.unitMs, unitAlways: true, now: options.now });
    const majors = new Map(axis.major.filter((t) => !t.sticky).map((t) => [t.time, t.label]));
    // A gap stands alone between two rows, with no month written above it as on the plot's axis:
    // a day's tick names its month too ("3 Aug", not a lone "3").
    const days = axis.key === 'day:1' || axis.key === 'week:1' ? utcFormatter(options.locale, DAY_IN_MONTH) : null;
    const ticks = axis.minor.map((t) => ({ time: t.time, label: majors.get(t.time) ?? (days ? days.format(t.time) : t.label), major: majors.delete(t.time) }));
    for (const [time, label] of majors) ticks.push({ time, label, major: true });
    const near = (a: number, b: number) => Math.abs(a - b) / msPerPx < 1.5 * line;
    // A label centred on its tick stays inside its gap, clear of the rows above and below: in deep
    // time "1 CE" stood over the corner of the Great Pyramid's row, 2 px into a 6 px gap.
    const inside = (t: { time: number }) => (t.time - from) / msPerPx >= line / 2 && (to - t.time) / msPerPx >= line / 2;
    return ticks
      .filter((t) => inside(t) && (t.major || !ticks.some((m) => m.major && near(m.time, t.time))))
      .sort((a, b) => a.time - b.time)
      .map((t) => ({ ...t, at: (t.time - from) / msPerPx }));
  };
}
