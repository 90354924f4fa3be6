/**
 * Story mode (issue 20): the demo document opens on its title card, and a reading path walks its
 * 23 events in time order with Start, Next, Previous, Last and Back to the title, with the arrow
 * keys while focus is in the timeline, and with swipes on the card on a phone. Each step keeps
 * the reader's scale: it zooms in only as far as the event's own mark needs, never below its
 * date's precision, and leaves the view alone when the event is already in view.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import { parseTimeline } from '../../src/model/parse.js';
import { toTimelineItems } from '../../src/model/items.js';
import { unitOf } from '../../src/scene/reveal.js';
import { touchDrag } from '../helpers/browser.js';
import { until } from '../helpers/signals.js';
import { cardTitle, click, drawn, drawnLabel, mountData, part, parts, plotRect, scrollRest, settle, span, still, VIEWPORT } from '../helpers/timeline.js';
import type { Timeline } from '../helpers/timeline.js';

/** The demo's events in time order, as the timeline orders them. */
const ORDER = toTimelineItems(parseTimeline(tiktok2020).document);
const DEMO = { now: '2020-08-24', 'now-label': 'Article published', 'no-hash': '', story: '' };

function position(el: Timeline): string | null {
  return part(el, 'position')?.querySelector('span')?.textContent ?? null;
}

function button(el: Timeline, name: string): HTMLButtonElement {
  const b = part(el, name) as HTMLButtonElement | null;
  if (!b) throw new Error(`no ${name} button`);
  return b;
}

async function press(el: Timeline, name: string): Promise<void> {
  await click(button(el, name));
  await still(el);
}

/** Whether the event's own mark is drawn wholly inside the plot, at least `edge` of its width from either side. */
function inView(el: Timeline, id: string, edge: number): boolean {
  const label = drawnLabel(el, id);
  if (!label) return false;
  const plot = plotRect(el);
  return label.markBox.left >= plot.left + plot.width * edge && label.markBox.right <= plot.right - plot.width * edge;
}

/**
 * A phone's reading path: ← "1 of 23" → on the first line, the arrows' words for assistive
 * technology only; the title's and Last's buttons under them, each on one line.
 */
function expectPhoneReadingPath(el: Timeline): void {
  const box = (name: string) => part(el, name)!.getBoundingClientRect();
  const [previous, position, next] = [box('previous'), box('position'), box('next')];
  expect(Math.abs(previous.top + previous.height / 2 - (next.top + next.height / 2)), 'Previous and Next on one line').to.be.below(1);
  expect(Math.abs(position.top + position.height / 2 - (next.top + next.height / 2)), '"1 of 23" level with them').to.be.below(2);
  expect(position.left, '"1 of 23" between them').to.be.above(previous.right);
  expect(position.right).to.be.below(next.left);
  for (const name of ['previous', 'next']) {
    expect(button(el, name).querySelector('.nav-word')!.getBoundingClientRect().width, `${name}: an arrow to the eye`).to.be.at.most(1);
  }
  // Its words are its accessible name: the arrow, the only other content, is hidden from it.
  for (const [name, words] of [['previous', 'Previous event'], ['next', 'Next event']] as const) {
    const b = button(el, name);
    expect(b.querySelector('.nav-word')!.textContent, `${name}'s words`).to.equal(words);
    expect([...b.children].filter((c) => !c.classList.contains('nav-word')).every((c) => c.getAttribute('aria-hidden') === 'true'), `${name}: the arrow hidden`).to.equal(true);
    expect(b.hasAttribute('aria-label'), `${name}: no other name`).to.equal(false);
  }
  // The lines a button's words take: the distinct tops of their boxes.
  const lines = (name: string) => {
    const range = document.createRange();
    range.selectNodeContents(button(el, name));
    return new Set([...range.getClientRects()].filter((r) => r.width > 1).map((r) => Math.round(r.top))).size;
  };
  // Words that say where it goes: "Last event" beside "Previous event" read as the one before.
  expect(button(el, 'last').textContent!.trim(), 'the last button\'s words').to.equal('To the end');
  for (const name of ['to-title', 'last']) {
    expect(box(name).top, `${name} under the first line`).to.be.at.least(next.bottom);
    expect(lines(name), `${name} on one line`).to.equal(1);
  }
}

