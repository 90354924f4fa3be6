/**
 * The overview strip under the plot: the whole extent of the events, their density, and the
 * visible span as a thumb. It moves the view by pointer, keyboard and touch, follows the view as
 * the plot is panned and zoomed, counts the events before and after the view, and stays a handful
 * of elements at any size. Positions on the strip are computed here from the track's box and the
 * extent ("Show all"), not read from the element's own scale.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import { EMPTY_EDGE } from '../../src/elements/format-view.js';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import { syntheticTimeline } from '../../events/synthetic.js';
import { parseTimeline } from '../../src/model/parse.js';
import { toTimelineItems } from '../../src/model/items.js';
import type { TimelineDocument } from '../../src/model/types.js';
import '../../src/i18n/ar.js';
import { touchDrag, wheel } from '../helpers/browser.js';
import { afterWheel, click, drag, mountData, part, plotPoint, settle, span, still, utc, visibleIds, type Timeline, unavailable } from '../helpers/timeline.js';
import { mountOnce } from '../scale/scale-helpers.js';

const demo = tiktok2020;
/** The demo page's attributes. */
const DEMO_ATTRS = { now: '2020-08-24', 'now-label': 'Article published', start: '2020-03', end: '2020-10', 'no-hash': '', locale: 'en' };

interface Extent {
  start: number;
  end: number;
}

/** The whole extent the strip stands for: the view "Show all" gives. Leaves the view there. */
async function extentOf(el: Timeline): Promise<Extent> {
  el.fit(false);
  await settle(el);
  return { start: el.visibleRange.start.getTime(), end: el.visibleRange.end.getTime() };
}

/** Shows `[start, end)` at once and waits until it is drawn. */
async function show(el: Timeline, start: number, end: number): Promise<void> {
  el.zoomTo(new Date(start), new Date(end), false);
  await settle(el);
}

function track(el: Timeline): HTMLElement {
  return part(el, 'overview-track')!;
}

function thumbBox(el: Timeline): DOMRect {
  return part(el, 'overview-thumb')!.getBoundingClientRect();
}

/** Viewport x on the strip of a time: its share of the extent across the track (from the right when time flows right to left). */
function stripX(el: Timeline, extent: Extent, time: number, rtl = false): number {
  const r = track(el).getBoundingClientRect();
  const share = (time - extent.start) / (extent.end - extent.start);
  return rtl ? r.right - share * r.width : r.left + share * r.width;
}

/** The time at viewport x on the strip (left to right). */
function stripTime(el: Timeline, extent: Extent, x: number): number {
  const r = track(el).getBoundingClientRect();
  return extent.start + ((x - r.left) / r.width) * (extent.end - extent.start);
}

/** Milliseconds one px of the strip stands for. */
function msPerStripPx(el: Timeline, extent: Extent): number {
  return (extent.end - extent.start) / track(el).getBoundingClientRect().width;
}

function start(el: Timeline): number {
  return el.visibleRange.start.getTime();
}

function end(el: Timeline): number {
  return el.visibleRange.end.getTime();
}

/** The thumb sits where the view is in the extent: its left edge and width within `tolerance` px. */
function expectThumbAtView(el: Timeline, extent: Extent, tolerance = 1.5): void {
  const thumb = thumbBox(el);
  const left = stripX(el, extent, start(el));
  const right = stripX(el, extent, end(el));
  expect(right - left, 'the view is wide enough for the thumb to show its span').to.be.above(30);
  expect(thumb.left, 'thumb left edge').to.be.closeTo(left, tolerance);
  expect(thumb.width, 'thumb width').to.be.closeTo(right - left, tolerance);
}

/** A button's words as shown (the arrow included; nothing hidden), spaces collapsed. */
function words(button: HTMLElement): string {
  return button.innerText.replace(/\s+/g, ' ').trim();
}

/** What focus is on inside the timeline: its part, or '<outside>'. */
function focusedPart(el: Timeline): string {
  if (document.activeElement !== el) return '<outside>';
  return (el.shadowRoot!.activeElement as HTMLElement | null)?.getAttribute('part') ?? '<none>';
}

/** Presses Tab, as a reader would, until the strip's track has focus. */
async function tabToTrack(el: Timeline): Promise<void> {
  const stops: string[] = [];
  for (let i = 0; i < 20 && focusedPart(el) !== 'overview-track'; i++) {
    await sendKeys({ press: 'Tab' });
    stops.push(focusedPart(el));
  }
  expect(focusedPart(el), `tab stops: ${stops.join(', ')}`).to.equal('overview-track');
}

