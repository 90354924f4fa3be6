import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import { cardText, clusterCount, mountData, settle, span, still } from '../helpers/timeline.js';
import type { Timeline } from '../helpers/timeline.js';
import { until } from '../helpers/signals.js';

/** The id of the event whose mark has focus, or what else has it. */
function focused(el: Timeline): string {
  const inner = el.shadowRoot!.activeElement as HTMLElement | null;
  if (document.activeElement === document.body || !document.activeElement) return '<body>';
  if (document.activeElement !== el) return `<outside: ${document.activeElement.localName}>`;
  return inner?.dataset.eventId ?? inner?.getAttribute('part') ?? inner?.localName ?? '<none>';
}

async function press(el: Timeline, key: string): Promise<void> {
  if (key.startsWith('Shift+')) {
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: key.slice(6) });
    await sendKeys({ up: 'Shift' });
  } else {
    await sendKeys({ press: key });
  }
  await settle(el);
  expect(focused(el), `focus after ${key}`).not.to.equal('<body>');
}

describe('<event-timeline> from the keyboard alone', () => {
  let el: Timeline;
  beforeEach(async () => {
    el = await mountData(tiktok2020, { now: '2020-08-24', 'no-hash': '' });
  });

  it('Tab reaches the timeline: its controls, then one event mark (a single Tab stop)', async () => {
    const stops: string[] = [];
    for (let i = 0; i < 8; i++) {
      await sendKeys({ press: 'Tab' });
      stops.push(focused(el));
    }
    const eventStops = stops.filter((s) => tiktok2020.events.some((e) => e.id === s));
    expect(stops).to.include('control view-toggle');
    expect(eventStops.length, `tab stops: ${stops.join(', ')}`).to.be.greaterThan(0);
    // Tab leaves after the one event stop: it never walks through every mark.
    expect(new Set(eventStops).size).to.equal(1);
  });

  it('Tab onto an event already in view near the plot\'s edge pans only enough to clear the edge (the story\'s view stays)', async () => {
    const story = await mountData(tiktok2020, { now: '2020-08-24', 'now-label': 'Article published', start: '2020-03', end: '2020-10', story: '', 'no-hash': '' }, 1200);
    const before = { start: story.visibleRange.start.getTime(), end: story.visibleRange.end.getTime() };
    const span = before.end - before.start;
    const isEvent = () => tiktok2020.events.some((e) => e.id === focused(story));
    for (let i = 0; i < 12 && !isEvent(); i++) {
      await sendKeys({ press: 'Tab' });
      await settle(story);
    }
    const event = tiktok2020.events.find((e) => e.id === focused(story))!;
    expect(Date.parse(event.start), `${event.id} was in view`).to.be.within(before.start, before.end);
    await still(story);
    const after = story.visibleRange.start.getTime();
    expect(Math.abs(after - before.start) / span, `the view moved by a share of its span (to ${story.visibleRange.start.toISOString()})`).to.be.below(0.1);
    expect(story.visibleRange.end.getTime() - after, 'the same zoom').to.be.closeTo(span, span * 0.001);
  });

  it('reaches the 2 June 2020 SITREP, opens its card, steps to the next event, zooms, fits, toggles the list view, never losing focus', async () => {
    await el.focusEvent('musically-merged');
    await settle(el);
    await press(el, 'Home');
    const first = [...tiktok2020.events].sort((a, b) => a.start.localeCompare(b.start))[0]!;
    expect(focused(el)).to.equal(first.id);
    // Right through the events; a "+N" mark on the way is opened with Enter, as a reader would.
    for (let i = 0; i < 40 && focused(el) !== 'fbi-sitrep-1'; i++) {
      const onCluster = focused(el) === 'cluster';
      await press(el, onCluster ? 'Enter' : 'ArrowRight');
      if (onCluster) await still(el);
    }
    expect(focused(el)).to.equal('fbi-sitrep-1');

    await press(el, 'Enter');
    await still(el);
    expect(cardText(el)).to.contain('FBI');
    expect(el.selected).to.equal('fbi-sitrep-1');

    // The card has focus; Tab to "Next event" and activate it.
    for (let i = 0; i < 6 && focused(el) !== 'control next'; i++) await press(el, 'Tab');
    expect(focused(el)).to.equal('control next');
    await press(el, 'Enter');
    await still(el);
    expect(el.selected).not.to.equal('fbi-sitrep-1');
    const next = el.selected!;

    // Escape closes the card and returns focus to the event's mark.
    await press(el, 'Escape');
    expect(cardText(el)).to.equal(null);
    expect(focused(el)).to.equal(next);

    const before = span(el);
    await press(el, '+');
    await still(el);
    const zoomedIn = span(el);
    expect(zoomedIn).to.be.below(before);
    // − doubles the span (+ halved it, or stopped at the closest zoom: three days for this data).
    await press(el, '-');
    await still(el);
    expect(span(el)).to.be.closeTo(2 * zoomedIn, zoomedIn * 0.02);
    await press(el, '0');
    await still(el);
    expect(el.visibleRange.start.getTime()).to.be.below(Date.UTC(2018, 0, 1));
    expect(focused(el)).to.equal(next);

    // Back to the toolbar and into the list view, and back.
    for (let i = 0; i < 8 && focused(el) !== 'control view-toggle'; i++) await press(el, 'Shift+Tab');
    expect(focused(el)).to.equal('control view-toggle');
    await press(el, 'Enter');
    expect(el.view).to.equal('list');
    expect(el.shadowRoot!.querySelectorAll('[part~="list-item"]').length).to.equal(tiktok2020.events.length);
    await press(el, 'Enter');
    expect(el.view).to.equal('timeline');
    // In the list view the way back says so: "Timeline", before the pressed "List" (the zoom
    // buttons' place); pressed, it shows the timeline and focus goes to "List".
    await press(el, 'Enter');
    expect(el.view).to.equal('list');
    await press(el, 'Shift+Tab');
    expect(focused(el)).to.equal('control view-timeline');
    expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Timeline');
    await press(el, 'Enter');
    expect(el.view).to.equal('timeline');
    await until('focus on "List"', () => focused(el) === 'control view-toggle');
    expect(!!el.shadowRoot!.querySelector('[part~="view-timeline"]'), 'only in the list view').to.equal(false);
  });

  it('Up and Down move to the nearest event in the lane above and below', async () => {
    await el.focusEvent('fbi-sitrep-1');
    await settle(el);
    await press(el, 'ArrowUp');
    const up = tiktok2020.events.find((e) => e.id === focused(el))!;
    expect(up.lane).to.equal('government');
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    const down = tiktok2020.events.find((e) => e.id === focused(el))!;
    expect(down.lane).to.equal('company');
  });

  it('PageDown pans one screen later and focus follows to an event in view', async () => {
    await el.zoomTo('2020-05', '2020-06', false);
    await el.focusEvent('fbi-sitrep-1');
    await still(el);
    const start = el.visibleRange.start.getTime();
    const width = span(el);
    await press(el, 'PageDown');
    await still(el);
    expect(el.visibleRange.start.getTime()).to.be.closeTo(start + width, width * 0.02);
    const id = focused(el);
    const event = tiktok2020.events.find((e) => e.id === id);
    expect(event, `focused ${id}`).to.exist;
  });
});

