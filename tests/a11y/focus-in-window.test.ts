/**
 * A key that moves focus to an event drawn above or below the window's edge scrolls the page just
 * enough to show it (WCAG 2.4.11, focus not obscured): focus itself never scrolls (it would also
 * scroll the element's clipping boxes), so before, keyboard focus went out of sight.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import { keepFrame, scrollToShow, STORY_MARGIN_SHARE, WINDOW_MARGIN_PX } from '../../src/layout/window-scroll.js';
import { inViewport, mountData, scrollRest, still } from '../helpers/timeline.js';
import type { Timeline } from '../helpers/timeline.js';

const ATTRS = { now: '2020-08-24', 'no-hash': '', start: '2020-03', end: '2020-10', style: '--timeline-max-height: none' };

/** The focused mark's box and its event's id (or null when focus is not on a mark). */
function focused(el: Timeline): { id: string; box: DOMRect } | null {
  const active = el.shadowRoot!.activeElement as HTMLElement | null;
  return active?.dataset.eventId ? { id: active.dataset.eventId, box: active.getBoundingClientRect() } : null;
}

describe('scrollToShow: the least page scroll that shows a box', () => {
  it('is 0 inside the window, brings a box below up to the margin, one above down to it, and shows a too-tall box from its top', () => {
    expect(scrollToShow(100, 140, 600)).to.equal(0);
    expect(scrollToShow(590, 620, 600)).to.equal(620 - 600 + WINDOW_MARGIN_PX);
    expect(scrollToShow(-50, -20, 600)).to.equal(-50 - WINDOW_MARGIN_PX);
    expect(scrollToShow(200, 1000, 600), 'its top at the window\'s top').to.equal(200);
  });

  it('keeps a share of the room clear at the edges when asked (a story step), no more than centres the box', () => {
    expect(scrollToShow(590, 620, 600, 0, 0, STORY_MARGIN_SHARE), 'a quarter of 600 px under it').to.equal(620 - 600 + 150);
    expect(scrollToShow(100, 140, 600, 60, 0, STORY_MARGIN_SHARE), 'inside, but within a quarter of the room under a 60 px header').to.equal(100 - 60 - 135);
    expect(scrollToShow(300, 340, 600, 0, 0, STORY_MARGIN_SHARE), 'in the middle half: no scroll').to.equal(0);
    expect(scrollToShow(700, 1100, 600, 0, 0, STORY_MARGIN_SHARE), 'a 400 px box: centred').to.equal(700 - 100);
  });

  it('holds a story step\'s margin to what shows more of the plot: a plot in the window stays, a taller one stops with its end at the window\'s', () => {
    // A mark at 560 of a 600 px window wants 110 px more than the 0 it needs, in a plot from 20 to 580: none of it.
    expect(keepFrame(110, 0, 20, 580, 600)).to.equal(0);
    // The plot ends 50 px below the window: the page goes that far, not 110.
    expect(keepFrame(110, 0, 20, 650, 600)).to.equal(50);
    // The mark itself below the window: at least what it needs, whatever the plot.
    expect(keepFrame(170, 36, 20, 610, 600)).to.equal(36);
    // Upwards, to the plot's top under a 60 px header at most (at 20 it is 40 px under it).
    expect(keepFrame(-150, 0, 20, 900, 600, 60)).to.equal(-40);
    expect(keepFrame(-150, 0, 70, 900, 600, 60)).to.equal(0);
    expect(keepFrame(-150, 0, -40, 900, 600, 60)).to.equal(-100);
    expect(keepFrame(-150, -30, 80, 900, 600)).to.equal(-30);
  });

  it('keeps clear of a page\'s fixed header and footer (its scroll-padding)', () => {
    expect(scrollToShow(40, 70, 600, 60), 'under a 60 px header').to.equal(40 - 60 - WINDOW_MARGIN_PX);
    expect(scrollToShow(100, 140, 600, 60)).to.equal(0);
    expect(scrollToShow(520, 550, 600, 0, 80), 'above an 80 px footer').to.equal(550 - 520 + WINDOW_MARGIN_PX);
  });
});

