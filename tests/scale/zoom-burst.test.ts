/**
 * Zooming a large document in a burst (a wheel or pinch gesture, scripted steps a frame apart):
 * each step draws at once from a coarser zoom level that stands in (the plot says it is busy),
 * and when the view rests the plot reads exactly as a timeline taken there in one step.
 */
import { expect } from '@open-wc/testing';
import { syntheticTimeline } from '../../events/synthetic.js';
import type { Timeline } from '../helpers/timeline.js';
import { drawn, lastScene, part, settle } from '../helpers/timeline.js';
import { frames, until } from '../helpers/signals.js';
import { mountOnce, putInPage } from './scale-helpers.js';
import { BURST_MS } from '../../src/controllers/viewport-controller.js';

const WIDTH = 1200;
/** A step this close to a burst's end may have come at rest by the viewport's clock (its timers and ours differ a little). */
const AT_REST_MARGIN_MS = 10;

/**
 * Steps a frame apart are a burst; on a machine so busy that a frame took about as long as a
 * burst lasts, the step after it may come at rest (and lay out its level), as a reader's would.
 * Call the returned function just before each step: it says whether that step comes at rest.
 */
function restClock(): () => boolean {
  let previous = -Infinity;
  return () => {
    const now = performance.now();
    const atRest = now - previous >= BURST_MS - AT_REST_MARGIN_MS;
    previous = now;
    return atRest;
  };
}

/** What the plot draws: each lane's marks and "+N" counts, and the strips' bucket counts. */
function reading(el: Timeline) {
  return drawn(el).lanes.map((lane) => ({
    lane: lane.index,
    marks: lane.marks.map((m) => m.item.id),
    clusters: lane.clusters.map((c) => `${c.key}+${c.count}`),
    strip: lane.strip?.buckets.map((b) => `${b.start}:${b.count}`) ?? [],
  }));
}

/** Events the plot folds into "+N" marks and strips rather than drawing their own marks. */
function folded(el: Timeline): number {
  return drawn(el).lanes.reduce((sum, lane) => sum + lane.clusters.reduce((s, c) => s + c.count, 0) + (lane.strip?.count ?? 0), 0);
}

/** How many zoom levels the timeline has laid out to draw so far (what zooming has cost it). */
function levelsLaidOut(el: Timeline): number {
  return (el as unknown as { scenes: { levelsLaidOut: number } }).scenes.levelsLaidOut;
}

// 8,000: above the size up to which a level is laid out even in a burst (about 2 ms at 5,000
// events); at 10,000 a level laid out in a step took wheel and pinch zoom steps past half a frame.
for (const count of [8_000, 30_000]) describe(`<event-timeline> with ${count.toLocaleString('en')} events zoomed in a burst`, () => {
  const doc = syntheticTimeline({ count, seed: 4 });
  let el: Timeline;
  let fresh: Timeline | undefined;

  before(async () => {
    el = await mountOnce(doc, WIDTH);
  });

  after(() => {
    el?.parentElement?.remove();
    fresh?.parentElement?.remove();
  });

  it('draws every step of the burst from a coarser level, busy, then exactly what a timeline taken to the final view in one step draws', async () => {
    const { start, end } = el.visibleRange;
    const mid = (start.getTime() + end.getTime()) / 2;
    const whole = end.getTime() - start.getTime();
    const plot = part(el, 'plot')!;
    const busy: string[] = [];
    const laidOut = levelsLaidOut(el);
    let last = { start: 0, end: 0 };
    const comesAtRest = restClock();
    const atRest: boolean[] = [];
    for (let k = 1; k <= 10; k++) {
      const span = whole / 1.3 ** k;
      last = { start: mid - span / 2, end: mid + span / 2 };
      atRest.push(comesAtRest());
      el.zoomTo(last.start, last.end, false);
      // What this step's render says, read before the frame: on a busy machine a frame can outlast
      // the burst, whose end renders the plot again, at rest, with its own level.
      await el.updateComplete;
      busy.push(plot.getAttribute('aria-busy')!);
      await frames(1);
      expect(el.visibleRange.start.getTime(), `step ${k} is drawn at once`).to.be.closeTo(last.start, whole / 1e6);
    }
    const inBurst = busy.filter((_, i) => !atRest[i]);
    expect(inBurst.length, 'steps in the burst').to.be.at.least(5);
    expect(inBurst, 'busy while a coarser level stands in').to.deep.equal(inBurst.map(() => 'true'));
    // No step lays out its level while the view moves; a step after which a busy machine let the
    // view rest (120 ms) may have had its level laid out at that rest.
    expect(levelsLaidOut(el) - laidOut, 'zoom levels laid out during the burst').to.be.at.most(atRest.filter(Boolean).length);
    const during = folded(el);

    await settle(el);
    expect(plot.getAttribute('aria-busy'), 'at rest the plot is not busy').to.equal('false');
    expect(levelsLaidOut(el) - laidOut, 'and its own level laid out').to.be.within(1, 2);
    expect(folded(el), 'at rest its own level folds no more than the stand-in did').to.be.at.most(during);
    const rested = reading(el);

    // Another timeline of the same document (the same rows: both opened fitted), taken to the
    // final view in one step.
    fresh = await mountOnce(doc, WIDTH);
    fresh.zoomTo(last.start, last.end, false);
    await settle(fresh);
    expect(fresh.visibleRange.start.getTime()).to.be.closeTo(el.visibleRange.start.getTime(), 1000);
    expect(rested).to.deep.equal(reading(fresh));
  });
});