describe('<event-timeline> "+N" marks from the keyboard', () => {
  it('arrows land on a "+N" mark holding the next event, step past its events, and Enter opens it onto the first of them', async () => {
    const el = await mountData(tiktok2020, { now: '2020-08-24', 'no-hash': '' });
    el.fit(false);
    await settle(el);
    const cluster = el.shadowRoot!.querySelector<HTMLElement>('[part~="cluster"]');
    expect(cluster, 'the fit view has a "+N" mark').to.exist;
    // Walk from the first event until focus reaches a "+N" mark.
    await el.focusEvent([...tiktok2020.events].sort((a, b) => a.start.localeCompare(b.start))[0]!.id);
    await settle(el);
    let onCluster: HTMLElement | null = null;
    for (let i = 0; i < 30 && !onCluster; i++) {
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      const active = el.shadowRoot!.activeElement as HTMLElement;
      expect(active, 'focus stays in the timeline').to.exist;
      if (active.dataset.cluster) onCluster = active;
    }
    expect(onCluster, 'reached a "+N" mark').to.exist;
    expect(onCluster!.getAttribute('tabindex')).to.equal('0');
    const count = clusterCount(onCluster!);
    const spanBefore = span(el);
    await sendKeys({ press: 'Enter' });
    await still(el);
    const active = el.shadowRoot!.activeElement as HTMLElement | null;
    const list = el.shadowRoot!.querySelector('[part~="cluster-list"]');
    if (list) {
      // Not separable by zoom: its events are listed to pick from.
      expect(list.querySelectorAll('li').length).to.equal(count);
    } else {
      expect(span(el)).to.be.below(spanBefore);
      expect(active?.dataset.eventId, 'focus moved to an event it held').to.be.a('string');
    }
  });
});
