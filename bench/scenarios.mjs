// The scripted pan and zoom scenarios, the same for both libraries. Every one starts from the same
// view (a quarter of the library's own fitted span, centred on the document's middle: "zoomed ×4
// from fit all"), set through the API and settled before tracing, runs its steps, and returns
// main-thread ms per step (see trace.mjs) and the views the steps led to (to check that they moved
// anything: a fitted view is clamped, so a pan there moves nothing).
import { stepTimes, TRACE_CATEGORIES } from './trace.mjs';

/** The closest zoom of the bench's documents (every date a day or a month: three days), for both libraries. */
const CLOSEST = 3 * 86_400_000;
/** Frames waited after each step before the next one (the frame the step causes, and one more). */
const FRAMES_PER_STEP = 2;
/** After the last step: time for trailing work (settle timers, "changed" redraws) to run. */
const TAIL_MS = 300;
/** The start view is the fitted span divided by this. */
export const START_ZOOM = 4;
/** The fingers' distance when they are put down, px. */
const PINCH_GAP = 80;
/** The longest a scenario waits for the start view to settle, ms. */
const SETTLE_CAP_MS = 20_000;
/** How far each finger moves per pinch step, px (so the distance changes by twice this). */
const PINCH_PX = 8;

/**
 * The view every scenario starts from: `1 / START_ZOOM` of the fitted span (the library's own
 * view right after mounting, which is its "fit all"), centred on the document's middle.
 */
export function startView(fitted, extent) {
  const mid = (extent.start + extent.end) / 2;
  const half = (fitted.end - fitted.start) / START_ZOOM / 2;
  return { start: mid - half, end: mid + half };
}

/**
 * Sets `view` through the API, waits until the library has settled there (the mount's rule, at
 * most {@link SETTLE_CAP_MS}: a large document's zoom level may still be laid out in slices) and
 * 4 more frames, and returns the view the library then shows.
 */
async function setView(page, view) {
  await page.evaluate((s, e) => window.bench.setView(s, e), view.start, view.end);
  await page.evaluate((cap) => window.bench.settleView(cap), SETTLE_CAP_MS);
  return page.evaluate(() => window.bench.framesThenMark(4, 'reset', true));
}

/**
 * Traces `steps` (async functions) and returns per-step main-thread ms, and the views after the
 * steps numbered in `probeAt` (1-based: the view two frames after that step, read just before
 * its closing mark). Stops early (and says so) when the scenario runs past `capMs`.
 */
async function traced(page, steps, capMs, probeAt = []) {
  await page.tracing.start({ categories: TRACE_CATEGORIES });
  await page.evaluate((n) => window.bench.framesThenMark(n, 'step-0'), FRAMES_PER_STEP);
  const began = Date.now();
  const probes = {};
  let done = 0;
  for (const step of steps) {
    await step();
    done++;
    const last = done === steps.length || Date.now() - began > capMs;
    if (last) await new Promise((r) => setTimeout(r, TAIL_MS));
    const view = await page.evaluate(
      (n, m, p) => window.bench.framesThenMark(n, m, p),
      FRAMES_PER_STEP,
      `step-${done}`,
      probeAt.includes(done) || last,
    );
    if (view) probes[done] = view;
    if (last) break;
  }
  const trace = await page.tracing.stop();
  const times = stepTimes(trace, done);
  // The last window also held the tail wait; its wall time is reported without it.
  if (times.wall.length) times.wall[times.wall.length - 1] -= TAIL_MS;
  return { ...times, steps: done, planned: steps.length, probes };
}

/** A [0 … n) ladder that goes up for half the steps and back down for the other half. */
const ladder = (n) => Array.from({ length: n }, (_, i) => (i < n / 2 ? i + 1 : n - i - 1));

/**
 * Directions of a pan that goes one way for a quarter of the steps, back through the start for
 * half, and returns for the last quarter: ±1 per step, summing to 0, never more than a quarter
 * of the steps away from the start (so 40 steps of a tenth of the span stay inside a view
 * zoomed ×4, which has 1.5 spans of room on either side).
 */
