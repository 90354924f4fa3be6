// `npm run bench [-- --sizes=1000,10000 --only=ours|vis|vertical --steps=40 --mount-cap=600]`
// (`--only=vertical`: the phone reading's table alone, in about half a minute, printed only;
// `BENCH_DUMP=file.json`: every result, each step's ms included, written there too)
//
// Measures <event-timeline> and vis-timeline 8 (its standalone build) on the same seeded
// synthetic documents (a third ranges, 20 years, six lanes) in one run of headless Chromium, at
// 1,000, 10,000, 100,000 and 1,000,000 events by default: how the load goes (mount time, first
// paint, longest main-thread task, a heartbeat timer's lateness, progress shown, JS heap growth,
// DOM nodes) and main-thread ms per step of scripted pan and zoom (API pan, API zoom, wheel pan,
// Ctrl + wheel zoom, drag, two-finger pinch). Prints a Markdown table with the ratios against
// vis-timeline and the targets of issue 15, and writes it to bench/results.md (not with --only=vertical).
//
// Method, the same for both libraries (details in page.ts, scenarios.mjs and trace.mjs):
// - Each library × size runs in freshly launched browsers, so heaps and caches are cold and a hung
//   vis-timeline can be killed: one for the load, DOM and heap, another for the steps (the heap
//   measurement's forced collections would slow the steps after them). Viewport 1280 × 1000, the
//   component 1200 px wide.
// - vis-timeline is not run above 100,000 events unless `--only=vis` asks for it (issue 15
//   records it as not mounting 1,000,000); the tables say so.
// - The page generates the document (and JSON-round-trips it) before it is ready, outside every
//   timing and before the heap baseline; at 1,000,000 that takes seconds, hence long timeouts.
// - Mount: page.ts times from creating the component with its data until after the paint of
//   the last frame in which the component still changed (capped at 600 s, `--mount-cap=`
//   seconds: "did not mount"; vis-timeline needs 270–420 s for 100,000 events here).
//   During it, page.ts records the first frame that shows the timeline ("first paint"), the
//   progress texts shown, a 10 ms heartbeat's worst lateness and `longtask` entries; the runner
//   traces top-level tasks for the longest one.
// - DOM nodes: elements in ours' shadow root / in vis-timeline's container; the most seen after
//   mounting and after each scenario.
// - Heap: CDP HeapProfiler.collectGarbage, then Runtime.getHeapUsage, before creating the
//   component (document already generated) and after it settled.
// - Steps: every scenario starts from a quarter of the library's own fitted span (its view right
//   after mounting), centred on the document's middle. Chromium tracing; main-thread time in
//   top-level tasks between marks placed two painted frames after each step (so input handling,
//   script, style, layout, paint and commit, and the harness's own tiny mark tasks, count). The
//   "harness floor" line shows what an empty step costs. Each scenario is capped at 25 s (slow
//   steps at 1,000,000 events may cut it short; the table says so).
import puppeteer from 'puppeteer-core';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { findChromium, chromiumArgs } from '../scripts/browser.mjs';
import { runScenarios, runVerticalScenarios } from './scenarios.mjs';
import { stepTimes, longestTask, TRACE_CATEGORIES, LOAD_TRACE_CATEGORIES } from './trace.mjs';
import { buildBundle } from './bundle-size.mjs';
import { renderReport, renderVertical } from './report.mjs';

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v = 'true'] = a.replace(/^--/, '').split('=');
    return [k, v];
  }),
);
const sizes = (args.sizes ?? '1000,10000,100000,1000000').split(',').map(Number).filter((n) => n > 0);
/** `--only=vertical`: the vertical (phone) reading alone, without the plot's scenarios. */
const verticalOnly = args.only === 'vertical';
const libs = verticalOnly ? [] : args.only ? [args.only] : ['ours', 'vis'];
/** Above this, vis-timeline runs only when `--only=vis` asks for it. */
const VIS_MAX = 100_000;
const steps = Number(args.steps ?? 40);
const SEED = 1;
/** How long a mount may take before it counts as "did not mount" (`--mount-cap=` seconds). */
// vis-timeline took about 270 s to mount 100,000 events here at a load average of 3, and 416 s
// at 11–13 (one task of nearly all of it).
const MOUNT_CAP_MS = Number(args['mount-cap'] ?? 600) * 1000;
const began = Date.now();
const loadAtStart = os.loadavg()[0];
// The 1-minute load average, sampled through the run (its peak is reported).
const loadSamples = [loadAtStart];
const loadTimer = setInterval(() => loadSamples.push(os.loadavg()[0]), 5_000);
loadTimer.unref();

const log = (...a) => console.error(`[${((Date.now() - began) / 1000).toFixed(1)} s]`, ...a);

