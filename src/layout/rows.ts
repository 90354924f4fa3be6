/**
 * How many rows each lane gets: as many as its events need at a zoom level, when the space
 * allows; otherwise the space is shared, every lane keeping at least a label row and a row of
 * "+N" marks, the rest going to the lanes whose events would otherwise fold most.
 */
import type { PreparedItems } from './prepare.js';
import { stackRowsWork } from './stack.js';
import { finish, type Work } from '../model/work.js';
import type { StackOptions } from './stack.js';

/** The most rows a lane is ever given. */
export const MAX_LANE_ROWS = 40;

/** Rows each lane (at least 1) and the deadline band (0 without deadlines) need at `msPerPx` so that nothing folds into "+N", up to `cap`. */
export function rowsNeeded(items: PreparedItems, msPerPx: number, options: StackOptions, cap = MAX_LANE_ROWS): { lanes: number[]; band: number } {
  return finish(rowsNeededWork(items, msPerPx, options, cap));
}

/** {@link rowsNeeded} as work done a slice at a time (see `Work`). */
export function* rowsNeededWork(items: PreparedItems, msPerPx: number, options: StackOptions, cap = MAX_LANE_ROWS): Work<{ lanes: number[]; band: number }> {
  const { labelRows, clusterRow } = yield* stackRowsWork(items, msPerPx, { ...options, maxRows: cap, laneRows: undefined, deadlineRows: Math.min(cap, 4) });
  const rows = Array.from(labelRows, (n, g) => (clusterRow[g]! >= 0 ? clusterRow[g]! + 1 : n));
  return { lanes: rows.slice(0, items.laneCount).map((n) => Math.max(1, n)), band: rows[items.laneCount]! };
}

/**
 * `needed` rows per lane shared out of `available`: everything needed when it fits; otherwise each
 * lane first gets up to `floor` rows (a label row and a "+N" row), then one row at a time goes to
 * the lane with the most rows still missing.
 */
export function shareRows(needed: readonly number[], available: number, floor = 2): number[] {
  const total = needed.reduce((a, n) => a + n, 0);
  if (total <= available) return needed.slice();
  const rows = needed.map((n) => Math.min(n, floor));
  let left = available - rows.reduce((a, n) => a + n, 0);
  while (left > 0) {
    let best = -1;
    for (let i = 0; i < rows.length; i++) if (needed[i]! > rows[i]! && (best < 0 || needed[i]! - rows[i]! > needed[best]! - rows[best]!)) best = i;
    if (best < 0) break;
    rows[best]!++;
    left--;
  }
  return rows;
}