const swing = (n) => Array.from({ length: n }, (_, i) => (i < n / 4 || i >= (3 * n) / 4 ? 1 : -1));

/**
 * What a scenario did to the view: the start view (and the fitted span over its span), and at
 * the turn (the step after which it goes back) the centre's shift in start spans and the span
 * over the start span. At the end it should be back where it started.
 */
function reached(start, probes, turn, fitted) {
  const span0 = start.end - start.start;
  const at = (v) => v && { shift: ((v.start + v.end) / 2 - (start.start + start.end) / 2) / span0, span: (v.end - v.start) / span0 };
  const endStep = Math.max(...Object.keys(probes).map(Number));
  return { startZoom: (fitted.end - fitted.start) / span0, turn: at(probes[turn]) ?? null, end: at(probes[endStep]) ?? null };
}

/**
 * Runs the scenarios on a mounted page. `fitted` is the library's view right after mounting.
 * Returns per-scenario results, each with `view` (see `reached`).
 * @param {import('puppeteer-core').Page} page
 */
export async function runScenarios(page, { fitted, steps = 40, capMs = 25_000 } = {}) {
  const extent = await page.evaluate(() => window.bench.extent);
  const view0 = startView(fitted, extent);
  const span0 = view0.end - view0.start;
  const half = steps / 2;
  const quarter = Math.ceil(steps / 4);
  const results = {};
  const api = (view) => () => page.evaluate((s, e) => window.bench.setView(s, e), view.start, view.end);
  /** Runs one scenario from the start view; `turn` is the step whose view is probed. */
  const run = async (key, makeSteps, turn, before = async () => {}) => {
    const start = await setView(page, view0);
    await before();
    const r = await traced(page, makeSteps(), capMs, [turn]);
    r.view = reached(start, r.probes, turn, fitted);
    results[key] = r;
    return r;
  };

  // API pan: shift the window by a tenth of its span per step, right for a quarter of the steps,
  // back left through the start for half, and right again.
  await run(
    'panApi',
    () => {
      let k = 0;
      return swing(steps).map((d) => {
        k += d;
        return api({ start: view0.start + k * 0.1 * span0, end: view0.end + k * 0.1 * span0 });
      });
    },
    quarter,
  );

  // API zoom: from the start view down to the closest zoom (three days: the synthetic dates are
  // days and months, and ours stops there so that no date is drawn under clock times) around its
  // centre and back out, geometric spans (each step a constant factor), so every zoom level is
  // crossed twice. Both libraries zoom to the same spans.
  const mid = (view0.start + view0.end) / 2;
  const factor = Math.pow(span0 / CLOSEST, 1 / half);
  await run(
    'zoomApi',
    () =>
      ladder(steps).map((k) => {
        const span = span0 / Math.pow(factor, k);
        return api({ start: mid - span / 2, end: mid + span / 2 });
      }),
    Math.floor(half),
  );

  const plot = await page.evaluate(() => window.bench.plot());
  const cx = Math.round(plot.x + plot.width / 2);
  const cy = Math.round(plot.y + Math.min(plot.height / 2, 200));

  // Wheel pan: a horizontal wheel (deltaX 120 px, one notch of a tilt wheel or a trackpad swipe),
  // right for a quarter of the steps, left for half, right for the last quarter.
  await run(
    'wheelPan',
    () => swing(steps).map((d) => () => page.mouse.wheel({ deltaX: 120 * d })),
    quarter,
    () => page.mouse.move(cx, cy),
  );

  // Wheel zoom: Ctrl + vertical wheel (100 px a notch) at the plot's centre, in then out.
  await run(
    'wheelZoom',
    () => Array.from({ length: steps }, (_, i) => () => page.mouse.wheel({ deltaY: i < half ? -100 : 100 })),
    Math.floor(half),
    async () => {
      await page.mouse.move(cx, cy);
      await page.keyboard.down('Control');
    },
  );
  await page.keyboard.up('Control');

  // Drag: press at the centre, move 20 px per step to the right, then back, release.
  const drag = await run(
    'drag',
    () =>
      Array.from({ length: steps }, (_, i) => {
        const x = cx + 20 * (i < half ? i + 1 : steps - i - 1);
        return async () => {
          await page.mouse.move(x, cy);
          if (i === steps - 1) await page.mouse.up();
        };
      }),
    Math.floor(half),
    async () => {
      await page.mouse.move(cx, cy);
      await page.mouse.down();
    },
  );
  // When the cap cut the drag short, the button is still down.
  if (drag.steps < steps) await page.mouse.up();

  // Pinch: real touch input through CDP, with touch emulation switched on for this phase only
  // (it makes `(pointer: coarse)` and `(hover: none)` match, which could change either library's
  // layout for the other phases). Two fingers at the plot's centre, 80 px apart, are put down
  // before tracing; each step moves both by PINCH_PX outwards (half the steps) or back inwards
  // (the other half); the last step lifts them.
  const { touch, release } = await twoFingers(page, cx, cy, 'x');
  const pinch = await run(
    'pinch',
    () =>
      ladder(steps).map((k, i) => async () => {
        await touch('touchMove', PINCH_GAP + 2 * PINCH_PX * k);
        if (i === steps - 1) await touch('touchEnd');
      }),
    Math.floor(half),
    () => touch('touchStart', PINCH_GAP),
  );
  if (pinch.steps < steps) await touch('touchEnd');
  await release();

  return { results, start: view0 };
}

