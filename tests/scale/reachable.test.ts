/**
 * Every event can be reached by zooming in: at the finest zoom around its start, its mark is
 * drawn, or it is one of the events starting at that same instant in its lane that a drawn "+N"
 * stands for (when more share the instant than the lane has rows).
 */
import { expect } from '@open-wc/testing';
import { mulberry32, syntheticTimeline } from '../../events/synthetic.js';
import type { Timeline } from '../helpers/timeline.js';
import { drawnClusters, drawnIds, mountOnce, nodeCount, show, spansOf } from './scale-helpers.js';
import type { Spans } from './scale-helpers.js';
import { HOUR } from '../helpers/utc.js';

/** Seeded random events to reach; each is one zoom to the finest view (bars are cut to the view, so it is quick). */
const PICKS = 32;

describe('<event-timeline> with 10,000 events: reaching events by zooming in', () => {
  let el: Timeline;
  let spans: Spans;

  before(async () => {
    const doc = syntheticTimeline({ count: 10_000, seed: 3 });
    spans = spansOf(doc);
    el = await mountOnce(doc, 1200);
  });

  after(() => el?.parentElement?.remove());

  it(`zoomTo(one hour around each of ${PICKS} seeded random events) draws its mark, or a +N in its lane counting exactly the undrawn events that start with it`, async function () {
    this.timeout(40_000);
    const rng = mulberry32(11);
    let asMark = 0;
    for (let k = 0; k < PICKS; k++) {
      const i = Math.floor(rng() * spans.ids.length);
      const id = spans.ids[i]!;
      const at = spans.start[i]!;
      const lane = spans.lane[i]!;
      await show(el, at - HOUR / 2, at + HOUR / 2);
      expect(el.visibleRange.end.getTime() - el.visibleRange.start.getTime(), 'the finest zoom').to.equal(HOUR);
      const drawn = new Set(drawnIds(el));
      expect(nodeCount(el)).to.be.at.most(2000);
      if (drawn.has(id)) {
        asMark++;
        continue;
      }
      // The synthetic dates are whole days or months, so within the drawn margin of an hour's
      // view every event in this lane's clusters starts at exactly `at`.
      const sameStart: string[] = [];
      for (let j = 0; j < spans.ids.length; j++) if (spans.lane[j] === lane && spans.start[j] === at) sameStart.push(spans.ids[j]!);
      const undrawn = sameStart.filter((s) => !drawn.has(s));
      const counted = drawnClusters(el)
        .filter((c) => c.laneIndex === lane)
        .reduce((sum, c) => sum + c.count, 0);
      expect(undrawn, `${id} is not drawn, so it is among the undrawn`).to.include(id);
      expect(counted, `+N in lane ${lane} at ${new Date(at).toISOString()} counts the undrawn events starting then`).to.equal(undrawn.length);
    }
    expect(asMark, 'most picked events are drawn as marks at the finest zoom').to.be.greaterThan(PICKS / 2);
  });
});
