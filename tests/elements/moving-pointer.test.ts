import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import { mouseMoves, pinch, touchDrag } from '../helpers/browser.js';
import { frames, until } from '../helpers/signals.js';
import { BURST_MS } from '../../src/controllers/viewport-controller.js';
import { drag, mark, visibleIds, mountData, plotPoint, plotRect, record, settle, span, still, timeAt, xOf, type Timeline } from '../helpers/timeline.js';

const demo = tiktok2020;

/** When the demo's event `id` starts, UTC ms. */
const startOf = (id: string): number => Date.parse(demo.events.find((e) => e.id === id)!.start);

/** The centre of the plot. */
function plotMiddle(el: Timeline): [number, number] {
  const r = plotRect(el);
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}

/** The demo zoomed to mid-2020, so there is room to pan both ways. */
async function zoomedDemo() {
  const el = await mountData(demo, { now: '2020-08-24' });
  el.zoomTo('2020-04-01', '2020-08-01', false);
  await settle(el);
  return el;
}

describe('<event-timeline> mouse drag', () => {
  for (const dx of [-240, 180]) {
    it(`dragging ${dx} px pans by ${dx} px: the time under the pointer stays under it`, async () => {
      const el = await zoomedDemo();
      const [x, y] = plotPoint(el, 0.5);
      const grabbed = timeAt(el, x);
      const spanBefore = span(el);
      await drag(x, y, dx, 0);
      await settle(el);
      expect(span(el), 'a drag does not zoom').to.be.closeTo(spanBefore, 1);
      expect(xOf(el, grabbed)).to.be.closeTo(x + dx, 2);
    });
  }

  it('dragging over an event mark pans and does not select it', async () => {
    const el = await zoomedDemo();
    // The mark nearest the middle of the plot.
    const middle = plotRect(el).left + plotRect(el).width / 2;
    const m = visibleIds(el)
      .map((id) => mark(el, id)!)
      .sort((a, b) => Math.abs(a.getBoundingClientRect().left - middle) - Math.abs(b.getBoundingClientRect().left - middle))[0]!;
    const r = m.getBoundingClientRect();
    const x = r.left + 4;
    const grabbed = timeAt(el, x);
    const selects = record(el, 'timeline-select');
    await drag(x, r.top + r.height / 2, -150, 0);
    await settle(el);
    selects.stop();
    expect(xOf(el, grabbed)).to.be.closeTo(x - 150, 2);
    expect(el.selected).to.equal(null);
    expect(selects.events).to.have.length(0);
  });

  it('a drag that leaves the plot keeps panning until the button is released', async () => {
    const el = await zoomedDemo();
    const [x, y] = plotPoint(el, 0.3);
    const grabbed = timeAt(el, x);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 100, y] });
    await sendMouse({ type: 'move', position: [x + 150, Math.round(plotRect(el).bottom + 60)] });
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(xOf(el, grabbed)).to.be.closeTo(x + 150, 2);
  });

  it('a drag held still after a quick series of moves draws nothing more until the button is released, then catches up', async () => {
    const el = await zoomedDemo();
    const [x, y] = plotPoint(el, 0.5);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    // The moves' times, as the page saw them: a burst is moves closer together than BURST_MS.
    const moves: number[] = [];
    const onMove = (e: PointerEvent) => void moves.push(e.timeStamp);
    el.addEventListener('pointermove', onMove);
    await mouseMoves([1, 2, 3, 4].map((k) => [x - 30 * k, y]));
    await until('the moves seen', () => moves.length >= 4);
    el.removeEventListener('pointermove', onMove);
    expect(Math.max(...moves.slice(1).map((t, k) => t - moves[k]!)), 'the moves came as a burst').to.be.below(BURST_MS);
    await frames(2);
    let updates = 0;
    const counter = { hostUpdated: () => void updates++ };
    el.addController(counter);
    // Well past the burst's end (when its timer fires) with the button still down: the gesture goes on.
    await until('the burst over', () => performance.now() - moves[moves.length - 1]! > 2 * BURST_MS + 50);
    await frames(2);
    const held = updates;
    const grabbed = timeAt(el, x - 120);
    await sendMouse({ type: 'up' });
    await until('the release drawn', () => updates > held);
    await still(el);
    el.removeController(counter);
    expect(held, 'updates while held still').to.equal(0);
    // The buttons over the marks followed the view: the one nearest the pointer lies over its marker.
    expect(xOf(el, grabbed), 'the view stayed where the drag left it').to.be.closeTo(x - 120, 2);
    const id = visibleIds(el).sort((a, b) => Math.abs(xOf(el, startOf(a)) - x) - Math.abs(xOf(el, startOf(b)) - x))[0]!;
    const button = mark(el, id)!.getBoundingClientRect();
    expect(xOf(el, startOf(id))).to.be.within(button.left - 1, button.right + 1);
  });

  it('a quick drag released mid-burst: the release\'s own render brings the buttons over the marks (no wait for the burst\'s timer)', async () => {
    const el = await zoomedDemo();
    const [x, y] = plotPoint(el, 0.5);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await mouseMoves([1, 2, 3, 4].map((k) => [x - 30 * k, y]));
    await sendMouse({ type: 'up' });
    // The render the release asked for, well inside the burst (moves less than BURST_MS apart).
    await el.updateComplete;
    const id = visibleIds(el).sort((a, b) => Math.abs(xOf(el, startOf(a)) - x) - Math.abs(xOf(el, startOf(b)) - x))[0]!;
    const button = mark(el, id)!.getBoundingClientRect();
    expect(xOf(el, startOf(id)), `${id}'s button over its marker`).to.be.within(button.left - 1, button.right + 1);
    await still(el);
  });

  it('fires timeline-rangechange while dragging and one timeline-rangechanged with the final range', async () => {
    const el = await zoomedDemo();
    const changing = record<{ start: Date; end: Date }>(el, 'timeline-rangechange');
    const changed = record<{ start: Date; end: Date }>(el, 'timeline-rangechanged');
    const [x, y] = plotPoint(el);
    await drag(x, y, -200, 0, 8);
    await still(el);
    changing.stop();
    changed.stop();
    expect(changing.events.length).to.be.at.least(1);
    expect(changed.events).to.have.length(1);
    expect(changed.events[0]!.detail.start.getTime()).to.equal(el.visibleRange.start.getTime());
    expect(changed.events[0]!.detail.end.getTime()).to.equal(el.visibleRange.end.getTime());
  });
});

