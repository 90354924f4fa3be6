/**
 * One layout level: rows, clusters and the visibility index for all items at one msPerPx.
 * Built from typed arrays in a few passes, with no per-item objects: 100,000 items take a few ms.
 */
import { buildBoxIndexWork } from './box-index.js';
import type { BoxIndex } from './box-index.js';
import { clusterAt, clusterMembers, clusterOverflowWork, cutBoxEnd, DEADLINE_BAND } from './cluster.js';
import type { Cluster, ClusterTable } from './cluster.js';
import type { PreparedItems } from './prepare.js';
import { boxEnd, groupOf, stackRowsWork } from './stack.js';
import { finish, phase, STEP, type Work } from '../model/work.js';
import type { StackOptions } from './stack.js';

/** Rows of one lane (or of the deadline band) at a level. */
export interface LaneRows {
  /** Lane index, or {@link DEADLINE_BAND}. */
  readonly laneIndex: number;
  /** Rows the lane needs: label rows, plus the cluster row when it has clusters (≤ maxRows). */
  readonly rows: number;
  /** The row of the lane's "+N" marks, or −1 when every item has a row. */
  readonly clusterRow: number;
  /** Items with a row. */
  readonly placed: number;
  /** Items counted in clusters. */
  readonly clustered: number;
}

/** Everything the element needs to draw at one zoom level; valid for any msPerPx ≤ `msPerPx`. */
export interface LevelLayout {
  /** The msPerPx the boxes were computed for (the coarse edge of the level). */
  readonly msPerPx: number;
  /** A box is `[start[i] − leftMs, boxEnd(i))` (see {@link layoutBoxEnd}). */
  readonly leftMs: number;
  /** Free space after a label, px (a box's end follows from it). */
  readonly paddingPx: number;
  /** Row by sorted position; −1 when the item is in a cluster. */
  readonly row: Int16Array;
  /** Cluster id by sorted position; −1 when placed. */
  readonly clusterOf: Int32Array;
  /** The clusters as columns, by id in order of start (see {@link allClusters}). */
  readonly clusterTable: ClusterTable;
  /** Rows per lane (index = lane). */
  readonly lanes: readonly LaneRows[];
  /** Rows of the deadline label band. */
  readonly deadlineBand: LaneRows;
  /** Lone items placed in a cluster row with a cut label: sorted position → box px after the anchor (see `Clustering.cut`). */
  readonly cut: ReadonlyMap<number, number>;
  /** Index of placed boxes, for {@link visibleIn}. */
  readonly boxes: BoxIndex;
}

/** Lay out all items at `msPerPx` (pure; does not mutate `items`). */
export function computeLayout(items: PreparedItems, msPerPx: number, options: StackOptions): LevelLayout {
  return finish(computeLayoutWork(items, msPerPx, options));
}

/** {@link computeLayout} as work done a slice at a time (see `Work`): a level of a million events takes a few hundred ms. */
export function* computeLayoutWork(items: PreparedItems, msPerPx: number, options: StackOptions): Work<LevelLayout> {
  // Progress in shares of the whole job, roughly as long as each part takes.
  const rows = yield* phase(stackRowsWork(items, msPerPx, options), 0, 0.45);
  const { row, labelRows, clusters, clusterOf, cut } = yield* phase(clusterOverflowWork(items, rows, msPerPx, options), 0.45, 0.8);
  const placed = new Int32Array(items.laneCount + 1);
  const clustered = new Int32Array(items.laneCount + 1);
  for (let i = 0; i < items.n; i++) {
    if (i % STEP === 0) yield { done: 0.8 + (0.05 * i) / items.n, total: 1 };
    const g = groupOf(items, i);
    if (row[i] >= 0) placed[g]++;
    else clustered[g]++;
  }
  yield { done: 0.85, total: 1 };
  const summary = (g: number): LaneRows => {
    const hasClusters = clustered[g] > 0;
    return {
      laneIndex: g === items.laneCount ? DEADLINE_BAND : g,
      rows: hasClusters ? rows.clusterRow[g] + 1 : labelRows[g],
      clusterRow: hasClusters ? rows.clusterRow[g] : -1,
      placed: placed[g],
      clustered: clustered[g],
    };
  };
  const lanes = Array.from({ length: items.laneCount }, (_, g) => summary(g));
  const paddingPx = options.paddingPx ?? 8;
  const end = (i: number) => {
    const cutPx = cut.get(i);
    return cutPx === undefined ? boxEnd(items, i, msPerPx, paddingPx) : cutBoxEnd(items, i, cutPx, msPerPx);
  };
  return {
    msPerPx,
    leftMs: (options.markerPx ?? 0) * msPerPx,
    paddingPx,
    row,
    clusterOf,
    clusterTable: clusters,
    cut,
    lanes,
    deadlineBand: summary(items.laneCount),
    boxes: yield* phase(buildBoxIndexWork(items.n, (i) => (row[i] >= 0 ? end(i) : -Infinity)), 0.85, 1),
  };
}

