/**
 * "+N" clusters: items that found no row are gathered, lane by lane in time order, into cluster
 * marks in the lane's dedicated cluster row (its last row). Consecutive overflow items merge while
 * their box starts inside the current cluster's mark box, so marks in a row never overlap.
 *
 * A cluster of one is no cluster when its item's own box fits in the cluster row before the next
 * mark: the item is then placed in that row. Otherwise, with one row per lane, a lane that overflowed
 * anywhere would show every lone event as "+1", even at the finest zoom. A lone item that does not
 * fit joins the next cluster when that starts close by; only a range whose bar runs on over later
 * marks stays a cluster of one, which the scene draws as the event itself.
 *
 * A far zoom of 100,000 events makes tens of thousands of clusters, and every zoom level makes its
 * own, so they are kept in typed arrays (a {@link ClusterTable}); a {@link Cluster} object is made
 * only for the few that are drawn or asked for.
 */
import type { PreparedItems } from './prepare.js';
import { boxEnd, groupOf } from './stack.js';
import type { RowAssignment } from './stack.js';
import { finish, STEP, type Work } from '../model/work.js';

/** The deadline band's lane index in clusters and row summaries. */
export const DEADLINE_BAND = -1;


/**
 * The clusters of a layout as columns, by id (in order of start). Ids are the candidates' numbers:
 * a candidate whose lone item was placed instead has `count` 0 and is no cluster.
 */
export interface ClusterTable {
  /** Number of ids (clusters and dropped candidates). */
  readonly length: number;
  /** Sorted positions of the first and last member. */
  readonly first: Int32Array;
  readonly last: Int32Array;
  /** Members; 0 for a dropped candidate. */
  readonly count: Int32Array;
  /** Latest end of any member. */
  readonly end: Float64Array;
  /** The items the clusters are made of. */
  readonly items: PreparedItems;
  /** Cluster row per group (lanes, then the deadline band). */
  readonly clusterRow: Int32Array;
  /** A mark's box is `[start − leftMs, start + markMs)`. */
  readonly leftMs: number;
  readonly markMs: number;
}

/** Result of {@link clusterOverflow}. */
export interface Clustering {
  /** Row by sorted position, as in `rows.row` plus the items placed in their cluster row; −1 when clustered. */
  readonly row: Int16Array;
  /** Rows used for marks per group: `rows.labelRows`, or the cluster row + 1 where an item was placed in it. */
  readonly labelRows: Int32Array;
  readonly clusters: ClusterTable;
  /** Cluster id by sorted position, −1 for placed items. */
  readonly clusterOf: Int32Array;
  /**
   * Lone items placed in their cluster row with their label cut short: sorted position → px of box
   * after the item's anchor (see {@link cutBoxEnd}). Their box ends there, not at their whole label.
   */
  readonly cut: ReadonlyMap<number, number>;
}

/**
 * The end (ms) of a cut box at `msPerPx`: `cutPx` px after the mark's anchor (a point's start, a
 * range's end). Like every box edge it moves inward as `msPerPx` shrinks, so a cut box that clears
 * the next mark at its level clears it at every finer zoom too.
 */
export function cutBoxEnd(items: PreparedItems, i: number, cutPx: number, msPerPx: number): number {
  const anchor = items.range[i] ? Math.max(items.end[i], items.start[i]) : items.start[i];
  return anchor + cutPx * msPerPx;
}

/** Cluster `id` of `table` as an object. */
export function clusterAt(table: ClusterTable, id: number): Cluster {
  return new Cluster(table, id);
}

/**
 * One "+N" mark. A class, made with `new`, not an object literal: V8 watches an object literal's
 * allocation site, and when many of its objects outlive a young-generation collection it
 * allocates all later ones straight in the old generation; every frame's clusters (and strip
 * buckets: see `scene/strip.ts`) were then old-generation garbage, and at 100,000 events a major
 * collection of 20–40 ms came every 120–200 steps of a pan or zoom.
 */
