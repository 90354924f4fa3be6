import { expect } from '@open-wc/testing';
import fc from '../helpers/fc.js';
import { prepareItems } from '../../src/layout/prepare.js';
import type { PreparedItems } from '../../src/layout/prepare.js';
import { groupOf, stackRows } from '../../src/layout/stack.js';
import type { StackOptions } from '../../src/layout/stack.js';
import { DAY } from './helpers.js';
import { labelWidth } from './synthetic.js';
import { itemsArb as randomItems } from './arbitraries.js';

/**
 * The rule stated plainly, as two passes: stack every group in all its rows; groups where
 * something did not fit are stacked again with one row fewer, their last row then holding
 * "+N" clusters. `stackRows` does it in one pass; this is what it must equal.
 */
function twoPass(items: PreparedItems, m: number, o: StackOptions) {
  const groups = items.laneCount + 1;
  const rowsOf = (g: number) => (g === items.laneCount ? Math.max(1, o.deadlineRows ?? 2) : Math.max(1, o.maxRows));
  const x1 = Array.from({ length: items.n }, (_, i) => {
    const labelEnd = items.start[i] + (items.labelPx[i] + (o.paddingPx ?? 8)) * m;
    return items.range[i] ? Math.max(items.end[i], labelEnd) : labelEnd;
  });
  const stack = (limit: (g: number) => number) => {
    const ends = Array.from({ length: groups }, () => [] as number[]);
    const row: number[] = [];
    const overflow = new Set<number>();
    for (let i = 0; i < items.n; i++) {
      const g = groupOf(items, i);
      const x0 = items.start[i] - (o.markerPx ?? 0) * m;
      let r = 0;
      while (r < limit(g) && (ends[g]![r] ?? -Infinity) > x0) r++;
      if (r < limit(g)) {
        ends[g]![r] = x1[i]!;
        row.push(r);
      } else {
        row.push(-1);
        overflow.add(g);
      }
    }
    return { row, overflow };
  };
  const first = stack(rowsOf);
  const second = stack((g) => (first.overflow.has(g) ? rowsOf(g) - 1 : rowsOf(g)));
  const row = first.row.map((r, i) => (first.overflow.has(groupOf(items, i)) ? second.row[i]! : r));
  const clusterRow = Array.from({ length: groups }, (_, g) => (first.overflow.has(g) ? rowsOf(g) - 1 : -1));
  const labelRows = Array.from({ length: groups }, (_, g) => Math.max(0, ...row.filter((_, i) => groupOf(items, i) === g).map((r) => r + 1)));
  return { row, clusterRow, labelRows };
}

const itemsArb = randomItems({ maxItems: 300, slots: 300, maxDays: 40 });

describe('stackRows in one pass', () => {
  it('stackRows(random items, any zoom, 1–5 rows) equals the two-pass rule: same rows, cluster rows and row counts', () => {
    fc.assert(
      fc.property(itemsArb, fc.double({ min: 60_000, max: 30 * DAY, noNaN: true }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 3 }), (items, m, maxRows, deadlineRows) => {
        const o: StackOptions = { maxRows, deadlineRows, markerPx: 6, paddingPx: 8, clusterPx: 30 };
        const p = prepareItems(items, labelWidth);
        const got = stackRows(p, m, o);
        const want = twoPass(p, m, o);
        expect([...got.row]).to.deep.equal(want.row);
        expect([...got.clusterRow]).to.deep.equal(want.clusterRow);
        expect([...got.labelRows]).to.deep.equal(want.labelRows);
      }),
      { numRuns: 400 },
    );
  });
});