async function press(el: Timeline, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settle(el);
}

/** The document's events as the model reads them (start, exclusive end), in time order. */
function itemsOf(doc: TimelineDocument) {
  return toTimelineItems(parseTimeline(doc).document);
}

/** A time's month as a count of months (year × 12 + month), UTC. */
function monthOf(time: number): number {
  const d = new Date(time);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The first and last month an English span of months names ("July – September 2020", "September 2017 – February 2018", "July 2020"), as {@link monthOf} counts them. */
function monthsNamed(text: string): [number, number] {
  const sides = text.replace(/[\u2009\u202f\u00a0]/g, ' ').split(/\s+–\s+/).map((side) => side.trim().split(/\s+/));
  const last = sides[sides.length - 1]!;
  const year = (side: string[]) => Number(side[1] ?? last[1]);
  const month = (side: string[]) => MONTHS.indexOf(side[0]!);
  expect(sides.every((side) => month(side) >= 0 && year(side) > 0), `months in "${text}"`).to.equal(true);
  return [year(sides[0]!) * 12 + month(sides[0]!), year(last) * 12 + month(last)];
}

describe('<event-timeline> overview: moving by pointer', () => {
  it('a click on the strip away from the thumb centres the view on the time under the click, keeping the zoom', async () => {
    const el = await mountData(demo, { now: '2020-08-24', 'no-hash': '' }, 1200);
    const extent = await extentOf(el);
    await show(el, utc(2020, 1, 1), utc(2020, 7, 1));
    const spanBefore = span(el);
    const before = thumbBox(el);
    const r = track(el).getBoundingClientRect();
    const x = Math.round(r.left + r.width * 0.25);
    const y = Math.round(r.top + r.height / 2);
    expect(x, 'the click is well away from the thumb').to.be.below(before.left - 50);
    await sendMouse({ type: 'click', position: [x, y] });
    await settle(el);
    expect(span(el), 'the zoom is kept').to.be.closeTo(spanBefore, 1);
    expect((start(el) + end(el)) / 2, 'the view is centred on the time under the click').to.be.closeTo(stripTime(el, extent, x), 1.5 * msPerStripPx(el, extent));
    const after = thumbBox(el);
    expect(after.left + after.width / 2, 'the thumb is centred under the click').to.be.closeTo(x, 1.5);
    expect(after.width).to.be.closeTo(before.width, 1);
  });

  it('dragging the thumb with the mouse moves the view by the dragged share of the extent; the span stays', async () => {
    const el = await mountData(demo, { now: '2020-08-24', 'no-hash': '' }, 1200);
    const extent = await extentOf(el);
    await show(el, utc(2018, 6, 1), utc(2019, 1, 1));
    const spanBefore = span(el);
    const startBefore = start(el);
    const thumb = thumbBox(el);
    const dx = 160;
    await drag(thumb.left + thumb.width / 2, thumb.top + thumb.height / 2, dx, 0, 8);
    await settle(el);
    expect(span(el), 'dragging the thumb does not zoom').to.be.closeTo(spanBefore, 1);
    expect(start(el) - startBefore).to.be.closeTo(dx * msPerStripPx(el, extent), 1.5 * msPerStripPx(el, extent));
    expect(thumbBox(el).left - thumb.left, 'the thumb followed the pointer').to.be.closeTo(dx, 1.5);
  });

  it('a touch drag on the thumb moves the view by the dragged share of the extent', async () => {
    const el = await mountData(demo, { now: '2020-08-24', 'no-hash': '' }, 1200);
    const extent = await extentOf(el);
    await show(el, utc(2018, 6, 1), utc(2019, 1, 1));
    const spanBefore = span(el);
    const startBefore = start(el);
    const thumb = thumbBox(el);
    const x = Math.round(thumb.left + thumb.width / 2);
    const y = Math.round(thumb.top + thumb.height / 2);
    const dx = 200;
    await touchDrag([{ from: [x, y], to: [x + dx, y] }], 10);
    await settle(el);
    expect(span(el)).to.be.closeTo(spanBefore, 1);
    expect(start(el) - startBefore).to.be.closeTo(dx * msPerStripPx(el, extent), 3 * msPerStripPx(el, extent));
    expectThumbAtView(el, extent);
  });
});

describe('<event-timeline> overview: the thumb follows the view', () => {
  it('after panning the plot with the mouse, after Ctrl + wheel and after the + button, the thumb is the view\'s share of the extent', async () => {
    const el = await mountData(demo, { now: '2020-08-24', 'no-hash': '' }, 1200);
    const extent = await extentOf(el);
    await show(el, utc(2019, 3, 1), utc(2020, 3, 1));
    expectThumbAtView(el, extent);

    // Pan: drag the plot 300 px to the right (earlier in time).
    let thumb = thumbBox(el);
    const [x, y] = plotPoint(el, 0.5);
    await drag(x, y, 300, 0, 8);
    await settle(el);
    expect(thumbBox(el).left, 'the thumb moved left with the view').to.be.below(thumb.left - 10);
    expectThumbAtView(el, extent);

    // Zoom in around the pointer with Ctrl + wheel.
    thumb = thumbBox(el);
    await wheel(x, y, { deltaY: -200, ctrl: true });
    await afterWheel(el);
    expect(thumbBox(el).width, 'the thumb narrowed with the zoom').to.be.below(thumb.width - 10);
    expectThumbAtView(el, extent);

    // Zoom out with the "−" button, then in with "+".
    await click(part(el, 'zoom-out')!);
    await still(el);
    thumb = thumbBox(el);
    expectThumbAtView(el, extent);
    await click(part(el, 'zoom-in')!);
    await still(el);
    expect(thumbBox(el).width, 'the thumb narrowed with the + button').to.be.below(thumb.width - 10);
    expectThumbAtView(el, extent);
  });
});

describe('<event-timeline> overview: keyboard', () => {
  it('Tab reaches the strip; arrows, Page Up/Down, Home and End move the view, and aria-valuenow and aria-valuetext follow', async () => {
    const el = await mountData(demo, { now: '2020-08-24', 'no-hash': '', locale: 'en' }, 1200);
    const extent = await extentOf(el);
    await show(el, utc(2018, 6, 1), utc(2018, 12, 1));
    const s = span(el);
    const t = track(el);
    expect(t.getAttribute('role')).to.equal('scrollbar');
    expect(t.getAttribute('aria-controls')).to.equal('plot');
    expect(el.shadowRoot!.getElementById('plot'), 'aria-controls names the plot').to.exist;

    /** The view starts at `expected`, the span is kept, and the strip says where and what the view is. */
    const expectAt = (expected: number, key: string) => {
      expect(start(el), `start after ${key}`).to.be.closeTo(expected, 1);
      expect(span(el), `span after ${key}`).to.be.closeTo(s, 1);
      const now = Math.round(((start(el) - extent.start) / (extent.end - extent.start - s)) * 100);
      expect(Number(t.getAttribute('aria-valuenow')), `aria-valuenow after ${key}`).to.equal(now);
      const text = t.getAttribute('aria-valuetext')!;
      // The months of the view, as the toolbar names them: an end month the view reaches less than
      // 6 % of its span into may go unnamed (see EMPTY_EDGE), the months past that never do.
      expect(text, `aria-valuetext after ${key}: the span as the toolbar names it`).to.equal(el.shadowRoot!.querySelector('.range-label')!.textContent);
      const [first, last] = monthsNamed(text);
      const edge = EMPTY_EDGE * span(el);
      expect(first, `first month named after ${key}: ${text}`).to.be.within(monthOf(start(el)), monthOf(start(el) + edge));
      expect(last, `last month named after ${key}: ${text}`).to.be.within(monthOf(end(el) - 1 - edge), monthOf(end(el) - 1));
    };

    await tabToTrack(el);
    const start0 = start(el);
    expectAt(start0, 'focus');
    const texts = [t.getAttribute('aria-valuetext')];

    await press(el, 'ArrowRight');
    expectAt(start0 + s / 10, 'ArrowRight');
    await press(el, 'ArrowLeft');
    expectAt(start0, 'ArrowLeft');
    await press(el, 'PageDown');
    expectAt(start0 + s, 'PageDown');
    texts.push(t.getAttribute('aria-valuetext'));
    await press(el, 'PageUp');
    expectAt(start0, 'PageUp');
    await press(el, 'Home');
    expectAt(extent.start, 'Home');
    expect(t.getAttribute('aria-valuenow')).to.equal('0');
    texts.push(t.getAttribute('aria-valuetext'));
    await press(el, 'End');
    expectAt(extent.end - s, 'End');
    expect(t.getAttribute('aria-valuenow')).to.equal('100');
    texts.push(t.getAttribute('aria-valuetext'));
    expect(new Set(texts).size, `each view is named in its own dates: ${texts.join(' | ')}`).to.equal(texts.length);
    expect(focusedPart(el), 'focus stays on the strip').to.equal('overview-track');
  });
});

describe('<event-timeline> overview: counts of events before and after the view', () => {
  it('the demo at March – October 2020: "◀ N earlier events" with N from the data; nothing later, so that button is disabled and hidden', async () => {
    const el = await mountData(demo, DEMO_ATTRS, 1200);
    const items = itemsOf(demo);
    const earlier = items.filter((i) => i.end <= start(el)).length;
    const later = items.filter((i) => i.start >= end(el)).length;
    expect(earlier, 'the demo has events before its first view').to.be.above(1);
    expect(later, 'nothing in the demo lies after its first view').to.equal(0);
    const before = part(el, 'overview-earlier') as HTMLButtonElement;
    expect(words(before)).to.equal(`◀ ${earlier} earlier events`);
    expect(before.disabled).to.equal(false);
    expect(getComputedStyle(before).visibility).to.equal('visible');
    const after = part(el, 'overview-later') as HTMLButtonElement;
    expect(after.disabled).to.equal(true);
    expect(getComputedStyle(after).visibility).to.equal('hidden');
  });

  it('one event on each side: "◀ 1 earlier event" and "1 later event ▶", in the singular', async () => {
    const el = await mountData(
      {
        title: 'One each side',
        lanes: [],
        events: [
          { id: 'a', title: 'Before', start: '2020-01-10' },
          { id: 'b', title: 'Inside', start: '2020-06-05' },
          { id: 'c', title: 'Also inside', start: '2020-06-20' },
          { id: 'd', title: 'After', start: '2020-12-01' },
        ],
      },
      { locale: 'en', 'no-hash': '' },
    );
    await show(el, utc(2020, 5, 15), utc(2020, 7, 15));
    expect(words(part(el, 'overview-earlier')!)).to.equal('◀ 1 earlier event');
    expect(words(part(el, 'overview-later')!)).to.equal('1 later event ▶');
  });

  it('the earlier button brings the nearest earlier event into view with the same span', async () => {
    const el = await mountData(demo, DEMO_ATTRS, 1200);
    const items = itemsOf(demo);
    const spanBefore = span(el);
    const startBefore = start(el);
    const nearest = items.filter((i) => i.end <= startBefore).sort((a, b) => b.end - a.end)[0]!;
    await click(part(el, 'overview-earlier')!);
    await still(el);
    expect(span(el), 'the zoom is kept').to.be.closeTo(spanBefore, 1);
    expect(start(el)).to.be.below(nearest.end);
    expect(end(el)).to.be.at.least(nearest.end);
    expect(visibleIds(el), `${nearest.id} is drawn in view`).to.include(nearest.id);
    const left = items.filter((i) => i.end <= start(el)).length;
    expect(words(part(el, 'overview-earlier')!)).to.equal(`◀ ${left} earlier events`);
    expect((part(el, 'overview-later') as HTMLButtonElement).disabled, 'now there are events after the view').to.equal(false);
  });
});

describe('<event-timeline> overview: stepping with the count buttons', () => {
  const counted = (n: number, side: 'earlier' | 'later') => (side === 'earlier' ? `◀ ${n} earlier ${n === 1 ? 'event' : 'events'}` : `${n} later ${n === 1 ? 'event' : 'events'} ▶`);

  it('from mid-2018, the later button brings the nearest later event into view with the same span, and both counts follow the data', async () => {
    const el = await mountData(demo, DEMO_ATTRS, 1200);
    await show(el, utc(2018, 3, 1), utc(2018, 9, 1));
    const items = itemsOf(demo);
    const spanBefore = span(el);
    const nearest = items.filter((i) => i.start >= end(el)).sort((a, b) => a.start - b.start)[0]!;
    await click(part(el, 'overview-later')!);
    await still(el);
    expect(span(el), 'the zoom is kept').to.be.closeTo(spanBefore, 1);
    expect(start(el)).to.be.at.most(nearest.start);
    expect(end(el)).to.be.above(nearest.start);
    expect(visibleIds(el), `${nearest.id} is drawn in view`).to.include(nearest.id);
    expect(words(part(el, 'overview-later')!)).to.equal(counted(items.filter((i) => i.start >= end(el)).length, 'later'));
    expect(words(part(el, 'overview-earlier')!)).to.equal(counted(items.filter((i) => i.end <= start(el)).length, 'earlier'));
  });

  it('while the counts change under the reader\'s clicks, the track keeps its place and width', async () => {
    const el = await mountData(demo, DEMO_ATTRS, 1200);
    const items = itemsOf(demo);
    const first = track(el).getBoundingClientRect();
    const seen = new Set<string>();
    for (let i = 0; i < 4; i++) {
      const earlier = part(el, 'overview-earlier') as HTMLButtonElement;
      if (earlier.disabled) break;
      await click(earlier);
      await still(el);
      const left = items.filter((it) => it.end <= start(el)).length;
      const text = words(earlier);
      // With nothing left before the view, the button stays in place, hidden.
      expect(text).to.equal(left ? counted(left, 'earlier') : '');
      expect(earlier.disabled).to.equal(left === 0);
      seen.add(`${left}`);
      const now = track(el).getBoundingClientRect();
      expect(now.left, `track left with ${left} earlier`).to.be.closeTo(first.left, 0.5);
      expect(now.width, `track width with ${left} earlier`).to.be.closeTo(first.width, 0.5);
    }
    expect(seen.size, 'the counts changed').to.be.at.least(2);
    expect((part(el, 'overview-later') as HTMLButtonElement).disabled, 'the later button came into use').to.equal(false);
  });

  it('Enter on "earlier events" down to none moves focus to the track, not to the page (the button goes)', async () => {
    const el = await mountData(demo, DEMO_ATTRS, 1200);
    const earlier = part(el, 'overview-earlier') as HTMLButtonElement;
    earlier.focus();
    for (let i = 0; i < 12 && !earlier.disabled; i++) {
      await sendKeys({ press: 'Enter' });
      await still(el);
      if (el.shadowRoot!.activeElement !== earlier) break;
    }
    expect(earlier.disabled, 'nothing earlier').to.equal(true);
    expect(el.shadowRoot!.activeElement === track(el), 'focus on the track').to.equal(true);
    // The track's own keys go on from there.
    const before = start(el);
    await sendKeys({ press: 'ArrowRight' });
    await still(el);
    expect(start(el)).to.be.above(before);
  });

  it('showing everything ("Show all"), the track takes the whole strip and the thumb fills it, the strip as tall; zoomed in, the buttons\' room comes back', async () => {
    const el = await mountData(demo, DEMO_ATTRS, 1200);
    const strip = () => part(el, 'overview')!.getBoundingClientRect();
    const zoomed = { track: track(el).getBoundingClientRect(), strip: strip() };
    const widths = () => ['overview-earlier', 'overview-later'].map((name) => part(el, name)!.getBoundingClientRect().width);
    expect(widths()[0], 'zoomed in: the earlier button').to.be.above(40);
    await click(part(el, 'fit')!);
    await still(el);
    expect(unavailable(part(el, 'fit')!), 'everything shown').to.equal(true);
    expect(widths(), 'the buttons take no room').to.deep.equal([0, 0]);
    const whole = track(el).getBoundingClientRect();
    expect(whole.width, 'the track across the strip (its padding aside)').to.be.above(strip().width - 20);
    expect(strip().height, 'the strip as tall as before').to.be.closeTo(zoomed.strip.height, 0.5);
    const thumb = thumbBox(el);
    expect(thumb.left, 'the thumb from the track\'s start').to.be.closeTo(whole.left, 1);
    expect(thumb.right, 'to its end').to.be.closeTo(whole.right, 1);
    await click(part(el, 'zoom-in')!);
    await still(el);
    expect(widths()[0], 'zoomed in, the earlier button is back').to.be.above(40);
    expect(track(el).getBoundingClientRect().width, 'and their room').to.be.closeTo(zoomed.track.width, 0.5);
    expect(strip().height).to.be.closeTo(zoomed.strip.height, 0.5);
  });

  it('a page\'s own ::part(control) padding, width and margin do not give the hidden buttons room back while everything is shown', async () => {
    const style = document.createElement('style');
    style.textContent = 'event-timeline::part(control) { padding: 4px 30px; min-width: 90px; margin: 0 8px; border: 3px solid; }';
    document.head.append(style);
    try {
      const el = await mountData(demo, DEMO_ATTRS, 1200);
      await click(part(el, 'fit')!);
      await still(el);
      expect(['overview-earlier', 'overview-later'].map((name) => part(el, name)!.getBoundingClientRect().width)).to.deep.equal([0, 0]);
      expect(track(el).getBoundingClientRect().width).to.be.above(part(el, 'overview')!.getBoundingClientRect().width - 20);
    } finally {
      style.remove();
    }
  });
});

describe('<event-timeline> overview: no-overview', () => {
  it('no-overview hides the strip; removing it brings the strip back', async () => {
    const el = await mountData(demo, { ...DEMO_ATTRS, 'no-overview': '' }, 1200);
    expect(part(el, 'plot'), 'the plot is drawn').to.exist;
    expect(part(el, 'overview')).to.equal(null);
    expect(part(el, 'overview-track')).to.equal(null);
    el.removeAttribute('no-overview');
    await settle(el);
    expect(part(el, 'overview')).to.exist;
  });
});

describe('<event-timeline> overview: right to left', () => {
  it('in Arabic (dir="rtl"), ArrowLeft moves later in time, and a late view\'s thumb sits on the left', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar" style="width:1200px"></div>`);
    const el = document.createElement('event-timeline');
    el.setAttribute('no-hash', '');
    el.data = demo;
    wrapper.append(el);
    await settle(el);
    const extent = await extentOf(el);
    await show(el, utc(2018, 6, 1), utc(2018, 12, 1));
    const s = span(el);
    const start0 = start(el);
    await tabToTrack(el);
    await press(el, 'ArrowLeft');
    expect(start(el) - start0, 'ArrowLeft moves the view later').to.be.closeTo(s / 10, 1);
    await press(el, 'ArrowRight');
    expect(start(el), 'ArrowRight moves it back').to.be.closeTo(start0, 1);

    await show(el, utc(2020, 1, 1), utc(2020, 7, 1));
    const thumb = thumbBox(el);
    const r = track(el).getBoundingClientRect();
    expect(thumb.right, 'a late view is on the left of the strip').to.be.below(r.left + r.width / 2);
    // Mirrored: the view's end is its share of the extent in from the track's right edge.
    expect(thumb.left).to.be.closeTo(stripX(el, extent, end(el), true), 1.5);
    expect(thumb.right).to.be.closeTo(stripX(el, extent, start(el), true), 1.5);
  });
});