const bundle = libs.includes('ours') || verticalOnly ? await buildBundle() : null;
if (bundle) log(bundle.ok ? `bundle: ${bundle.line}` : `bundle build failed: ${bundle.error}`);
const from = bundle?.ok ? 'bundle' : 'source';

const server = await startDevServer({
  config: {
    rootDir: '.',
    port: 8800 + Math.floor(Math.random() * 500),
    nodeResolve: { exportConditions: ['production'] },
    plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' })],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const { executablePath } = await findChromium();
const chromeVersion = { value: '' };

async function launch() {
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: [...chromiumArgs, '--window-size=1280,1000'],
    env: { ...process.env, TZ: 'UTC' },
    // A page.evaluate of the mount lasts as long as the mount.
    protocolTimeout: MOUNT_CAP_MS + 120_000,
  });
  chromeVersion.value ||= await browser.version();
  return browser;
}

async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

// Unreferenced: a race's timer left running would keep the process alive for the whole cap after the last mount.
const timeout = (ms) => new Promise((r) => setTimeout(() => r('timeout'), ms).unref());

/** An empty step's cost (the harness's own mark tasks and idle frames). */
async function harnessFloor(page) {
  await page.tracing.start({ categories: TRACE_CATEGORIES });
  for (let i = 0; i <= 20; i++) await page.evaluate((m) => window.bench.framesThenMark(2, m), `step-${i}`);
  return stepTimes(await page.tracing.stop(), 20).total;
}

/** Opens the bench page for `lib` × `count` in a fresh browser and waits until its document is ready. */
async function openPage(lib, count, vertical = false) {
  const browser = await launch();
  const page = await browser.newPage();
  let pageError = null;
  page.on('pageerror', (e) => {
    pageError ??= e;
    log(`${lib} ${count}: page error: ${e.message}`);
  });
  await page.setViewport(vertical ? { width: 390, height: 844, deviceScaleFactor: 1 } : { width: 1280, height: 1000, deviceScaleFactor: 1 });
  await page.goto(`http://localhost:${server.config.port}/bench/page.html?lib=${lib}&count=${count}&seed=${SEED}&from=${from}&cap=${MOUNT_CAP_MS}${vertical ? '&vertical=1' : ''}`);
  // The page generates the document before it is ready (seconds at 1,000,000 events); a failed
  // import ends the wait early.
  const ready = page.waitForSelector('body[data-ready]', { timeout: 300_000 });
  while (!(await Promise.race([ready.then(() => true), timeout(250).then(() => false)]))) {
    if (pageError) {
      await close(browser);
      throw new Error(`${lib} ${count}: the page failed: ${pageError.message}`);
    }
  }
  return { browser, page };
}

async function close(browser) {
  // A page stuck in a long synchronous call may not close politely.
  const closed = await Promise.race([browser.close(), timeout(5_000)]);
  if (closed === 'timeout') browser.process()?.kill('SIGKILL');
}

/** Mounts within the cap: the page's mount result, or null when it timed out. */
async function mount(page, lib, count) {
  const mounted = await Promise.race([
    page.evaluate(() => window.bench.mount()).catch((e) => ({ error: String(e) })),
    timeout(MOUNT_CAP_MS + 5_000),
  ]);
  if (mounted === 'timeout' || mounted.ms > MOUNT_CAP_MS) return null;
  if (mounted.error) throw new Error(`${lib} ${count}: mount failed: ${mounted.error}`);
  return mounted;
}

/**
 * One library × size, in two fresh browsers. The first measures the load (mount time, first
 * paint, longest task, heartbeat, progress), DOM nodes and heap growth; the second mounts again
 * and runs the scenarios. They are apart because the heap measurement forces full collections,
 * which shrink V8's heap and drop compiled code: steps right after them ran about 25 % slower,
 * for either library, than in a page that was never forced.
 */
async function measure(lib, count) {
  const result = { lib, count, capS: MOUNT_CAP_MS / 1000 };
  {
    const { browser, page } = await openPage(lib, count);
    try {
      const cdp = await page.createCDPSession();
      const heap0 = await heapUsed(cdp);
      if (!process.env.NOTRACE) await page.tracing.start({ categories: LOAD_TRACE_CATEGORIES });
      const mounted = await mount(page, lib, count);
      if (!mounted) {
        result.timedOut = true;
        log(`${lib} ${count}: did not mount within ${MOUNT_CAP_MS / 1000} s`);
        return result;
      }
      result.mount = mounted;
      result.longest = process.env.NOTRACE ? null : longestTask(await page.tracing.stop(), 'load-start', 'load-end');
      result.heapMB = ((await heapUsed(cdp)) - heap0) / 1024 / 1024;
      result.nodes = await page.evaluate(() => window.bench.nodes());
      const p = mounted.progress;
      log(
        `${lib} ${count}: mounted in ${mounted.ms.toFixed(0)} ms (${mounted.frames} frames), first paint ${mounted.firstPaintMs?.toFixed(0) ?? 'never'} ms, ` +
          `longest task ${result.longest?.longestMs.toFixed(0) ?? '?'} ms, heartbeat late ≤ ${mounted.heartbeat.worstLateMs.toFixed(0)} ms, ` +
          `progress ${p.distinct ? `${p.distinct} texts, first "${p.first}"` : 'none'}, ${result.nodes} nodes, heap +${result.heapMB.toFixed(1)} MB`,
      );
    } finally {
      await close(browser);
    }
  }
  // When the steps cannot be measured (the second mount runs over the cap on a busy machine),
  // the load measured above is still reported.
  try {
    await measureSteps(lib, count, result);
  } catch (e) {
    result.stepsError = e.message.split('\n')[0];
    log(`${lib} ${count}: steps not measured: ${result.stepsError}`);
  }
  return result;
}

/** The second browser of `measure`: mounts again (untimed) and runs the scenarios into `result`. */
async function measureSteps(lib, count, result) {
  const { browser, page } = await openPage(lib, count);
  try {
    if (!(await mount(page, lib, count))) throw new Error(`the second mount did not finish within ${MOUNT_CAP_MS / 1000} s`);
    // Right after mounting, both libraries show all of the document: their own "fit all".
    const fitted = await page.evaluate(() => window.bench.view());
    if (lib === 'ours' && count === sizes[0]) result.floor = await harnessFloor(page);
    const { results, start } = await runScenarios(page, { fitted, steps });
    result.fitted = fitted;
    result.start = start;
    result.scenarios = results;
    result.nodes = Math.max(result.nodes, await page.evaluate(() => window.bench.nodes()));
    const zoom = (k) => results[k].view.turn?.span.toPrecision(2) ?? '?';
    log(
      `${lib} ${count}: scenarios done; start view ×${results.panApi.view.startZoom.toFixed(2)} from fit, ` +
        `span at the turn: zoom API ×${zoom('zoomApi')}, wheel zoom ×${zoom('wheelZoom')}, pinch ×${zoom('pinch')}`,
    );
  } finally {
    await close(browser);
  }
}

const results = [];
const verticalResults = [];
try {
  for (const count of sizes) {
    for (const lib of libs) {
      if (lib === 'vis' && count > VIS_MAX && args.only !== 'vis') {
        results.push({ lib, count, skipped: `not run above ${VIS_MAX.toLocaleString('en-US')} events (issue 15 records it as not mounting 1,000,000; \`--only=vis\` tries it)` });
        continue;
      }
      log(`${lib} ${count}: measuring`);
      try {
        results.push(await measure(lib, count));
      } catch (e) {
        log(`${lib} ${count}: failed: ${e.message}`);
        results.push({ lib, count, error: e.message.split('\n')[0] });
      }
    }
  }
  // The vertical (phone) reading, ours only: mount, then page-scroll and pinch steps.
  if (libs.includes('ours') || verticalOnly) {
    for (const count of sizes.filter((n) => n <= VIS_MAX)) {
      log(`ours ${count} vertical: measuring`);
      const { browser, page } = await openPage('ours', count, true);
      try {
        const mounted = await mount(page, 'ours', count);
        if (!mounted) throw new Error(`did not mount within ${MOUNT_CAP_MS / 1000} s`);
        const steps2 = await runVerticalScenarios(page, { steps });
        verticalResults.push({ count, mountMs: mounted.ms, nodes: await page.evaluate(() => window.bench.nodes()), ...steps2 });
        log(`ours ${count} vertical: mounted in ${mounted.ms.toFixed(0)} ms`);
      } catch (e) {
        log(`ours ${count} vertical: failed: ${e.message}`);
        verticalResults.push({ count, error: e.message.split('\n')[0] });
      } finally {
        await close(browser);
      }
    }
  }
} finally {
  await server.stop();
}

const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
if (verticalOnly) {
  // The phone table alone: printed, not written over the full run's bench/results.md.
  console.log(`\`${command}\` — ${chromeVersion.value} headless, ${os.cpus().length} CPUs, 1-minute load average ${loadAtStart.toFixed(1)} at the start, ${Math.max(...loadSamples, os.loadavg()[0]).toFixed(1)} at most.\n\n${renderVertical(verticalResults)}`);
} else {
  const report = renderReport({
    results,
    bundle,
    from,
    steps,
    chrome: chromeVersion.value,
    command,
    seconds: (Date.now() - began) / 1000,
    loadAtStart,
    loadPeak: Math.max(...loadSamples),
  });
  const full = `${report}\n${renderVertical(verticalResults)}`;
  console.log(full);
  writeFileSync(new URL('./results.md', import.meta.url), full);
  if (process.env.BENCH_DUMP) writeFileSync(process.env.BENCH_DUMP, JSON.stringify(results));
  log('wrote bench/results.md');
}
