/**
 * Sorting a large column a slice at a time. `Float64Array.prototype.sort` is one native call: for
 * a million values about 60 ms in one task, too long while the page must stay responsive. Here
 * runs of {@link RUN} values are sorted natively (a millisecond or two each), then merged in
 * pairs, yielding every {@link STEP} values, so no slice runs long.
 */
import { STEP, type Work } from '../model/work.js';

/** Values sorted natively at once. */
const RUN = 1 << 15;

/** A sorted copy of `values` (ascending), as work done a slice at a time. */
export function* sortedCopyWork(values: Float64Array): Work<Float64Array> {
  const n = values.length;
  let from = Float64Array.from(values);
  for (let lo = 0; lo < n; lo += RUN) {
    yield undefined;
    from.subarray(lo, Math.min(n, lo + RUN)).sort();
  }
  if (n <= RUN) return from;
  let to = new Float64Array(n);
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(n, lo + width);
      const hi = Math.min(n, lo + 2 * width);
      // One pair merged in pieces of STEP outputs.
      const at = { i: lo, j: mid, k: lo };
      while (at.k < hi) {
        yield undefined;
        merge(from, to, at, mid, hi, Math.min(hi, at.k + STEP));
      }
    }
    [from, to] = [to, from];
  }
  return from;
}

/** Merges `from[i…mid)` and `from[j…hi)` into `to` until `to` is filled up to `until` (a plain loop: one inside a generator runs slower). */
function merge(from: Float64Array, to: Float64Array, at: { i: number; j: number; k: number }, mid: number, hi: number, until: number): void {
  let { i, j, k } = at;
  while (k < until) {
    if (j >= hi || (i < mid && from[i]! <= from[j]!)) to[k++] = from[i++]!;
    else to[k++] = from[j++]!;
  }
  at.i = i;
  at.j = j;
  at.k = k;
}