describe('<event-timeline> overview with 100,000 events', () => {
  let el: Timeline;
  before(async () => {
    el = await mountOnce(syntheticTimeline({ count: 100_000, seed: 1 }), 1200);
  });
  after(() => el?.parentElement?.remove());

  it('the strip is a handful of elements, as many as for four events, and its density canvas is painted across the extent', async () => {
    const elements = (t: Timeline) => part(t, 'overview')!.querySelectorAll('*').length;
    const small = await mountData(syntheticTimeline({ count: 4, seed: 1 }), { locale: 'en', 'no-hash': '' }, 1200);
    expect(elements(el), 'no element per event').to.equal(elements(small));
    expect(elements(el)).to.be.at.most(30);
    const canvas = part(el, 'overview-track')!.querySelector('canvas')!;
    expect(canvas.width).to.be.above(0);
    const { data, width, height } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let columns = 0;
    for (let x = 0; x < width; x++) {
      for (let y = 0; y < height; y++) {
        if (data[(y * width + x) * 4 + 3]! > 0) {
          columns++;
          break;
        }
      }
    }
    // The synthetic events are spread over twenty years: most of the strip shows some.
    expect(columns / width, 'share of the strip painted').to.be.above(0.5);
  });
});

describe('<event-timeline> overview passes axe-core', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
  });

  it('the demo with its attributes, in the light theme', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const el = await mountData(demo, DEMO_ATTRS, 1200);
    expect(part(el, 'overview-track')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('the demo zoomed to mid-2018 (both count buttons shown), in the light theme', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const el = await mountData(demo, DEMO_ATTRS, 1200);
    await show(el, utc(2018, 3, 1), utc(2018, 9, 1));
    expect((part(el, 'overview-later') as HTMLButtonElement).disabled).to.equal(false);
    expect((part(el, 'overview-earlier') as HTMLButtonElement).disabled).to.equal(false);
    await expect(el).to.be.accessible();
  });
});
