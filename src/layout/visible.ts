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

const endsCache = new WeakMap<PreparedItems, Float64Array>();

function sortedEnds(items: PreparedItems): Float64Array {
  let ends = endsCache.get(items);
  if (!ends) {
    ends = Float64Array.from(items.end).sort();
    endsCache.set(items, ends);
  }
  return ends;
}

/**
 * How many items intersect `[start, end)` (start < item end and item start < end), in O(log n):
 * items starting before `end`, minus those that ended by `start`.
 */
export function countInRange(items: PreparedItems, start: number, end: number): number {
  if (!(end > start)) return 0;
  return lowerBound(items.start, end) - upperBound(sortedEnds(items), start);
}

/** How many items start in `[start, end)`, in O(log n). */
export function countStartingIn(items: PreparedItems, start: number, end: number): number {
  if (!(end > start)) return 0;
  return lowerBound(items.start, end) - lowerBound(items.start, start);
}
