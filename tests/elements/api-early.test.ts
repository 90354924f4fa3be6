/**
 * The page's calls made before its document is shown: in the same task as `data =`, before the
 * element is in the page, while `src` loads, before the element is defined.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import { cardTitle, loaded, settle, still } from '../helpers/timeline.js';
import { holdUrl, newKey, release, serverLog } from '../helpers/test-server.js';
import { within } from '../helpers/signals.js';
import type { EventTimelineElement } from '../../src/elements/event-timeline.js';

const setHash = (hash: string) => history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);

async function box(): Promise<HTMLDivElement> {
  return fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
}

/** A timeline without deep links and without data yet, in the page in a box of its own. */
async function empty(): Promise<EventTimelineElement> {
  const el = document.createElement('event-timeline');
  el.setAttribute('no-hash', '');
  (await box()).append(el);
  return el;
}

/** A timeline in `wrapper` whose `src` the test server holds until `release(key)`: its request is in flight. */
async function loadingHeld(wrapper: HTMLElement): Promise<{ el: EventTimelineElement; key: string }> {
  const key = newKey();
  const el = document.createElement('event-timeline');
  el.setAttribute('no-hash', '');
  el.src = holdUrl(key);
  wrapper.append(el);
  await serverLog(key, 'started');
  await el.updateComplete;
  return { el, key };
}

/** Console warnings while `run` goes on (read as they come through `heard`). */
const heard: string[] = [];
async function warningsOf(run: () => Promise<void>): Promise<string[]> {
  heard.length = 0;
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void heard.push(String(args[0]));
  try {
    await run();
  } finally {
    console.warn = warn;
  }
  return [...heard];
}