describe('<event-timeline> with 30,000 events opened at a close view', () => {
  const doc = syntheticTimeline({ count: 30_000, seed: 5 });
  let el: Timeline;

  after(() => el?.parentElement?.remove());

  it('zooms out to the whole span in a burst drawing the whole span\'s level, laid out in the background, not a level per step', async () => {
    el = await mountOnce(doc, WIDTH, { start: '2014-06-01', end: '2014-06-15' });
    // The widest view's level is laid out in the background after the first drawing.
    const scenes = () => (el as unknown as { scenes: { standInReady: boolean; levelsLaidOut: number } }).scenes;
    await until('the whole span\'s level is laid out in the background', () => scenes().standInReady, 20_000);
    const { start, end } = el.visibleRange;
    const mid = (start.getTime() + end.getTime()) / 2;
    const from = end.getTime() - start.getTime();
    const drawnAtEachStep: boolean[] = [];
    const laidOut = scenes().levelsLaidOut;
    const comesAtRest = restClock();
    let atRest = 0;
    for (let k = 1; k <= 12; k++) {
      const span = from * 2 ** k;
      if (comesAtRest()) atRest++;
      el.zoomTo(mid - span / 2, mid + span / 2, false);
      await frames(1);
      await el.updateComplete;
      drawnAtEachStep.push(!!el.shadowRoot!.querySelector('[part~="canvas"]') && !part(el, 'progress') && !!drawn(el));
    }
    expect(drawnAtEachStep, 'drawn at every step, no progress bar').to.deep.equal(drawnAtEachStep.map(() => true));
    expect(12 - atRest, 'steps in the burst').to.be.at.least(6);
    // No step lays out its level while the view moves; a step after which a busy machine let the
    // view rest (120 ms) may have had its level laid out at that rest.
    expect(scenes().levelsLaidOut - laidOut, 'zoom levels laid out during the burst').to.be.at.most(atRest);
    await settle(el);
    expect(part(el, 'plot')!.getAttribute('aria-busy')).to.equal('false');
  });
});

describe('<event-timeline> with 30,000 events given a view while they load', () => {
  const doc = syntheticTimeline({ count: 30_000, seed: 8 });
  let el: Timeline;

  after(() => el?.parentElement?.remove());

  it('lays out the widest view\'s level once the view rests after its first drawing, with no further input: every zoom out has a stand-in', async () => {
    el = putInPage(doc, WIDTH);
    const scenes = () => (el as unknown as { scenes: { standInReady: boolean } }).scenes;
    // While the events load, a page's script moves the view on every frame (a close view, its
    // end a day later every other frame), and stops once they are drawn: they are first drawn
    // within a frame of a move, so the widest level cannot be laid out then (its slices would
    // take a burst's frames). It used to wait for a drawing at rest that never came: nothing
    // else draws once the view rests after a first drawing.
    for (let k = 0; !lastScene(el); k++) {
      el.zoomTo(Date.UTC(2014, 5, 1), Date.UTC(2014, 5, 15 + (k % 2)), false);
      await frames(1);
    }
    expect(scenes().standInReady, 'no stand-in yet: the view has not rested').to.equal(false);
    await until('the widest view\'s level is laid out in the background', () => scenes().standInReady, 10_000);
  });
});

