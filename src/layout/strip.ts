/**
 * Density strips: where a lane's events are far more than its rows can hold, its "+N" row becomes
 * a histogram of how many of its events start in each bucket of time, so a far zoom shows the
 * shape of the data (peaks, quiet years) instead of a wall of numbers.
 *
 * **The rule**, the one place it is decided: each lane's rows hold the events whose labels fit;
 * the rest fold into "+N" marks in its last row (see `clusterOverflow`); and when the events so
 * folded that start in view are more than {@link STRIP_PER_ROW} for each of the lane's rows, that
 * last row shows the lane's density strip instead of its "+N" marks ({@link showsStrip}); except
 * at the finest zoom, where a bucket could not be opened and a "+N" lists the events it holds.
 *
 * Buckets are d3-time UTC intervals (months, weeks, days …) chosen per zoom level, the finest
 * at least {@link STRIP_BUCKET_PX} px wide at the level's coarse edge: their edges are calendar
 * boundaries, the same for every view of the level, so a bucket keeps its count while panning.
 * A level's counts are made once, in one pass over the events ({@link stripTable}).
 */
import { utcDay, utcHour, utcMinute, utcMonth, utcSecond, utcWeek, utcYear } from 'd3-time';
import type { TimeInterval } from 'd3-time';
import { historicalYears } from './year-interval.js';
import type { PreparedItems } from './prepare.js';
import type { LevelLayout } from './layout.js';

/** A lane shows a strip when more than this many of its events per row are folded into "+N" marks in view. */
export const STRIP_PER_ROW = 16;

/** The narrowest bucket, px (at the coarse edge of its zoom level). */
export const STRIP_BUCKET_PX = 4;

/** Whether a lane of `rows` rows with `folded` events in "+N" marks starting in view shows its strip. */
export function showsStrip(folded: number, rows: number): boolean {
  return folded > STRIP_PER_ROW * Math.max(1, rows);
}

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** Bucket intervals, finest first, with their shortest length in ms. */
const INTERVALS: ReadonlyArray<readonly [TimeInterval, number]> = [
  [utcSecond, 1000],
  [utcSecond.every(15)!, 15_000],
  [utcMinute, MIN],
  [utcMinute.every(5)!, 5 * MIN],
  [utcMinute.every(15)!, 15 * MIN],
  [utcHour, HOUR],
  [utcHour.every(6)!, 6 * HOUR],
  [utcDay, DAY],
  [utcWeek, 7 * DAY],
  [utcMonth, 28 * DAY],
  [utcMonth.every(3)!, 89 * DAY],
  [utcYear, 365 * DAY],
  ...[2, 5, 10, 20, 50, 100, 200, 500, 1000, 10_000, 100_000].map((step) => [historicalYears(step), step * 365 * DAY] as const),
];

/** The bucket interval of a zoom level whose coarse edge is `msPerPx`. */
export function bucketInterval(msPerPx: number): TimeInterval {
  const found = INTERVALS.find(([, ms]) => ms / msPerPx >= STRIP_BUCKET_PX);
  return (found ?? INTERVALS[INTERVALS.length - 1]!)[0];
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
  readonly interval: TimeInterval;
  readonly lanes: readonly StripLane[];
}

const tables = new WeakMap<LevelLayout, StripTable>();

/**
 * The buckets of every lane at `layout`'s level (deadlines are drawn in their band and not
 * counted). Made on first use, in one pass over the events in time order, and kept with the
 * layout: a level that never shows a strip costs nothing.
 */
export function stripTable(items: PreparedItems, layout: LevelLayout): StripTable {
  let table = tables.get(layout);
  if (!table) {
    table = buildStripTable(items, bucketInterval(layout.msPerPx));
    tables.set(layout, table);
  }
  return table;
}

/** {@link stripTable} without the cache: the buckets of `interval` for every lane. */
export function buildStripTable(items: PreparedItems, interval: TimeInterval): StripTable {
  const lanes = Array.from({ length: items.laneCount }, () => ({ start: [] as number[], end: [] as number[], count: [] as number[] }));
  const bucketEnd = new Float64Array(items.laneCount).fill(-Infinity);
  for (let i = 0; i < items.n; i++) {
    if (items.deadline[i]) continue;
    const l = items.lane[i]!;
    const t = items.start[i]!;
    const lane = lanes[l]!;
    if (t < bucketEnd[l]!) {
      lane.count[lane.count.length - 1]!++;
      continue;
    }
    const a = interval.floor(new Date(t)).getTime();
    const b = interval.offset(new Date(a), 1).getTime();
    lane.start.push(a);
    // An interval that cannot step (past the dates a `Date` holds) ends just after the event.
    lane.end.push(b > t ? b : t + 1);
    lane.count.push(1);
    bucketEnd[l] = lane.end[lane.end.length - 1]!;
  }
  return {
    interval,
    lanes: lanes.map((lane) => ({
      start: Float64Array.from(lane.start),
      end: Float64Array.from(lane.end),
      count: Int32Array.from(lane.count),
      max: lane.count.reduce((a, c) => Math.max(a, c), 0),
    })),
  };
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
