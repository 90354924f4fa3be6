/**
 * The benchmark page: `bench/page.html?lib=ours|vis&count=N&seed=S&from=bundle|source`.
 * It generates the seeded synthetic document first, as JSON read back with `JSON.parse` (not
 * timed, before the heap baseline), then `bench/run.mjs` drives it through `window.bench`. Both libraries get the same events; each
 * gets them in the form its docs recommend (ours: the JSON document with ISO date strings, which
 * it parses inside the timed mount; vis-timeline: items with `Date` objects, its cheapest
 * input, converted before the timer starts).
 */
import { syntheticTimeline } from '../events/synthetic.js';
import type { TimelineDocument, TimelineEvent } from '../src/model/types.js';

type Lib = 'ours' | 'vis';
interface Box { x: number; y: number; width: number; height: number }
interface MountResult { ms: number; frames: number; syncMs: number }
interface Adapter {
  mount(): Promise<MountResult>;
  nodes(): number;
  setView(start: number, end: number): void;
  view(): { start: number; end: number };
  plot(): Box;
}

const params = new URLSearchParams(location.search);
const lib = (params.get('lib') ?? 'ours') as Lib;
const count = Number(params.get('count') ?? 1000);
const seed = Number(params.get('seed') ?? 1);
const from = params.get('from') ?? 'source';
const host = document.getElementById('host')!;

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
 * Mount time, the same rule for both libraries: from just before the component is created with
 * its data, until after the paint of the last frame in which it still changed anything (a Lit
 * update of ours, a `changed` event of vis-timeline, or child nodes added or removed in its
 * tree). The first frame always counts (the synchronous work has to be painted); the component
 * is settled once 5 frames in a row changed nothing. `syncMs` is the synchronous part alone.
 */
async function settle(t0: number, syncEnd: number, takeDirty: () => boolean, capMs: number): Promise<MountResult> {
  let last = syncEnd;
  let quiet = 0;
  let frames = 0;
  while (quiet < 5 && performance.now() - t0 < capMs) {
    await afterFrame();
    frames++;
    if (takeDirty() || frames === 1) {
      last = performance.now();
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

const MOUNT_CAP_MS = 30_000;

// ------------------------------------------------------------------ ours

async function ours(doc: TimelineDocument): Promise<Adapter> {
  // The bundle as built at the start of the run (a private copy; see bench/bundle-size.mjs).
  await import(from === 'bundle' ? '../bench-results/event-timeline.js' : '../src/define.js');
  await customElements.whenDefined('event-timeline');
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let el: any = null;
  return {
    async mount() {
      const flag = dirtyFlag();
      const t0 = performance.now();
      el = document.createElement('event-timeline');
      el.setAttribute('no-hash', '');
      el.addController({ hostUpdated: flag.set });
      el.data = doc;
      host.append(el);
      const observer = new MutationObserver(flag.set);
      observer.observe(el.shadowRoot, { childList: true, subtree: true });
      await el.updateComplete;
      const result = await settle(t0, performance.now(), flag.take, MOUNT_CAP_MS);
      observer.disconnect();
      return result;
    },
    nodes: () => el.shadowRoot.querySelectorAll('*').length,
    setView: (start, end) => el.zoomTo(start, end, false),
    view: () => {
      const r = el.visibleRange;
      return { start: r.start.getTime(), end: r.end.getTime() };
    },
    plot: () => rect(el.shadowRoot.querySelector('[part~="plot"]')),
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
    async mount() {
      const flag = dirtyFlag();
      const observer = new MutationObserver(flag.set);
      observer.observe(container, { childList: true, subtree: true });
      const t0 = performance.now();
      // Defaults except: a fixed height like an embedded widget, Ctrl + wheel zooms and a
      // horizontal wheel pans (as ours), and no animation for setWindow.
      timeline = new visLib.Timeline(container, items, groups, {
        height: '800px',
        zoomKey: 'ctrlKey',
        horizontalScroll: true,
        verticalScroll: false,
      });
      timeline.on('changed', flag.set);
      const result = await settle(t0, performance.now(), flag.take, MOUNT_CAP_MS);
      observer.disconnect();
      return result;
    },
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
  mount: () => adapter.mount(),
  nodes: () => adapter.nodes(),
  setView: (start: number, end: number) => adapter.setView(start, end),
  view: () => adapter.view(),
  plot: () => adapter.plot(),
  /** Waits `n` painted frames, then leaves a trace mark (the start of the next step's window). */
  async framesThenMark(n: number, mark: string) {
    for (let i = 0; i < n; i++) await afterFrame();
    performance.mark(mark);
  },
};
// eslint-disable-next-line @typescript-eslint/no-explicit-any
(window as any).bench = bench;
document.body.dataset.ready = 'true';
