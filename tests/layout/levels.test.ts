import { expect } from '@open-wc/testing';
import { LayoutLevels, levelMsPerPx, levelOf } from '../../src/layout/levels.js';
import { prepareItems } from '../../src/layout/prepare.js';
import { labelWidth, syntheticItems } from './synthetic.js';
import { hasStripTable } from '../../src/layout/strip.js';

const options = { maxRows: 4, markerPx: 6, paddingPx: 8, clusterPx: 30 };

describe('layout levels', () => {
  it('levelOf(1024) is 40 and levelOf(1000) is 39 (quarter octaves)', () => {
    expect(levelOf(1024)).to.equal(40);
    expect(levelOf(1000)).to.equal(39);
    expect(levelOf(2 ** 10.24)).to.equal(40);
  });

  it('levelMsPerPx(level) is above every msPerPx of the level and the next level starts at it', () => {
    for (let level = -8; level < 160; level++) {
      const edge = levelMsPerPx(level);
      expect(levelOf(edge * 0.999_999)).to.equal(level);
      expect(levelOf(edge * 1.000_001)).to.equal(level + 1);
      expect(levelOf(2 ** (level / 4) * 1.000_001)).to.equal(level);
    }
  });

  it('layoutAt(msPerPx) computes at the level\'s coarse edge and reuses it within the level', () => {
    const levels = new LayoutLevels(prepareItems(syntheticItems(500), labelWidth), options);
    const a = levels.layoutAt(1000 * 60);
    expect(a.msPerPx).to.equal(levelMsPerPx(levelOf(60_000)));
    expect(levels.layoutAt(1000 * 60 * 1.01)).to.equal(a);
    expect(levels.levels).to.deep.equal([levelOf(60_000)]);
  });

  it('a level of more than 100,000 events is laid out with its strip counts (made in its slices, not in the frame that shows it); a smaller one without', () => {
    const far = 20 * 365 * 86_400_000 / 1200;
    const big = new LayoutLevels(prepareItems(syntheticItems(100_001), labelWidth), options);
    expect(hasStripTable(big.layoutAt(far))).to.equal(true);
    const small = new LayoutLevels(prepareItems(syntheticItems(1000), labelWidth), options);
    expect(hasStripTable(small.layoutAt(far))).to.equal(false);
  });

  it('the cache keeps the most recently used levels up to its capacity', () => {
    const levels = new LayoutLevels(prepareItems(syntheticItems(100), labelWidth), options, 3);
    for (const level of [60, 61, 62]) levels.computeLevel(level);
    levels.computeLevel(60);
    levels.computeLevel(63);
    expect(levels.levels).to.deep.equal([62, 60, 63]);
  });

  it('the cache never evicts the coarsest level computed, so any closer zoom has a stand-in', () => {
    const levels = new LayoutLevels(prepareItems(syntheticItems(100), labelWidth), options, 2);
    const coarsest = levels.computeLevel(100);
    levels.computeLevel(90);
    levels.computeLevel(80);
    expect(levels.levels).to.deep.equal([100, 80]);
    levels.computeLevel(70);
    expect(levels.levels).to.deep.equal([100, 70]);
    expect(levels.bestCachedLayout(levelMsPerPx(95))).to.equal(coarsest);
    expect(levels.coarsest).to.equal(100);
  });

  it('coarsest of an empty cache is −Infinity', () => {
    expect(new LayoutLevels(prepareItems(syntheticItems(3), labelWidth), options).coarsest).to.equal(-Infinity);
  });

  it('bestCachedLayout(msPerPx) is the finest cached level at or coarser than the zoom', () => {
    const levels = new LayoutLevels(prepareItems(syntheticItems(100), labelWidth), options);
    expect(levels.bestCachedLayout(2 ** 20)).to.equal(undefined);
    const coarse = levels.computeLevel(100);
    const mid = levels.computeLevel(90);
    levels.computeLevel(70);
    expect(levels.bestCachedLayout(2 ** 20)).to.equal(mid);
    expect(levels.bestCachedLayout(2 ** 23)).to.equal(coarse);
    expect(levels.bestCachedLayout(2 ** 26)).to.equal(undefined);
  });
});
