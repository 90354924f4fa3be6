/**
 * "+N" clusters: items that found no row are gathered, lane by lane in time order, into cluster
 * marks in the lane's dedicated cluster row (its last row). Consecutive overflow items merge while
 * their box starts inside the current cluster's mark box, so marks in a row never overlap.
 *
 * A cluster of one is no cluster when its item's own box fits in the cluster row before the next
 * mark: the item is then placed in that row. Otherwise, with one row per lane, a lane that overflowed
 * anywhere would show every lone event as "+1", even at the finest zoom.
 */
import type { PreparedItems } from './prepare.js';
import type { RowAssignment } from './stack.js';

/** The deadline band's lane index in clusters and row summaries. */
export const DEADLINE_BAND = -1;

/** One "+N" mark. */
export interface Cluster {
  /** Position in `LevelLayout.clusters`. */
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

interface Building {
  id: number; laneIndex: number; row: number; start: number; end: number;
  count: number; firstIndex: number; lastIndex: number; x0Ms: number; x1Ms: number;
}

/** Result of {@link clusterOverflow}. */
export interface Clustering {
  /** Row by sorted position, as in `rows.row` plus the items placed in their cluster row; −1 when clustered. */
  readonly row: Int16Array;
  /** Rows used for marks per group: `rows.labelRows`, or the cluster row + 1 where an item was placed in it. */
  readonly labelRows: Int32Array;
  readonly clusters: Cluster[];
  /** Cluster id by sorted position, −1 for placed items. */
  readonly clusterOf: Int32Array;
  /** Clusters per group (lanes, then the deadline band), in time order. */
  readonly byGroup: Cluster[][];
}

/** Gather the items `rows` left unplaced into clusters at `msPerPx`. */
export function clusterOverflow(
  items: PreparedItems,
  rows: RowAssignment,
  msPerPx: number,
  options: { markerPx?: number; clusterPx?: number },
): Clustering {
  const { n, start, end } = items;
  const x1 = rows.x1;
  const groups = items.laneCount + 1;
  const leftMs = (options.markerPx ?? 0) * msPerPx;
  const markMs = Math.max(1, options.clusterPx ?? 32) * msPerPx;
  const clusterOf = new Int32Array(n).fill(-1);
  const clusters: Building[] = [];
  const byGroup: Building[][] = Array.from({ length: groups }, () => []);
  const open: (Building | undefined)[] = new Array(groups);
  for (let i = 0; i < n; i++) {
    if (rows.row[i] >= 0) continue;
    const g = items.deadline[i] ? items.laneCount : items.lane[i];
    const x0 = start[i] - leftMs;
    let c = open[g];
    if (c && x0 < c.x1Ms) {
      c.count++;
      c.lastIndex = i;
      if (end[i] > c.end) c.end = end[i];
    } else {
      c = {
        id: clusters.length,
        laneIndex: g === items.laneCount ? DEADLINE_BAND : g,
        row: rows.clusterRow[g],
        start: start[i],
        end: end[i],
        count: 1,
        firstIndex: i,
        lastIndex: i,
        x0Ms: x0,
        x1Ms: start[i] + markMs,
      };
      clusters.push(c);
      byGroup[g].push(c);
      open[g] = c;
    }
    clusterOf[i] = c.id;
  }
  return placeLoneMembers(items, rows, clusters, clusterOf, byGroup, x1);
}

/** Places each cluster of one whose item box ends by the next mark's start, and renumbers the rest. */
function placeLoneMembers(
  items: PreparedItems,
  rows: RowAssignment,
  built: Building[],
  clusterOf: Int32Array,
  builtByGroup: Building[][],
  x1: Float64Array,
): Clustering {
  const row = rows.row.slice();
  const labelRows = rows.labelRows.slice();
  const dropped = new Uint8Array(built.length);
  builtByGroup.forEach((lane, g) => {
    for (let k = 0; k < lane.length; k++) {
      const c = lane[k];
      const i = c.firstIndex;
      if (c.count !== 1 || (k + 1 < lane.length && x1[i] > lane[k + 1].x0Ms)) continue;
      dropped[c.id] = 1;
      row[i] = c.row;
      if (c.row + 1 > labelRows[g]) labelRows[g] = c.row + 1;
    }
  });
  const clusters: Cluster[] = [];
  const newId = new Int32Array(built.length).fill(-1);
  for (const c of built) {
    if (dropped[c.id]) continue;
    newId[c.id] = clusters.length;
    c.id = clusters.length;
    clusters.push(c);
  }
  for (let i = 0; i < items.n; i++) if (clusterOf[i] >= 0) clusterOf[i] = newId[clusterOf[i]];
  const byGroup = builtByGroup.map((lane) => lane.filter((c) => row[c.firstIndex] < 0));
  return { row, labelRows, clusters, clusterOf, byGroup };
}

/** Sorted positions of a cluster's members, in time order. */
export function clusterMembers(clusterOf: Int32Array, cluster: Cluster): number[] {
  const members: number[] = [];
  for (let i = cluster.firstIndex; i <= cluster.lastIndex; i++) if (clusterOf[i] === cluster.id) members.push(i);
  return members;
}
