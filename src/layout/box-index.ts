/**
 * A static index over boxes sorted by their left edge: a max-tree of right edges over blocks of
 * 16 boxes. "Which boxes reach right of `a` among the first `hi`?" is answered by descending only
 * into subtrees whose maximum exceeds `a`: O(log n + k·16) even with a range spanning everything.
 */

import { finish, STEP, type Work } from '../model/work.js';

const BLOCK = 16;

/** Max-tree over blocks of right edges (−Infinity entries are never reported). */
export interface BoxIndex {
  readonly n: number;
  /** Leaves start at `size`; node k covers leaves below it. */
  readonly size: number;
  readonly tree: Float64Array;
}

/** Build the index over the right edges `end(i)` of boxes `0 … n − 1` (−Infinity leaves a box out). */
export function buildBoxIndex(n: number, end: (i: number) => number): BoxIndex {
  return finish(buildBoxIndexWork(n, end));
}

/** {@link buildBoxIndex} as work done a slice at a time (see `Work`). */
export function* buildBoxIndexWork(n: number, end: (i: number) => number): Work<BoxIndex> {
  const blocks = Math.max(1, Math.ceil(n / BLOCK));
  let size = 1;
  while (size < blocks) size <<= 1;
  const tree = new Float64Array(2 * size).fill(-Infinity);
  for (let from = 0; from < n; from += STEP) {
    yield { done: from, total: n };
    fillLeaves(tree, size, end, from, Math.min(n, from + STEP));
  }
  for (let k = size - 1; k >= 1; k--) tree[k] = Math.max(tree[2 * k], tree[2 * k + 1]);
  return { n, size, tree };
}

/** The leaves of boxes `from … to − 1` (a plain function: a loop inside a generator runs slower). */
function fillLeaves(tree: Float64Array, size: number, end: (i: number) => number, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const x1 = end(i);
    const leaf = size + ((i / BLOCK) | 0);
    if (x1 > tree[leaf]) tree[leaf] = x1;
  }
}

/**
 * Calls `visit(i)` in ascending order for every position `i < hi` with `end(i) > a`. `end` must
 * be the function the index was built from.
 */
export function queryBoxIndex(
  index: BoxIndex,
  end: (i: number) => number,
  hi: number,
  a: number,
  visit: (i: number) => void,
): void {
  if (hi <= 0) return;
  const lastBlock = ((Math.min(hi, index.n) - 1) / BLOCK) | 0;
  const { size, tree } = index;
  // Iterative depth-first descent, left to right; a node at depth d covers `size >> d` blocks.
  const stack: number[] = [1];
  while (stack.length) {
    const node = stack.pop()!;
    if (!(tree[node] > a)) continue;
    const depth = 31 - Math.clz32(node);
    const span = size >> depth;
    const firstBlock = (node - (1 << depth)) * span;
    if (firstBlock > lastBlock) continue;
    if (node >= size) {
      const from = firstBlock * BLOCK;
      const to = Math.min(from + BLOCK, hi, index.n);
      for (let i = from; i < to; i++) if (end(i) > a) visit(i);
    } else {
      stack.push(2 * node + 1, 2 * node);
    }
  }
}
