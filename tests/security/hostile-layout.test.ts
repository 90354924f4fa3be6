/**
 * Hostile sizes and dates do not break the page around <event-timeline>: megabyte titles, ten
 * thousand events on one date, dates at the ends of the JavaScript Date range. The element sits
 * in a flex row beside an aside, between two paragraphs; their boxes are compared with the same
 * page showing a harmless document.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TimelineDocument } from '../../src/model/types.js';
import { click, clusterCount, mark, marks, part, parts, settle, type Timeline } from '../helpers/timeline.js';
import { uncaught } from '../helpers/errors.js';

const MB = 'W'.repeat(1_000_000);
const CONTAINER = 800;

interface Page {
  el: Timeline;
  boxes: () => Record<'before' | 'aside' | 'after' | 'timeline', { x: number; y: number; width: number; height: number }>;
}

/** The element between two paragraphs, in a flex row beside a 160 px aside, inside an 800 px column. */
async function page(doc: TimelineDocument): Promise<Page> {
  const root = await fixture<HTMLDivElement>(html`<div style="width:${CONTAINER}px;font:16px/1.4 sans-serif">
    <p id="before">Before the timeline.</p>
    <div style="display:flex;gap:8px;align-items:flex-start">
      <event-timeline no-hash style="flex:1 1 auto"></event-timeline>
      <aside id="aside" style="width:160px;flex:none">Beside the timeline.</aside>
    </div>
    <p id="after">After the timeline.</p>
  </div>`);
  const el = root.querySelector('event-timeline')!;
  const load = oneEvent(el, 'timeline-load');
  el.data = doc;
  await load;
  await settle(el);
  // Boxes relative to the column, so pages mounted one after the other compare equal.
  const box = (e: Element) => {
    const r = e.getBoundingClientRect();
    const o = root.getBoundingClientRect();
    return { x: Math.round(r.x - o.x), y: Math.round(r.y - o.y), width: Math.round(r.width), height: Math.round(r.height) };
  };
  return {
    el,
    boxes: () => ({ before: box(root.querySelector('#before')!), aside: box(root.querySelector('#aside')!), after: box(root.querySelector('#after')!), timeline: box(el) }),
  };
}

function horizontalOverflow(): number {
  const s = document.scrollingElement!;
  return s.scrollWidth - s.clientWidth;
}

const doc = (title: string, summary: string, laneLabel: string): TimelineDocument => ({
  title,
  // The small event has a lane of its own: a long label may legitimately push a neighbour to a second row.
  lanes: [{ id: 'l', label: laneLabel }, { id: 'm', label: 'Other lane' }],
  events: [
    { id: 'big', title, summary, lane: 'l', start: '2020-06-01', sources: [{ label: title, url: '/x' }] },
    { id: 'small', title: 'A small event', lane: 'm', start: '2020-09-01' },
  ],
});

describe('<event-timeline> with megabyte titles', () => {
  it('a 1 MB title, summary and lane label leave the page around unchanged and the element no wider than its column', async () => {
    // A title longer than the toolbar's room takes two lines of it, and no more: a megabyte one as a long one.
    const baseline = (await page(doc('A title longer than its room '.repeat(12), 'Short summary', 'Lane'))).boxes();
    const hostile = await page(doc(MB, MB, MB));
    const boxes = hostile.boxes();
    expect(boxes.aside, 'the aside beside it').to.deep.equal(baseline.aside);
    expect(boxes.before, 'the paragraph before').to.deep.equal(baseline.before);
    expect(boxes.after, 'the paragraph after').to.deep.equal(baseline.after);
    expect(boxes.timeline.width, 'the element keeps its width').to.equal(baseline.timeline.width);
    expect(boxes.timeline.width).to.be.at.most(CONTAINER - 160 - 8);
    expect(horizontalOverflow(), 'horizontal page scroll').to.be.at.most(0);
    expect(mark(hostile.el, 'big'), 'the event is drawn').to.exist;
  });

  it('opening the card of the 1 MB event keeps the element in its column and the page from scrolling sideways; the card scrolls inside', async () => {
    const baseline = await page(doc('Short', 'Short summary', 'Lane'));
    await click(mark(baseline.el, 'big')!);
    await settle(baseline.el);
    const before = baseline.boxes();
    const hostile = await page(doc(MB, MB, MB));
    await click(mark(hostile.el, 'big')!);
    await settle(hostile.el);
    expect(hostile.el.selected).to.equal('big');
    const card = part(hostile.el, 'card')!;
    expect(card.querySelector('h2')!.textContent!.length).to.equal(1_000_000);
    const boxes = hostile.boxes();
    expect(boxes.timeline.width).to.equal(before.timeline.width);
    expect(boxes.aside).to.deep.equal(before.aside);
    expect(horizontalOverflow(), 'horizontal page scroll').to.be.at.most(0);
    expect(boxes.timeline.height, 'the element does not grow to the height of a megabyte of text').to.be.below(window.innerHeight * 2);
    expect(card.getBoundingClientRect().right).to.be.at.most(hostile.el.getBoundingClientRect().right + 0.5);
  });
});

