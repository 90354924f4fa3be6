import { expect, oneEvent } from '@open-wc/testing';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import { cardTitle, click, DEMO_URL, inside, loaded, mark, mountData, part, scrollRest, settle, still, visibleIds } from '../helpers/timeline.js';

const demo = tiktok2020;
const setHash = (hash: string) => history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);

/** The demo zoomed into early June, the first SITREP's mark clicked by the reader. */
async function clickedSitrep() {
  const el = await mountData(demo);
  el.zoomTo('2020-06-01', '2020-06-04', false);
  await settle(el);
  await click(mark(el, 'fbi-sitrep-1')!);
  await still(el);
  return el;
}

describe('<event-timeline> #event= deep links', () => {
  afterEach(() => setHash(''));

  it('clicking an event writes #event=<id> to the URL', async () => {
    await clickedSitrep();
    expect(location.hash).to.equal('#event=fbi-sitrep-1');
  });

  it('closing the card removes the hash', async () => {
    const el = await clickedSitrep();
    await click(part(el, 'close')!);
    await settle(el);
    expect(location.hash).to.equal('');
  });

  it('select() by the page after a click: the deep link follows to the event shown (or goes with the selection); a page\'s own anchor is left alone', async () => {
    const el = await clickedSitrep();
    expect(location.hash).to.equal('#event=fbi-sitrep-1');
    el.select('blueleaks');
    await settle(el);
    expect(location.hash, 'not the event selected before').to.equal('#event=blueleaks');
    el.select(null);
    await settle(el);
    expect(location.hash).to.equal('');
    setHash('#chapter-2');
    el.select('blueleaks');
    await settle(el);
    expect(location.hash, 'the page\'s own anchor').to.equal('#chapter-2');
    // Another timeline's link (an event this one did not have selected) is left to it.
    setHash('#event=another-timelines-event');
    el.select('fbi-sitrep-1');
    await settle(el);
    expect(location.hash).to.equal('#event=another-timelines-event');
  });

  it('no-hash: clicking leaves the URL alone', async () => {
    const el = await mountData(demo, { 'no-hash': '' });
    el.zoomTo('2020-06-01', '2020-06-04', false);
    await settle(el);
    await click(mark(el, 'fbi-sitrep-1')!);
    await still(el);
    expect(el.selected).to.equal('fbi-sitrep-1');
    expect(location.hash).to.equal('');
  });

  it('a page opened with #event=fbi-sitrep-1 selects that event and shows its mark', async () => {
    setHash('#event=fbi-sitrep-1');
    const el = await mountData(demo);
    await still(el);
    expect(el.selected).to.equal('fbi-sitrep-1');
    expect(cardTitle(el)).to.equal('First FBI SITREP names TikTok');
    expect(visibleIds(el)).to.include('fbi-sitrep-1');
  });

  describe('in a page taller than the window', () => {
    /** The page's own text above the timeline: the timeline starts below the window's edge. */
    let spacer: HTMLElement;
    beforeEach(() => {
      spacer = document.createElement('div');
      spacer.style.height = `${window.innerHeight + 400}px`;
      document.body.prepend(spacer);
      window.scrollTo(0, 0);
    });
    afterEach(() => {
      spacer.remove();
      window.scrollTo(0, 0);
    });
    const titleOf = (el: Awaited<ReturnType<typeof mountData>>) => el.shadowRoot!.getElementById(part(el, 'card')!.getAttribute('aria-labelledby')!)!;

    it('a page opened with #event=fbi-sitrep-1 scrolls to the event: its mark and its card\'s title are in the window', async () => {
      setHash('#event=fbi-sitrep-1');
      const el = await mountData(demo, {}, 1200);
      await still(el);
      await scrollRest();
      expect(el.selected).to.equal('fbi-sitrep-1');
      // Before, the page stayed at its top: neither the mark nor the card was in sight.
      expect(inside(mark(el, 'fbi-sitrep-1')!), 'the mark').to.equal(true);
      expect(inside(titleOf(el)), 'the card\'s title').to.equal(true);
    });

    it('select() from outside does the same for a mark out of the window; with it in sight, the page stays where it is', async () => {
      const el = await mountData(demo, { 'no-hash': '' }, 1200);
      expect(inside(el), 'the timeline starts out of sight').to.equal(false);
      // An event of the last lane, close above the card.
      el.select('blueleaks');
      await still(el);
      await scrollRest();
      const at = (e: Element) => `${Math.round(e.getBoundingClientRect().top)}–${Math.round(e.getBoundingClientRect().bottom)}`;
      expect(inside(mark(el, 'blueleaks')!), `the mark ${at(mark(el, 'blueleaks')!)}, the title ${at(titleOf(el))}, window ${window.innerHeight}`).to.equal(true);
      expect(inside(titleOf(el)), `its card's title ${at(titleOf(el))}, the mark ${at(mark(el, 'blueleaks')!)}`).to.equal(true);
      const y = window.scrollY;
      // Its neighbour in the lane: both in sight already.
      el.select('intercept-blueleaks-tiktok');
      await still(el);
      await scrollRest();
      expect(inside(mark(el, 'intercept-blueleaks-tiktok')!) && inside(titleOf(el)), 'in sight').to.equal(true);
      expect(window.scrollY, 'nothing to bring into sight: no scroll').to.equal(y);
      // The page back at its top (the timeline out of sight again): the deadline's label at the
      // plot's top is too far above the card for both, so the label is shown.
      window.scrollTo(0, 0);
      el.select('eo-deadline');
      await still(el);
      await scrollRest();
      expect(inside(mark(el, 'eo-deadline')!), 'the deadline\'s label').to.equal(true);
    });
  });

  it('a page opened with #event= for an event of a src document selects it once loaded', async () => {
    setHash('#event=executive-order');
    const wrapper = document.createElement('div');
    wrapper.style.width = '900px';
    document.body.append(wrapper);
    try {
      const el = document.createElement('event-timeline');
      el.src = DEMO_URL;
      wrapper.append(el);
      await loaded(el);
      await still(el);
      expect(el.selected).to.equal('executive-order');
      expect(visibleIds(el)).to.include('executive-order');
    } finally {
      wrapper.remove();
    }
  });

  it('no-hash: a page opened with #event= selects nothing', async () => {
    setHash('#event=fbi-sitrep-1');
    const el = await mountData(demo, { 'no-hash': '' });
    expect(el.selected).to.equal(null);
    expect(part(el, 'card')).to.equal(null);
  });

  it('an #event= for an unknown id selects nothing', async () => {
    setHash('#event=no-such-event');
    const el = await mountData(demo);
    expect(el.selected).to.equal(null);
  });

  it('changing the hash later (back/forward, a link) selects the new event', async () => {
    const el = await mountData(demo);
    // The page gets the change as a hashchange event (the timeline's listener was added first).
    const changed = oneEvent(window, 'hashchange');
    location.hash = '#event=blueleaks';
    await changed;
    await el.updateComplete;
    await still(el);
    expect(el.selected).to.equal('blueleaks');
    expect(visibleIds(el)).to.include('blueleaks');
  });
});
