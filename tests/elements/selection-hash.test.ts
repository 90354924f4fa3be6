import { expect, oneEvent } from '@open-wc/testing';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import { cardTitle, click, DEMO_URL, loaded, mark, mountData, part, settle, still, visibleIds } from '../helpers/timeline.js';

const demo = tiktok2020;
const setHash = (hash: string) => history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);

describe('<event-timeline> #event= deep links', () => {
  afterEach(() => setHash(''));

  it('clicking an event writes #event=<id> to the URL', async () => {
    const el = await mountData(demo);
    el.zoomTo('2020-06-01', '2020-06-04', false);
    await settle(el);
    await click(mark(el, 'fbi-sitrep-1')!);
    await still(el);
    expect(location.hash).to.equal('#event=fbi-sitrep-1');
  });

  it('closing the card removes the hash', async () => {
    const el = await mountData(demo);
    el.zoomTo('2020-06-01', '2020-06-04', false);
    await settle(el);
    await click(mark(el, 'fbi-sitrep-1')!);
    await still(el);
    await click(part(el, 'close')!);
    await settle(el);
    expect(location.hash).to.equal('');
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
