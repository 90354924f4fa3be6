import { expect, fixture, html } from '@open-wc/testing';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import { wheel } from '../helpers/browser.js';
import { afterWheel, drag, mountData, plotPoint, settle, span, timeAt, xOf } from '../helpers/timeline.js';

const demo = tiktok2020;

/** A settled timeline that is then moved to another place in the page (disconnected and connected again). */
async function moved() {
  const el = await mountData(demo);
  el.zoomTo('2020-04-01', '2020-08-01', false);
  await settle(el);
  const elsewhere = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
  elsewhere.append(el);
  elsewhere.parentElement!.prepend(elsewhere);
  await settle(el);
  return el;
}

describe('<event-timeline> moved in the page', () => {
  it('still pans with a mouse drag', async () => {
    const el = await moved();
    const [x, y] = plotPoint(el, 0.5);
    const t = timeAt(el, x);
    await drag(x, y, -150, 0);
    await settle(el);
    expect(xOf(el, t)).to.be.closeTo(x - 150, 2);
  });

  it('still zooms with Ctrl+wheel', async () => {
    const el = await moved();
    const before = span(el);
    const [x, y] = plotPoint(el, 0.5);
    await wheel(x, y, { deltaY: -200, ctrl: true });
    await afterWheel(el);
    expect(span(el)).to.be.below(before * 0.9);
  });
});
