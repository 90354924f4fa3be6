/**
 * "+N" clusters: items that found no row are gathered, lane by lane in time order, into cluster
 * marks in the lane's dedicated cluster row (its last row). Consecutive overflow items merge while
 * their box starts inside the current cluster's mark box, so marks in a row never overlap.
 *
 * A cluster of one is no cluster when its item's own box fits in the cluster row before the next
 * mark: the item is then placed in that row. Otherwise, with one row per lane, a lane that overflowed
 * anywhere would show every lone event as "+1", even at the finest zoom.
 *
 * A far zoom of 100,000 events makes tens of thousands of clusters, and every zoom level makes its
 * own, so they are kept in typed arrays (a {@link ClusterTable}); a {@link Cluster} object is made
 * only for the few that are drawn or asked for.
 */
import type { PreparedItems } from './prepare.js';
import type { RowAssignment } from './stack.js';

/** The deadline band's lane index in clusters and row summaries. */
export const DEADLINE_BAND = -1;

/** One "+N" mark. */
export interface Cluster {
  /** Position in the layout's cluster table (clusters are numbered by start). */
  readonly id: number;
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
}

/** All clusters of a layout as columns, by id (ordered by start). */
export interface ClusterTable {
  readonly length: number;
  /** Lane index, or {@link DEADLINE_BAND}. */
  readonly laneIndex: Int32Array;
  readonly row: Int32Array;
  readonly start: Float64Array;
  readonly end: Float64Array;
  readonly count: Int32Array;
  readonly firstIndex: Int32Array;
  readonly lastIndex: Int32Array;
  readonly x0Ms: Float64Array;
  readonly x1Ms: Float64Array;
  /** Ids grouped by lane (lanes, then the deadline band), each group in time order: group g is `ids[groupStart[g] … groupStart[g + 1])`. */
  readonly ids: Int32Array;
  readonly groupStart: Int32Array;
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
}

/** Cluster `id` of `table` as an object. */
export function clusterAt(table: ClusterTable, id: number): Cluster {
  return {
    id,
    laneIndex: table.laneIndex[id],
    row: table.row[id],
    start: table.start[id],
    end: table.end[id],
    count: table.count[id],
    firstIndex: table.firstIndex[id],
    lastIndex: table.lastIndex[id],
    x0Ms: table.x0Ms[id],
    x1Ms: table.x1Ms[id],
  };
}

/** The clusters of group `g` (a lane index, or the lane count for the deadline band), in time order. */
export function groupClusters(table: ClusterTable, g: number): Cluster[] {
  const out: Cluster[] = [];
  for (let k = table.groupStart[g]; k < table.groupStart[g + 1]; k++) out.push(clusterAt(table, table.ids[k]));
  return out;
}

/**
 * Calls `visit(id)` for each cluster of group `g` whose mark box intersects `[a, b)`, in time order.
 * A group's boxes are disjoint and ordered, so a binary search finds the first.
 */
export function clustersIn(table: ClusterTable, g: number, a: number, b: number, visit: (id: number) => void): void {
  const { ids, x0Ms, x1Ms } = table;
  let lo = table.groupStart[g];
  let hi = table.groupStart[g + 1];
  const end = hi;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (x1Ms[ids[mid]] <= a) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < end && x0Ms[ids[k]] < b; k++) visit(ids[k]);
}