describe('<event-timeline> with 30,000 events zoomed by a single call', () => {
  const doc = syntheticTimeline({ count: 30_000, seed: 6 });
  let el: Timeline;
  let fresh: Timeline | undefined;

  after(() => {
    el?.parentElement?.remove();
    fresh?.parentElement?.remove();
  });

  it('draws the new view at once from a coarser level, busy, and on its own, with no further input, reads as a timeline opened there once the view rests', async () => {
    el = await mountOnce(doc, WIDTH);
    // The move comes at rest: the view has not moved for a burst's length since it was fitted
    // (the rule is one of time: moves less than BURST_MS apart are a burst).
    const mounted = performance.now();
    await until('the fitted view has rested', () => performance.now() - mounted > BURST_MS + AT_REST_MARGIN_MS);
    const { start, end } = el.visibleRange;
    const mid = (start.getTime() + end.getTime()) / 2;
    const span = (end.getTime() - start.getTime()) / 6;
    const plot = part(el, 'plot')!;
    const laidOut = levelsLaidOut(el);
    // One move may be a burst's first: its frame lays out no level and leaves the overlay of
    // buttons where it was, and says so (`aria-busy`), until the view rests.
    el.zoomTo(mid - span / 2, mid + span / 2, false);
    await el.updateComplete;
    expect(drawn(el).view.start, 'drawn at once').to.be.closeTo(mid - span / 2, span / 1e6);
    expect(plot.getAttribute('aria-busy'), 'busy while a coarser level stands in').to.equal('true');
    expect(plot.classList.contains('moving'), 'the overlay waits').to.equal(true);
    expect(levelsLaidOut(el) - laidOut, 'no level laid out in its frame').to.equal(0);
    const during = folded(el);

    await until('the plot is no longer busy', () => plot.getAttribute('aria-busy') === 'false', 10_000);
    expect(levelsLaidOut(el) - laidOut, 'its own level laid out once the view rested').to.equal(1);
    expect(plot.classList.contains('moving'), 'the overlay caught up').to.equal(false);
    expect(folded(el), 'its own level folds no more than the stand-in did').to.be.at.most(during);
    const rested = reading(el);

    fresh = await mountOnce(doc, WIDTH);
    fresh.zoomTo(mid - span / 2, mid + span / 2, false);
    await settle(fresh);
    expect(rested).to.deep.equal(reading(fresh));
  });
});

describe('<event-timeline> with 30,000 events put back in the page in the middle of a burst', () => {
  const doc = syntheticTimeline({ count: 30_000, seed: 7 });
  let el: Timeline;

  after(() => el?.parentElement?.remove());

  it('catches up once the view rests, with no further input: its own level, the buttons, not busy', async () => {
    el = await mountOnce(doc, WIDTH);
    const plot = () => part(el, 'plot')!;
    const { start, end } = el.visibleRange;
    const mid = (start.getTime() + end.getTime()) / 2;
    const whole = end.getTime() - start.getTime();
    // Two moves a frame apart: a burst, whose end the viewport's timer would draw.
    el.zoomTo(mid - whole / 6, mid + whole / 6, false);
    await frames(1);
    el.zoomTo(mid - whole / 12, mid + whole / 12, false);
    await el.updateComplete;
    expect(plot().getAttribute('aria-busy'), 'busy in the burst').to.equal('true');
    // Out of the page and back in the same task: leaving cancels the viewport's timers.
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await until('the plot is no longer busy', () => plot().getAttribute('aria-busy') === 'false', 10_000);
    expect(plot().classList.contains('moving'), 'the overlay caught up').to.equal(false);
    expect(drawn(el).view.start).to.be.closeTo(mid - whole / 12, whole / 1e6);
  });
});