export class Cluster {
  /** Lane index, or {@link DEADLINE_BAND}. */
  readonly laneIndex: number;
  /** The lane's cluster row (its last row). */
  readonly row: number;
  /** Start of the first member (where the mark is drawn). */
  readonly start: number;
  /** Latest end of any member: zooming to `[start, end]` opens the cluster. */
  readonly end: number;
  /** Number of members. */
  readonly count: number;
  /** Sorted positions of the first and last member; members are the positions between them whose `clusterOf` is `id`. */
  readonly firstIndex: number;
  readonly lastIndex: number;
  /** The mark's box, ms, at the layout's msPerPx. */
  readonly x0Ms: number;
  readonly x1Ms: number;

  constructor(
    table: ClusterTable,
    /** Its id in the layout's cluster table (ids follow the start of the first member). */
    readonly id: number,
  ) {
    const { items } = table;
    const i = table.first[id];
    const g = groupOf(items, i);
    this.laneIndex = g === items.laneCount ? DEADLINE_BAND : g;
    this.row = table.clusterRow[g];
    this.start = items.start[i];
    this.end = table.end[id];
    this.count = table.count[id];
    this.firstIndex = i;
    this.lastIndex = table.last[id];
    this.x0Ms = this.start - table.leftMs;
    this.x1Ms = this.start + table.markMs;
  }
}

/** Calls `visit(id)` for each cluster whose mark box intersects `[a, b)`, in order of start (binary search, then a scan). */
export function clustersIn(table: ClusterTable, a: number, b: number, visit: (id: number) => void): void {
  const { first, count, leftMs, markMs } = table;
  const start = table.items.start;
  let lo = 0;
  let hi = table.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (start[first[mid]] + markMs <= a) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < table.length && start[first[k]] - leftMs < b; k++) if (count[k]) visit(k);
}

/** Scratch arrays for candidate clusters. */
interface Scratch {
  readonly first: Int32Array;
  readonly last: Int32Array;
  readonly count: Int32Array;
  readonly end: Float64Array;
}

function newScratch(size: number): Scratch {
  return { first: new Int32Array(size), last: new Int32Array(size), count: new Int32Array(size), end: new Float64Array(size) };
}

/** Scratch arrays kept between calls (zooming through levels then makes little garbage); null while in use. */
let spare: Scratch | null = null;

/**
 * Gather the items `rows` left unplaced into clusters at `msPerPx`. Takes `rows.row` over: the
 * items it places in their cluster row are written into it, and it is returned as `row`.
 */
export function clusterOverflow(
  items: PreparedItems,
  rows: RowAssignment,
  msPerPx: number,
  options: { markerPx?: number; clusterPx?: number; paddingPx?: number },
): Clustering {
  return finish(clusterOverflowWork(items, rows, msPerPx, options));
}

