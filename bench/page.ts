/**
 * The benchmark page: `bench/page.html?lib=ours|vis&count=N&seed=S&from=bundle|source`.
 * It generates the seeded synthetic document first, as JSON read back with `JSON.parse` (not
 * timed, before the heap baseline; at 1,000,000 events this alone takes seconds), then
 * `bench/run.mjs` drives it through `window.bench`. Both libraries get the same events; each
 * gets them in the form its docs recommend (ours: the JSON document with ISO date strings, which
 * it parses inside the timed mount; vis-timeline: items with `Date` objects, its cheapest
 * input, converted before the timer starts).
 *
 * The mount also measures how the load feels (see `mount` below): when the timeline first
 * paints, the progress texts it shows, how late a 10 ms heartbeat timer runs, and the long tasks
 * the browser reports.
 */
import { syntheticTimeline } from '../events/synthetic.js';
import type { TimelineDocument, TimelineEvent } from '../src/model/types.js';

type Lib = 'ours' | 'vis';
interface Box { x: number; y: number; width: number; height: number }
interface View { start: number; end: number }
interface MountResult {
  /** From creating the component to after the paint of the last frame in which it changed. */
  ms: number;
  frames: number;
  /** The synchronous part alone (creation, and for ours its first Lit update). */
  syncMs: number;
  /** From creating the component to after the first frame in which it showed its timeline. */
  firstPaintMs: number | null;
  /** Progress texts shown, as read once per frame: the first one, and how many distinct ones. */
  progress: { first: string | null; distinct: number; frames: number };
  /** The 10 ms heartbeat's worst lateness during the load (actual gap − 10 ms), and its ticks. */
  heartbeat: { worstLateMs: number; ticks: number };
  /** `longtask` entries (tasks over 50 ms) overlapping the load, from a PerformanceObserver. */
  longTasks: { supported: boolean; count: number; longestMs: number };
}
interface Adapter {
  /**
   * Creates the component with its data: the start of the timed mount. `dirty` is to be called
   * whenever the component changes (its own signals); the returned function stops them.
   */
  create(dirty: () => void): Promise<() => void>;
  /** Whether the component shows its timeline (see `mount`). */
  painted(): boolean;
  /** The text of the progress indicator when one is shown, else null. */
  progress(): string | null;
  /** Whether the component says it is still working on what it shows (ours: the plot's `aria-busy`). */
  busy(): boolean;
  nodes(): number;
  setView(start: number, end: number): void;
  view(): View;
  plot(): Box;
}

const params = new URLSearchParams(location.search);
const lib = (params.get('lib') ?? 'ours') as Lib;
const count = Number(params.get('count') ?? 1000);
const seed = Number(params.get('seed') ?? 1);
const from = params.get('from') ?? 'source';
/** `vertical=1`: ours read vertically (the phone reading), in a 390 px column. */
const vertical = params.get('vertical') === '1';
const host = document.getElementById('host')!;
if (vertical) host.style.width = '390px';

/** Resolves after the next frame has been painted: a rAF callback, then a task posted from it. */
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
function afterFrame(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      waiting.push(resolve);
      channel.port2.postMessage(0);
    });
  });
}

/**
 * Waits until the component settles, the same rule for both libraries: until after the paint of
 * the last frame in which it still changed anything (`takeDirty`, or `onFrame` returning true
 * while a progress indicator is shown). The first frame always counts (the synchronous work has
 * to be painted); the component is settled once 5 frames in a row changed nothing.
 * `onFrame` runs after every painted frame with the time then.
 */
async function settle(
  t0: number,
  syncEnd: number,
  takeDirty: () => boolean,
  capMs: number,
  onFrame: (now: number) => boolean,
): Promise<{ ms: number; frames: number; syncMs: number }> {
  let last = syncEnd;
  let quiet = 0;
  let frames = 0;
  while (quiet < 5 && performance.now() - t0 < capMs) {
    await afterFrame();
    frames++;
    const now = performance.now();
    const loading = onFrame(now);
    if (takeDirty() || loading || frames === 1) {
      last = now;
      quiet = 0;
    } else quiet++;
  }
  return { ms: last - t0, frames, syncMs: syncEnd - t0 };
}

function rect(el: Element | null | undefined): Box {
  if (!el) throw new Error('no plot element');
  const r = el.getBoundingClientRect();
  return { x: r.left, y: r.top, width: r.width, height: r.height };
}

/** Whether `el` exists and is laid out with a non-zero size. */
function hasSize(el: Element | null | undefined): boolean {
  if (!el) return false;
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0;
}

/** A flag the component's own "I changed" signals set, read and cleared once per frame. */
function dirtyFlag() {
  let dirty = false;
  return {
    set: () => void (dirty = true),
    take: () => {
      const was = dirty;
      dirty = false;
      return was;
    },
  };
}

/**
 * A `setInterval(…, 10)` timer started before the load: each tick records how much later than
 * 10 ms after the previous one it ran. Only gaps ending after `since(t0)` count, so a long task
 * of the load shows as lateness of about its own length.
 */
