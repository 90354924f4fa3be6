import { expect, fixture, html } from '@open-wc/testing';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import { syntheticTimeline } from '../../events/synthetic.js';
import { drawnBoxes, lastScene, mark, markX, mountData, overlaps, plotRect, settle, utc, xOf } from '../helpers/timeline.js';

const demo = tiktok2020;

describe('<event-timeline> size', () => {
  it('follows its container from 320 px to 1200 px: the plot fills it and marks move with the scale', async () => {
    // No height cap: every event of the fitted demo gets its own mark at 1200 px. The plot at
    // every width (below 600 px it would otherwise read vertically: tests/phone).
    const el = await mountData(demo, { style: '--timeline-max-height: none', orientation: 'horizontal' }, 320);
    const wrapper = el.parentElement!;
    expect(plotRect(el).width).to.be.within(300, 320);
    expect(overlaps(drawnBoxes(el)), 'no overlaps at 320 px').to.deep.equal([]);
    wrapper.style.width = '1200px';
    await settle(el);
    expect(plotRect(el).width).to.be.within(1180, 1200);
    expect(markX(el, 'executive-order')).to.be.closeTo(xOf(el, utc(2020, 8, 6)), 0.5);
    const box = mark(el, 'executive-order')!.getBoundingClientRect();
    expect(box.left).to.be.below(xOf(el, utc(2020, 8, 6)));
    expect(box.right).to.be.above(xOf(el, utc(2020, 8, 6)));
    expect(overlaps(drawnBoxes(el)), 'no overlaps at 1200 px').to.deep.equal([]);
    wrapper.style.width = '320px';
    await settle(el);
    expect(plotRect(el).width).to.be.within(300, 320);
    expect(overlaps(drawnBoxes(el)), 'no overlaps back at 320 px').to.deep.equal([]);
  });

  // Every box the plot is drawn for (the element, the plot and its sizer, the toolbar, the
  // overview) is measured with the render that shows it: the observers' first notices then ask for
  // nothing, and the plot taking the height its rows asked for changes nothing to draw. Each of
  // those used to be one more render of the whole plot (two at 10,000 events: about 15 ms).
  for (const [name, doc] of [
    ['the demo', demo],
    ['10,000 events', syntheticTimeline({ count: 10_000, seed: 3 })],
  ] as const) {
    it(`draws ${name} once when it is put in the page: no second render for its own sizes`, async () => {
      // Up to three mounts, the fewest renders counted: a render for its own sizes comes on every
      // mount, while a machine busy with other tests can make any mount slower than the 40 ms a
      // document is arranged in at once, and the layout then goes on in slices, each drawn (a
      // render or two more, on a 2-core machine running two test files at once).
      const counts: number[] = [];
      for (let attempt = 0; attempt < 3 && !counts.includes(1); attempt++) {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
        const el = document.createElement('event-timeline');
        let renders = 0;
        el.addController({ hostUpdated: () => void (lastScene(el) && renders++) });
        el.data = doc;
        wrapper.append(el);
        await settle(el);
        expect(lastScene(el), 'drawn').to.not.equal(null);
        counts.push(renders);
        wrapper.remove();
      }
      expect(Math.min(...counts), `renders with a scene (each mount: ${counts.join(', ')})`).to.equal(1);
    });
  }
});
