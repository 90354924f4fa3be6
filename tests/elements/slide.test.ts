import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import { wheel } from '../helpers/browser.js';
import { until } from '../helpers/signals.js';
import { afterWheel, cardTitle, drag, drawn, mark, mountData, part, plotPoint, plotRect, settle, xOf } from '../helpers/timeline.js';
import type { Timeline } from '../helpers/timeline.js';

// A pan that keeps the zoom slides a wider drawing of the plot under it instead of drawing (see
// SlideController): what the reader sees while it slides must be what the plot draws at rest,
// and what a pointer hits must be what is seen.

function root(el: Timeline): ShadowRoot {
  return el.shadowRoot!;
}

function canvases(el: Timeline) {
  const q = (s: string) => root(el).querySelector<HTMLCanvasElement>(s)!;
  return { plot: q('canvas[part~="canvas"]'), slide: q('[part~="plot"] > canvas.slide'), axis: q('[part~="axis"] > canvas:not(.slide)'), axisSlide: q('[part~="axis"] > canvas.slide') };
}

/** Whether a canvas is seen: the drawn one and its sliding twin take turns by opacity (a twin waits at 0.001, invisibly). */
function shown(c: HTMLCanvasElement): boolean {
  return Number(getComputedStyle(c).opacity) === 1 && getComputedStyle(c).visibility === 'visible';
}

/** The translation of a sliding canvas, px. */
function shift(c: HTMLCanvasElement): number {
  return new DOMMatrix(getComputedStyle(c).transform).m41;
}

/** The pixels of `canvas` from CSS x `left` (in its own px), `width` wide, over its whole height. */
function pixels(canvas: HTMLCanvasElement, left: number, width: number): ImageData {
  const dpr = canvas.width / parseFloat(canvas.style.width);
  return canvas.getContext('2d')!.getImageData(Math.round(left * dpr), 0, Math.round(width * dpr), canvas.height);
}

/**
 * The share of pixels of `a` that no pixel of `b` in the same row within one pixel matches (the
 * plot's width is not a whole number of px, so its drawing may round to the next pixel).
 */
function differing(a: ImageData, b: ImageData): number {
  const close = (i: number, j: number) => j >= 0 && j < b.data.length && [0, 1, 2, 3].every((k) => Math.abs(a.data[i + k]! - b.data[j + k]!) <= 8);
  let n = 0;
  for (let i = 0; i < a.data.length; i += 4) if (!close(i, i) && !close(i, i - 4) && !close(i, i + 4)) n++;
  return n / (a.width * a.height);
}

/** Waits until the twins are drawn (in an idle moment once the view rests) around the view the plot shows. */
async function twinsDrawn(el: Timeline): Promise<void> {
  await settle(el);
  const c = canvases(el);
  const view = () => `${drawn(el).view.start}/${drawn(el).view.end}`;
  await until('the twins drawn around the view shown', () => c.slide.dataset.view === view() && c.axisSlide.dataset.view === view());
  expect(c.slide.width).to.be.above(c.plot.width * 1.5);
}

/** The demo zoomed in to four months, at rest, with its twins drawn. */
async function zoomed(attrs: Record<string, string> = {}): Promise<Timeline> {
  const el = await mountData(tiktok2020, { now: '2020-08-24', ...attrs }, 1000);
  el.zoomTo('2020-04-01', '2020-08-01', false);
  await twinsDrawn(el);
  return el;
}

/** Pans the view later by `px` of the plot, by the API (one move: it slides until the view rests, 120 ms later). */
function panLater(el: Timeline, px: number): void {
  const { startMs, endMs } = el.visibleRange;
  const ms = ((endMs - startMs) / plotRect(el).width) * px;
  el.zoomTo(startMs + ms, endMs + ms, false);
}

