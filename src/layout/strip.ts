/**
 * Density strips: where a lane's events are far more than its rows can hold, its "+N" row becomes
 * a histogram of how many of its events start in each bucket of time, so a far zoom shows the
 * shape of the data (peaks, quiet years) instead of a wall of numbers.
 *
 * **The rule**, the one place it is decided: each lane's rows hold the events whose labels fit;
 * the rest fold into "+N" marks in its last row (see `clusterOverflow`); and when the events so
 * folded that start in view are more than {@link STRIP_PER_ROW} for each of the lane's rows (half
 * as many keep a strip already shown at the same zoom level, so panning along the threshold does
 * not flicker between the two), that last row shows the lane's density strip instead of its "+N" marks ({@link showsStrip}); except
 * at the finest zoom, where a bucket could not be opened and a "+N" lists the events it holds, and
 * when those events all start within {@link STRIP_MIN_BUCKETS} buckets (a bar or two is no
 * histogram: 10,000 events of one day stay a "+N" that lists them).
 *
 * Buckets are calendar units in UTC (quarters, months, weeks, days …) chosen per zoom level, the finest
 * at least {@link STRIP_BUCKET_PX} px wide at the level's coarse edge: their edges are calendar
 * boundaries, the same for every view of the level, so a bucket keeps its count while panning.
 * Weeks start on the locale's first day of the week, as the axis's week ticks do. Buckets are
 * never finer than the dates: where enough events are dated only to a month (or a day), a finer
 * bucket would count them all on its first day (or hour), a peak that is not in the data
 * (`PreparedItems.finestBucketMs`, see `bucketUnit`).
 * A level's counts are made once, in one pass over the events ({@link stripTable}).
 */
import { utcMonth, utcYear } from 'd3-time';
import type { TimeInterval } from 'd3-time';
import { historicalYears } from './year-interval.js';
import type { PreparedItems } from './prepare.js';
import type { LevelLayout } from './layout.js';
import { finish, STEP, type Work } from '../model/work.js';
import { weekOffset, type WeekDay } from '../time/week-start.js';

/** A lane shows a strip when more than this many of its events per row are folded into "+N" marks in view. */
export const STRIP_PER_ROW = 16;

/** A strip needs its folded events to start across at least this many buckets. */
export const STRIP_MIN_BUCKETS = 3;

/** The narrowest bucket, px (at the coarse edge of its zoom level). */
export const STRIP_BUCKET_PX = 4;

/**
 * Whether a lane of `rows` rows with `folded` events in "+N" marks starting in view shows its
 * strip; `shown`: it showed one in the last frame at the same zoom level; `spreadMs`: from the
 * first to the last start of those events; `bucketMs`: the level's bucket length (see the rule).
 */
export function showsStrip(folded: number, rows: number, shown = false, spreadMs = Infinity, bucketMs = 0): boolean {
  return folded > (shown ? STRIP_PER_ROW / 2 : STRIP_PER_ROW) * Math.max(1, rows) && spreadMs >= STRIP_MIN_BUCKETS * bucketMs;
}

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/**
 * A unit of buckets: `ms` long (its shortest, for calendar units), and either a calendar
 * `interval` (months, quarters, years), or a fixed length counted from the epoch plus `offset`
 * (seconds to days; weeks from the locale's first day of the week), found with a division: at fine zooms
 * a level has as many buckets as events, and d3's calendar arithmetic for each would be slow.
 */
export interface BucketUnit {
  readonly ms: number;
  readonly interval?: TimeInterval;
  readonly offset?: number;
  /** What a bucket spans, as an `Intl` unit and how many of it ("3 months"): the strip's key says it. */
  readonly unit: BucketUnitName;
  readonly step: number;
}

/** The calendar units buckets are counted in (`Intl.NumberFormat` unit identifiers). */
export type BucketUnitName = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/** Weeks from each day (0 for Sunday). */
const WEEKS: readonly BucketUnit[] = Array.from({ length: 7 }, (_, day) => ({ ms: 7 * DAY, offset: weekOffset(day as WeekDay), unit: 'week', step: 1 }) as const);

