import { expect } from '@open-wc/testing';
import fc from '../helpers/fc.js';
import { allClusters, computeLayout, placementAt } from '../../src/layout/layout.js';
import { prepareItems } from '../../src/layout/prepare.js';
import { countInRange, countStartingIn, visibleIn } from '../../src/layout/visible.js';
import { DAY, utc } from './helpers.js';
import { labelWidth, syntheticItems } from './synthetic.js';
import type { TestItem } from './synthetic.js';

const options = { maxRows: 4, markerPx: 6, paddingPx: 8, clusterPx: 30 };

describe('visibleIn and countInRange', () => {
  const items = syntheticItems(3000, 7);
  const p = prepareItems(items, labelWidth);

  it('visibleIn(a range that started years before the view) finds it', () => {
    const long: TestItem[] = [
      { id: 'decade', start: utc(2000), end: utc(2010), isRange: true, laneIndex: 0, kind: 'event', title: 'decade' },
      ...Array.from({ length: 50 }, (_, k): TestItem => ({ id: `p${k}`, start: utc(2001) + k * 10 * DAY, end: utc(2001) + k * 10 * DAY + DAY, isRange: false, laneIndex: 1, kind: 'event', title: 'p' })),
    ];
    const q = prepareItems(long, labelWidth);
    const layout = computeLayout(q, DAY / 100, options);
    const visible = visibleIn(q, layout, { start: utc(2008), end: utc(2008, 2) });
    expect(visible.placed.map((x) => x.id)).to.deep.equal(['decade']);
  });

  it('visibleIn(random views) equals a brute-force filter of placed boxes and clusters', () => {
    fc.assert(
      fc.property(
        fc.double({ min: utc(2003), max: utc(2026), noNaN: true }),
        fc.double({ min: 3_600_000, max: 5 * 365 * DAY, noNaN: true }),
        fc.double({ min: 60_000, max: 20 * DAY, noNaN: true }),
        fc.double({ min: 0, max: 100 * DAY, noNaN: true }),
        (start, span, m, margin) => {
          const layout = computeLayout(p, m, options);
          const view = { start, end: start + span };
          const visible = visibleIn(p, layout, view, margin);
          const a = view.start - margin;
          const b = view.end + margin;
          const expected: string[] = [];
          const expectedDeadlines: string[] = [];
          for (let i = 0; i < p.n; i++) {
            const pl = placementAt(p, layout, i);
            if (pl && pl.x0Ms < b && pl.x1Ms > a) (pl.deadline ? expectedDeadlines : expected).push(pl.id);
          }
          expect(visible.placed.map((x) => x.id)).to.deep.equal(expected);
          expect(visible.deadlines.map((x) => x.id)).to.deep.equal(expectedDeadlines);
          const clusters = allClusters(layout).filter((c) => c.x0Ms < b && c.x1Ms > a).map((c) => c.id).sort((x, y) => x - y);
          expect(visible.clusters.map((c) => c.id).sort((x, y) => x - y)).to.deep.equal(clusters);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('countInRange and countStartingIn equal brute-force counts on random spans', () => {
    fc.assert(
      fc.property(fc.double({ min: utc(2003), max: utc(2026), noNaN: true }), fc.double({ min: 0, max: 3 * 365 * DAY, noNaN: true }), (start, span) => {
        const end = start + span;
        const overlapping = items.filter((it) => it.start < end && it.end > start).length;
        const starting = items.filter((it) => it.start >= start && it.start < end).length;
        expect(countInRange(p, start, end)).to.equal(end > start ? overlapping : 0);
        expect(countStartingIn(p, start, end)).to.equal(end > start ? starting : 0);
      }),
      { numRuns: 300 },
    );
  });

  it('countInRange(everything) is the number of items', () => {
    expect(countInRange(p, utc(1900), utc(2100))).to.equal(3000);
  });
});
