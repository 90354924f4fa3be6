// The scripted pan and zoom scenarios, the same for both libraries. Each starts from the same
// view (two years in the middle of the 20-year document, set through the API and settled
// before tracing), runs its steps, and returns main-thread ms per step (see trace.mjs).
import { stepTimes, TRACE_CATEGORIES } from './trace.mjs';

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** Frames waited after each step before the next one (the frame the step causes, and one more). */
const FRAMES_PER_STEP = 2;
/** After the last step: time for trailing work (settle timers, "changed" redraws) to run. */
const TAIL_MS = 300;

/** The view every scenario starts from: two years around the document's middle. */
export function startView(extent) {
  const mid = (extent.start + extent.end) / 2;
  return { start: mid - 365 * DAY, end: mid + 365 * DAY };
}

async function setView(page, view) {
  await page.evaluate((s, e) => window.bench.setView(s, e), view.start, view.end);
  await page.evaluate(() => window.bench.framesThenMark(4, 'reset'));
}

/**
 * Traces `steps` (async functions) and returns per-step main-thread ms.
 * Stops early (and says so) when the scenario runs past `capMs`.
 */
async function traced(page, steps, capMs) {
  await page.tracing.start({ categories: TRACE_CATEGORIES });
  await page.evaluate((n) => window.bench.framesThenMark(n, 'step-0'), FRAMES_PER_STEP);
  const began = Date.now();
  let done = 0;
  for (const step of steps) {
    await step();
    done++;
    const last = done === steps.length || Date.now() - began > capMs;
    if (last) await new Promise((r) => setTimeout(r, TAIL_MS));
    await page.evaluate((n, m) => window.bench.framesThenMark(n, m), FRAMES_PER_STEP, `step-${done}`);
    if (last) break;
  }
  const trace = await page.tracing.stop();
  const times = stepTimes(trace, done);
  // The last window also held the tail wait; its wall time is reported without it.
  if (times.wall.length) times.wall[times.wall.length - 1] -= TAIL_MS;
  return { ...times, steps: done, planned: steps.length };
}

/** A [0 … n) ladder that goes up for half the steps and back down for the other half. */
const ladder = (n) => Array.from({ length: n }, (_, i) => (i < n / 2 ? i + 1 : n - i - 1));

/**
 * Runs the scenarios on a mounted page. Returns per-scenario results, and the span ratio the
 * wheel zoom reached at its deepest (to compare how far each library zooms per wheel notch).
 * @param {import('puppeteer-core').Page} page
 */
export async function runScenarios(page, { steps = 40, capMs = 25_000 } = {}) {
  const extent = await page.evaluate(() => window.bench.extent);
  const view0 = startView(extent);
  const span0 = view0.end - view0.start;
  const results = {};
  const api = (view) => () => page.evaluate((s, e) => window.bench.setView(s, e), view.start, view.end);

  // API pan: shift the two-year window by 10 % of its span per step, out and back.
  await setView(page, view0);
  results.panApi = await traced(
    page,
    ladder(steps).map((k) => api({ start: view0.start + k * 0.1 * span0, end: view0.end + k * 0.1 * span0 })),
    capMs,
  );

  // API zoom: from the whole document down to the finest zoom (one hour) around the middle and
  // back out, geometric spans (each step a constant factor), so every zoom level is crossed twice.
  await setView(page, view0);
  const mid = (extent.start + extent.end) / 2;
  const full = extent.end - extent.start;
  const half = steps / 2;
  const factor = Math.pow(full / HOUR, 1 / half);
  results.zoomApi = await traced(
    page,
    ladder(steps).map((k) => {
      const span = full / Math.pow(factor, k);
      return api({ start: mid - span / 2, end: mid + span / 2 });
    }),
    capMs,
  );

  const plot = await page.evaluate(() => window.bench.plot());
  const cx = Math.round(plot.x + plot.width / 2);
  const cy = Math.round(plot.y + Math.min(plot.height / 2, 200));

  // Wheel pan: a horizontal wheel (deltaX 120 px, one notch of a tilt wheel or a trackpad swipe), right then left.
  await setView(page, view0);
  await page.mouse.move(cx, cy);
  results.wheelPan = await traced(
    page,
    Array.from({ length: steps }, (_, i) => () => page.mouse.wheel({ deltaX: i < half ? 120 : -120 })),
    capMs,
  );

  // Wheel zoom: Ctrl + vertical wheel (100 px a notch) at the plot's centre, in then out.
  await setView(page, view0);
  await page.mouse.move(cx, cy);
  await page.keyboard.down('Control');
  let deepest = Infinity;
  results.wheelZoom = await traced(
    page,
    Array.from({ length: steps }, (_, i) => async () => {
      await page.mouse.wheel({ deltaY: i < half ? -100 : 100 });
      if (i === half - 1) {
        const v = await page.evaluate(() => window.bench.view());
        deepest = (v.end - v.start) / span0;
      }
    }),
    capMs,
  );
  await page.keyboard.up('Control');

  // Drag: press at the centre, move 20 px per step to the right, then back, release.
  await setView(page, view0);
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  const dragSteps = Array.from({ length: steps }, (_, i) => {
    const x = cx + 20 * (i < half ? i + 1 : steps - i - 1);
    return async () => {
      await page.mouse.move(x, cy);
      if (i === steps - 1) await page.mouse.up();
    };
  });
  results.drag = await traced(page, dragSteps, capMs);
  // When the cap cut the drag short, the button is still down.
  if (results.drag.steps < steps) await page.mouse.up();

  return { results, wheelZoomSpan: deepest };
}
