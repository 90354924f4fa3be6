/**
 * Story mode on a wide element (STORY_BESIDE_PX and wider): the card stands beside the plot, in
 * a column at its end, so that the axis, the event being read and its text fit one window. Under
 * the plot, the demo's story was taller than a 900 px window and the reader lost the axis's
 * months while reading a card.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import { de } from '../../src/i18n/de.js';
import { STORY_BESIDE_PX } from '../../src/elements/render-story.js';
import { cardTitle, click, drawn, drawnLabel, inside, inViewport, mountData, part, plotRect, scrollRest, settle, still, VIEWPORT } from '../helpers/timeline.js';
import type { Timeline } from '../helpers/timeline.js';
import { until } from '../helpers/signals.js';

const DEMO = { now: '2020-08-24', 'now-label': 'Article published', 'no-hash': '', story: '', start: '2020-03', end: '2020-10', style: '--timeline-max-height: none' };

/** The story's column (the title card or the event's card with the reading path). */
function storyBox(el: Timeline): DOMRect {
  return el.shadowRoot!.querySelector('.story')!.getBoundingClientRect();
}

async function press(el: Timeline, name: string): Promise<void> {
  await click(part(el, name)!);
  await still(el);
}

/**
 * Starts the story and steps through it with Next, saying of each step what the window leaves
 * out once the page has stopped scrolling: the event's mark, and what `more(step)` names.
 */
async function walkStory(el: Timeline, more: (step: number) => string[] = () => []): Promise<string[]> {
  await press(el, 'start');
  const seen: string[] = [];
  for (let k = 1; k < tiktok2020.events.length; k++) {
    await scrollRest();
    const mark = drawnLabel(el, el.selected!)!.markBox;
    if (!inside(mark)) seen.push(`step ${k} (${cardTitle(el)}): mark at ${Math.round(mark.top)}–${Math.round(mark.bottom)}`);
    seen.push(...more(k));
    await press(el, 'next');
  }
  return seen;
}

/** The titles of marks in the plot whose label is cut. */
function cutLabels(el: Timeline): string[] {
  const width = plotRect(el).width;
  return drawn(el).lanes.flatMap((lane) => lane.marks.filter((m) => m.left >= 0 && m.right <= width && m.label.truncated).map((m) => m.label.full));
}

/** Room under the timeline's box (an article goes on under it, so the page can scroll); remove it after. */
function roomBelow(box: Element, px: number): HTMLElement {
  const after = document.createElement('div');
  after.style.height = `${px}px`;
  box.after(after);
  return after;
}

