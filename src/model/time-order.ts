/**
 * Ordering many items by (start, end, id) fast: a counting sort on the distinct start times
 * (sorted natively as doubles), then a comparison sort only within groups that share a start.
 * For 100,000 events this is several times faster than one comparison sort over objects.
 */
import { finish, STEP, type Work } from './work.js';

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The permutation that orders items by start, then end, then id (code-unit order), then
 * original position: `order[k]` is the index of the k-th item. Inputs are parallel arrays.
 */
export function timeOrder(starts: Float64Array, ends: Float64Array, ids: readonly string[]): Uint32Array {
  return finish(timeOrderWork(starts, ends, ids));
}

/** {@link timeOrder} as work done a slice at a time (see `Work`). */
export function* timeOrderWork(starts: Float64Array, ends: Float64Array, ids: readonly string[]): Work<Uint32Array> {
  const n = starts.length;
  const seen = new Set<number>();
  for (let i = 0; i < n; i++) {
    if (i % STEP === 0) yield undefined;
    seen.add(starts[i]);
  }
  const distinct = Float64Array.from(seen).sort();
  const rankOf = new Map<number, number>();
  for (let k = 0; k < distinct.length; k++) rankOf.set(distinct[k], k);

  const offsets = new Uint32Array(distinct.length + 1);
  const ranks = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    if (i % STEP === 0) yield undefined;
    const rank = rankOf.get(starts[i]) as number;
    ranks[i] = rank;
    offsets[rank + 1]++;
  }
  for (let k = 1; k <= distinct.length; k++) offsets[k] += offsets[k - 1];
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[offsets[ranks[i]]++] = i;

  const byEndThenId = (a: number, b: number): number => ends[a] - ends[b] || compareIds(ids[a], ids[b]) || a - b;
  for (let from = 0, sorted = 0; from < n; ) {
    if (from - sorted >= STEP) {
      sorted = from;
      yield undefined;
    }
    let to = from + 1;
    while (to < n && starts[order[to]] === starts[order[from]]) to++;
    if (to - from > 1) order.subarray(from, to).sort(byEndThenId);
    from = to;
  }
  return order;
}
