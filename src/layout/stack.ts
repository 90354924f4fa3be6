/**
 * Row stacking with label collision: each item takes the first row of its lane where its box
 * (marker, label and padding, or the range bar if longer) does not overlap the previous box.
 *
 * At `m` ms per px a box is half-open: `[start − markerPx·m, start + (labelPx + paddingPx)·m)` for a
 * point, which is drawn as a marker and its label whatever the length of the unit it covers, and
 * `[start − markerPx·m, max(end, start + (labelPx + paddingPx)·m))` for a range, drawn as a bar.
 * Both edges move inward as `m` shrinks, so boxes that do not overlap at `m` do not overlap at any
 * smaller `m` either: a layout stays valid while zooming in.
 */
import type { PreparedItems } from './prepare.js';
import { finish, STEP, type Work } from '../model/work.js';

/** How rows and clusters are sized. All sizes in CSS px. */
export interface StackOptions {
  /**
   * Rows per lane. When a lane needs more, its last row becomes the cluster row ("+N" marks) and
   * the others hold labels, so a lane never takes more than `maxRows` rows. A lone overflowing item
   * whose mark fits between the "+N" marks is placed in the cluster row (see `clusterOverflow`).
   */
  readonly maxRows: number;
  /** Rows of each lane by lane index, where they differ from `maxRows` (a lane missing here has `maxRows`). */
  readonly laneRows?: readonly number[];
  /** Rows of the deadline label band (same rule; default 2). */
  readonly deadlineRows?: number;
  /** How far a mark reaches left of its start, e.g. half a point marker (default 0). */
  readonly markerPx?: number;
  /** Free space after a label (default 8). */
  readonly paddingPx?: number;
  /** Width of a "+N" cluster mark, its own box starting at the first member (default 32). */
  readonly clusterPx?: number;
}

/** Internal group of an item: its lane, or `laneCount` for the deadline band. */
export function groupOf(items: PreparedItems, i: number): number {
  return items.deadline[i] ? items.laneCount : items.lane[i];
}

/**
 * The end (ms, exclusive) of item `i`'s box at `msPerPx`: its label's end, or a range's end when
 * that is later. Computed when needed rather than stored, so a zoom level keeps (and allocates)
 * one array fewer.
 */
export function boxEnd(items: PreparedItems, i: number, msPerPx: number, paddingPx: number): number {
  // A point's `end` (the end of its day, minute…) is not drawn: only its label takes room.
  const labelEnd = items.start[i] + (items.labelPx[i] + paddingPx) * msPerPx;
  return items.range[i] && items.end[i] > labelEnd ? items.end[i] : labelEnd;
}

/** What stacking keeps between steps (see {@link stackRange}). */
interface StackRows {
  readonly items: PreparedItems;
  readonly row: Int16Array;
  /** End of the last box in each row, by `group · width + row`. */
  readonly rowEnd: Float64Array;
  readonly lastEnd: Float64Array;
  readonly overflow: Uint8Array;
  readonly upper: Int32Array;
  readonly labelRows: Int32Array;
  readonly width: number;
  readonly msPerPx: number;
  readonly leftMs: number;
  readonly padding: number;
}

/**
 * Stacks items `from … to − 1` (the loop of {@link stackRowsWork}, a plain function so that it
 * stays as fast as a loop outside a generator); returns how many were left over.
 */
function stackRange(s: StackRows, from: number, to: number): number {
  const { items, row, rowEnd, lastEnd, overflow, upper, labelRows, width, msPerPx, leftMs, padding } = s;
  const start = items.start;
  let leftOver = 0;
  for (let i = from; i < to; i++) {
    const g = groupOf(items, i);
    const x1 = boxEnd(items, i, msPerPx, padding);
    const x0 = start[i] - leftMs;
    const base = g * width;
    const rows = upper[g];
    let r = 0;
    while (r < rows && rowEnd[base + r] > x0) r++;
    if (r < rows) {
      row[i] = r;
      rowEnd[base + r] = x1;
      if (r + 1 > labelRows[g]) labelRows[g] = r + 1;
      continue;
    }
    row[i] = -1;
    leftOver++;
    if (lastEnd[g] > x0) overflow[g] = 1;
    else lastEnd[g] = x1;
  }
  return leftOver;
}

/** Result of {@link stackRows}. */
export interface RowAssignment {
  /** Row by sorted position; −1 when the item did not fit (it goes into a cluster). */
  readonly row: Int16Array;
  /** Rows used for labels per group (lanes, then the deadline band). */
  readonly labelRows: Int32Array;
  /** Per group: the cluster row, or −1 when nothing overflowed. */
  readonly clusterRow: Int32Array;
}

/**
 * Assign rows at `msPerPx`: each item takes the first of its group's rows where it fits. A group
 * that would need more than its rows keeps its last row for "+N" clusters.
 *
 * One pass does it: items are stacked in all rows but the last; those left over are then tried,
 * in time order, in the last row. If every one fits there, the last row is an ordinary row (the
 * same outcome as stacking in all rows, since the rows above evolve identically either way);
 * otherwise the last row is the group's cluster row and the left-over items are clustered.
 */
export function stackRows(items: PreparedItems, msPerPx: number, options: StackOptions): RowAssignment {
  return finish(stackRowsWork(items, msPerPx, options));
}

/** {@link stackRows} as work done a slice at a time (see `Work`). */
export function* stackRowsWork(items: PreparedItems, msPerPx: number, options: StackOptions): Work<RowAssignment> {
  const { n } = items;
  const groups = items.laneCount + 1;
  const maxRows = Math.max(1, options.maxRows | 0);
  const deadlineRows = Math.max(1, (options.deadlineRows ?? 2) | 0);
  const rowsOf = (g: number) => (g === items.laneCount ? deadlineRows : Math.max(1, (options.laneRows?.[g] ?? maxRows) | 0));
  const leftMs = (options.markerPx ?? 0) * msPerPx;
  const padding = options.paddingPx ?? 8;
  let width = 1;
  for (let g = 0; g < groups; g++) width = Math.max(width, rowsOf(g));

  const row = new Int16Array(n);
  const upper = new Int32Array(groups);
  for (let g = 0; g < groups; g++) upper[g] = rowsOf(g) - 1;
  const labelRows = new Int32Array(groups);
  const rowEnd = new Float64Array(groups * width).fill(-Infinity);
  // The last row, as if every left-over item went there; it overflows at the first that does not fit.
  const lastEnd = new Float64Array(groups).fill(-Infinity);
  const overflow = new Uint8Array(groups);
  let leftOver = 0;
  const rows: StackRows = { items, row, rowEnd, lastEnd, overflow, upper, labelRows, width, msPerPx, leftMs, padding };
  for (let from = 0; from < n; from += STEP) {
    yield { done: from, total: n };
    leftOver += stackRange(rows, from, Math.min(n, from + STEP));
  }
  const clusterRow = new Int32Array(groups).fill(-1);
  for (let g = 0; g < groups; g++) if (overflow[g]) clusterRow[g] = upper[g];
  // Groups whose left-over items all fit take them into their last row.
  if (leftOver) {
    for (let i = 0; i < n; i++) {
      if (row[i] >= 0) continue;
      const g = groupOf(items, i);
      if (overflow[g]) continue;
      row[i] = upper[g];
      labelRows[g] = upper[g] + 1;
    }
  }
  return { row, labelRows, clusterRow };
}