/** Gather the items `rows` left unplaced into clusters at `msPerPx`. */
export function clusterOverflow(
  items: PreparedItems,
  rows: RowAssignment,
  msPerPx: number,
  options: { markerPx?: number; clusterPx?: number },
): Clustering {
  const { n, start, end, laneCount } = items;
  const groups = laneCount + 1;
  const leftMs = (options.markerPx ?? 0) * msPerPx;
  const markMs = Math.max(1, options.clusterPx ?? 32) * msPerPx;
  const x1 = rows.x1;
  const row = rows.row.slice();
  const labelRows = rows.labelRows.slice();
  const clusterOf = new Int32Array(n).fill(-1);
  let overflow = 0;
  for (let i = 0; i < n; i++) if (row[i] < 0) overflow++;

  // Candidate clusters, numbered in order of their first member (so by start). A cluster of one
  // whose item's box ends by the next mark's start is placed instead (decided when the next one
  // opens, or at the end of its lane). Only first, last, count and end are kept per candidate: the
  // rest follows from the first member. Few arrays, so zooming through levels makes little garbage.
  const first = new Int32Array(overflow);
  const last = new Int32Array(overflow);
  const count = new Int32Array(overflow);
  const cEnd = new Float64Array(overflow);
  const open = new Int32Array(groups).fill(-1);
  const placeIfLone = (c: number, nextX0: number) => {
    const i = first[c];
    if (count[c] !== 1 || x1[i] > nextX0) return;
    count[c] = 0;
    const g = items.deadline[i] ? laneCount : items.lane[i];
    row[i] = rows.clusterRow[g];
    if (row[i] + 1 > labelRows[g]) labelRows[g] = row[i] + 1;
  };
  let made = 0;
  for (let i = 0; i < n; i++) {
    if (row[i] >= 0) continue;
    const g = items.deadline[i] ? laneCount : items.lane[i];
    const x0 = start[i] - leftMs;
    let c = open[g];
    if (c >= 0 && x0 < start[first[c]] + markMs) {
      count[c]++;
      last[c] = i;
      if (end[i] > cEnd[c]) cEnd[c] = end[i];
    } else {
      if (c >= 0) placeIfLone(c, x0);
      c = made++;
      first[c] = i;
      last[c] = i;
      count[c] = 1;
      cEnd[c] = end[i];
      open[g] = c;
    }
    clusterOf[i] = c;
  }
  for (let g = 0; g < groups; g++) if (open[g] >= 0) placeIfLone(open[g], Infinity);

  // Number the clusters kept, by start, and list them per lane.
  const newId = new Int32Array(made);
  let kept = 0;
  for (let c = 0; c < made; c++) newId[c] = count[c] > 0 ? kept++ : -1;
  for (let i = 0; i < n; i++) if (clusterOf[i] >= 0) clusterOf[i] = newId[clusterOf[i]];
  const table = {
    length: kept,
    laneIndex: new Int32Array(kept),
    row: new Int32Array(kept),
    start: new Float64Array(kept),
    end: new Float64Array(kept),
    count: new Int32Array(kept),
    firstIndex: new Int32Array(kept),
    lastIndex: new Int32Array(kept),
    x0Ms: new Float64Array(kept),
    x1Ms: new Float64Array(kept),
    ids: new Int32Array(kept),
    groupStart: new Int32Array(groups + 1),
  };
  const group = new Int32Array(kept);
  for (let c = 0; c < made; c++) {
    const k = newId[c];
    if (k < 0) continue;
    const i = first[c];
    const g = items.deadline[i] ? laneCount : items.lane[i];
    group[k] = g;
    table.groupStart[g + 1]++;
    table.laneIndex[k] = g === laneCount ? DEADLINE_BAND : g;
    table.row[k] = rows.clusterRow[g];
    table.start[k] = start[i];
    table.end[k] = cEnd[c];
    table.count[k] = count[c];
    table.firstIndex[k] = i;
    table.lastIndex[k] = last[c];
    table.x0Ms[k] = start[i] - leftMs;
    table.x1Ms[k] = start[i] + markMs;
  }
  const { groupStart, ids } = table;
  for (let g = 0; g < groups; g++) groupStart[g + 1] += groupStart[g];
  const fill = groupStart.slice(0, groups);
  for (let k = 0; k < kept; k++) ids[fill[group[k]]++] = k;
  return { row, labelRows, clusterOf, clusters: table };
}

/** Sorted positions of a cluster's members, in time order. */
export function clusterMembers(clusterOf: Int32Array, cluster: Cluster): number[] {
  const members: number[] = [];
  for (let i = cluster.firstIndex; i <= cluster.lastIndex; i++) if (clusterOf[i] === cluster.id) members.push(i);
  return members;
}
