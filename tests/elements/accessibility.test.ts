import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import { mountData, part, settle, still } from '../helpers/timeline.js';

const demo = tiktok2020;

describe('<event-timeline> accessibility (axe)', () => {
  it('the demo at the fitted view', async () => {
    const el = await mountData(demo, { now: '2020-08-24', 'no-hash': '' });
    await expect(el).to.be.accessible();
  });

  it('zoomed in to June 2020', async () => {
    const el = await mountData(demo, { now: '2020-08-24', 'no-hash': '' });
    el.zoomTo('2020-06-01', '2020-06-10', false);
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('with the card open', async () => {
    const el = await mountData(demo, { now: '2020-08-24', 'no-hash': '' });
    el.select('fbi-sitrep-1');
    await still(el);
    expect(part(el, 'card')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('with the data problems panel', async () => {
    const el = await mountData({ title: 't', lanes: [], events: [{ id: 'a', title: 'A', start: '2020-01-01' }, { id: 'b', title: 'B', start: 'not a date' }] });
    expect(part(el, 'problems')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('with the load error panel', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
    const el = document.createElement('event-timeline');
    el.src = new URL('../../events/does-not-exist.json', import.meta.url).href;
    const failed = oneEvent(el, 'timeline-error');
    wrapper.append(el);
    await failed;
    await settle(el);
    expect(part(el, 'error')).to.exist;
    await expect(el).to.be.accessible();
  });
});
