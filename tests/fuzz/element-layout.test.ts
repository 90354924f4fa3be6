/**
 * Property, on the rendered element: for random small documents at random widths, every event
 * is drawn exactly once or counted in exactly one "+N" (at the fitted view), and no two drawn
 * boxes — marks, deadline labels and "+N" marks — overlap, also after zooming to a random span.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from '../helpers/fc.js';
import type { TimelineDocument, TimelineEvent } from '../../src/model/types.js';
import { clusterCount, drawnBoxes, marks, overlaps, parts, settle, type Timeline } from '../helpers/timeline.js';

const T0 = Date.UTC(2019, 0, 1);
const SPAN = Date.UTC(2022, 0, 1) - T0;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16) + 'Z';

const eventArb = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.oneof(fc.constant(0), fc.double({ min: 0.001, max: 0.4, noNaN: true })),
  title: fc.string({ minLength: 1, maxLength: 40 }),
  lane: fc.integer({ min: -1, max: 2 }),
  deadline: fc.boolean(),
  precision: fc.constantFrom('day', 'minute'),
});

const docArb = fc.tuple(fc.array(eventArb, { minLength: 1, maxLength: 14 }), fc.integer({ min: 320, max: 1200 }), fc.integer({ min: 1, max: 3 })).map(([events, width, maxRows]) => {
  const doc: TimelineDocument = {
    title: 'Fuzz',
    lanes: [0, 1, 2].map((i) => ({ id: `l${i}`, label: `Lane ${i}` })),
    events: events.map((e, i): TimelineEvent => {
      const start = T0 + e.at * SPAN;
      const ev: TimelineEvent = { id: `f${i}`, title: e.title, start: e.precision === 'day' ? iso(start).slice(0, 10) : iso(start) };
      if (e.lane >= 0) ev.lane = `l${e.lane}`;
      if (e.deadline) ev.kind = 'deadline';
      else if (e.length > 0) ev.end = iso(start + e.length * SPAN);
      return ev;
    }),
  };
  return { doc, width, maxRows };
});

async function draw(doc: TimelineDocument, width: number, maxRows: number): Promise<Timeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width:${width}px`}></div>`);
  const el = document.createElement('event-timeline');
  el.noHash = true;
  // The plot's layout at every width (below 600 px it would otherwise read vertically).
  el.orientation = 'horizontal';
  el.maxRows = maxRows;
  el.data = doc;
  wrapper.append(el);
  await settle(el);
  return el;
}


describe('<event-timeline> layout properties on the rendered element', () => {
  it('at the fitted view every event has exactly one mark or is counted in one "+N", and no drawn boxes overlap', async () => {
    await fc.assert(
      fc.asyncProperty(docArb, async ({ doc, width, maxRows }) => {
        const el = await draw(doc, width, maxRows);
        const drawn = marks(el).map((m) => m.dataset.eventId!);
        expect(new Set(drawn).size, 'no event is drawn twice').to.equal(drawn.length);
        const counted = parts(el, 'cluster').reduce((n, c) => n + clusterCount(c), 0);
        expect(drawn.length + counted, 'marks + "+N" counts').to.equal(doc.events.length);
        expect(overlaps(drawnBoxes(el)), 'overlapping boxes').to.deep.equal([]);
        el.parentElement!.remove();
      }),
      { numRuns: 30, interruptAfterTimeLimit: 10_000, markInterruptAsFailure: true },
    );
  });

  it('after zooming to a random span no drawn boxes overlap and no event is drawn twice', async () => {
    await fc.assert(
      fc.asyncProperty(docArb, fc.double({ min: 0, max: 0.9, noNaN: true }), fc.double({ min: 0.002, max: 0.5, noNaN: true }), async ({ doc, width, maxRows }, from, length) => {
        const el = await draw(doc, width, maxRows);
        el.zoomTo(T0 + from * SPAN, T0 + (from + length) * SPAN, false);
        await settle(el);
        const drawn = marks(el).map((m) => m.dataset.eventId!);
        expect(new Set(drawn).size, 'no event is drawn twice').to.equal(drawn.length);
        expect(overlaps(drawnBoxes(el)), 'overlapping boxes').to.deep.equal([]);
        el.parentElement!.remove();
      }),
      { numRuns: 30, interruptAfterTimeLimit: 10_000, markInterruptAsFailure: true },
    );
  });
});