describe('story mode', () => {
  afterEach(async () => {
    document.querySelectorAll('event-timeline').forEach((el) => el.remove());
    await setViewport(VIEWPORT);
  });

  it('opens on a title card with the document\'s title and description, and no event selected', async () => {
    const el = await mountData(tiktok2020, DEMO);
    const card = part(el, 'title-card')!;
    expect(card.querySelector('h2')!.textContent).to.equal(tiktok2020.title);
    expect(part(el, 'description')!.textContent).to.equal(tiktok2020.description);
    expect(el.selected).to.equal(null);
    expect(button(el, 'start').textContent).to.contain('Start');
  });

  it('Start then Next × 22 visits all 23 events in time order ("+N" members too), each with its own mark, never zooming below its date\'s unit, the zoom kept when it is in view, the view when it is well inside', async () => {
    const el = await mountData(tiktok2020, DEMO, 900);
    // Seen whole (no start/end), the dense weeks of May and June fold into "+N" marks.
    expect(parts(el, 'cluster').length, 'a "+N" at the start').to.be.greaterThan(0);
    const visited: string[] = [];
    let unchanged = 0;
    let samezoom = 0;
    for (let k = 0; k < ORDER.length; k++) {
      const item = ORDER[k]!;
      const was = inView(el, item.id, 0.05);
      const centred = inView(el, item.id, 0.2);
      const before = el.visibleRange;
      const spanBefore = span(el);
      await press(el, k === 0 ? 'start' : 'next');
      visited.push(el.selected!);
      expect(position(el)).to.equal(`${k + 1} of ${ORDER.length}`);
      expect(cardTitle(el)).to.equal(item.event.title);
      expect(drawnLabel(el, item.id), `${item.id} has its own mark`).to.not.equal(null);
      const unit = unitOf(item.startDate.precision);
      expect(span(el), `${item.id}: the view spans at least three units of its date`).to.be.at.least(3 * unit);
      if (item.startDate.precision === 'day') expect(drawn(el).axis.key, `${item.id}: no hour ticks`).to.not.match(/^(hour|minute)/);
      if (was) {
        samezoom++;
        expect(span(el), `${item.id} was in view: the zoom stays`).to.be.closeTo(spanBefore, spanBefore * 1e-9);
      }
      if (centred) {
        unchanged++;
        expect(el.visibleRange.start.getTime(), `${item.id} was well in view: the view stays`).to.equal(before.start.getTime());
        expect(el.visibleRange.end.getTime()).to.equal(before.end.getTime());
      }
    }
    expect(visited).to.deep.equal(ORDER.map((i) => i.id));
    expect(unchanged, 'some steps found their event well in view').to.be.at.least(2);
    expect(samezoom, 'some steps found their event in view').to.be.greaterThan(unchanged);
    // Next, pressed onto the last event, is unavailable and keeps focus (disabled, it dropped focus
    // to the page); so is Last.
    expect(button(el, 'next').getAttribute('aria-disabled')).to.equal('true');
    expect(button(el, 'last').getAttribute('aria-disabled')).to.equal('true');
    expect(el.shadowRoot!.activeElement === button(el, 'next'), 'focus stays on Next').to.equal(true);
    await sendKeys({ press: 'Enter' });
    await still(el);
    expect(position(el)).to.equal(`${ORDER.length} of ${ORDER.length}`);
    expect(el.shadowRoot!.activeElement === button(el, 'next')).to.equal(true);
  });

  it('zooms in for a dense stretch only, and back out to the reader\'s scale when a step allows', async () => {
    const el = await mountData(tiktok2020, DEMO, 900);
    const home = span(el);
    const spans: number[] = [];
    await press(el, 'start');
    spans.push(span(el));
    for (let k = 1; k < ORDER.length; k++) {
      await press(el, 'next');
      spans.push(span(el));
    }
    expect(spans[0], 'the first step keeps the scale').to.be.closeTo(home, home * 1e-9);
    const narrowest = spans.indexOf(Math.min(...spans));
    expect(spans[narrowest], 'a dense stretch is zoomed into').to.be.lessThan(home / 2);
    expect(spans.slice(narrowest).some((s) => Math.abs(s - home) < home * 1e-9), 'back at the reader\'s scale later').to.equal(true);
  });

  it('shows the document\'s image on the title card', async () => {
    const media = { src: '/demo/media/blueleaks.png', alt: 'A leaked bulletin', credit: 'DDoSecrets' };
    const el = await mountData({ ...tiktok2020, media }, DEMO);
    const img = part(el, 'title-card')!.querySelector('img')!;
    expect(img.getAttribute('src')).to.equal(media.src);
    expect(img.alt).to.equal(media.alt);
    expect(part(el, 'title-card')!.querySelector('figcaption')!.textContent).to.equal('DDoSecrets');
  });

  it('Last, Previous and Back to the title', async () => {
    const el = await mountData(tiktok2020, { ...DEMO, start: '2020-03', end: '2020-10' });
    const titleView = el.visibleRange;
    await press(el, 'start');
    await press(el, 'last');
    expect(position(el)).to.equal('23 of 23');
    expect(el.selected).to.equal(ORDER[22]!.id);
    await press(el, 'previous');
    expect(position(el)).to.equal('22 of 23');
    expect(el.selected).to.equal(ORDER[21]!.id);
    await press(el, 'to-title');
    expect(el.selected).to.equal(null);
    expect(part(el, 'title-card')).to.exist;
    expect(el.visibleRange.start.getTime(), 'the view the title card had').to.equal(titleView.start.getTime());
    expect(el.visibleRange.end.getTime()).to.equal(titleView.end.getTime());
  });

  it('←/→ step while focus is in the timeline (the card, a mark), not from the page nor in the toolbar', async () => {
    const el = await mountData(tiktok2020, DEMO);
    const outside = document.createElement('button');
    outside.textContent = 'page';
    el.before(outside);
    outside.focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(el.selected, 'the page\'s keys stay the page\'s').to.equal(null);
    // The toolbar keeps its own arrows (they move between its buttons).
    button(el, 'zoom-out').focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(el.selected, 'the toolbar\'s keys stay the toolbar\'s').to.equal(null);
    expect(el.shadowRoot!.activeElement === button(el, 'zoom-out'), 'focus moved along the toolbar').to.equal(false);
    button(el, 'start').focus();
    const visited: string[] = [];
    for (let k = 0; k < ORDER.length; k++) {
      await sendKeys({ press: 'ArrowRight' });
      await still(el);
      visited.push(el.selected!);
      expect(position(el)).to.equal(`${k + 1} of ${ORDER.length}`);
    }
    expect(visited).to.deep.equal(ORDER.map((i) => i.id));
    await sendKeys({ press: 'ArrowLeft' });
    await still(el);
    expect(el.selected).to.equal(ORDER[21]!.id);
    // From the event's own mark in the plot: the story steps and focus follows to the next mark.
    const mark = [...el.shadowRoot!.querySelectorAll<HTMLElement>('button[data-event-id]')].find((m) => m.dataset.eventId === el.selected)!;
    mark.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await still(el);
    expect(el.selected).to.equal(ORDER[20]!.id);
    expect((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.eventId).to.equal(ORDER[20]!.id);
    // Escape in the card goes back to the title card where the reader is: the view stays and
    // focus returns to the event's mark (it went to Start, under the plot, and a 768 px page
    // scrolled 500 px away from the event).
    button(el, 'next').focus();
    const view = el.visibleRange;
    await sendKeys({ press: 'Escape' });
    await still(el);
    expect(el.selected).to.equal(null);
    expect(part(el, 'title-card'), 'the title card shows').to.exist;
    expect((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.eventId, 'focus is on the event\'s mark').to.equal(ORDER[20]!.id);
    expect(el.visibleRange.start.getTime(), 'the view stays').to.equal(view.start.getTime());
    // → on that mark steps from its event (it went to the first event, from the title card).
    await sendKeys({ press: 'ArrowRight' });
    await still(el);
    expect(el.selected).to.equal(ORDER[21]!.id);
    expect(position(el)).to.equal(`22 of ${ORDER.length}`);
    outside.remove();
  });

  it('← and → on another event\'s mark step from that event; Home and End on a mark go to the first and last event', async () => {
    const el = await mountData(tiktok2020, DEMO);
    await press(el, 'start');
    // The reader Tabs from the card to the plot's marks: the fifth event's mark, while the card shows the first.
    const fifth = ORDER[4]!.id;
    const mark = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="plot"] button[data-event-id]')].find((m) => m.dataset.eventId === fifth);
    await until('the fifth event has a mark', () => !!mark());
    mark()!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await still(el);
    expect(el.selected, '→ on the fifth event\'s mark opens the sixth').to.equal(ORDER[5]!.id);
    expect((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.eventId, 'focus follows').to.equal(ORDER[5]!.id);
    mark()!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await still(el);
    expect(el.selected, '← on it opens the fourth').to.equal(ORDER[3]!.id);
    await sendKeys({ press: 'End' });
    await still(el);
    expect(el.selected, 'End: the last event').to.equal(ORDER[ORDER.length - 1]!.id);
    expect(position(el)).to.equal(`${ORDER.length} of ${ORDER.length}`);
    expect(cardTitle(el)).to.equal(ORDER[ORDER.length - 1]!.event.title);
    await sendKeys({ press: 'Home' });
    await still(el);
    expect(el.selected, 'Home: the first event').to.equal(ORDER[0]!.id);
    expect(cardTitle(el)).to.equal(ORDER[0]!.event.title);
    // In the card (a scroll box beside the plot) End is the card's: the story stays.
    part(el, 'card')!.focus();
    await sendKeys({ press: 'End' });
    await still(el);
    expect(el.selected, 'End in the card leaves the story where it is').to.equal(ORDER[0]!.id);
    // Escape on a mark, as on the card: the title card, focus on the mark of the event it showed.
    mark()!.focus();
    await sendKeys({ press: 'Escape' });
    await still(el);
    expect(el.selected).to.equal(null);
    expect((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.eventId).to.equal(ORDER[0]!.id);
    // The reader zooms in and sets out again from here: "Back to the title" returns to this view,
    // where the title card was left last (it went to the view of the first Start).
    await sendKeys({ press: '+' });
    await still(el);
    const left = el.visibleRange;
    await sendKeys({ press: 'ArrowRight' });
    await still(el);
    expect(el.selected).to.equal(ORDER[1]!.id);
    await press(el, 'to-title');
    expect(el.visibleRange.start.getTime(), 'the view the title card was left at').to.equal(left.start.getTime());
    expect(el.visibleRange.end.getTime()).to.equal(left.end.getTime());
  });

  for (const orientation of ['vertical', 'horizontal'] as const) {
    it(`on a 390 × 844 phone (${orientation}) the card takes the width with large type and buttons, and swiping it moves to the next and previous event`, async () => {
      await setViewport({ width: 390, height: 844 });
      const el = await mountData(tiktok2020, { ...DEMO, orientation }, 390);
      await press(el, 'start');
      const card = part(el, 'card')!;
      // Vertical, the card sits under its event's row, beside the axis; horizontal, under the plot.
      const room = orientation === 'vertical' ? part(el, 'vertical')!.getBoundingClientRect().width * 0.8 : el.getBoundingClientRect().width - 2;
      expect(card.getBoundingClientRect().width).to.be.at.least(room - 1);
      for (const name of ['previous', 'next']) expect(button(el, name).getBoundingClientRect().height, `${name} is thumb-sized`).to.be.at.least(44);
      expectPhoneReadingPath(el);
      const fontSize = (e: Element) => parseFloat(getComputedStyle(e).fontSize);
      expect(fontSize(card.querySelector('p')!), 'larger type than the timeline\'s').to.be.greaterThan(fontSize(el));
      const swipe = async (dx: number, dy = 0) => {
        part(el, 'card')!.scrollIntoView({ block: 'center' });
        const r = part(el, 'card')!.getBoundingClientRect();
        const x = r.left + r.width / 2;
        const y = r.top + Math.min(r.height / 2, 120);
        await touchDrag([{ from: [x - dx / 2, y - dy / 2], to: [x + dx / 2, y + dy / 2] }], 8);
        await still(el);
      };
      await swipe(-200);
      expect(el.selected).to.equal(ORDER[1]!.id);
      await swipe(-200);
      expect(el.selected).to.equal(ORDER[2]!.id);
      await swipe(200);
      expect(el.selected).to.equal(ORDER[1]!.id);
      await swipe(20, -200);
      expect(el.selected, 'a vertical move is not a swipe').to.equal(ORDER[1]!.id);
      window.scrollTo(0, 0);
    });
  }

  for (const width of [320, 375]) {
    it(`on a ${width} px phone the reading path keeps ← "1 of 23" → on one line and its buttons whole`, async () => {
      await setViewport({ width, height: 800 });
      const el = await mountData(tiktok2020, { ...DEMO, orientation: 'vertical' }, width);
      await press(el, 'start');
      expectPhoneReadingPath(el);
      window.scrollTo(0, 0);
    });
  }

  it('on a phone, Next stays under the finger: tapping the same spot again and again walks the story, each event\'s row in view', async () => {
    await setViewport({ width: 375, height: 740 });
    const el = await mountData(tiktok2020, { ...DEMO, orientation: 'vertical' }, 375);
    await press(el, 'start');
    const next = button(el, 'next').getBoundingClientRect();
    const centre = next.top + next.height / 2;
    const spot: [number, number] = [Math.round(next.left + next.width / 2), Math.round(centre)];
    for (let step = 1; step <= 6; step++) {
      // The reader's thumb lands where Next was (the card moved down the list under the next row).
      await sendMouse({ type: 'click', position: spot });
      await still(el);
      await scrollRest();
      expect(el.selected, `tap ${step} on the same spot`).to.equal(ORDER[step]!.id);
      const now = button(el, 'next').getBoundingClientRect();
      // The window scrolls by whole pixels: a step may leave it a fraction of one off.
      expect(Math.abs(now.top + now.height / 2 - centre), `after tap ${step}, Next is where it was`).to.be.below(2);
      expect(spot[1], `after tap ${step}, the spot is on Next`).to.be.within(now.top + 4, now.bottom - 4);
      const row = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="vertical"] button[data-event-id]')].find((r) => r.dataset.eventId === ORDER[step]!.id)!;
      const box = row.getBoundingClientRect();
      const toolbar = el.shadowRoot!.querySelector('.toolbar')!.getBoundingClientRect();
      expect(box.top, `the row of event ${step + 1} is below the toolbar`).to.be.at.least(Math.min(toolbar.bottom, toolbar.height) - 1);
      expect(box.bottom, `the row of event ${step + 1} is in the window`).to.be.at.most(window.innerHeight);
    }
    window.scrollTo(0, 0);
  });

  it('→ on a row of the vertical list steps the story, and focus follows to the next event\'s row', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await mountData(tiktok2020, { ...DEMO, orientation: 'vertical' }, 390);
    await press(el, 'start');
    const row = (id: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="vertical"] button[data-event-id]')].find((r) => r.dataset.eventId === id);
    row(ORDER[0]!.id)!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await still(el);
    expect(el.selected).to.equal(ORDER[1]!.id);
    expect((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.eventId).to.equal(ORDER[1]!.id);
    await sendKeys({ press: 'ArrowLeft' });
    await still(el);
    expect(el.selected).to.equal(ORDER[0]!.id);
    expect((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.eventId).to.equal(ORDER[0]!.id);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`passes axe on the title card and with an event's card (${colorScheme})`, async () => {
      await emulateMedia({ colorScheme });
      const el = await mountData(tiktok2020, DEMO);
      await expect(el).to.be.accessible();
      await press(el, 'start');
      await press(el, 'next');
      await expect(el).to.be.accessible();
      await emulateMedia({ colorScheme: 'light' });
    });
  }
});

describe('without story mode', () => {
  afterEach(() => document.querySelectorAll('event-timeline').forEach((el) => el.remove()));

  it('a compact line shows the title, and "About" shows the description (axe-clean both ways)', async () => {
    const el = await mountData(tiktok2020, { 'no-hash': '' });
    const toolbar = el.shadowRoot!.querySelector('.toolbar')!;
    const height = toolbar.getBoundingClientRect().height;
    expect(part(el, 'title')!.textContent).to.equal(tiktok2020.title);
    expect(part(el, 'title-card')).to.equal(null);
    expect(part(el, 'description')).to.equal(null);
    const about = button(el, 'about');
    expect(about.getAttribute('aria-expanded')).to.equal('false');
    await expect(el).to.be.accessible();
    await click(about);
    await settle(el);
    expect(part(el, 'description')!.textContent).to.equal(tiktok2020.description);
    expect(about.getAttribute('aria-expanded')).to.equal('true');
    expect(toolbar.getBoundingClientRect().height, 'the title takes no line of its own').to.equal(height);
    await expect(el).to.be.accessible();
  });

  it('a long title gives way to the "About" button (its word stays inside it) at 700 px, on two lines; read vertically at 375 px it has two lines of its own', async () => {
    const long = { ...tiktok2020, title: 'Synthetic timeline of data sharing with U.S. authorities (100,000 events, seed 1)' };
    let oneLine = 0;
    for (const width of [700, 375]) {
      const el = await mountData(long, { 'no-hash': '' }, width);
      const about = button(el, 'about');
      const title = part(el, 'title')!;
      const range = el.shadowRoot!.querySelector('.range-label')!.getBoundingClientRect();
      const box = about.getBoundingClientRect();
      const words = document.createRange();
      words.selectNodeContents(about);
      const text = words.getBoundingClientRect();
      expect(text.left, `${width}: "About" inside its button`).to.be.at.least(box.left);
      expect(text.right, `${width}: "About" inside its button`).to.be.at.most(box.right);
      expect(about.scrollWidth, `${width}: nothing of it clipped`).to.be.at.most(about.clientWidth);
      if (width === 700) {
        oneLine = parseFloat(getComputedStyle(title).lineHeight);
        expect(title.getBoundingClientRect().height, `${width}: the title takes two lines`).to.be.closeTo(2 * oneLine, 2);
        expect(title.scrollHeight, `${width}: the title is cut past them`).to.be.above(title.clientHeight);
        expect(box.right, 'the button ends before the visible span begins').to.be.at.most(range.left);
        expect(Math.abs(box.top + box.height / 2 - (range.top + range.height / 2)), 'on one line with the span').to.be.below(4);
      } else {
        const toolbar = el.shadowRoot!.querySelector('.toolbar')!.getBoundingClientRect();
        expect(title.getBoundingClientRect().width, 'the title takes most of the phone\'s width').to.be.above((toolbar.width - box.width) * 0.6);
        expect(range.top, 'the visible span is on the next line').to.be.at.least(box.bottom - 0.5);
        // Two lines at most (the toolbar sticks to the window's top): cut on one, the 100,000-event
        // page's "Synthetic timeline (100,000…" lost what the timeline is.
        expect(title.getBoundingClientRect().height, 'two lines').to.be.closeTo(2 * oneLine, 2);
        const shorter = await mountData({ ...long, title: 'Synthetic timeline (100,000 events, seed 1)' }, { 'no-hash': '' }, width);
        const whole = part(shorter, 'title')!;
        expect(whole.getBoundingClientRect().height, 'on two lines').to.be.closeTo(2 * oneLine, 2);
        expect(whole.scrollHeight, 'a title of two lines\' length is whole').to.be.at.most(whole.clientHeight);
        expect(whole.scrollWidth).to.be.at.most(whole.clientWidth);
        shorter.remove();
      }
      el.remove();
    }
  });

  it('at 768 px the title takes the room the visible span and the buttons leave: whole, on a second line when it needs one', async () => {
    for (const title of ['TikTok', 'Synthetic timeline (six lanes)', 'Synthetic timeline of data sharing with U.S. authorities (100,000 events, seed 1)']) {
      const el = await mountData({ ...tiktok2020, title }, { 'no-hash': '' }, 768);
      const shown = part(el, 'title')!;
      const about = button(el, 'about').getBoundingClientRect();
      const range = el.shadowRoot!.querySelector('.range-label')!;
      const controls = part(el, 'controls')!.getBoundingClientRect();
      expect(range.scrollWidth, `${title}: the visible span is whole`).to.be.at.most(range.clientWidth);
      expect(Math.abs(controls.top - about.top), `${title}: the buttons on the title's line`).to.be.below(4);
      // Cut to "Synthetic timeline of data sharing wi…" on one line before; whole on two now.
      const lines = Math.round(shown.getBoundingClientRect().height / parseFloat(getComputedStyle(shown).lineHeight));
      expect(lines, `${title}: lines`).to.equal(title.length < 40 ? 1 : 2);
      expect(shown.scrollWidth, `${title}: whole`).to.be.at.most(shown.clientWidth);
      expect(shown.scrollHeight, `${title}: whole, no line cut off`).to.be.at.most(shown.clientHeight);
      // Past "About" only the header's padding, the rule and the toolbar's gap: no blank before the
      // rule after a short title, and a long one cut where the span begins.
      expect(range.getBoundingClientRect().left - about.right, `${title}: the span right after the title`).to.be.below(24);
      el.remove();
    }
  });

  it('at 768 px a long visible span (deep time\'s "14.5 billion years ago – 65 million years ago") sends the buttons to the next line: the title and the span are whole', async () => {
    const cosmos = await (await fetch(new URL('../../events/cosmos.json', import.meta.url))).json();
    // A view of part of the events: named as it is (a view of all of them names their span, shorter).
    const el = await mountData(cosmos, { 'no-hash': '', now: '2026-12-03' }, 768);
    const year = 365.2425 * 86_400_000;
    el.zoomTo(-14.5e9 * year, -65e6 * year, false);
    await settle(el);
    const title = part(el, 'title')!;
    const range = el.shadowRoot!.querySelector('.range-label')!;
    const about = button(el, 'about').getBoundingClientRect();
    expect(range.textContent, 'a long span').to.match(/^14\.5 billion years ago – \d+ million years ago$/);
    expect(title.textContent).to.equal('From the Big Bang to today');
    expect(title.scrollWidth, 'the title is whole').to.be.at.most(title.clientWidth);
    expect(range.scrollWidth, 'the span is whole').to.be.at.most(range.clientWidth);
    expect(part(el, 'controls')!.getBoundingClientRect().top, 'the buttons on the next line').to.be.at.least(about.bottom - 0.5);
    el.remove();
  });

  it('a title of fifty characters is whole at 1280 px, on one line with the visible span and the buttons', async () => {
    const named = { ...tiktok2020, title: 'A synthetic timeline of six lanes (100,000 events)' };
    const el = await mountData(named, { 'no-hash': '' }, 1280);
    const title = part(el, 'title')!;
    const range = el.shadowRoot!.querySelector('.range-label')!;
    const controls = part(el, 'controls')!.getBoundingClientRect();
    expect(title.scrollWidth, 'the title is whole').to.be.at.most(title.clientWidth);
    expect(range.scrollWidth, 'the visible span is whole').to.be.at.most(range.clientWidth);
    expect(controls.top, 'the buttons on the title\'s line').to.be.below(title.getBoundingClientRect().bottom);
    el.remove();
  });

  it('a long title never pushes the buttons to a line of their own, at any width from 600 to 1,400 px, in English and German: it takes a second line beside them at most', async () => {
    const long = { ...tiktok2020, title: 'Synthetic timeline of data sharing with U.S. authorities (100,000 events, seed 1)' };
    for (const locale of ['en', 'de']) {
      for (let width = 600; width <= 1400; width += 100) {
        const toolbar = async (doc: typeof long) => {
          const el = await mountData(doc, { 'no-hash': '', locale }, width);
          const bar = el.shadowRoot!.querySelector('.toolbar')!.getBoundingClientRect();
          const title = part(el, 'title')!.getBoundingClientRect();
          const controls = part(el, 'controls')!.getBoundingClientRect();
          const line = parseFloat(getComputedStyle(part(el, 'title')!).lineHeight);
          el.remove();
          return { height: bar.height, line, beside: controls.top < title.bottom && controls.bottom > title.top };
        };
        const short = await toolbar({ ...long, title: 'Short' });
        const longer = await toolbar(long);
        expect(longer.beside, `${locale} ${width}: the buttons beside the title`).to.equal(true);
        expect(longer.height, `${locale} ${width}: at most a line taller than with a short title`).to.be.at.most(short.height + longer.line + 0.5);
      }
    }
  });

  it('a markup timeline\'s title is its aria-label', async () => {
    const el = document.createElement('event-timeline');
    el.setAttribute('aria-label', 'The order, step by step');
    el.setAttribute('story', '');
    el.setAttribute('no-hash', '');
    el.innerHTML = '<timeline-event id="a"><time datetime="2020-08-06">6 August</time><h3>Signed</h3></timeline-event>';
    document.body.append(el);
    await settle(el);
    expect(part(el, 'title-card')!.querySelector('h2')!.textContent).to.equal('The order, step by step');
    await press(el, 'start');
    expect(cardTitle(el)).to.equal('Signed');
    expect(position(el)).to.equal('1 of 1');
  });
});