/** Bucket units, finest first (weeks from Sunday: see {@link bucketUnit}). */
const UNITS: readonly BucketUnit[] = [
  ...([['second', 1], ['second', 15], ['minute', 1], ['minute', 5], ['minute', 15], ['hour', 1], ['hour', 6], ['day', 1]] as const).map(([unit, step]) => ({
    ms: step * { second: 1000, minute: MIN, hour: HOUR, day: DAY }[unit],
    unit,
    step,
  })),
  WEEKS[0]!,
  { ms: 28 * DAY, interval: utcMonth, unit: 'month', step: 1 },
  { ms: 89 * DAY, interval: utcMonth.every(3)!, unit: 'month', step: 3 },
  { ms: 365 * DAY, interval: utcYear, unit: 'year', step: 1 },
  ...[2, 5, 10, 20, 50, 100, 200, 500, 1000, 10_000, 100_000].map((step) => ({ ms: step * 365 * DAY, interval: historicalYears(step), unit: 'year' as const, step })),
];

/**
 * The bucket unit of a zoom level whose coarse edge is `msPerPx`; its weeks start on `weekDay` (0
 * for Sunday); none shorter than `finestMs` (see `PreparedItems.finestBucketMs`; a month counts
 * as the 28 days of its shortest, within a tenth).
 */
export function bucketUnit(msPerPx: number, weekDay: WeekDay = 0, finestMs = 0): BucketUnit {
  const unit = UNITS.find((u) => u.ms / msPerPx >= STRIP_BUCKET_PX && u.ms >= 0.9 * finestMs) ?? UNITS[UNITS.length - 1]!;
  return unit === WEEKS[0] ? WEEKS[weekDay]! : unit;
}


/** One lane's non-empty buckets, in time order, as columns. */
export interface StripLane {
  /** Start and exclusive end of each bucket, UTC ms. */
  readonly start: Float64Array;
  readonly end: Float64Array;
  /** Events starting in each bucket. */
  readonly count: Int32Array;
  /** The largest count (0 when the lane is empty): bar heights are shares of it, the same in every view of the level. */
  readonly max: number;
}

/** Every lane's buckets at one zoom level. */
export interface StripTable {
  readonly unit: BucketUnit;
  readonly lanes: readonly StripLane[];
}

/** Each level's tables, by the day its weeks start on (one, unless the locale changes). */
const tables = new WeakMap<LevelLayout, Map<WeekDay, StripTable>>();

function cached(layout: LevelLayout, weekDay: WeekDay): StripTable | undefined {
  return tables.get(layout)?.get(weekDay);
}

function keep(layout: LevelLayout, weekDay: WeekDay, table: StripTable): StripTable {
  let byDay = tables.get(layout);
  if (!byDay) tables.set(layout, (byDay = new Map()));
  byDay.set(weekDay, table);
  return table;
}

/**
 * The buckets of every lane at `layout`'s level (deadlines are drawn in their band and not
 * counted), weeks from `weekDay` (0 for Sunday). Made on first use, in one pass over the events in
 * time order, and kept with the layout: a level that never shows a strip costs nothing.
 */
export function stripTable(items: PreparedItems, layout: LevelLayout, weekDay: WeekDay = 0): StripTable {
  return cached(layout, weekDay) ?? keep(layout, weekDay, buildStripTable(items, bucketUnit(layout.msPerPx, weekDay, items.finestBucketMs)));
}

/**
 * {@link stripTable} as work done a slice at a time, cached with `layout` when it ends: a level of
 * a million events counts its buckets between frames, before a scene asks for them.
 */
export function* stripTableWork(items: PreparedItems, layout: LevelLayout, weekDay: WeekDay = 0): Work<StripTable> {
  return cached(layout, weekDay) ?? keep(layout, weekDay, yield* countWork(items, bucketUnit(layout.msPerPx, weekDay, items.finestBucketMs)));
}

/** Whether `layout`'s buckets (weeks from `weekDay`) are made (kept with it), so a scene showing its strip makes none. */
export function hasStripTable(layout: LevelLayout, weekDay: WeekDay = 0): boolean {
  return !!cached(layout, weekDay);
}