function heartbeat() {
  let last = performance.now();
  let from = Infinity;
  let worst = 0;
  let ticks = 0;
  const tick = () => {
    const now = performance.now();
    if (now >= from) {
      worst = Math.max(worst, now - last - 10);
      ticks++;
    }
    last = now;
  };
  const id = setInterval(tick, 10);
  return {
    since(t0: number) {
      from = t0;
    },
    stop() {
      clearInterval(id);
      // A tick still waiting at the end is as late as the time since the last one.
      worst = Math.max(worst, performance.now() - last - 10);
      return { worstLateMs: Math.max(0, worst), ticks };
    },
  };
}

/** Collects `longtask` entries (tasks over 50 ms) from before the load until `stop`. */
function watchLongTasks() {
  const entries: PerformanceEntry[] = [];
  let observer: PerformanceObserver | null = null;
  try {
    observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
    observer.observe({ type: 'longtask' });
  } catch {
    observer = null;
  }
  return {
    stop(t0: number) {
      if (observer) {
        entries.push(...observer.takeRecords());
        observer.disconnect();
      }
      const inside = entries.filter((e) => e.startTime + e.duration > t0);
      return { supported: !!observer, count: inside.length, longestMs: Math.max(0, ...inside.map((e) => e.duration)) };
    },
  };
}

/** Up to 120 characters of an element's text, whitespace collapsed. */
function textOf(el: Element): string {
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  const label = text || el.getAttribute('aria-valuetext') || el.getAttribute('aria-label') || '';
  if (label) return label.slice(0, 120);
  if (el instanceof HTMLProgressElement) return `${el.value} of ${el.max}`;
  return '(no text)';
}

/** The mount cap, ms (`cap` in the URL; bench/run.mjs passes its `--mount-cap`). */
const MOUNT_CAP_MS = Number(params.get('cap') ?? 30_000);

// ------------------------------------------------------------------ ours

async function ours(doc: TimelineDocument): Promise<Adapter> {
  // The bundle as built at the start of the run (a private copy; see bench/bundle-size.mjs).
  await import(from === 'bundle' ? '../bench-results/event-timeline.js' : '../src/define.js');
  await customElements.whenDefined('event-timeline');
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let el: any = null;
  const progress = (): string | null => {
    const p: Element | null | undefined = el?.shadowRoot?.querySelector('[part~="progress"]');
    if (!p || (p as HTMLElement).hidden || !p.checkVisibility()) return null;
    return textOf(p);
  };
  return {
    async create(dirty) {
      el = document.createElement('event-timeline');
      el.setAttribute('no-hash', '');
      if (vertical) el.setAttribute('orientation', 'vertical');
      el.addController({ hostUpdated: dirty });
      el.data = doc;
      host.append(el);
      const observer = new MutationObserver(dirty);
      observer.observe(el.shadowRoot, { childList: true, subtree: true });
      await el.updateComplete;
      return () => observer.disconnect();
    },
    painted: () => hasSize(el?.shadowRoot?.querySelector(vertical ? '[part~="vertical"]' : '[part~="canvas"]')) && progress() === null,
    progress,
    busy: () => el?.shadowRoot?.querySelector('[part~="plot"]')?.getAttribute('aria-busy') === 'true',
    nodes: () => el.shadowRoot.querySelectorAll('*').length,
    setView: (start, end) => el.zoomTo(start, end, false),
    view: () => {
      const r = el.visibleRange;
      return { start: r.start.getTime(), end: r.end.getTime() };
    },
    plot: () => rect(el.shadowRoot.querySelector(vertical ? '[part~="vertical"]' : '[part~="plot"]')),
  };
}

// ------------------------------------------------------------------ vis-timeline

const DAY = 86_400_000;

/** An ISO date of the synthetic data (`YYYY-MM-DD` or `YYYY-MM`) as UTC ms; `end` gives the exclusive end. */
function isoMs(text: string, end: boolean): number {
  const [y, m, d] = text.split('-').map(Number);
  if (d === undefined) return Date.UTC(y!, m! - 1 + (end ? 1 : 0), 1);
  return Date.UTC(y!, m! - 1, d) + (end ? DAY : 0);
}

function visItems(doc: TimelineDocument) {
  return doc.events.map((e: TimelineEvent) => {
    const item: Record<string, unknown> = { id: e.id, group: e.lane, content: e.title, start: new Date(isoMs(e.start, false)) };
    if (e.end) {
      item.end = new Date(isoMs(e.end, true));
      item.type = 'range';
    }
    return item;
  });
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(s);
  });
}