/** {@link clusterOverflow} as work done a slice at a time (see `Work`). */
export function* clusterOverflowWork(
  items: PreparedItems,
  rows: RowAssignment,
  msPerPx: number,
  options: { markerPx?: number; clusterPx?: number; paddingPx?: number },
): Work<Clustering> {
  const { n, laneCount } = items;
  const leftMs = (options.markerPx ?? 0) * msPerPx;
  const markMs = Math.max(1, options.clusterPx ?? 32) * msPerPx;
  const { row, clusterRow } = rows;
  const padding = options.paddingPx ?? 8;
  const labelRows = rows.labelRows.slice();
  const clusterOf = new Int32Array(n).fill(-1);
  const cut = new Map<number, number>();
  // Each big allocation (new memory is slow to touch the first time) ends a step of its own.
  yield undefined;
  let overflow = 0;
  for (let i = 0; i < n; i++) if (row[i] < 0) overflow++;
  yield undefined;
  // Scratch arrays kept between calls, taken while in use: work done in slices may interleave.
  const mine = spare && spare.first.length >= overflow ? spare : newScratch(Math.max(overflow, 1024));
  spare = null;
  // Candidates, numbered in order of their first member (so by start). A "+1" says less than the
  // event itself, so a cluster of one is never left: its item is placed in the cluster row when its
  // mark (its marker, or its bar) and a little of its label end by the next mark's start (the
  // label is cut to the room there is); otherwise it joins the next cluster. Decided when the
  // lane's next candidate opens, or at the end of the lane.
  const { first, last, count, end: cEnd } = mine;
  const open = new Int32Array(laneCount + 1).fill(-1);
  /** Whether cluster `c` (of one) was placed; false when its item must join the next cluster. */
  const placeIfLone = (c: number, nextX0: number): boolean => {
    const i = first[c];
    if (count[c] !== 1) return true;
    const g = groupOf(items, i);
    const box = boxEnd(items, i, msPerPx, padding);
    // A deadline's label in the band is never cut: it needs its whole box.
    const glyphEnd = g === laneCount ? box : cutBoxEnd(items, i, (items.range[i] ? 0 : options.markerPx ?? 0) + padding, msPerPx);
    if (Math.min(glyphEnd, box) > nextX0) return false;
    if (box > nextX0) cut.set(i, (nextX0 - cutBoxEnd(items, i, 0, msPerPx)) / msPerPx);
    count[c] = 0;
    clusterOf[i] = -1;
    row[i] = clusterRow[g];
    labelRows[g] = Math.max(labelRows[g], row[i] + 1);
    return true;
  };
  const gather: Gathering = { items, row, clusterOf, first, last, count, end: cEnd, open, made: 0, leftMs, markMs, placeIfLone };
  for (let from = 0; from < n; from += STEP) {
    yield { done: from, total: n };
    gatherRange(gather, from, Math.min(n, from + STEP));
  }
  const made = gather.made;
  for (const c of open) if (c >= 0) placeIfLone(c, Infinity);
  const clusters: ClusterTable = {
    length: made,
    first: first.slice(0, made),
    last: last.slice(0, made),
    count: count.slice(0, made),
    end: cEnd.slice(0, made),
    items,
    clusterRow,
    leftMs,
    markMs,
  };
  spare = mine;
  return { row, labelRows, clusterOf, clusters, cut };
}

/** What gathering clusters keeps between steps (see {@link gatherRange}). */
interface Gathering {
  readonly items: PreparedItems;
  readonly row: Int16Array;
  readonly clusterOf: Int32Array;
  readonly first: Int32Array;
  readonly last: Int32Array;
  readonly count: Int32Array;
  readonly end: Float64Array;
  /** The open candidate of each group, or −1. */
  readonly open: Int32Array;
  /** Candidates made so far. */
  made: number;
  readonly leftMs: number;
  readonly markMs: number;
  readonly placeIfLone: (c: number, nextX0: number) => boolean;
}

/** Gathers the left-over items among `from … to − 1` into candidates (a plain function: a loop inside a generator runs slower). */
function gatherRange(s: Gathering, from: number, to: number): void {
  const { items, row, clusterOf, first, last, count, end: cEnd, open, leftMs, markMs, placeIfLone } = s;
  const { start, end } = items;
  for (let i = from; i < to; i++) {
    if (row[i] >= 0) continue;
    const g = groupOf(items, i);
    const x0 = start[i] - leftMs;
    let c = open[g];
    if (c >= 0 && x0 < start[first[c]] + markMs) {
      count[c]++;
      last[c] = i;
      cEnd[c] = Math.max(cEnd[c], end[i]);
    } else if (c >= 0 && !placeIfLone(c, x0) && x0 < start[first[c]] + 2 * markMs) {
      // A lone item whose mark reaches the next one close by: "+2" instead of "+1" and a clash.
      count[c]++;
      last[c] = i;
      cEnd[c] = Math.max(cEnd[c], end[i]);
    } else {
      // (A lone range whose bar runs on over later items stays a cluster of one: merged, the later
      // item would be counted far from its own date. The scene draws it as the event, its bar
      // faded out before the next mark.)
      c = open[g] = s.made++;
      first[c] = last[c] = i;
      count[c] = 1;
      cEnd[c] = end[i];
    }
    clusterOf[i] = c;
  }
}

/** Sorted positions of a cluster's members, in time order. */
export function clusterMembers(clusterOf: Int32Array, cluster: Cluster): number[] {
  const members: number[] = [];
  for (let i = cluster.firstIndex; i <= cluster.lastIndex; i++) if (clusterOf[i] === cluster.id) members.push(i);
  return members;
}