describe('<event-timeline> calls made before the document is shown', () => {
  afterEach(() => setHash(''));

  it('select(id) in the same task as `data =` opens the event\'s card once shown, with no warning', async () => {
    const warnings = await warningsOf(async () => {
      const el = await empty();
      el.data = tiktok2020;
      el.select('fbi-sitrep-1');
      await settle(el);
      await still(el);
      expect(el.selected).to.equal('fbi-sitrep-1');
      expect(cardTitle(el)).to.equal(tiktok2020.events.find((e) => e.id === 'fbi-sitrep-1')!.title);
    });
    expect(warnings).to.deep.equal([]);
  });

  it('select(id) before the element is in the page, and while its src loads, selects it once shown', async () => {
    const wrapper = await box();
    const early = document.createElement('event-timeline');
    early.setAttribute('no-hash', '');
    early.data = tiktok2020;
    early.select('blueleaks');
    wrapper.append(early);
    await settle(early);
    expect(early.selected, 'selected before it was in the page').to.equal('blueleaks');
    // A server that answers when told: the select comes while the request is in flight.
    const { el: fetched, key } = await loadingHeld(wrapper);
    fetched.select('base-2');
    expect(fetched.document, 'still loading').to.equal(null);
    const shown = loaded(fetched);
    await release(key);
    await shown;
    await still(fetched);
    expect(fetched.selected, 'selected while its src loaded').to.equal('base-2');
  });

  it('an id the document turns out not to have is warned about once it is shown, and nothing is selected', async () => {
    const warnings = await warningsOf(async () => {
      const el = await empty();
      el.data = tiktok2020;
      el.select('no-such-event');
      expect(el.selected, 'not yet').to.equal(null);
      expect(heard, 'nothing said before the document is shown').to.deep.equal([]);
      await settle(el);
      expect(el.selected).to.equal(null);
    });
    expect(warnings).to.deep.equal(['<event-timeline>: select("no-such-event"): no such event']);
  });

  it('select(id) in the same task as the markup children are written selects that child\'s event once read, with no warning', async () => {
    const wrapper = await box();
    const warnings = await warningsOf(async () => {
      wrapper.innerHTML = `<event-timeline no-hash>
        <timeline-event id="m1"><time datetime="2020-01-02"></time><h3>First</h3></timeline-event>
        <timeline-event id="m2"><time datetime="2020-03-04"></time><h3>Second</h3></timeline-event>
      </event-timeline>`;
      const el = wrapper.querySelector('event-timeline')!;
      el.select('m2');
      await settle(el);
      expect(el.selected).to.equal('m2');
      expect(cardTitle(el)).to.equal('Second');
    });
    expect(warnings).to.deep.equal([]);
  });

  it('the page\'s select() in the same task as `data =` wins over a deep link in the URL, which then follows it', async () => {
    setHash('#event=blueleaks');
    const wrapper = await box();
    const el = document.createElement('event-timeline');
    wrapper.append(el);
    el.data = tiktok2020;
    el.select('fbi-sitrep-1');
    await settle(el);
    await still(el);
    expect(el.selected).to.equal('fbi-sitrep-1');
    expect(location.hash, 'the link names the event shown').to.equal('#event=fbi-sitrep-1');
  });

  it('a later select() wins over one waiting for the document', async () => {
    const el = await empty();
    el.data = tiktok2020;
    el.select('blueleaks');
    el.select(null);
    await settle(el);
    expect(el.selected).to.equal(null);
  });

  it('focusEvent(id) in the same task as `data =` focuses the event\'s mark once shown', async () => {
    const el = await empty();
    el.data = tiktok2020;
    await el.focusEvent('fbi-sitrep-2');
    await still(el);
    const active = el.shadowRoot!.activeElement as HTMLElement | null;
    expect(document.activeElement).to.equal(el);
    expect(active?.dataset.eventId ?? active?.dataset.cluster, 'its mark (or the "+N" holding it) has focus').to.not.equal(undefined);
  });

  it('focusEvent(id) while src loads settles once shown (the mark focused), and settles when the load is given up', async () => {
    const wrapper = await box();
    const { el, key } = await loadingHeld(wrapper);
    const focused = el.focusEvent('base-2');
    await release(key);
    await within(focused, 'focusEvent to settle after the load');
    expect((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.eventId).to.equal('base-2');
    // A load given up before it answers (src cleared): nothing shown, nothing focused, and the promise does not hang.
    const { el: cleared, key: again } = await loadingHeld(wrapper);
    const waiting = cleared.focusEvent('base-1');
    cleared.src = null;
    await within(waiting, 'focusEvent to settle after src was cleared');
    expect(cleared.document).to.equal(null);
    expect(cleared.shadowRoot!.activeElement).to.equal(null);
    await release(again);
  });

  it('select(id) and focusEvent(id) in the same task as `data =` are carried out however the document is read: vertically, as a list, or hidden (no plot, so no zoom levels to wait for)', async () => {
    for (const [name, attrs, style] of [
      ['vertical', { orientation: 'vertical' }, ''],
      ['list', { view: 'list' }, ''],
      ['hidden', {}, 'display:none'],
    ] as const) {
      const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width:900px;${style}`}></div>`);
      const el = document.createElement('event-timeline');
      el.setAttribute('no-hash', '');
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      wrapper.append(el);
      el.data = tiktok2020;
      el.select('fbi-sitrep-2');
      await el.updateComplete;
      await within(el.focusEvent('fbi-sitrep-1'), `focusEvent to settle (${name})`);
      await settle(el);
      expect(el.selected, `selected (${name})`).to.equal('fbi-sitrep-2');
      wrapper.remove();
    }
  });

  it('noHash set as a property before the element is defined (it upgrades when it joins the page) keeps the page\'s #event= from selecting', async () => {
    setHash('#event=fbi-sitrep-1');
    const wrapper = await box();
    // Made in a document without the element's definition: a plain element with an own property, as on a page whose script comes after its markup.
    const inert = document.implementation.createHTMLDocument('');
    const el = inert.createElement('event-timeline') as EventTimelineElement;
    (el as unknown as { noHash: boolean }).noHash = true;
    (el as unknown as { data: unknown }).data = tiktok2020;
    expect(el instanceof customElements.get('event-timeline')!, 'not upgraded yet').to.equal(false);
    wrapper.append(document.adoptNode(el));
    expect(el instanceof customElements.get('event-timeline')!, 'upgraded in the page').to.equal(true);
    await settle(el);
    expect(el.noHash).to.equal(true);
    expect(el.selected).to.equal(null);
  });
});
