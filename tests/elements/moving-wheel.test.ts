import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import { wheel } from '../helpers/browser.js';
import { until, within } from '../helpers/signals.js';
import { afterWheel, countPaints, mark, mountData, plotPoint, record, settle, span, spoken, timeAt, xOf } from '../helpers/timeline.js';

const demo = tiktok2020;

async function zoomedDemo(attrs: Record<string, string> = {}) {
  const el = await mountData(demo, { now: '2020-08-24', ...attrs });
  el.zoomTo('2020-04-01', '2020-08-01', false);
  await settle(el);
  return el;
}

describe('<event-timeline> wheel', () => {
  it('a plain vertical wheel leaves the view alone and scrolls the page', async () => {
    const tall = await fixture<HTMLDivElement>(html`<div style="height:3000px"></div>`);
    const el = await zoomedDemo();
    // The timeline comes before the tall block in the page.
    tall.before(el.parentElement!);
    window.scrollTo(0, 0);
    await settle(el);
    const before = el.visibleRange;
    const [x, y] = plotPoint(el, 0.5);
    await wheel(x, y, { deltaY: 240 });
    await afterWheel(el);
    await until('the page to scroll', () => window.scrollY > 0);
    expect(el.visibleRange.start.getTime()).to.equal(before.start.getTime());
    expect(el.visibleRange.end.getTime()).to.equal(before.end.getTime());
    window.scrollTo(0, 0);
  });

  it('a horizontal wheel of 200 px pans the view 200 px later in time', async () => {
    const el = await zoomedDemo();
    const [x, y] = plotPoint(el, 0.5);
    const t = timeAt(el, x);
    const spanBefore = span(el);
    await wheel(x, y, { deltaX: 200 });
    await afterWheel(el);
    expect(span(el)).to.be.closeTo(spanBefore, 1);
    expect(xOf(el, t)).to.be.closeTo(x - 200, 2);
  });

  it('a horizontal wheel does not scroll the page sideways', async () => {
    const wide = await fixture<HTMLDivElement>(html`<div style="width:4000px;height:10px"></div>`);
    const el = await zoomedDemo();
    wide.before(el.parentElement!);
    window.scrollTo(0, 0);
    const [x, y] = plotPoint(el, 0.5);
    await wheel(x, y, { deltaX: 200 });
    await afterWheel(el);
    expect(window.scrollX).to.equal(0);
    window.scrollTo(0, 0);
  });

  for (const fx of [0.2, 0.5, 0.85]) {
    it(`Ctrl+wheel up at ${fx * 100}% across zooms in around the pointer (the time under it stays within 2 px)`, async () => {
      const el = await zoomedDemo();
      const [x, y] = plotPoint(el, fx);
      const t = timeAt(el, x);
      const spanBefore = span(el);
      await wheel(x, y, { deltaY: -200, ctrl: true });
      await afterWheel(el);
      expect(span(el)).to.be.below(spanBefore * 0.9);
      expect(xOf(el, t)).to.be.closeTo(x, 2);
    });
  }

  it('a long trackpad pinch (Ctrl+wheel) at a pointer between pixels keeps the time under it within 1 px, zoomed ×16', async () => {
    const el = await zoomedDemo();
    // A trackpad at device pixel ratio 2 rests between CSS pixels; the wheel event itself reports a whole one.
    const [px, y] = plotPoint(el, 0.3);
    const x = px + 0.4;
    const t = timeAt(el, x);
    const spanBefore = span(el);
    for (let i = 0; i < 20; i++) await wheel(x, y, { deltaY: -60, ctrl: true });
    await afterWheel(el);
    expect(span(el)).to.be.closeTo(spanBefore / 16, spanBefore / 160);
    expect(xOf(el, t)).to.be.closeTo(x, 1);
  });

  it('Ctrl+wheel down zooms out around the pointer', async () => {
    const el = await zoomedDemo();
    const [x, y] = plotPoint(el, 0.4);
    const t = timeAt(el, x);
    const spanBefore = span(el);
    await wheel(x, y, { deltaY: 150, ctrl: true });
    await afterWheel(el);
    expect(span(el)).to.be.above(spanBefore * 1.1);
    expect(xOf(el, t)).to.be.closeTo(x, 2);
  });

  it('Ctrl+wheel does not scroll or zoom the page', async () => {
    const tall = await fixture<HTMLDivElement>(html`<div style="height:3000px"></div>`);
    const el = await zoomedDemo();
    tall.before(el.parentElement!);
    window.scrollTo(0, 0);
    const [x, y] = plotPoint(el, 0.5);
    await wheel(x, y, { deltaY: 200, ctrl: true });
    await afterWheel(el);
    expect(window.scrollY).to.equal(0);
    expect(window.visualViewport?.scale ?? 1).to.equal(1);
  });

  it('no-wheel-zoom: Ctrl+wheel leaves the view alone', async () => {
    const el = await zoomedDemo({ 'no-wheel-zoom': '' });
    const before = span(el);
    const [x, y] = plotPoint(el, 0.5);
    await wheel(x, y, { deltaY: -200, ctrl: true });
    await afterWheel(el);
    expect(span(el)).to.equal(before);
  });

  it('a wheel gesture fires timeline-rangechange, then one timeline-rangechanged when it stops', async () => {
    const el = await zoomedDemo();
    const changing = record(el, 'timeline-rangechange');
    const changed = record<{ start: Date; end: Date }>(el, 'timeline-rangechanged');
    const [x, y] = plotPoint(el, 0.5);
    for (let i = 0; i < 3; i++) {
      await wheel(x, y, { deltaX: 60 });
      await nextFrame();
    }
    await afterWheel(el);
    changing.stop();
    changed.stop();
    expect(changing.events.length).to.be.at.least(1);
    expect(changed.events).to.have.length(1);
    expect(changed.events[0]!.detail.start.getTime()).to.equal(el.visibleRange.start.getTime());
  });

  it('when a wheel pan comes to rest, the marks in the page and the live region catch up, and the drawing (already there) is not drawn again', async () => {
    const el = await zoomedDemo();
    const paints = countPaints(el);
    try {
      const order = demo.events.find((e) => e.id === 'executive-order')!;
      const [x, y] = plotPoint(el, 0.5);
      const changed = oneEvent(el, 'timeline-rangechanged');
      await wheel(x, y, { deltaX: 200 });
      await until('the wheel to move the view', () => el.visibleRange.start.getTime() !== Date.parse('2020-04-01'));
      await el.updateComplete;
      expect(paints.count, 'the moved view is drawn').to.be.at.least(1);
      // The drawing shows the view the wheel left; from here on the view does not move.
      paints.count = 0;
      await within(changed, 'timeline-rangechanged when the wheel rests');
      await afterWheel(el);
      expect(spoken(el), 'the live region says what is in view').to.match(/\d+ events?/);
      // The executive order's focusable button lies over its marker, where the scale puts it.
      const button = mark(el, 'executive-order')!.getBoundingClientRect();
      const at = xOf(el, Date.parse(order.start));
      expect(at).to.be.within(button.left - 1, button.right + 1);
      expect(paints.count, 'canvas paints after the view came to rest').to.equal(0);
    } finally {
      paints.stop();
    }
  });
});