describe(`story mode at ${STORY_BESIDE_PX} px and wider`, () => {
  afterEach(() => {
    document.querySelectorAll('event-timeline').forEach((el) => el.remove());
  });

  it('the demo at 1180 px: the title card beside the plot from its top, the plot the rest of the width with every label whole, all of it shorter than a 900 px window', async () => {
    const el = await mountData(tiktok2020, DEMO, 1180);
    const plot = plotRect(el);
    const card = storyBox(el);
    expect(part(el, 'title-card'), 'the title card').to.not.equal(null);
    expect(card.left, 'the card starts where the plot ends').to.be.closeTo(plot.right, 1.5);
    expect(card.top, 'level with the plot').to.be.closeTo(plot.top, 1.5);
    expect(card.width, 'a column of 18 to 26 em').to.be.within(252, 364 + 1);
    expect(drawn(el).scale.range()[1], 'the scene is drawn for the plot\'s width').to.be.closeTo(plot.width, 1);
    expect(cutLabels(el)).to.deep.equal([]);
    expect(el.getBoundingClientRect().height).to.be.at.most(VIEWPORT.height);
  });

  it('Start, then Next with the mouse to the first FBI SITREP: its mark, the axis and its card are in the window together', async () => {
    const el = await mountData(tiktok2020, DEMO, 1180);
    await press(el, 'start');
    for (let k = 0; k < 10; k++) await press(el, 'next');
    expect(cardTitle(el)).to.equal('First FBI SITREP names TikTok');
    const plot = plotRect(el);
    const card = storyBox(el);
    const mark = drawnLabel(el, el.selected!)!.markBox;
    expect(card.left).to.be.closeTo(plot.right, 1.5);
    for (const [name, box] of [['axis', plot], ['mark', mark], ['card', card]] as const) {
      expect(box.top, `${name} top`).to.be.at.least(0);
      expect(box.bottom, `${name} bottom`).to.be.at.most(VIEWPORT.height);
    }
    expect(mark.left).to.be.at.least(plot.left);
    expect(mark.right).to.be.at.most(plot.right);
    // The reading path: Previous and Next on its first line, Back to the title under them.
    const [previous, next] = [part(el, 'previous')!.getBoundingClientRect(), part(el, 'next')!.getBoundingClientRect()];
    expect(next.top).to.be.closeTo(previous.top, 1);
    expect(part(el, 'to-title')!.getBoundingClientRect().top).to.be.greaterThan(previous.bottom);
  });

  // At the narrowest width that shows the card beside the plot: the plot is narrowest there.
  it(`at ${STORY_BESIDE_PX} px, every step of the story (Start, Next × 22) keeps every label in the plot whole`, async () => {
    const el = await mountData(tiktok2020, DEMO, STORY_BESIDE_PX);
    expect(storyBox(el).left).to.be.closeTo(plotRect(el).right, 1.5);
    const cut: string[] = [];
    await press(el, 'start');
    for (let k = 0; k < tiktok2020.events.length; k++) {
      cut.push(...cutLabels(el).map((title) => `step ${k + 1}: ${title}`));
      if (k < tiktok2020.events.length - 1) await press(el, 'next');
    }
    expect(cardTitle(el), 'the last step').to.equal('Deadline of the executive order');
    expect(cut).to.deep.equal([]);
  });

  it('in a language with long words for them each button keeps its words on one line with its arrow; where the two do not fit side by side, each takes a line of the column', async () => {
    let stacked = 0;
    for (const width of [STORY_BESIDE_PX, 1180, 1280]) {
      const el = await mountData(tiktok2020, { ...DEMO, locale: 'de' }, width);
      // German's words of an earlier version ("Zurück" and "Weiter" fit side by side).
      el.strings = { ...de, previous: 'Vorheriges Ereignis', next: 'Nächstes Ereignis' };
      await press(el, 'start');
      await press(el, 'next');
      const boxes = [];
      for (const name of ['previous', 'next'] as const) {
        const button = part(el, name)!;
        const lines = [...button.querySelector('.nav-word')!.getClientRects()];
        const arrow = button.querySelector('.arrow')!.getBoundingClientRect();
        expect(lines.length, `${width} px, ${name}: its words on one line ("${button.textContent!.trim()}")`).to.equal(1);
        expect(arrow.top, `${width} px, ${name}: the arrow on that line`).to.be.closeTo(lines[0]!.top, 4);
        const box = button.getBoundingClientRect();
        const column = part(el, 'card')!.getBoundingClientRect();
        expect(box.right, `${width} px, ${name}: inside the column`).to.be.at.most(column.right + 0.5);
        boxes.push(box);
      }
      if (boxes[1]!.top >= boxes[0]!.bottom) stacked++;
      el.remove();
    }
    expect(stacked, 'widths where Previous and Next each take a line').to.be.at.least(1);
  });

  it('in German ("← Zurück", "Weiter →") Previous and Next share the first line at every width', async () => {
    for (const width of [STORY_BESIDE_PX, 1180, 1280]) {
      const el = await mountData(tiktok2020, { ...DEMO, locale: 'de' }, width);
      await press(el, 'start');
      await press(el, 'next');
      expect(part(el, 'previous')!.textContent!.trim(), 'in German').to.match(/Zurück$/);
      const [previous, next] = (['previous', 'next'] as const).map((name) => part(el, name)!.getBoundingClientRect());
      expect(next!.top, `${width} px: one line`).to.be.closeTo(previous!.top, 1);
      el.remove();
    }
  });

  it('Tab goes through the reading path in the order it is seen: Previous, Next (first line), Back to the title, Last', async () => {
    const el = await mountData(tiktok2020, DEMO, 1180);
    await press(el, 'start');
    await press(el, 'next');
    const order = ['previous', 'next', 'to-title', 'last'];
    const boxes = order.map((name) => part(el, name)!.getBoundingClientRect());
    expect(boxes[1]!.top, 'Next beside Previous').to.be.closeTo(boxes[0]!.top, 1);
    expect(boxes[2]!.top, 'the title under them').to.be.greaterThan(boxes[0]!.bottom);
    expect(boxes[3]!.top, 'Last beside it').to.be.closeTo(boxes[2]!.top, 1);
    part(el, 'previous')!.focus();
    const reached = [];
    for (let k = 0; k < order.length; k++) {
      reached.push(el.shadowRoot!.activeElement?.getAttribute('part')?.split(' ').find((p) => order.includes(p)));
      await sendKeys({ press: 'Tab' });
    }
    expect(reached).to.deep.equal(order);
  });

  it('in a box the page makes 560 px tall, the plot shrinks to fit beside the card, the overview under it, nothing spilling out', async () => {
    const el = await mountData(tiktok2020, DEMO, 1180);
    const natural = plotRect(el).height;
    el.style.height = '560px';
    await settle(el);
    await still(el);
    const host = el.getBoundingClientRect();
    const plot = plotRect(el);
    const overview = part(el, 'overview')!.getBoundingClientRect();
    expect(host.height, '560 px and its border').to.be.closeTo(562, 1);
    expect(plot.height, `shorter than the ${natural} px its rows asked for`).to.be.below(natural - 100);
    expect(storyBox(el).left).to.be.closeTo(plot.right, 1.5);
    expect(overview.top, 'the overview under the plot').to.be.closeTo(plot.bottom, 1.5);
    expect(overview.bottom, 'inside the element').to.be.at.most(host.bottom);
    expect(storyBox(el).bottom, 'the card\'s column ends with the element').to.be.at.most(host.bottom);
    const scene = drawn(el);
    const lanesBottom = Math.max(...scene.lanes.map((lane) => lane.top + lane.height));
    expect(lanesBottom, 'the lanes fit the plot').to.be.at.most(plot.height + 1);
  });

  it('right to left, the card stands at the plot\'s end on the left', async () => {
    const el = await mountData(tiktok2020, { ...DEMO, dir: 'rtl' }, 1180);
    const plot = plotRect(el);
    const card = storyBox(el);
    expect(card.right).to.be.closeTo(plot.left, 1.5);
    expect(drawn(el).scale.range()[0], 'mirrored scale over the plot\'s width').to.be.closeTo(plot.width, 1);
  });

  it('narrowed below it, the card goes under the overview, pinned to the window\'s bottom while the plot above it runs on past that, and the plot takes the whole width; widened again, beside', async () => {
    const el = await mountData(tiktok2020, DEMO, 1180);
    const wrapper = el.parentElement!;
    wrapper.style.width = `${STORY_BESIDE_PX - 60}px`;
    await settle(el);
    await still(el);
    let plot = plotRect(el);
    window.scrollTo(0, 0);
    expect(el.getBoundingClientRect().bottom, 'the story is taller than the window').to.be.above(window.innerHeight);
    expect(storyBox(el).bottom, 'pinned to the window\'s bottom').to.be.closeTo(window.innerHeight, 1);
    expect(part(el, 'start')!.getBoundingClientRect().bottom, 'Start in the window').to.be.below(window.innerHeight);
    window.scrollTo(0, window.scrollY + el.getBoundingClientRect().bottom - window.innerHeight);
    const overview = part(el, 'overview')!.getBoundingClientRect();
    expect(storyBox(el).top, 'at the element\'s end, under the overview').to.be.at.least(overview.bottom - 1);
    window.scrollTo(0, 0);
    expect(plot.width).to.be.closeTo(el.getBoundingClientRect().width - 2, 1);
    expect(drawn(el).scale.range()[1]).to.be.closeTo(plot.width, 1);
    wrapper.style.width = '1180px';
    await settle(el);
    await still(el);
    plot = plotRect(el);
    expect(storyBox(el).left).to.be.closeTo(plot.right, 1.5);
    expect(drawn(el).scale.range()[1]).to.be.closeTo(plot.width, 1);
  });

  it('the page scrolled to the plot\'s lower half, a step to a taller card (a chart) leaves Next where the reader pressed it, not pushed above the window by the plot\'s end', async () => {
    const el = await mountData(tiktok2020, DEMO, 1180);
    // An article goes on under the timeline.
    const after = roomBelow(el.parentElement!, 1600);
    try {
      await press(el, 'start');
      // The plot's end just under the first card's foot: its card fits above it, a taller one does not.
      const stage = el.shadowRoot!.querySelector('.stage')!.getBoundingClientRect();
      window.scrollBy(0, stage.bottom - part(el, 'card')!.getBoundingClientRect().height - 10);
      await scrollRest();
      const at = part(el, 'next')!.getBoundingClientRect().top;
      expect(at, 'Next in the window').to.be.within(0, window.innerHeight - 40);
      for (const id of ['musically-merged', 'transparency-report-2019']) {
        await press(el, 'next');
        expect(el.selected).to.equal(id);
        const card = part(el, 'card')!;
        await until('its images', () => [...card.querySelectorAll('img')].every((i) => i.complete));
        await scrollRest();
        expect(part(el, 'next')!.getBoundingClientRect().top, `at ${id}, Next where it was`).to.be.closeTo(at, 2);
      }
      expect(part(el, 'card')!.querySelector('img'), 'the chart').to.not.equal(null);
    } finally {
      after.remove();
    }
  });

  it('narrowed to a phone\'s width and widened again with a card open, the page shows the event\'s mark and its card, not where the tall list had scrolled it', async () => {
    const el = await mountData(tiktok2020, { ...DEMO, style: '--timeline-max-height: none; --timeline-vertical-below: 600px' }, 1180);
    const wrapper = el.parentElement!;
    wrapper.style.width = '';
    const after = roomBelow(wrapper, 1600);
    try {
      await press(el, 'start');
      for (let k = 0; k < 8; k++) await press(el, 'next');
      const id = el.selected!;
      await setViewport({ width: 375, height: 812 });
      await until('read vertically', () => el.matches(':state(vertical)'));
      await settle(el);
      await scrollRest();
      expect(window.scrollY, 'the list scrolled the page down to its row').to.be.above(400);
      await setViewport(VIEWPORT);
      await until('the plot again', () => !el.matches(':state(vertical)') && el.shadowRoot!.querySelector('[part~="plot"]'));
      await still(el);
      await scrollRest();
      expect(el.selected).to.equal(id);
      const mark = drawnLabel(el, id)!.markBox;
      expect(inside(mark), `its mark at ${Math.round(mark.top)}`).to.equal(true);
      const title = part(el, 'card')!.querySelector('h1, h2, h3, h4, h5, h6')!.getBoundingClientRect();
      expect(inside(title), `its card's title at ${Math.round(title.top)}`).to.equal(true);
    } finally {
      after.remove();
      await setViewport(VIEWPORT);
    }
  });

  it('on a tablet held upright (768 × 1024) the card pinned under the plot takes at most 18 rem of the window, its words and buttons whole in it, and the plot the rest', async () => {
    await setViewport({ width: 768, height: 1024 });
    try {
      const el = await mountData(tiktok2020, DEMO, 740);
      window.scrollTo(0, 0);
      await press(el, 'start');
      for (let k = 0; k < 12; k++) await press(el, 'next');
      await scrollRest();
      const panel = storyBox(el);
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      expect(panel.bottom, "pinned to the window's bottom").to.be.closeTo(window.innerHeight, 1);
      // At 40 % of the window (410 px) it was 250 px of empty panel over the plot's last lane.
      expect(panel.height, 'its height').to.be.at.most(18 * rem + 1);
      for (const name of ['previous', 'next', 'to-title']) {
        const box = part(el, name)!.getBoundingClientRect();
        expect(box.top, `${name} in the panel`).to.be.at.least(panel.top);
        expect(box.bottom, `${name} in the panel`).to.be.at.most(panel.bottom);
      }
      const title = part(el, 'card')!.querySelector('h1, h2, h3, h4, h5, h6')!.getBoundingClientRect();
      expect(title.bottom, "the card's title in the panel").to.be.at.most(panel.bottom);
      // The panel scrolls a card longer than it (one with a chart); this one's words fit.
      const scroller = el.shadowRoot!.querySelector<HTMLElement>('.story')!;
      expect(scroller.scrollHeight, 'its words fit without scrolling').to.be.at.most(scroller.clientHeight + 1);
      const mark = drawnLabel(el, el.selected!)!.markBox;
      expect(mark.bottom, 'the event above it').to.be.at.most(panel.top);
    } finally {
      await setViewport(VIEWPORT);
    }
  });

  it('passes axe with the card beside the plot', async () => {
    const el = await mountData(tiktok2020, DEMO, 1180);
    await expect(el).to.be.accessible();
    await press(el, 'start');
    await expect(el).to.be.accessible();
  });

  describe('in a window shorter than the story (1366 × 768, a common laptop)', () => {
    inViewport({ width: 1366, height: 768 });

    it('each step the mouse takes scrolls the page to show the event\'s mark, and the card and its buttons stay in sight beside it', async () => {
      const el = await mountData(tiktok2020, DEMO, 1180);
      window.scrollTo(0, 0);
      expect(el.getBoundingClientRect().bottom, 'the story is taller than the window').to.be.above(window.innerHeight);
      const seen = await walkStory(el, (k) => {
        const out: string[] = [];
        for (const name of ['previous', 'next']) {
          const box = part(el, name)!.getBoundingClientRect();
          if (!inside(box)) out.push(`step ${k}: ${name} at ${Math.round(box.top)}`);
        }
        const title = part(el, 'card')!.querySelector('h1, h2, h3, h4, h5, h6')!.getBoundingClientRect();
        if (!inside(title)) out.push(`step ${k}: the card's title at ${Math.round(title.top)}`);
        return out;
      });
      expect(seen, 'out of the window').to.deep.equal([]);
      expect(window.scrollY, 'the page scrolled down to the lower lanes').to.be.above(0);
    });

    it('with reduced motion (each step a single move, no animation), each step still scrolls the page to show the event\'s mark once its button has followed the view', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        const el = await mountData(tiktok2020, DEMO, 1180);
        window.scrollTo(0, 0);
        // The deepest the page went: the story's last steps are in its upper lanes again.
        let lowest = 0;
        const walked = await walkStory(el, () => {
          lowest = Math.max(lowest, window.scrollY);
          return [];
        });
        expect(walked, 'out of the window').to.deep.equal([]);
        expect(lowest, 'the page scrolled down to the lower lanes').to.be.above(0);
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('back up to an event drawn above the window, the page scrolls up to it', async () => {
      const el = await mountData(tiktok2020, DEMO, 1180);
      await press(el, 'start');
      await press(el, 'last');
      await scrollRest();
      // The reader scrolls on down to the overview, under the plot's lowest lane.
      window.scrollTo(0, window.scrollY + el.getBoundingClientRect().bottom - window.innerHeight);
      const low = window.scrollY;
      expect(plotRect(el).top, 'the plot\'s top above the window').to.be.below(0);
      // Step back until an event of the first lane is shown: it is drawn above the lower lanes.
      const first = tiktok2020.lanes[0]!.id;
      const laneOf = (id: string | null) => tiktok2020.events.find((e) => e.id === id)?.lane;
      while (el.selected && laneOf(el.selected) !== first) await press(el, 'previous');
      expect(laneOf(el.selected), 'an event of the first lane').to.equal(first);
      await scrollRest();
      expect(inside(drawnLabel(el, el.selected!)!.markBox), `the mark of ${cardTitle(el)}`).to.equal(true);
      expect(window.scrollY).to.be.at.most(low);
    });

    it('under the plot, focus moved to a mark drawn behind the pinned card scrolls the page just enough to show it above the card', async () => {
      // The title card's view, March to October 2020: every event of the story's months drawn.
      const el = await mountData(tiktok2020, DEMO, STORY_BESIDE_PX - 100);
      window.scrollTo(0, 0);
      await scrollRest();
      const hidden = () => {
        const mark = drawnLabel(el, 'article-published')!.markBox;
        return mark.bottom > storyBox(el).top;
      };
      expect(hidden(), 'the last lane\'s mark behind the card at first').to.equal(true);
      await el.focusEvent('article-published');
      await still(el);
      await scrollRest();
      const mark = drawnLabel(el, 'article-published')!.markBox;
      expect(mark.bottom, 'above the card').to.be.at.most(storyBox(el).top);
      expect(mark.top, 'below the axis').to.be.at.least(part(el, 'axis')!.getBoundingClientRect().bottom);
      expect(storyBox(el).bottom, 'the card still pinned').to.be.closeTo(window.innerHeight, 1);
    });

    // The browser's own focus scroll keeps a control clear of the sticky card (WCAG 2.4.11).
    it('under the plot, Tab from the marks onto the overview strip behind the pinned card scrolls the page to show it above the card', async () => {
      const el = await mountData(tiktok2020, DEMO, STORY_BESIDE_PX - 100);
      window.scrollTo(0, 0);
      await scrollRest();
      const earlier = part(el, 'overview-earlier')!;
      expect(earlier.getBoundingClientRect().top, 'behind the card at first').to.be.at.least(storyBox(el).top);
      await el.focusEvent('fbi-sitrep-1');
      await still(el);
      await scrollRest();
      expect(earlier.getBoundingClientRect().top, 'still behind the card before Tab').to.be.at.least(storyBox(el).top);
      await sendKeys({ press: 'Tab' });
      await scrollRest();
      expect(el.shadowRoot!.activeElement, 'focus on the strip\'s first button').to.equal(earlier);
      expect(earlier.getBoundingClientRect().bottom, 'above the card').to.be.at.most(storyBox(el).top);
    });

    it('under the plot (a narrower element) the card is pinned to the window\'s bottom: each step scrolls the page to show the event\'s mark above it, and Next stays under the pointer', async () => {
      const el = await mountData(tiktok2020, DEMO, STORY_BESIDE_PX - 100);
      window.scrollTo(0, 0);
      await press(el, 'start');
      const seen: string[] = [];
      let scrolled = false;
      for (let k = 1; k < tiktok2020.events.length; k++) {
        await scrollRest();
        const card = storyBox(el);
        const mark = drawnLabel(el, el.selected!)!.markBox;
        const axis = part(el, 'axis')!.getBoundingClientRect();
        if (mark.top < Math.max(0, axis.bottom) - 0.5 || mark.bottom > card.top + 0.5) seen.push(`step ${k} (${cardTitle(el)}): mark at ${Math.round(mark.top)}–${Math.round(mark.bottom)}, card from ${Math.round(card.top)}`);
        // Pinned to the window's bottom, or at the element's end where the page has scrolled to it.
        if (card.bottom > window.innerHeight + 1 || card.bottom < window.innerHeight - 24) seen.push(`step ${k}: the card ends at ${Math.round(card.bottom)}`);
        const next = part(el, 'next')!;
        const before = next.getBoundingClientRect();
        const scrollY = window.scrollY;
        await click(next);
        await still(el);
        await scrollRest();
        scrolled ||= window.scrollY !== scrollY;
        // The button under the pointer is where it was, whatever the card's new text.
        const after = part(el, 'next')!.getBoundingClientRect();
        if (Math.abs(after.top - before.top) > 24) seen.push(`step ${k + 1}: Next moved from ${Math.round(before.top)} to ${Math.round(after.top)}`);
      }
      expect(seen).to.deep.equal([]);
      expect(scrolled, 'some step scrolled the page to its mark').to.equal(true);
    });
  });

  describe('in a window taller than the story (1366 × 1000)', () => {
    inViewport({ width: 1366, height: 1000 });

    it('no step scrolls the page: the marks are all in the window with the plot and its overview', async () => {
      const el = await mountData(tiktok2020, DEMO, 1180);
      // Room below, as an article has, so the page could scroll.
      const after = roomBelow(el.parentElement!, 1200);
      try {
        window.scrollTo(0, 0);
        expect(el.getBoundingClientRect().bottom, 'the story fits the window').to.be.below(window.innerHeight);
        const seen = await walkStory(el, (k) => (window.scrollY === 0 ? [] : [`step ${k} (${cardTitle(el)}): the page scrolled to ${window.scrollY}`]));
        expect(seen).to.deep.equal([]);
      } finally {
        after.remove();
      }
    });
  });

  describe('in a short laptop window (1366 × 650)', () => {
    inViewport({ width: 1366, height: 650 });

    it('each step brings its event\'s mark a quarter of the window clear of its edges, so the events told before and after it are in sight too', async () => {
      const el = await mountData(tiktok2020, DEMO, 1180);
      window.scrollTo(0, 0);
      const height = window.innerHeight;
      const seen = await walkStory(el, (k) => {
        const mark = drawnLabel(el, el.selected!)!.markBox;
        // The plot and its overview: the page scrolls no further than shows all of their end.
        const frame = el.shadowRoot!.querySelector('.stage-main')!.getBoundingClientRect();
        // A fifth of the window: a quarter of the room under the axis stuck at its top, with rounding to spare.
        if (mark.bottom > height * 0.8 && frame.bottom > height + 1) return [`step ${k} (${cardTitle(el)}): mark down at ${Math.round(mark.bottom)} of ${height}`];
        if (mark.top < height * 0.2 && frame.top < -1) return [`step ${k} (${cardTitle(el)}): mark up at ${Math.round(mark.top)}`];
        return [];
      });
      expect(seen).to.deep.equal([]);
      expect(window.scrollY, 'the page scrolled down to the lower lanes').to.be.above(0);
    });
  });
});
