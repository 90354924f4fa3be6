/**
 * Items turned once into typed arrays, in time order, so that every layout level and visibility query
 * runs over flat arrays without touching the items again.
 */
import type { LayoutItem, TimeSpan } from './types.js';
import { finish, STEP, type Work } from '../model/work.js';
import { sortedCopyWork } from './sort-work.js';

/** Items in time order (start, then end) as struct-of-arrays. "Sorted position" indexes every array. */
export interface PreparedItems {
  /** Number of items. */
  readonly n: number;
  /** Number of lanes: one more than the largest `laneIndex` (at least 1). */
  readonly laneCount: number;
  /** Ids by sorted position. */
  readonly ids: readonly string[];
  /** Input index of each sorted position (the identity when the input was already sorted). */
  readonly order: Int32Array;
  /** Start (UTC ms) by sorted position: ascending. */
  readonly start: Float64Array;
  /** Exclusive end (UTC ms) by sorted position. */
  readonly end: Float64Array;
  /** Every `end`, ascending (not by sorted position): how many items ended by a time, by binary search. */
  readonly sortedEnd: Float64Array;
  /** Lane index by sorted position. */
  readonly lane: Int32Array;
  /** 1 for deadlines, 0 for events, by sorted position. */
  readonly deadline: Uint8Array;
  /** 1 for ranges, 0 for points, by sorted position. */
  readonly range: Uint8Array;
  /** Label width in px by sorted position (as measured once by the caller). */
  readonly labelPx: Float32Array;
  /** From the earliest start to the latest end; `{0, 0}` when empty. */
  readonly extent: TimeSpan;
  /**
   * The shortest bucket a density strip may count in, ms (0: any): where many events are dated
   * only to a month (or a day), finer buckets would stand them all on its first day (or hour) and
   * draw a peak that is not in the data. Set by the scene's preparation, which knows the dates.
   */
  readonly finestBucketMs?: number;
  /**
   * The unit the finest date of the events is known to, ms (a day when every date is a day or
   * coarser; Infinity for none): the axis's labels and the closest zoom go no finer. Set by the
   * scene's preparation, which knows the dates.
   */
  readonly finestUnitMs?: number;
}

/**
 * Prepare `items` for layout. `labelWidth(item)` is called once per item (the element measures the
 * title with a canvas and caches it). Items are expected sorted by start then end, as the model
 * produces them; unsorted input is sorted here (stably) and `order` maps back. Does not mutate `items`.
 */
export function prepareItems<T extends LayoutItem>(items: readonly T[], labelWidth: (item: T) => number): PreparedItems {
  return finish(prepareItemsWork(items, labelWidth));
}

/** {@link prepareItems} as work done a slice at a time (see `Work`): measuring a million labels takes a while. */
export function* prepareItemsWork<T extends LayoutItem>(items: readonly T[], labelWidth: (item: T) => number): Work<PreparedItems> {
  const n = items.length;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (!(yield* isSortedWork(items))) {
    const sorted = Array.from(order).sort((a, b) => items[a].start - items[b].start || items[a].end - items[b].end || a - b);
    order.set(sorted);
  }
  const ids: string[] = new Array(n);
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  const lane = new Int32Array(n);
  const deadline = new Uint8Array(n);
  const range = new Uint8Array(n);
  const labelPx = new Float32Array(n);
  let laneCount = 1;
  let maxEnd = -Infinity;
  for (let i = 0; i < n; i++) {
    if (i % STEP === 0) yield { done: i, total: n };
    const item = items[order[i]];
    ids[i] = item.id;
    start[i] = item.start;
    end[i] = Math.max(item.end, item.start);
    lane[i] = Math.max(0, item.laneIndex | 0);
    deadline[i] = item.kind === 'deadline' ? 1 : 0;
    range[i] = item.isRange ? 1 : 0;
    labelPx[i] = Math.max(0, labelWidth(item) || 0);
    if (lane[i] + 1 > laneCount) laneCount = lane[i] + 1;
    if (end[i] > maxEnd) maxEnd = end[i];
  }
  const extent = n === 0 ? { start: 0, end: 0 } : { start: start[0], end: maxEnd };
  const sortedEnd = yield* sortedCopyWork(end);
  return { n, laneCount, ids, order, start, end, sortedEnd, lane, deadline, range, labelPx, extent };
}

/** Whether `items` are in time order; in steps (a million items scattered in memory take about 70 ms to walk). */
function* isSortedWork(items: readonly LayoutItem[]): Work<boolean> {
  for (let i = 1; i < items.length; i++) {
    if (i % STEP === 0) yield undefined;
    const a = items[i - 1];
    const b = items[i];
    if (b.start < a.start || (b.start === a.start && b.end < a.end)) return false;
  }
  return true;
}

/** First position in ascending `values` whose value is ≥ `x` (`values.length` if none). */
export function lowerBound(values: Float64Array, x: number, from = 0, to = values.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First position in ascending `values` whose value is > `x` (`values.length` if none). */
export function upperBound(values: Float64Array, x: number, from = 0, to = values.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