describe('<event-timeline> touch', () => {
  it('a one-finger horizontal swipe pans by the swiped distance', async () => {
    const el = await zoomedDemo();
    const [x, y] = plotPoint(el, 0.6);
    const grabbed = timeAt(el, x);
    await touchDrag([{ from: [x, y], to: [x - 200, y] }], 10);
    await settle(el);
    expect(xOf(el, grabbed)).to.be.closeTo(x - 200, 3);
  });

  it('a one-finger vertical swipe leaves the view alone', async () => {
    const el = await zoomedDemo();
    const before = el.visibleRange;
    const [x, y] = plotPoint(el, 0.5);
    await touchDrag([{ from: [x, y], to: [x + 6, y - 150] }], 10);
    await settle(el);
    expect(el.visibleRange.start.getTime()).to.equal(before.start.getTime());
    expect(el.visibleRange.end.getTime()).to.equal(before.end.getTime());
  });

  it('a one-finger vertical swipe scrolls the page (touch-action lets it through)', async () => {
    const tall = await fixture<HTMLDivElement>(html`<div style="height:3000px"></div>`);
    const el = await zoomedDemo();
    tall.before(el.parentElement!);
    window.scrollTo(0, 0);
    await settle(el);
    const [x, y] = plotMiddle(el);
    await touchDrag([{ from: [x, y + 150], to: [x, y - 150] }], 12);
    await until('the page to scroll more than 50 px', () => window.scrollY > 50);
    window.scrollTo(0, 0);
  });

  it('a two-finger spread zooms in around the fingers\' midpoint', async () => {
    const el = await zoomedDemo();
    const [x, y] = plotPoint(el, 0.5);
    const anchor = timeAt(el, x);
    const spanBefore = span(el);
    await touchDrag(
      [
        { from: [x - 50, y], to: [x - 150, y] },
        { from: [x + 50, y], to: [x + 150, y] },
      ],
      10,
    );
    await still(el);
    expect(span(el) / spanBefore).to.be.closeTo(1 / 3, 0.05);
    expect(xOf(el, anchor)).to.be.closeTo(x, 3);
  });

  it('pinch (CDP touch pinch, scale 2) zooms in', async () => {
    const el = await zoomedDemo();
    // The synthetic pinch puts its two fingers above and below the point: keep both on the plot.
    const [x, y] = plotMiddle(el);
    const anchor = timeAt(el, x);
    const spanBefore = span(el);
    await pinch(x, y, 2);
    await still(el);
    expect(span(el)).to.be.below(spanBefore * 0.75);
    expect(xOf(el, anchor)).to.be.closeTo(x, 10);
  });

  it('pinch out (scale 0.5) at the fitted view cannot zoom out further', async () => {
    const el = await mountData(demo);
    const before = span(el);
    const [x, y] = plotMiddle(el);
    await pinch(x, y, 0.5);
    await still(el);
    expect(span(el)).to.be.at.most(before + 1);
  });
});

