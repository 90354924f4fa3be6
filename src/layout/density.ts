/**
 * Level of detail for far zoom: a density strip per lane, counting item starts per bucket of a
 * few pixels. Buckets are aligned to absolute multiples of the bucket width (from the epoch), not
 * to the view's edge, so counts do not flicker while panning; pass the level's msPerPx (not the
 * exact zoom) to keep them stable while zooming within a level too.
 */
import { DEADLINE_BAND } from './cluster.js';
import type { Visible } from './visible.js';
import { lowerBound } from './prepare.js';
import type { PreparedItems } from './prepare.js';
import type { TimeSpan } from './types.js';

/** Counts of item starts per bucket across a view. */
export interface DensityStrip {
  /** Lane index, or {@link DEADLINE_BAND}. */
  readonly laneIndex: number;
  /** Width of a bucket, ms. */
  readonly bucketMs: number;
  /** Start of the first bucket (≤ view start, a multiple of `bucketMs`). Bucket k is `[firstStart + k·bucketMs, firstStart + (k+1)·bucketMs)`. */
  readonly firstStart: number;
  /** Items starting in each bucket. */
  readonly counts: Uint32Array;
  /** The largest count (for scaling the strip's shading). */
  readonly max: number;
}

const laneStartsCache = new WeakMap<PreparedItems, Float64Array[]>();

/** Sorted starts of each lane's events, then (last) of all deadlines. Built once per prepared set. */
export function laneStarts(items: PreparedItems): Float64Array[] {
  let starts = laneStartsCache.get(items);
  if (starts) return starts;
  const groups = items.laneCount + 1;
  const counts = new Int32Array(groups);
  for (let i = 0; i < items.n; i++) counts[items.deadline[i] ? items.laneCount : items.lane[i]]++;
  starts = Array.from(counts, (c) => new Float64Array(c));
  const fill = new Int32Array(groups);
  for (let i = 0; i < items.n; i++) {
    const g = items.deadline[i] ? items.laneCount : items.lane[i];
    starts[g][fill[g]++] = items.start[i];
  }
  laneStartsCache.set(items, starts);
  return starts;
}

/** The sorted starts of lane `laneIndex`, or of the deadlines for {@link DEADLINE_BAND}. */
function startsOf(items: PreparedItems, laneIndex: number): Float64Array {
  const starts = laneStarts(items);
  return starts[laneIndex === DEADLINE_BAND ? items.laneCount : laneIndex] ?? new Float64Array(0);
}

/**
 * The density strip of one lane over `view`, with buckets `bucketPx` wide at `msPerPx`
 * (use the layout level's msPerPx for stable counts). O(buckets · log n).
 */
export function densityStrip(
  items: PreparedItems,
  laneIndex: number,
  view: TimeSpan,
  msPerPx: number,
  bucketPx = 4,
): DensityStrip {
  const bucketMs = Math.max(1e-9, bucketPx * msPerPx);
  const starts = startsOf(items, laneIndex);
  const first = Math.floor(view.start / bucketMs);
  const last = Math.ceil(view.end / bucketMs);
  const buckets = Math.max(0, last - first);
  const counts = new Uint32Array(buckets);
  let max = 0;
  let lo = lowerBound(starts, first * bucketMs);
  for (let k = 0; k < buckets; k++) {
    const hi = lowerBound(starts, (first + k + 1) * bucketMs, lo);
    counts[k] = hi - lo;
    if (hi - lo > max) max = hi - lo;
    lo = hi;
  }
  return { laneIndex, bucketMs, firstStart: first * bucketMs, counts, max };
}

/** How many items of lane `laneIndex` (or the deadlines) start in `[start, end)`, O(log n). */
export function laneCountStartingIn(items: PreparedItems, laneIndex: number, start: number, end: number): number {
  if (!(end > start)) return 0;
  const starts = startsOf(items, laneIndex);
  return lowerBound(starts, end) - lowerBound(starts, start);
}

/**
 * Lanes that should be drawn as a density strip: more than `maxMarks` placed marks and clusters
 * of the lane are visible.
 */
export function denseLanes(visible: Visible, laneCount: number, maxMarks: number): number[] {
  const marks = new Int32Array(laneCount);
  for (const p of visible.placed) marks[p.laneIndex]++;
  for (const c of visible.clusters) if (c.laneIndex !== DEADLINE_BAND) marks[c.laneIndex]++;
  const dense: number[] = [];
  for (let lane = 0; lane < laneCount; lane++) if (marks[lane] > maxMarks) dense.push(lane);
  return dense;
}
