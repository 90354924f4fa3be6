import { expect } from '@open-wc/testing';
import fc from '../helpers/fc.js';
import { DEADLINE_BAND } from '../../src/layout/cluster.js';
import { computeLayout } from '../../src/layout/layout.js';
import { denseLanes, densityStrip, laneCountStartingIn } from '../../src/layout/density.js';
import { prepareItems } from '../../src/layout/prepare.js';
import { visibleIn } from '../../src/layout/visible.js';
import { DAY, utc } from './helpers.js';
import { labelWidth, syntheticItems } from './synthetic.js';

describe('densityStrip', () => {
  const items = syntheticItems(5000, 3, 4);
  const p = prepareItems(items, labelWidth);

  it('densityStrip(lane, 2015..2016, 4px buckets) counts add up to the items starting in the covered span', () => {
    const m = (utc(2016) - utc(2015)) / 800;
    const strip = densityStrip(p, 2, { start: utc(2015), end: utc(2016) }, m, 4);
    expect(strip.firstStart).to.be.at.most(utc(2015));
    expect(strip.counts.length).to.be.within(200, 201);
    const covered = { start: strip.firstStart, end: strip.firstStart + strip.counts.length * strip.bucketMs };
    const sum = strip.counts.reduce((s, c) => s + c, 0);
    const brute = items.filter((it) => it.kind === 'event' && it.laneIndex === 2 && it.start >= covered.start && it.start < covered.end).length;
    expect(sum).to.equal(brute);
    expect(sum).to.equal(laneCountStartingIn(p, 2, covered.start, covered.end));
    expect(strip.max).to.equal(Math.max(...strip.counts));
  });

  it('densityStrip counts add up for random views, lanes and zooms (deadline band too)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: utc(2000), max: utc(2030), noNaN: true }),
        fc.double({ min: DAY, max: 10 * 365 * DAY, noNaN: true }),
        fc.integer({ min: 320, max: 2000 }),
        fc.constantFrom(0, 1, 2, 3, DEADLINE_BAND),
        (start, span, width, lane) => {
          const strip = densityStrip(p, lane, { start, end: start + span }, span / width, 4);
          const end = strip.firstStart + strip.counts.length * strip.bucketMs;
          const brute = items.filter((it) => (lane === DEADLINE_BAND ? it.kind === 'deadline' : it.kind === 'event' && it.laneIndex === lane) && it.start >= strip.firstStart && it.start < end).length;
          expect(strip.counts.reduce((s, c) => s + c, 0)).to.equal(brute);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('densityStrip buckets stay put while panning: shared buckets have the same counts', () => {
    const m = 3 * DAY / 4;
    const a = densityStrip(p, 1, { start: utc(2010), end: utc(2012) }, m);
    const b = densityStrip(p, 1, { start: utc(2010) + 10 * DAY + 123_456_789, end: utc(2012) + 10 * DAY + 123_456_789 }, m);
    const shift = Math.round((b.firstStart - a.firstStart) / a.bucketMs);
    expect(shift).to.be.above(0);
    for (let k = shift; k < a.counts.length; k++) expect(b.counts[k - shift], `bucket ${k}`).to.equal(a.counts[k]);
    expect((a.firstStart / a.bucketMs) % 1).to.equal(0);
  });

  it('denseLanes(whole extent at 1000px, max 20 marks) lists every busy lane', () => {
    const view = { start: utc(2005), end: utc(2025) };
    const m = (view.end - view.start) / 1000;
    const layout = computeLayout(p, m, { maxRows: 3 });
    const visible = visibleIn(p, layout, view);
    expect(denseLanes(visible, p.laneCount, 20)).to.deep.equal([0, 1, 2, 3]);
    expect(denseLanes(visible, p.laneCount, 100_000)).to.deep.equal([]);
  });
});
