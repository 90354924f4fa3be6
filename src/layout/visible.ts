/**
 * What is in view: placed boxes, cluster marks and deadlines intersecting the view (plus a
 * margin), found by binary search and the layout's box index in O(log n + k), so a long range
 * that starts far left of the view is found too. Plus counts of items in a span.
 */
import { queryBoxIndex } from './box-index.js';
import { clusterAt, clustersIn } from './cluster.js';
import type { Cluster } from './cluster.js';
import { layoutBoxEnd, placementAt } from './layout.js';
import type { LevelLayout, Placement } from './layout.js';
import { lowerBound, upperBound } from './prepare.js';
import type { PreparedItems } from './prepare.js';
import type { TimeSpan } from './types.js';

/** What to draw for a view. */
export interface Visible {
  /** Placed events (not deadlines) whose box intersects the span, in time order. */
  readonly placed: Placement[];
  /** Placed deadlines (in the deadline band) whose label box intersects the span, in time order. */
  readonly deadlines: Placement[];
  /** Cluster marks (lanes and deadline band) whose box intersects the span, in time order. */
  readonly clusters: Cluster[];
}

/**
 * Placements and clusters of `layout` whose boxes intersect `[view.start − marginMs, view.end + marginMs)`.
 * Boxes are the layout's (at its msPerPx), which contain the boxes at any finer zoom.
 */
export function visibleIn(items: PreparedItems, layout: LevelLayout, view: TimeSpan, marginMs = 0): Visible {
  const a = view.start - marginMs;
  const b = view.end + marginMs;
  const placed: Placement[] = [];
  const deadlines: Placement[] = [];
  const hi = lowerBound(items.start, b + layout.leftMs);
  const row = layout.row;
  const end = (i: number) => (row[i] >= 0 ? layoutBoxEnd(items, layout, i) : -Infinity);
  queryBoxIndex(layout.boxes, end, hi, a, (i) => {
    const p = placementAt(items, layout, i)!;
    (p.deadline ? deadlines : placed).push(p);
  });
  const clusters: Cluster[] = [];
  const table = layout.clusterTable;
  clustersIn(table, a, b, (id) => clusters.push(clusterAt(table, id)));
  return { placed, deadlines, clusters };
}

/**
 * How many items intersect `[start, end)` (start < item end and item start < end), in O(log n):
 * items starting before `end`, minus those that ended by `start`.
 */
export function countInRange(items: PreparedItems, start: number, end: number): number {
  if (!(end > start)) return 0;
  return lowerBound(items.start, end) - upperBound(items.sortedEnd, start);
}

/** How many items start in `[start, end)`, in O(log n). */
export function countStartingIn(items: PreparedItems, start: number, end: number): number {
  if (!(end > start)) return 0;
  return lowerBound(items.start, end) - lowerBound(items.start, start);
}

/** How many items ended by `time` (their end ≤ `time`): all of them lie before it. */
export function countBefore(items: PreparedItems, time: number): number {
  return upperBound(items.sortedEnd, time);
}

/** How many items start at or after `time`: all of them lie after it. */
export function countAfter(items: PreparedItems, time: number): number {
  return items.n - lowerBound(items.start, time);
}

/**
 * Events per lane in `buckets` equal slices of `span`, for the overview's density strip: one pass
 * over the starts (a few ms at 100,000 events), made once per document and width. `counts[lane]`
 * has one entry per slice; `max` is the largest slice total.
 */
export function density(items: PreparedItems, span: TimeSpan, buckets: number): { counts: Uint32Array[]; max: number } {
  const n = Math.max(1, buckets | 0);
  const counts = Array.from({ length: items.laneCount }, () => new Uint32Array(n));
  const totals = new Uint32Array(n);
  const width = (span.end - span.start) / n;
  for (let i = 0; i < items.n; i++) {
    const b = Math.min(n - 1, Math.max(0, Math.floor((items.start[i] - span.start) / width)));
    counts[items.lane[i]]![b]++;
    totals[b]++;
  }
  let max = 0;
  for (const t of totals) if (t > max) max = t;
  return { counts, max };
}

/**
 * The view of the same span that brings the nearest items wholly before (−1) or after (+1)
 * `view` into it: the nearest one lands a quarter of the span in from the edge it came over, so
 * the reader sees it and what lies beyond it. Null when there is none.
 */
export function stepTo(items: PreparedItems, view: TimeSpan, direction: -1 | 1): TimeSpan | null {
  const span = view.end - view.start;
  if (direction < 0) {
    const ends = items.sortedEnd;
    const k = upperBound(ends, view.start);
    if (k === 0) return null;
    const t = ends[k - 1]!;
    return { start: t - span * 0.75, end: t + span * 0.25 };
  }
  const k = lowerBound(items.start, view.end);
  if (k >= items.n) return null;
  const t = items.start[k]!;
  return { start: t - span * 0.25, end: t + span * 0.75 };
}