describe('<event-timeline> sliding pans', () => {
  for (const dir of ['ltr', 'rtl'] as const) {
    it(`${dir}: a pan slides the wider drawing by the pan's px, no render, and shows what the plot draws at rest`, async () => {
      const el = await zoomed({ dir });
      const c = canvases(el);
      const width = plotRect(el).width;
      panLater(el, 100);
      // Nothing is rendered for the move; the sliding canvases show instead of the drawn ones.
      expect(el.isUpdatePending).to.equal(false);
      expect(part(el, 'plot')!.classList.contains('sliding')).to.equal(true);
      expect([shown(c.plot), shown(c.slide), shown(c.axis), shown(c.axisSlide)]).to.deep.equal([false, true, false, true]);
      expect(part(el, 'plot')!.getAttribute('aria-busy'), 'busy until the buttons follow').to.equal('true');
      // Drawn a margin wider on each side, it stood a margin left of the plot; later times move
      // left, right to left the other way.
      const margin = (parseFloat(c.slide.style.width) - width) / 2;
      expect(margin).to.be.closeTo(1.25 * width, 1);
      expect(shift(c.slide)).to.be.closeTo(-margin + (dir === 'ltr' ? -100 : 100), 0.5);
      expect(shift(c.axisSlide)).to.be.closeTo(shift(c.slide), 0.01);
      // The middle third of the plot as it slides, and as drawn once the view rests: the same
      // picture. (Nearer the edges a label is placed for them at rest: one the end would cut goes
      // before its marker, as in every view drawn; while sliding it stays as it was drawn.)
      const seen = pixels(c.slide, width / 3 - shift(c.slide), width / 3);
      const seenAxis = pixels(c.axisSlide, width / 3 - shift(c.axisSlide), width / 3);
      await settle(el);
      expect(part(el, 'plot')!.classList.contains('sliding')).to.equal(false);
      expect(part(el, 'plot')!.getAttribute('aria-busy')).to.equal('false');
      expect([shown(c.plot), shown(c.slide), shown(c.axis), shown(c.axisSlide)]).to.deep.equal([true, false, true, false]);
      expect(differing(seen, pixels(c.plot, width / 3, width / 3))).to.be.below(0.002);
      expect(differing(seenAxis, pixels(c.axis, width / 3, width / 3))).to.be.below(0.002);
    });
  }

  it('a drag slides at every move, the plot shown grabbed, and is drawn exactly when the button lifts', async () => {
    const el = await zoomed();
    const c = canvases(el);
    const [x, y] = plotPoint(el, 0.5);
    await sendMouse({ type: 'move', position: [Math.round(x), Math.round(y)] });
    await sendMouse({ type: 'down' });
    try {
      await dragged(el, x, y);
    } finally {
      await sendMouse({ type: 'up' });
    }
    await settle(el);
    expect(shown(c.plot)).to.equal(true);
    expect(part(el, 'plot')!.classList.contains('dragging')).to.equal(false);
    expect(drawn(el).view.start).to.equal(el.visibleRange.startMs);
  });

  /** Moves the pressed mouse 30 px at a time: the sliding canvas follows each move, nothing is drawn. */
  async function dragged(el: Timeline, x: number, y: number) {
    const c = canvases(el);
    const margin = (parseFloat(c.slide.style.width) - plotRect(el).width) / 2;
    const before = drawn(el).view.start;
    for (let i = 1; i <= 5; i++) {
      await sendMouse({ type: 'move', position: [Math.round(x + 30 * i), Math.round(y)] });
      expect(part(el, 'plot')!.classList.contains('dragging'), `move ${i} grabbed`).to.equal(true);
      expect(shift(c.slide) + margin, `move ${i}`).to.be.closeTo(30 * i, 0.5);
      expect([shown(c.plot), shown(c.slide)]).to.deep.equal([false, true]);
    }
    expect(drawn(el).view.start, 'no move drawn').to.equal(before);
  }

  it("the overview's thumb slides with the plot, to where the render at rest puts it", async () => {
    const el = await zoomed();
    const thumb = part(el, 'overview-thumb')!;
    const left = thumb.getBoundingClientRect().left;
    panLater(el, 200);
    expect(part(el, 'plot')!.classList.contains('sliding')).to.equal(true);
    const moved = thumb.getBoundingClientRect().left - left;
    expect(moved).to.be.above(1);
    await settle(el);
    expect(getComputedStyle(thumb).transform).to.equal('none');
    expect(thumb.getBoundingClientRect().left - left).to.be.closeTo(moved, 0.5);
  });

  it('the toolbar names the span slid to at each step, as the render at rest does', async () => {
    const el = await zoomed();
    const label = root(el).querySelector('#range-label')!;
    const before = label.textContent!.trim();
    panLater(el, 500);
    expect(part(el, 'plot')!.classList.contains('sliding')).to.equal(true);
    const sliding = label.textContent!.trim();
    expect(sliding).to.not.equal(before);
    await settle(el);
    expect(label.textContent!.trim()).to.equal(sliding);
    // And back: the words of the view the template last drew, written by the slide, stay right.
    panLater(el, -500);
    expect(label.textContent!.trim()).to.equal(before);
    await settle(el);
    expect(label.textContent!.trim()).to.equal(before);
  });

  it('the overview counts the events beyond the span slid to at each step, as the render at rest does', async () => {
    const el = await zoomed();
    const words = (side: 'earlier' | 'later') => root(el).querySelector(`[part~="overview-${side}"] > .words:not(.sizer)`)!.textContent!.replace(/\s+/g, ' ').trim();
    const before = { earlier: words('earlier'), later: words('later') };
    expect(before.earlier).to.match(/\d+ earlier event/);
    panLater(el, 500);
    expect(part(el, 'plot')!.classList.contains('sliding')).to.equal(true);
    const sliding = { earlier: words('earlier'), later: words('later') };
    expect(sliding.earlier, 'more events lie before the view slid later').to.not.equal(before.earlier);
    await settle(el);
    expect({ earlier: words('earlier'), later: words('later') }).to.deep.equal(sliding);
  });

  it("the overview's earlier button shows mid-slide once events lie before the view, as at rest", async () => {
    const el = await mountData(tiktok2020, { now: '2020-08-24' }, 1000);
    // Five days before the first event's end ("2017-11" ends with November).
    const endOf = (text: string) => {
      const [y, m = 1, d] = text.split('-').map(Number);
      return d ? Date.UTC(y!, m - 1, d + 1) : text.length === 7 ? Date.UTC(y!, m) : Date.UTC(y! + 1, 0);
    };
    const firstEnd = Math.min(...el.document!.events.map((e) => endOf(e.end ?? e.start)));
    const day = 86_400_000;
    el.zoomTo(firstEnd - 5 * day, firstEnd + 35 * day, false);
    await twinsDrawn(el);
    const button = part(el, 'overview-earlier') as HTMLButtonElement;
    const seen = () => button.checkVisibility({ visibilityProperty: true });
    expect(button.disabled, 'nothing before the story\'s first day').to.equal(true);
    expect(seen()).to.equal(false);
    panLater(el, 500);
    expect(part(el, 'plot')!.classList.contains('sliding')).to.equal(true);
    expect(button.disabled).to.equal(false);
    expect(seen(), 'shown while it slides').to.equal(true);
    const sliding = button.textContent!.replace(/\s+/g, ' ').trim();
    expect(sliding).to.match(/\d+ earlier events?/);
    await settle(el);
    expect([button.disabled, seen(), button.textContent!.replace(/\s+/g, ' ').trim()]).to.deep.equal([false, true, sliding]);
    // And back to where nothing lies before: hidden again, while sliding and at rest.
    panLater(el, -500);
    expect(button.disabled).to.equal(true);
    await settle(el);
    expect([button.disabled, seen()]).to.deep.equal([true, false]);
    // Slid later again, then rendered (a zoom, a minute narrower) back where nothing lies before:
    // the render hides it again, though it renders what it rendered before the slide.
    await twinsDrawn(el);
    const { startMs, endMs } = el.visibleRange;
    panLater(el, 500);
    expect(button.disabled).to.equal(false);
    el.zoomTo(startMs, endMs - 60_000, false);
    await el.updateComplete;
    expect([button.disabled, seen()]).to.deep.equal([true, false]);
  });

  it('a render just after a slide shows its own words, also when they are those of before the slide', async () => {
    const el = await zoomed();
    const label = root(el).querySelector('#range-label')!;
    const earlier = () => root(el).querySelector('[part~="overview-earlier"] > .words:not(.sizer)')!.textContent!.replace(/\s+/g, ' ').trim();
    const { startMs, endMs } = el.visibleRange;
    const before = { span: label.textContent!.trim(), earlier: earlier() };
    panLater(el, 500);
    expect(label.textContent!.trim()).to.not.equal(before.span);
    // A zoom (a minute narrower) back at the view of before: rendered, not slid, with the same words.
    el.zoomTo(startMs, endMs - 60_000, false);
    await el.updateComplete;
    expect(part(el, 'plot')!.classList.contains('sliding')).to.equal(false);
    expect({ span: label.textContent!.trim(), earlier: earlier() }).to.deep.equal(before);
  });

  it('a click while the view slides opens the event seen under it (real clicks, until one lands mid-slide)', async () => {
    const el = await zoomed();
    const plot = part(el, 'plot')!;
    const at: { slid: boolean | null } = { slid: null };
    plot.addEventListener('click', () => (at.slid = plot.classList.contains('sliding')), { capture: true });
    // Events in the middle of the plot at rest, with room to their left.
    const middle = drawn(el)
      .lanes.flatMap((l) => l.marks)
      .filter((m) => m.kind.startsWith('point') && m.x > plotRect(el).width * 0.4 && m.x < plotRect(el).width * 0.8);
    expect(middle.length).to.be.above(0);
    // The click must land within the 120 ms the slide lasts: a few tries on a busy machine.
    for (let tries = 0; tries < 12 && at.slid !== true; tries++) {
      const m = middle[tries % middle.length]!;
      const box = mark(el, m.item.id)!.getBoundingClientRect();
      panLater(el, 150);
      // Its marker is now 150 px further left (its button, over marker and label, is still where
      // it was until the view rests); the drawing that shows it there has not been rendered.
      await sendMouse({ type: 'click', position: [Math.round(plotRect(el).left + m.x - 150), Math.round(box.top + box.height / 2)] });
      await settle(el);
      expect(cardTitle(el), `click ${tries + 1}, ${at.slid ? 'mid-slide' : 'at rest'}`).to.equal(m.item.title);
      await sendKeys({ press: 'Escape' });
      el.zoomTo('2020-04-01', '2020-08-01', false);
      await twinsDrawn(el);
    }
    expect(at.slid, 'a click landed while the view slid').to.equal(true);
  });

  it('a zoom is drawn at once, not slid; so is a pan with focus in the plot, which slides without it', async () => {
    const el = await zoomed();
    const { startMs, endMs } = el.visibleRange;
    el.zoomTo(startMs, startMs + (endMs - startMs) / 2, false);
    expect(el.isUpdatePending).to.equal(true);
    expect(part(el, 'plot')!.classList.contains('sliding')).to.equal(false);
    await twinsDrawn(el);
    // Without focus in the plot, the same pan slides.
    panLater(el, 50);
    expect([el.isUpdatePending, part(el, 'plot')!.classList.contains('sliding')]).to.deep.equal([false, true]);
    await twinsDrawn(el);
    // Focus on a mark: its ring follows every move, so the move is drawn.
    const first = drawn(el).lanes.flatMap((l) => l.marks)[0]!;
    mark(el, first.item.id)!.focus();
    await twinsDrawn(el);
    panLater(el, 50);
    expect([el.isUpdatePending, part(el, 'plot')!.classList.contains('sliding')]).to.deep.equal([true, false]);
  });

  it('a pan past the margins drawn is drawn at once', async () => {
    const el = await zoomed();
    const c = canvases(el);
    const margin = (parseFloat(c.slide.style.width) - plotRect(el).width) / 2;
    panLater(el, margin - 10);
    expect(part(el, 'plot')!.classList.contains('sliding'), 'within the margin').to.equal(true);
    panLater(el, 20);
    expect(el.isUpdatePending, 'past it').to.equal(true);
    await settle(el);
    expect(shown(c.plot)).to.equal(true);
    expect(drawn(el).view.start).to.equal(el.visibleRange.startMs);
  });

  it('out of the page mid-slide: the drawn canvas shows, the twins let their pixels go, and it slides again once back and at rest', async () => {
    const el = await zoomed();
    const c = canvases(el);
    const parent = el.parentElement!;
    panLater(el, 100);
    expect(part(el, 'plot')!.classList.contains('sliding')).to.equal(true);
    el.remove();
    // (Out of the page nothing has a computed style: the drawn canvas is no longer hidden by the slide.)
    expect([c.plot.style.getPropertyValue('opacity'), c.slide.width, c.axisSlide.width]).to.deep.equal(['', 0, 0]);
    expect(part(el, 'plot')!.classList.contains('sliding')).to.equal(false);
    parent.append(el);
    await twinsDrawn(el);
    expect(part(el, 'plot')!.getAttribute('aria-busy')).to.equal('false');
    panLater(el, 100);
    expect(part(el, 'plot')!.classList.contains('sliding')).to.equal(true);
  });

  it('a wheel pan past the margins drawn ends where asked (a regression guard: slid steps, then drawn ones)', async () => {
    const el = await zoomed();
    el.zoomTo('2020-05-01', '2020-06-01', false);
    await twinsDrawn(el);
    const [x, y] = plotPoint(el, 0.5);
    const t = el.visibleRange.startMs + (el.visibleRange.endMs - el.visibleRange.startMs) / 2;
    const at = xOf(el, t);
    // Twelve notches of 120 px: 1,440 px, past the margins drawn (1.25 plot widths).
    for (let i = 0; i < 12; i++) await wheel(x, y, { deltaX: 120 });
    await afterWheel(el);
    expect(xOf(el, t)).to.be.closeTo(at - 1440, 2);
    expect(shown(canvases(el).plot)).to.equal(true);
    await drag(x, y, 40);
    await settle(el);
    expect(xOf(el, t)).to.be.closeTo(at - 1400, 2);
  });
});