/** {@link stripTable} without the cache: the buckets of `unit` for every lane. */
export function buildStripTable(items: PreparedItems, unit: BucketUnit): StripTable {
  return finish(countWork(items, unit));
}

/** Columns of buckets that grow as buckets are made: a far zoom makes a few hundred, not one an event. */
class Buckets {
  start = new Float64Array(256);
  end = new Float64Array(256);
  count = new Int32Array(256);
  lane = new Int32Array(256);
  length = 0;

  add(a: number, b: number, lane: number): number {
    if (this.length === this.start.length) {
      this.start = doubled(this.start, new Float64Array(this.length * 2));
      this.end = doubled(this.end, new Float64Array(this.length * 2));
      this.count = doubled(this.count, new Int32Array(this.length * 2));
      this.lane = doubled(this.lane, new Int32Array(this.length * 2));
    }
    const k = this.length++;
    this.start[k] = a;
    this.end[k] = b;
    this.count[k] = 1;
    this.lane[k] = lane;
    return k;
  }
}

/** `to` (twice as long) holding `from`'s values. */
function doubled<T extends Float64Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

function* countWork(items: PreparedItems, unit: BucketUnit): Work<StripTable> {
  const { n, laneCount, start, lane, deadline } = items;
  // Buckets in order of making (each lane's in time order), in flat columns.
  const made = new Buckets();
  const open = new Int32Array(laneCount);
  const openEnd = new Float64Array(laneCount).fill(-Infinity);
  const perLane = new Int32Array(laneCount);
  const { interval, ms, offset = 0 } = unit;
  for (let i = 0; i < n; i++) {
    if (i % STEP === 0 && i > 0) yield undefined;
    if (deadline[i]) continue;
    const l = lane[i]!;
    const t = start[i]!;
    if (t < openEnd[l]!) {
      made.count[open[l]!]!++;
      continue;
    }
    let a = NaN;
    let b = NaN;
    if (interval) {
      a = interval.floor(new Date(t)).getTime();
      b = interval.offset(new Date(a), 1).getTime();
    }
    // Past the dates a `Date` holds (deep time), the unit's length from the epoch.
    if (!interval || !(a <= t && b > t)) {
      a = Math.floor((t - offset) / ms) * ms + offset;
      b = a + ms;
    }
    open[l] = made.add(a, b, l);
    openEnd[l] = b;
    perLane[l]!++;
  }
  const lanes = Array.from({ length: laneCount }, (_, l) => ({ start: new Float64Array(perLane[l]!), end: new Float64Array(perLane[l]!), count: new Int32Array(perLane[l]!), max: 0 }));
  const filled = new Int32Array(laneCount);
  for (let k = 0; k < made.length; k++) {
    const l = made.lane[k]!;
    const out = lanes[l]!;
    const j = filled[l]!++;
    out.start[j] = made.start[k]!;
    out.end[j] = made.end[k]!;
    out.count[j] = made.count[k]!;
    if (made.count[k]! > out.max) out.max = made.count[k]!;
  }
  return { unit, lanes };
}

/** Indices `[from, to)` of the buckets of `lane` that intersect `[a, b)` (binary search). */
export function bucketsIn(lane: StripLane, a: number, b: number): [number, number] {
  const firstEndingAfter = search(lane.end, a, false);
  const firstStartingAtOrAfter = search(lane.start, b, true);
  return [firstEndingAfter, Math.max(firstEndingAfter, firstStartingAtOrAfter)];
}

/** The first index whose value is ≥ `x` (`atOrAfter`), or > `x`. */
function search(values: Float64Array, x: number, atOrAfter: boolean): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (atOrAfter ? values[mid]! < x : values[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The non-empty bucket after (+1) or before (−1) the one starting at `start`, or null. */
export function stepBucket(lane: StripLane, start: number, direction: -1 | 1): { start: number; end: number; count: number } | null {
  const at = search(lane.start, start, true);
  const k = direction > 0 ? (lane.start[at] === start ? at + 1 : at) : at - 1;
  if (k < 0 || k >= lane.start.length) return null;
  return { start: lane.start[k]!, end: lane.end[k]!, count: lane.count[k]! };
}
