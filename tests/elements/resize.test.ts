import { expect } from '@open-wc/testing';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import { drawnBoxes, mark, markX, mountData, overlaps, plotRect, settle, utc, xOf } from '../helpers/timeline.js';

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
});