describe('keyboard focus stays in the window', () => {
  inViewport({ width: 1280, height: 500 });
  afterEach(() => {
    document.querySelectorAll('event-timeline').forEach((el) => el.remove());
  });

  it('↑ from the lowest lane to the highest: the page scrolls up with each mark that takes focus, each one whole in the window', async () => {
    const el = await mountData(tiktok2020, ATTRS, 1180);
    expect(el.getBoundingClientRect().height, 'taller than the window').to.be.above(window.innerHeight);
    // The reader scrolls down to the lowest lane and Tabs in from just before the timeline.
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    el.scrollIntoView({ block: 'end' });
    before.focus({ preventScroll: true });
    let guard = 0;
    while (!focused(el) && guard++ < 12) await sendKeys({ press: 'Tab' });
    await still(el);
    await scrollRest();
    const low = window.scrollY;
    expect(low, 'scrolled down').to.be.above(0);
    const out: string[] = [];
    const seen: string[] = [];
    for (let k = 0; k < 12; k++) {
      await still(el);
      await scrollRest();
      const now = focused(el)!;
      seen.push(now.id);
      if (now.box.top < 0 || now.box.bottom > window.innerHeight) out.push(`${now.id} at ${Math.round(now.box.top)}–${Math.round(now.box.bottom)}`);
      await sendKeys({ press: 'ArrowUp' });
    }
    before.remove();
    expect(out, 'focused marks out of the window').to.deep.equal([]);
    expect(window.scrollY, 'the page scrolled up with focus').to.be.below(low);
    expect(new Set(seen).size, 'focus went up through several lanes').to.be.at.least(4);
    expect(seen).to.include('national-guard-minneapolis');
  });

  it('a render that moves the focused mark (a pan) does not pull the page back to it after the reader scrolled away', async () => {
    const el = await mountData(tiktok2020, ATTRS, 1180);
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    let guard = 0;
    while (!focused(el) && guard++ < 12) await sendKeys({ press: 'Tab' });
    before.remove();
    // A key moves focus on (the page may scroll to show it, once).
    await sendKeys({ press: 'ArrowRight' });
    await still(el);
    await scrollRest();
    expect(focused(el), 'a mark has focus').to.not.equal(null);
    // The reader scrolls the page on, past the timeline; the page then pans the view.
    window.scrollTo(0, el.getBoundingClientRect().bottom + window.scrollY);
    const scrolled = window.scrollY;
    const { start, end } = el.visibleRange;
    const shift = (end.getTime() - start.getTime()) / 20;
    el.zoomTo(new Date(start.getTime() + shift), new Date(end.getTime() + shift), false);
    await still(el);
    await scrollRest();
    expect(window.scrollY, 'the page stays where the reader scrolled it').to.equal(scrolled);
  });
});

describe('a card opened by a click', () => {
  inViewport({ width: 768, height: 1024 });
  afterEach(() => {
    document.querySelectorAll('event-timeline').forEach((el) => el.remove());
    window.scrollTo(0, 0);
  });

  it('under the plot, takes focus and scrolls the page just enough to show its title: the clicked mark stays in the window', async () => {
    const el = await mountData(tiktok2020, { ...ATTRS, start: '2020-05-15', end: '2020-08-20' }, 760);
    // The page above the timeline: its plot's lower lanes near the window's bottom, the card below it.
    const spacer = document.createElement('div');
    spacer.style.height = `${Math.max(0, window.innerHeight - el.shadowRoot!.querySelector('[part~="plot"]')!.getBoundingClientRect().bottom + 40)}px`;
    el.before(spacer);
    await still(el);
    const mark = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-event-id]')].find((m) => m.dataset.eventId === 'fbi-sitrep-1')!;
    const box = mark.getBoundingClientRect();
    expect(box.bottom, 'the mark is in the window').to.be.below(window.innerHeight);
    const scrolled = window.scrollY;
    await sendMouse({ type: 'click', position: [Math.round(box.left + 6), Math.round(box.top + box.height / 2)] });
    await still(el);
    await scrollRest();
    const card = el.shadowRoot!.querySelector<HTMLElement>('[part~="card"]')!;
    expect(el.shadowRoot!.activeElement, 'the card has focus').to.equal(card);
    const title = el.shadowRoot!.getElementById(card.getAttribute('aria-labelledby')!)!.getBoundingClientRect();
    expect(title.bottom, 'the card\'s title is in the window').to.be.at.most(window.innerHeight);
    // Just enough for the title (the browser's own focus scroll showed the whole card: the mark
    // went out of the window when the card was taller than the room under it).
    const needed = Math.max(0, title.bottom + (window.scrollY - scrolled) - window.innerHeight + WINDOW_MARGIN_PX);
    expect(window.scrollY - scrolled, 'the page scrolled just enough').to.be.at.most(needed + 1);
    const after = mark.isConnected ? mark.getBoundingClientRect() : null;
    const now = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-event-id]')].find((m) => m.dataset.eventId === 'fbi-sitrep-1')!.getBoundingClientRect();
    expect((after ?? now).top, 'the clicked mark is still in the window').to.be.at.least(0);
    spacer.remove();
  });
});
