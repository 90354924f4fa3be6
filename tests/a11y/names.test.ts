import { expect, oneEvent } from '@open-wc/testing';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import { drawn, mark, marks, mountData, part, parts, spoken, still } from '../helpers/timeline.js';
import type { Timeline } from '../helpers/timeline.js';
import { within } from '../helpers/signals.js';

/** The accessible name of a mark's button: its label (it has no content, the canvas draws the mark). */
function nameOf(button: HTMLElement): string {
  expect(button.textContent, 'a mark has no text of its own').to.equal('');
  return button.getAttribute('aria-label')!;
}

/** What the polite live region says once the reader's move has settled (it speaks on timeline-rangechanged). */
async function spokenAfter(el: Timeline, move: () => void): Promise<string> {
  const settled = within(oneEvent(el, 'timeline-rangechanged'), 'timeline-rangechanged after the move');
  move();
  await settled;
  await el.updateComplete;
  return spoken(el);
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
    for (const item of marks(el)) expect(item.parentElement!.getAttribute('role')).to.equal('listitem');
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

  it("a deadline's name adds the time from the page's own now, naming that day (not \"in 27 days\", which years later reads as a countdown)", async () => {
    el.zoomTo('2020-08', '2020-10', false);
    await still(el);
    expect(nameOf(mark(el, 'eo-deadline')!)).to.equal('Deadline of the executive order, 20 September 2020, Government, deadline, 27 days after 24 August 2020');
  });

  it('nothing is announced on load or for the page\'s own moves; after the reader moves the view, the span and its events', async () => {
    const region = el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
    el.zoomTo('2020-06', '2020-09', false);
    await still(el);
    expect(region.textContent!.trim(), 'silent without a move by the reader').to.equal('');
    part(el, 'zoom-in')!.click();
    await still(el);
    const text = await spokenAfter(el, () => part(el, 'zoom-out')!.click());
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
    const drawnClusters = drawn(el).lanes.flatMap((l) => l.clusters);
    for (const c of clusters) {
      const shown = drawnClusters.find((d) => d.key === c.dataset.cluster)!;
      expect(c.getAttribute('aria-label')).to.match(new RegExp(`^${shown.count} more events, .+`));
      expect(shown.text).to.equal(`+${shown.count}`);
    }
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
