/**
 * Level of detail at 100,000 events: the shadow DOM stays small whatever the zoom, and the
 * "+N" marks account for exactly the events they stand for.
 */
import { expect } from '@open-wc/testing';
import { syntheticTimeline } from '../../events/synthetic.js';
import type { Timeline } from '../helpers/timeline.js';
import { DAY, drag, part, settle, utc } from '../helpers/timeline.js';
import { accountedFor, drawnBuckets, drawnClusters, mountOnce, nodeCount, reaching, show, spansOf, startingIn } from './scale-helpers.js';
import type { Spans } from './scale-helpers.js';

const COUNT = 100_000;
const MAX_NODES = 2_000;
const WIDTH = 1200;

describe('<event-timeline> with 100,000 events', () => {
  let el: Timeline;
  let spans: Spans;

  before(async () => {
    const doc = syntheticTimeline({ count: COUNT, seed: 1 });
    spans = spansOf(doc);
    el = await mountOnce(doc, WIDTH);
  });

  after(() => el?.parentElement?.remove());

  /**
   * Every event starting in view is drawn or inside a drawn "+N"; nothing is counted that does
   * not start within half a view (plus a label's width) of it, so no cluster is dropped or counted twice.
   */
  function expectAccounted(start: number, end: number): number {
    const n = accountedFor(el);
    const margin = (end - start) / 2;
    const msPerPx = (end - start) / WIDTH;
    expect(n, 'marks + counts ≥ events starting in view').to.be.at.least(startingIn(spans, start, end));
    expect(n, 'marks + counts ≤ events reaching the drawn margin').to.be.at.most(
      reaching(spans, start - margin - 100 * msPerPx, end + margin + 100 * msPerPx, 1000 * msPerPx),
    );
    return n;
  }

  it('fit(): the +N counts, the density strips\' counts and the marks add up to all 100,000 events, in at most 2,000 elements', async () => {
    el.fit(false);
    await settle(el);
    expect(drawnClusters(el).length + drawnBuckets(el).length).to.be.greaterThan(0);
    expect(accountedFor(el)).to.equal(COUNT);
    expect(nodeCount(el)).to.be.at.most(MAX_NODES);
  });

  for (const [name, start, end] of [
    ['one year (mid zoom)', utc(2014, 7, 1), utc(2015, 7, 1)],
    ['one week (deep zoom)', utc(2014, 7, 1), utc(2014, 7, 8)],
    ['three days (the closest zoom: the dates are whole days or months)', utc(2014, 7, 1), utc(2014, 7, 1) + 3 * DAY],
  ] as const) {
    it(`zoomTo(${name}): marks plus +N counts cover every event starting in view and no more than reach its margin; at most 2,000 elements`, async () => {
      await show(el, start, end);
      expect(el.visibleRange.start.getTime()).to.be.closeTo(start, 1000);
      expect(expectAccounted(start, end)).to.be.greaterThan(0);
      expect(nodeCount(el)).to.be.at.most(MAX_NODES);
    });
  }

  it('zoomTo(one year) then a pan by a tenth of the view: every +N and density strip bucket still drawn keeps its count', async () => {
    const start = utc(2012, 1, 1);
    const end = utc(2013, 1, 1);
    await show(el, start, end);
    const counts = () => [...drawnClusters(el), ...drawnBuckets(el)];
    const before = new Map(counts().map((c) => [c.key, c.count]));
    const shift = (end - start) / 10;
    await show(el, start + shift, end + shift);
    const after = counts();
    const common = after.filter((c) => before.has(c.key));
    expect(common.length, '+N marks and buckets drawn in both views').to.be.greaterThan(10);
    for (const c of common) expect(c.count, `cluster ${c.key}`).to.equal(before.get(c.key));
    expectAccounted(start + shift, end + shift);
  });

  it('dragging the plot with the mouse across three years of a one-year view keeps at most 2,000 elements', async () => {
    await show(el, utc(2016, 1, 1), utc(2017, 1, 1));
    const plot = part(el, 'plot')!.getBoundingClientRect();
    const y = plot.top + Math.min(plot.height / 2, 120);
    const before = el.visibleRange.start.getTime();
    for (let i = 0; i < 3; i++) {
      await drag(plot.left + plot.width * 0.9, y, -plot.width * 0.8, 0, 4);
      await settle(el);
      expect(nodeCount(el)).to.be.at.most(MAX_NODES);
    }
    // Dragged left: later times came into view, about 2.4 years' worth.
    expect(el.visibleRange.start.getTime() - before).to.be.greaterThan(2 * 365 * DAY);
    expectAccounted(el.visibleRange.start.getTime(), el.visibleRange.end.getTime());
  });
});
