/**
 * Every event can be reached by zooming in: at the closest zoom around its start, its mark is
 * drawn, or a drawn "+N" of its lane holds it (when more events share its days than the lane has
 * rows).
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mulberry32, syntheticTimeline } from '../../events/synthetic.js';
import { still, type Timeline } from '../helpers/timeline.js';
import { drawnClusters, drawnIds, mountOnce, nodeCount, show, spansOf } from './scale-helpers.js';
import type { Spans } from './scale-helpers.js';
import { DAY, HOUR } from '../helpers/utc.js';

/** Seeded random events to reach; each is one zoom to the closest view (bars are cut to the view, so it is quick). */
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

  it('End from a view years before the last event: focus ends on its mark (or the "+N" holding it), in the plot, once the view is there', async () => {
    const first = spans.start[0]!;
    const last = spans.ids.length - 1;
    // A quarter of the extent from its start, focus on a mark there (the page's own call puts it there; the keys are the reader's).
    await show(el, first, first + (spans.start[last]! - first) / 4);
    const from = drawnIds(el)[0]!;
    await el.focusEvent(from);
    await still(el);
    await sendKeys({ press: 'End' });
    await still(el);
    await still(el);
    const root = el.shadowRoot!;
    const focused = root.activeElement as HTMLElement | null;
    const scenes = (el as unknown as { scenes: { clusterMembers(key: string): number[] } }).scenes;
    const holds = focused?.dataset.eventId === spans.ids[last] || (!!focused?.dataset.cluster && scenes.clusterMembers(focused.dataset.cluster).includes(last));
    // It went through the marks drawn on the way and stayed on one of them, a million px off the plot.
    expect(holds, `focus on ${focused?.dataset.eventId ?? focused?.dataset.cluster}, not on the last event ${spans.ids[last]}`).to.equal(true);
    const plot = root.querySelector('[part~="plot"]')!.getBoundingClientRect();
    const box = focused!.getBoundingClientRect();
    expect(box.left, 'in the plot').to.be.within(plot.left - 1, plot.right);
    expect(box.right).to.be.within(plot.left, plot.right + 1);
  });

  it(`zoomTo(the closest zoom around each of ${PICKS} seeded random events) draws its mark, or a drawn +N in its lane holding it and only events not drawn`, async function () {
    this.timeout(40_000);
    const rng = mulberry32(11);
    // The synthetic dates are whole days or months: the closest zoom is three days.
    const closest = 3 * DAY;
    const scenes = (el as unknown as { scenes: { clusterKeyOf(index: number): string | null; clusterMembers(key: string): number[] } }).scenes;
    let asMark = 0;
    for (let k = 0; k < PICKS; k++) {
      const i = Math.floor(rng() * spans.ids.length);
      const id = spans.ids[i]!;
      const at = spans.start[i]!;
      const lane = spans.lane[i]!;
      await show(el, at - HOUR / 2, at + HOUR / 2);
      expect(el.visibleRange.end.getTime() - el.visibleRange.start.getTime(), 'the closest zoom').to.equal(closest);
      const drawn = new Set(drawnIds(el));
      expect(nodeCount(el)).to.be.at.most(2000);
      if (drawn.has(id)) {
        asMark++;
        continue;
      }
      // Not drawn: a "+N" of its lane is drawn and holds it; what it holds is drawn nowhere else,
      // and it counts as many as it holds.
      const key = scenes.clusterKeyOf(i);
      expect(key, `${id} is in a "+N"`).to.be.a('string');
      const cluster = drawnClusters(el).find((c) => c.key === key);
      expect(cluster, `the "+N" holding ${id} is drawn`).to.not.equal(undefined);
      expect(cluster!.laneIndex, 'in its lane').to.equal(lane);
      const members = scenes.clusterMembers(key!);
      expect(members, `the "+N" holds ${id}`).to.include(i);
      expect(cluster!.count, `"+N" at ${new Date(at).toISOString()} counts what it holds`).to.equal(members.length);
      expect(members.filter((m) => drawn.has(spans.ids[m]!)), 'none of them drawn as a mark').to.deep.equal([]);
      expect(members.filter((m) => spans.lane[m] !== lane), 'all of them in its lane (from the data)').to.deep.equal([]);
    }
    expect(asMark, 'most picked events are drawn as marks at the closest zoom').to.be.greaterThan(PICKS / 2);
  });
});