/**
 * The vertical (phone) reading of ours: `steps` page-scroll steps (a plain wheel of 240 px, down
 * for half the steps and back up), then `steps` pinch steps (two fingers one above the other on
 * the list, moving apart for half the steps and back). Returns both as traced step times.
 */
export async function runVerticalScenarios(page, { steps = 40, capMs = 25_000 } = {}) {
  const half = steps / 2;
  // From a zoomed-in list (×16 from the whole span, as a reader spreads the days out), long enough
  // for every scroll step to move the page.
  await page.evaluate(async () => {
    const button = document.querySelector('event-timeline').shadowRoot.querySelector('[part~="zoom-in"]');
    for (let i = 0; i < 4; i++) {
      button.click();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
    window.scrollTo(0, 0);
  });
  const list = await page.evaluate(() => window.bench.plot());
  const cx = Math.round(list.x + list.width / 2);
  const cy = 420;
  await page.mouse.move(cx, cy);
  const scroll = await traced(
    page,
    Array.from({ length: steps }, (_, i) => () => page.mouse.wheel({ deltaY: i < half ? 240 : -240 })),
    capMs,
  );
  const { touch, release } = await twoFingers(page, cx, cy, 'y');
  await touch('touchStart', PINCH_GAP);
  const pinch = await traced(
    page,
    ladder(steps).map((k, i) => async () => {
      await touch('touchMove', PINCH_GAP + 2 * PINCH_PX * k);
      if (i === steps - 1) await touch('touchEnd');
    }),
    capMs,
  );
  if (pinch.steps < steps) await touch('touchEnd');
  await release();
  return { scroll, pinch };
}

/**
 * Two fingers on (cx, cy), `gap` px apart along `axis`, through CDP touch input, with touch
 * emulation on until `release()` (it makes `(pointer: coarse)` match, so only for a pinch phase).
 */
async function twoFingers(page, cx, cy, axis) {
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 2 });
  const finger = (gap, side, id) => (axis === 'x' ? { x: cx + (side * gap) / 2, y: cy, id } : { x: cx, y: cy + (side * gap) / 2, id });
  return {
    touch: (type, gap) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [finger(gap, -1, 0), finger(gap, 1, 1)] }),
    async release() {
      await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: false });
      await cdp.detach();
    },
  };
}
