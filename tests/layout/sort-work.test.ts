import { expect } from '@open-wc/testing';
import { sortedCopyWork } from '../../src/layout/sort-work.js';
import { finish, STEP } from '../../src/model/work.js';

/** A seeded sequence of values with many repeats and both signs (as UTC ms before and after 1970). */
function values(n: number, seed: number): Float64Array {
  let s = seed;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    out[i] = ((s % 5000) - 2500) * 86_400_000 + (i % 3);
  }
  return out;
}

describe('sortedCopyWork', () => {
  for (const n of [0, 1, 2, 32_767, 32_768, 32_769, 100_003, 200_000]) {
    it(`sortedCopyWork(${n.toLocaleString('en')} values) is the native sort's order, its input unchanged`, () => {
      const input = values(n, n + 7);
      const before = Float64Array.from(input);
      const sorted = finish(sortedCopyWork(input));
      expect(Array.from(sorted)).to.deep.equal(Array.from(Float64Array.from(input).sort()));
      expect(Array.from(input)).to.deep.equal(Array.from(before));
    });
  }

  it(`sortedCopyWork(300,000 values) yields after each run and each ${STEP} merged values`, () => {
    const work = sortedCopyWork(values(300_000, 3));
    let yields = 0;
    while (!work.next().done) yields++;
    // 10 runs sorted, then 4 rounds of merging 300,000 values in pieces of STEP (each pair of runs
    // ends in a piece of its own, so a few more).
    expect(yields).to.be.within(10 + 4 * Math.floor(300_000 / STEP), 10 + 4 * Math.ceil(300_000 / STEP) + 40);
  });
});
