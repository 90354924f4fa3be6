/**
 * The page's own zoomTo() on a phone (the vertical reading), in a page of its own: a reader's
 * recent tap gives the page a few seconds of user activation, in which the call may scroll to the
 * span; without it, it must not move the page.
 */
import { expect } from '@open-wc/testing';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import { phone } from '../helpers/browser.js';
import { setViewport } from '@web/test-runner-commands';
import { scrollRest, settle, VIEWPORT, type Timeline } from '../helpers/timeline.js';

function demoElement(): Timeline {
  const el = document.createElement('event-timeline');
  for (const [k, v] of Object.entries({ now: '2020-08-24', start: '2020-03', end: '2020-10', 'no-hash': '', locale: 'en' })) el.setAttribute(k, v);
  el.data = tiktok2020;
  return el;
}

const rowOf = (el: Timeline, id: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`.v-event[data-event-id="${id}"]`)!;

async function demoOn(width: number, height: number): Promise<Timeline> {
  await phone(width, height);
  document.body.style.margin = '0';
  const el = demoElement();
  const after = document.createElement('p');
  after.style.height = '600px';
  document.body.append(el, after);
  await settle(el);
  return el;
}

describe('<event-timeline> zoomTo() by the page on a phone', () => {
  // The page goes back to a desktop's viewport for the next test file (a phone's emulation left
  // in place kept the next file's own phone viewport from taking effect).
  afterEach(async () => {
    document.querySelectorAll('event-timeline, p').forEach((e) => e.remove());
    document.body.style.margin = '';
    window.scrollTo(0, 0);
    await phone(VIEWPORT.width, VIEWPORT.height, false);
    await setViewport(VIEWPORT);
  });

  it('without a reader\'s tap just before: no user activation in this page', () => {
    expect((navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation?.isActive).to.equal(false);
  });

  it('zoomTo() by the page on a timeline below the fold, or before its data is read, changes its density but does not scroll the page', async () => {
    const el = await demoOn(375, 740);
    const spread = () => rowOf(el, 'fbi-sitrep-2').getBoundingClientRect().top - rowOf(el, 'fbi-sitrep-1').getBoundingClientRect().top;
    const before = spread();
    // Below the fold: the page's call at load must not move the reader.
    const above = document.createElement('div');
    above.style.height = '3000px';
    el.before(above);
    await settle(el);
    window.scrollTo(0, 0);
    el.zoomTo('2020-06-01', '2020-06-21', false);
    await settle(el);
    await scrollRest();
    expect(window.scrollY, 'the page stays').to.equal(0);
    expect(spread(), 'the list took the span\'s density').to.be.above(before);
    above.remove();
    // Before its data: the span is kept and taken once the events are read.
    const late = demoElement();
    // (A first view the page's start and end attributes ask for would be taken over the call.)
    late.removeAttribute('start');
    late.removeAttribute('end');
    late.zoomTo('2020-06-01', '2020-06-21', false);
    document.body.append(late);
    await settle(late);
    const lateSpread = rowOf(late, 'fbi-sitrep-2').getBoundingClientRect().top - rowOf(late, 'fbi-sitrep-1').getBoundingClientRect().top;
    expect(lateSpread, 'the span asked for before the data').to.be.above(before);
    late.remove();
  });
});
