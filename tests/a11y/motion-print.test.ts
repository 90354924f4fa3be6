import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import { click, mountData, part, settle, span } from '../helpers/timeline.js';

describe('<event-timeline> motion and print', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference', media: 'screen' }));

  it('with prefers-reduced-motion, the zoom button changes the view at once, not over frames', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await mountData(tiktok2020, { 'no-hash': '' });
    const before = span(el);
    await click(part(el, 'zoom-in')!);
    await el.updateComplete;
    expect(span(el)).to.be.closeTo(before / 2, before * 0.01);
  });

  it('without it, the same zoom animates (the first frame is not yet the end)', async () => {
    const el = await mountData(tiktok2020, { 'no-hash': '' });
    const before = span(el);
    await click(part(el, 'zoom-in')!);
    await el.updateComplete;
    expect(span(el)).to.be.above(before / 2 + before * 0.01);
  });

  it('printing lays out every event as the list, and hides the plot and controls', async () => {
    const el = await mountData(tiktok2020, { 'no-hash': '' });
    window.dispatchEvent(new Event('beforeprint'));
    await emulateMedia({ media: 'print' });
    await settle(el);
    const items = el.shadowRoot!.querySelectorAll('[part~="list-item"]');
    expect(items.length).to.equal(tiktok2020.events.length);
    expect(getComputedStyle(part(el, 'plot')!).display).to.equal('none');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.toolbar')!).display).to.equal('none');
    window.dispatchEvent(new Event('afterprint'));
    await emulateMedia({ media: 'screen' });
    await settle(el);
    expect(el.shadowRoot!.querySelectorAll('[part~="list-item"]').length).to.equal(0);
  });
});