describe('<event-timeline> buttons over the marks after a single move', () => {
  /** The visible event whose marker is nearest `x`. */
  const nearest = (el: Timeline, x: number) => visibleIds(el).sort((a, b) => Math.abs(xOf(el, startOf(a)) - x) - Math.abs(xOf(el, startOf(b)) - x))[0]!;

  /** Waits until the view has not moved for a burst's length (the rule is one of time). */
  async function rest() {
    const t0 = performance.now();
    await until('the view has rested', () => performance.now() - t0 > BURST_MS + 10);
  }

  /** One move by the page's script, not animated: the view a fifth of its span later. */
  function step(el: Timeline) {
    const { start, end } = el.visibleRange;
    const shift = (end.getTime() - start.getTime()) / 5;
    el.zoomTo(start.getTime() + shift, end.getTime() + shift, false);
  }

  it('one move by script, focus outside the plot: drawn at once; the buttons, seen only as a focus ring, follow when the view rests, the plot aria-busy until then', async () => {
    const el = await zoomedDemo();
    await rest();
    const plot = el.shadowRoot!.querySelector<HTMLElement>('[part~="plot"]')!;
    const [x] = plotMiddle(el);
    step(el);
    await el.updateComplete;
    const id = nearest(el, x);
    const waiting = mark(el, id)!.getBoundingClientRect();
    expect(plot.getAttribute('aria-busy'), 'busy while the buttons wait').to.equal('true');
    expect(xOf(el, startOf(id)), `${id}'s button is still where its marker was`).not.to.be.within(waiting.left - 1, waiting.right + 1);
    await until('the plot is no longer busy', () => plot.getAttribute('aria-busy') === 'false');
    const button = mark(el, id)!.getBoundingClientRect();
    expect(xOf(el, startOf(id)), `${id}'s button over its marker at rest`).to.be.within(button.left - 1, button.right + 1);
  });

  it('one move by script with focus on a mark: its button and focus ring follow in the same frame', async () => {
    const el = await zoomedDemo();
    const plot = el.shadowRoot!.querySelector<HTMLElement>('[part~="plot"]')!;
    const [x] = plotMiddle(el);
    const id = nearest(el, x);
    mark(el, id)!.focus();
    await settle(el);
    await rest();
    step(el);
    await el.updateComplete;
    expect(plot.getAttribute('aria-busy')).to.equal('false');
    const focused = mark(el, id)!;
    expect(el.shadowRoot!.activeElement, 'focus stays on the mark').to.equal(focused);
    const button = focused.getBoundingClientRect();
    expect(xOf(el, startOf(id)), `${id}'s button over its marker`).to.be.within(button.left - 1, button.right + 1);
  });
});