describe('<event-timeline> with 10,000 events on the same date', () => {
  const same: TimelineDocument = { title: 'Same day', lanes: [], events: Array.from({ length: 10_000 }, (_, i) => ({ id: `s${i}`, title: `Same ${i}`, start: '2020-06-02' })) };

  it('draws a few marks and one "+N" that together count all 10,000, at a bounded height, without sideways scroll', async () => {
    const { el, boxes } = await page(same);
    const clusters = parts(el, 'cluster');
    const counted = clusters.reduce((n, c) => n + clusterCount(c), 0);
    expect(marks(el).length + counted).to.equal(10_000);
    expect(marks(el).length + clusters.length, 'elements drawn').to.be.at.most(41);
    expect(boxes().timeline.height, 'no taller than --timeline-max-height (80 % of the viewport)').to.be.at.most(window.innerHeight * 0.8 + 1);
    expect(horizontalOverflow()).to.be.at.most(0);
  });

  it('clicking the "+N" lists its events in a card that scrolls inside the element', async () => {
    const { el, boxes } = await page(same);
    const heightBefore = boxes().timeline.height;
    await click(parts(el, 'cluster')[0]!);
    await settle(el);
    const list = part(el, 'cluster-list');
    expect(list, 'the list of events that share the date').to.exist;
    // The first 200, and a button for the next 200; the list's heading counts every event.
    expect(list!.querySelectorAll('[data-member-id]').length, 'listed 200 at a time').to.equal(200);
    expect(list!.querySelector('[part~="more"]')!.textContent!.trim()).to.equal('Show 200 more events');
    const count = /^([\d,]+) more events/.exec(list!.querySelector('h2, h3, h4, [role="heading"]')!.textContent!.trim());
    expect(Number(count![1]!.replace(/,/g, '')) + marks(el).length).to.equal(10_000);
    expect(boxes().timeline.height, 'height with the list open').to.be.below(heightBefore + window.innerHeight);
    expect(horizontalOverflow()).to.be.at.most(0);
  });
});

describe('<event-timeline> with dates at the limits of the Date range', () => {
  const limits: TimelineDocument = {
    title: 'Limits',
    lanes: [],
    events: [
      { id: 'first', title: 'Earliest date', start: '-271821-04-20' },
      { id: 'middle', title: 'Now-ish', start: '2020-06-01' },
      { id: 'last', title: 'Latest date', start: '+275760-09-12' },
      { id: 'span', title: 'All of time', start: '-271821-04-20', end: '+275760-09-12' },
    ],
  };

  it('fit, zoom to each end, select each event: nothing throws, every event gets its mark and card', async () => {
    let el!: Timeline;
    const errors = await uncaught(async () => {
      ({ el } = await page(limits));
      for (const id of ['first', 'middle', 'last', 'span']) {
        el.select(id);
        await settle(el);
        await settle(el);
        expect(mark(el, id), `mark of ${id} after selecting it`).to.exist;
        expect(part(el, 'card')?.querySelector('h2')?.textContent, `card of ${id}`).to.equal(limits.events.find((e) => e.id === id)!.title);
      }
      el.zoomTo(-8.64e15, -8.64e15 + 86_400_000, false);
      await settle(el);
      el.zoomTo(8.64e15 - 86_400_000, 8.64e15, false);
      await settle(el);
      el.fit(false);
      await settle(el);
    });
    expect(errors, 'uncaught errors').to.deep.equal([]);
    expect(el.visibleRange.start.getTime()).to.be.at.least(-8.64e15);
    expect(el.visibleRange.end.getTime()).to.be.at.most(8.64e15);
    expect(parts(el, 'tick').every((t) => !/NaN|Invalid/.test(t.textContent!)), 'tick labels are dates').to.equal(true);
    expect(horizontalOverflow()).to.be.at.most(0);
  });
});