async function vis(doc: TimelineDocument): Promise<Adapter> {
  // The standalone build injects its own CSS.
  await loadScript('/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js');
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const visLib = (window as any).vis;
  const items = visItems(doc);
  const groups = doc.lanes.map((l) => ({ id: l.id, content: l.label }));
  const container = document.createElement('div');
  host.append(container);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let timeline: any = null;
  return {
    async create(dirty) {
      const observer = new MutationObserver(dirty);
      observer.observe(container, { childList: true, subtree: true });
      // Defaults except: a fixed height like an embedded widget, Ctrl + wheel zooms and a
      // horizontal wheel pans (as ours), and no animation for setWindow.
      timeline = new visLib.Timeline(container, items, groups, {
        height: '800px',
        zoomKey: 'ctrlKey',
        horizontalScroll: true,
        verticalScroll: false,
      });
      timeline.on('changed', dirty);
      return () => observer.disconnect();
    },
    // vis-timeline has no progress indicator: it shows its timeline once its centre panel is laid
    // out with at least one item in it.
    painted: () => hasSize(container.querySelector('.vis-panel.vis-center')) && !!container.querySelector('.vis-item'),
    progress: () => null,
    busy: () => false,
    nodes: () => container.querySelectorAll('*').length,
    setView: (start, end) => timeline.setWindow(start, end, { animation: false }),
    view: () => {
      const w = timeline.getWindow();
      return { start: w.start.getTime(), end: w.end.getTime() };
    },
    plot: () => rect(container.querySelector('.vis-panel.vis-center')),
  };
}

// ------------------------------------------------------------------ the page's API

// The document as an application receives it: JSON text parsed with `JSON.parse` (by `fetch`, or
// the element's own `src`), before the timer. Its strings are then flat; the generator's own are
// built by concatenation, which every reader would pay to flatten on first use.
const doc = JSON.parse(JSON.stringify(syntheticTimeline({ count, seed }))) as TimelineDocument;
const adapter = await (lib === 'vis' ? vis(doc) : ours(doc));

/** Set whenever the component changes (its own signals, from its creation on). */
const flag = dirtyFlag();

/**
 * The timed mount, the same for both libraries. Before the timer: a 10 ms heartbeat timer and a
 * `longtask` PerformanceObserver start, and one frame passes. Then, from creating the component
 * with its data (`load-start`, a trace mark) until it settled (see `settle`; `load-end`), after
 * every painted frame: the progress indicator's text when one is shown (ours:
 * `[part~="progress"]`, visible), and whether the timeline is painted (ours: its
 * `[part~="canvas"]` exists with a non-zero size and no progress is shown; vis-timeline: its
 * centre panel has a size and holds an item). While progress is shown the component is not
 * settled.
 */
async function mount(): Promise<MountResult> {
  const beat = heartbeat();
  const longTasks = watchLongTasks();
  await afterFrame();
  performance.mark('load-start');
  const t0 = performance.now();
  beat.since(t0);
  const stop = await adapter.create(flag.set);
  const syncEnd = performance.now();
  let firstPaintMs: number | null = null;
  let first: string | null = null;
  let progressFrames = 0;
  const texts = new Set<string>();
  const settled = await settle(t0, syncEnd, flag.take, MOUNT_CAP_MS, (now) => {
    const text = adapter.progress();
    if (text !== null) {
      first ??= text;
      texts.add(text);
      progressFrames++;
    }
    if (firstPaintMs === null && adapter.painted()) firstPaintMs = now - t0;
    return text !== null;
  });
  stop();
  performance.mark('load-end');
  return {
    ...settled,
    firstPaintMs,
    progress: { first, distinct: texts.size, frames: progressFrames },
    heartbeat: beat.stop(),
    longTasks: longTasks.stop(t0),
  };
}

/** What `bench/run.mjs` calls through `page.evaluate`. */
const bench = {
  /** The document's time extent (UTC ms). */
  extent: (() => {
    let start = Infinity;
    let end = -Infinity;
    for (const e of doc.events) {
      start = Math.min(start, isoMs(e.start, false));
      end = Math.max(end, isoMs(e.end ?? e.start, true));
    }
    return { start, end };
  })(),
  mount,
  nodes: () => adapter.nodes(),
  setView: (start: number, end: number) => adapter.setView(start, end),
  /**
   * Waits until the component has settled at the view just set, by the mount's rule (see
   * `settle`; while it says it is busy it is not settled), capped at `capMs`: every scenario
   * starts from the same view, shown and finished, for both libraries. Returns how long it took.
   */
  async settleView(capMs: number): Promise<number> {
    const t0 = performance.now();
    flag.take();
    const settled = await settle(t0, t0, flag.take, capMs, () => adapter.busy());
    return settled.ms;
  },
  view: () => adapter.view(),
  plot: () => adapter.plot(),
  /**
   * Waits `n` painted frames, then leaves a trace mark (the start of the next step's window).
   * With `probe`, returns the view just before the mark (what the step led to).
   */
  async framesThenMark(n: number, mark: string, probe = false): Promise<View | null> {
    for (let i = 0; i < n; i++) await afterFrame();
    const view = probe ? adapter.view() : null;
    performance.mark(mark);
    return view;
  },
};
// eslint-disable-next-line @typescript-eslint/no-explicit-any
(window as any).bench = bench;
document.body.dataset.ready = 'true';
