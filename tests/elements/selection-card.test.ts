import { expect, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import type { TimelineSelectDetail } from '../../src/dom-events/timeline-events.js';
import { cardText, click, mark, mount, mountData, part, settle, still, type Timeline } from '../helpers/timeline.js';

const demo = tiktok2020;

async function demoAt(start: string, end: string): Promise<Timeline> {
  const el = await mountData(demo, { now: '2020-08-24', locale: 'en', 'no-hash': '' });
  el.zoomTo(start, end, false);
  await settle(el);
  return el;
}

/** Clicks an event's mark with the real mouse and waits for the card. */
async function open(el: Timeline, id: string) {
  await click(mark(el, id)!);
  await still(el);
}

describe('<event-timeline> card', () => {
  it('clicking an event opens the card with its title, day, lane, summary and sources', async () => {
    const el = await demoAt('2020-06-01', '2020-06-04');
    await open(el, 'fbi-sitrep-1');
    const card = part(el, 'card')!;
    expect(card, 'card').to.exist;
    const text = cardText(el)!;
    expect(card.querySelector('h2')!.textContent).to.equal('First FBI SITREP names TikTok');
    expect(card.querySelector('time')!.textContent!.trim()).to.equal('June 2, 2020');
    expect(text).to.contain('Police & intelligence');
    const event = demo.events.find((e) => e.id === 'fbi-sitrep-1')!;
    expect(text).to.contain(event.summary!);
    const links = [...card.querySelectorAll('a')];
    expect(links.map((a) => a.href)).to.deep.equal(event.sources!.map((s) => new URL(s.url).href));
    expect(links.map((a) => a.textContent!.trim())).to.deep.equal(event.sources!.map((s) => s.label));
    for (const a of links) {
      expect(a.target).to.equal('_blank');
      expect(a.rel.split(' ').sort()).to.deep.equal(['noopener', 'noreferrer']);
    }
  });

  it('a month-precision event shows its date as "July 2020"', async () => {
    const el = await demoAt('2020-06-20', '2020-08-10');
    await open(el, 'pompeo-accusation');
    expect(part(el, 'card')!.querySelector('time')!.textContent!.trim()).to.equal('July 2020');
  });

  it('an approximate range shows "c." and its dates in their own precision', async () => {
    const el = await demoAt('2020-05-20', '2020-07-10');
    await open(el, 'protests');
    const date = part(el, 'card')!.querySelector('time')!.textContent!.trim();
    expect(date).to.match(/c\.|circa|approx/i);
    expect(date).to.contain('May 26');
    expect(date).to.contain('June 2020');
  });

  it('a deadline\'s card counts from a `now` of a month from its start without naming it ("in 50 days", not "50 days after August 2020")', async () => {
    const el = await mountData(demo, { now: '2020-08', locale: 'en', 'no-hash': '' });
    el.zoomTo('2020-08-01', '2020-09-30', false);
    await settle(el);
    await open(el, 'eo-deadline');
    const meta = [...el.shadowRoot!.querySelector('[part~="card"] .card-meta')!.children].map((c) => c.textContent!.trim());
    expect(meta.slice(1)).to.deep.equal(['deadline, in 50 days', 'Government']);
  });

  it('a deadline\'s card tells the time from the page\'s own now, naming that day, right after its date and before its lane (not "Government deadline")', async () => {
    const el = await demoAt('2020-08-01', '2020-09-30');
    await open(el, 'eo-deadline');
    expect(cardText(el)).to.not.contain('in 27 days');
    const meta = [...el.shadowRoot!.querySelector('[part~="card"] .card-meta')!.children].map((c) => c.textContent!.trim());
    expect(meta.slice(1)).to.deep.equal(['deadline, 27 days after August 24, 2020', 'Government']);
  });

  it('clicking an event fires timeline-select with its id and event', async () => {
    const el = await demoAt('2020-06-01', '2020-06-04');
    const fired = oneEvent(el, 'timeline-select') as Promise<CustomEvent<TimelineSelectDetail>>;
    await click(mark(el, 'fbi-sitrep-1')!);
    const { detail } = await fired;
    expect(detail.id).to.equal('fbi-sitrep-1');
    expect(detail.event?.title).to.equal('First FBI SITREP names TikTok');
    expect(el.selected).to.equal('fbi-sitrep-1');
  });

  it('select(id) opens the card and fires no timeline-select', async () => {
    const el = await demoAt('2020-06-01', '2020-06-04');
    let fired = 0;
    el.addEventListener('timeline-select', () => fired++);
    el.select('fbi-sitrep-2');
    await still(el);
    expect(part(el, 'card')!.querySelector('h2')!.textContent).to.equal('Second FBI SITREP: body armour video');
    el.select(null);
    await settle(el);
    expect(part(el, 'card')).to.equal(null);
    expect(fired).to.equal(0);
  });

  it('select(id) of an event out of view brings it into view', async () => {
    const el = await demoAt('2018-01-01', '2018-12-31');
    el.select('executive-order');
    await still(el);
    const { start, end } = el.visibleRange;
    expect(Date.UTC(2020, 7, 6)).to.be.within(start.getTime(), end.getTime());
    expect(mark(el, 'executive-order')).to.exist;
  });

  it('the card of a markup event shows the author\'s own paragraph and link', async () => {
    const el = await mount(html`<event-timeline no-hash>
      <timeline-event id="eo-deadline" lane="government" kind="deadline">
        <time datetime="2020-09-20">20 September 2020</time>
        <h3>Executive order deadline</h3>
        <p>TikTok must be sold by now, or all transactions are banned.</p>
        <a href="https://example.org/source">Source</a>
      </timeline-event>
      <timeline-event id="order" lane="government">
        <time datetime="2020-08-06">6 August 2020</time>
        <h3>Executive order signed</h3>
        <p>The order is <em>signed</em>.</p>
        <a href="https://example.org/order">The order</a>
      </timeline-event>
    </event-timeline>`);
    await open(el, 'order');
    const card = part(el, 'card')!;
    expect(card.querySelector('h2')!.textContent).to.equal('Executive order signed');
    // The author's own element is shown through the card's slot.
    const slot = card.querySelector('slot')!;
    const shown = slot.assignedElements({ flatten: true });
    expect(shown.map((e) => e.id)).to.deep.equal(['order']);
    const text = (shown[0] as HTMLElement).innerText;
    expect(text).to.contain('The order is signed.');
    expect(text, 'the title is shown once, by the card').not.to.contain('Executive order signed');
    expect(text).not.to.contain('TikTok must be sold');
    const link = shown[0]!.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://example.org/order');
    expect(link.getBoundingClientRect().width, 'the link is visible').to.be.greaterThan(0);
  });
});
