import { expect } from '@open-wc/testing';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import { mark, mountData, parts, settle, still } from '../helpers/timeline.js';
import type { Timeline } from '../helpers/timeline.js';

/** The accessible name a button gets from its content (no aria-label is set on marks). */
function nameOf(button: HTMLElement): string {
  expect(button.hasAttribute('aria-label')).to.equal(false);
  return button.textContent!.replace(/\s+/g, ' ').trim();
}

/** Waits for the polite live region to speak. */
async function spoken(el: Timeline): Promise<string> {
  const region = el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
  for (let i = 0; i < 40 && !region.textContent!.trim(); i++) await new Promise((r) => setTimeout(r, 50));
  return region.textContent!.trim();
}

describe('<event-timeline> for screen readers', () => {
  let el: Timeline;
  beforeEach(async () => {
    el = await mountData(tiktok2020, { now: '2020-08-24', 'no-hash': '', locale: 'en-GB' });
  });

  it('is a region named by the document title, with events in lists named by their lane', async () => {
    const region = el.shadowRoot!.querySelector('section[aria-label]')!;
    expect(region.getAttribute('aria-label')).to.equal(tiktok2020.title);
    const laneLists = [...el.shadowRoot!.querySelectorAll('[part~="lane"] [role="list"]')].map((l) => l.getAttribute('aria-label'));
    expect(laneLists).to.deep.equal(tiktok2020.lanes.map((l) => l.label));
    for (const item of el.shadowRoot!.querySelectorAll('[part~="event"]')) expect(item.parentElement!.getAttribute('role')).to.equal('listitem');
  });

  it("an event's accessible name is its title, its date in its own precision and its lane", async () => {
    await el.focusEvent('fbi-sitrep-1');
    await still(el);
    expect(nameOf(mark(el, 'fbi-sitrep-1')!)).to.equal('First FBI SITREP names TikTok, 2 June 2020, Police & intelligence');
    await el.focusEvent('pompeo-accusation');
    await still(el);
    const pompeo = tiktok2020.events.find((e) => e.id === 'pompeo-accusation')!;
    expect(nameOf(mark(el, 'pompeo-accusation')!)).to.equal(`${pompeo.title}, July 2020, Government`);
  });

  it("a deadline's name adds the time relative to now", async () => {
    el.zoomTo('2020-08', '2020-10', false);
    await still(el);
    expect(nameOf(mark(el, 'eo-deadline')!)).to.equal('Deadline of the executive order in 27 days, 20 September 2020, Government, deadline');
  });

  it('after the view settles, the live region tells the span and how many events it holds', async () => {
    el.zoomTo('2020-06', '2020-09', false);
    await settle(el);
    const text = await spoken(el);
    const start = Date.UTC(2020, 5, 1);
    const end = Date.UTC(2020, 9, 1);
    const inView = tiktok2020.events.filter((e) => {
      const s = Date.parse(e.start.length === 7 ? `${e.start}-01` : e.start);
      return s >= start && s < end;
    }).length;
    expect(text).to.match(/^Showing June\s–\sSeptember 2020, \d+ events$/);
    expect(Number(/(\d+) events/.exec(text)![1])).to.be.at.least(inView);
  });

  it('"+N" marks are named with their count and span', async () => {
    el.fit(false);
    await still(el);
    const clusters = parts(el, 'cluster');
    expect(clusters.length).to.be.greaterThan(0);
    for (const c of clusters) expect(c.getAttribute('aria-label')).to.match(new RegExp(`^${c.textContent!.trim().slice(1)} more events, .+`));
  });

  it('the card is a labelled, non-modal dialog', async () => {
    el.select('fbi-sitrep-1');
    await still(el);
    const card = el.shadowRoot!.querySelector('[part~="card"]')!;
    expect(card.getAttribute('role')).to.equal('dialog');
    expect(card.getAttribute('aria-modal')).to.equal('false');
    expect(el.shadowRoot!.getElementById(card.getAttribute('aria-labelledby')!)!.textContent).to.equal('First FBI SITREP names TikTok');
  });
});