/** The end (ms) of item `i`'s box in `layout`, at `msPerPx` (default: the layout's own; a finer one gives the box at that zoom). */
export function layoutBoxEnd(items: PreparedItems, layout: LevelLayout, i: number, msPerPx = layout.msPerPx): number {
  const cutPx = layout.cut.get(i);
  return cutPx === undefined ? boxEnd(items, i, msPerPx, layout.paddingPx) : cutBoxEnd(items, i, cutPx, msPerPx);
}

/** One placed item's box. */
export interface Placement {
  readonly id: string;
  /** Sorted position (index into the prepared arrays). */
  readonly index: number;
  /** Index in the items given to `prepareItems` (equal to `index` when they were sorted, as the model's are). */
  readonly itemIndex: number;
  /** The item's lane (for deadlines too; they are drawn in the deadline band). */
  readonly laneIndex: number;
  readonly deadline: boolean;
  /** Row within the lane, or within the deadline band for deadlines. */
  readonly row: number;
  /** The box at the layout's msPerPx, ms. */
  readonly x0Ms: number;
  readonly x1Ms: number;
}

/** The placement of sorted position `i`, or undefined when it is clustered. */
export function placementAt(items: PreparedItems, layout: LevelLayout, i: number): Placement | undefined {
  const row = layout.row[i];
  if (row < 0) return undefined;
  return {
    id: items.ids[i],
    index: i,
    itemIndex: items.order[i],
    laneIndex: items.lane[i],
    deadline: items.deadline[i] === 1,
    row,
    x0Ms: items.start[i] - layout.leftMs,
    x1Ms: layoutBoxEnd(items, layout, i),
  };
}

/** A lane's whole layout as plain objects (for small documents and tests; large ones use {@link visibleIn}). */
export interface LaneLayout {
  readonly laneIndex: number;
  readonly rows: number;
  readonly placed: Placement[];
  readonly clusters: readonly Cluster[];
}

/** Every lane's layout as plain objects, and the deadline band's (with `laneIndex` {@link DEADLINE_BAND}). */
export function laneLayouts(items: PreparedItems, layout: LevelLayout): { lanes: LaneLayout[]; deadlines: LaneLayout } {
  const clusters = allClusters(layout);
  const lanes: LaneLayout[] = layout.lanes.map((lane) => ({
    laneIndex: lane.laneIndex, rows: lane.rows, placed: [], clusters: clusters.filter((c) => c.laneIndex === lane.laneIndex),
  }));
  const deadlines: LaneLayout = {
    laneIndex: DEADLINE_BAND, rows: layout.deadlineBand.rows, placed: [], clusters: clusters.filter((c) => c.laneIndex === DEADLINE_BAND),
  };
  for (let i = 0; i < items.n; i++) {
    const p = placementAt(items, layout, i);
    if (p) (p.deadline ? deadlines : lanes[p.laneIndex]).placed.push(p);
  }
  return { lanes, deadlines };
}

/** Every cluster of `layout` as an object, in order of start (for tests and small documents; drawing reads `clusterTable`). */
export function allClusters(layout: LevelLayout): Cluster[] {
  const table = layout.clusterTable;
  const out: Cluster[] = [];
  for (let id = 0; id < table.length; id++) if (table.count[id]) out.push(clusterAt(table, id));
  return out;
}

/** Ids of a cluster's members, in time order. */
export function clusterMemberIds(items: PreparedItems, layout: LevelLayout, cluster: Cluster): string[] {
  return clusterMembers(layout.clusterOf, cluster).map((i) => items.ids[i]);
}
