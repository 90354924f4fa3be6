/**
 * What the scale tests read off a large timeline: the drawn marks and "+N" clusters (by their
 * parts and data attributes), and counts of events from the data itself, to compare against.
 */
import type { Timeline } from '../helpers/timeline.js';
import { clusterCount, drawn, settle } from '../helpers/timeline.js';
import { parseTimeline } from '../../src/model/parse.js';
import { toTimelineItems } from '../../src/model/items.js';
import type { TimelineDocument } from '../../src/model/types.js';

/** A drawn "+N" mark: its lane index (−1 for the deadline band), its key and its count. */
export interface DrawnCluster {
  key: string;
  laneIndex: number;
  count: number;
}

/**
 * Mounts a timeline showing `doc`, `width` px wide, outside the per-test fixture (which is
 * removed after each test), so one large mount serves a whole describe block; `attrs` are set
 * before it is shown. Remove it with `el.parentElement.remove()`.
 */
export async function mountOnce(doc: TimelineDocument, width: number, attrs: Record<string, string> = {}): Promise<Timeline> {
  const el = putInPage(doc, width, attrs);
  await settle(el);
  return el;
}

/** {@link mountOnce} without waiting: the timeline is in the page, its events still to be read and drawn. */
export function putInPage(doc: TimelineDocument, width: number, attrs: Record<string, string> = {}): Timeline {
  const wrapper = document.createElement('div');
  wrapper.style.width = `${width}px`;
  const el = document.createElement('event-timeline');
  el.setAttribute('locale', 'en');
  el.setAttribute('no-hash', '');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.data = doc;
  wrapper.append(el);
  document.body.append(wrapper);
  return el;
}

/** Elements in the timeline's shadow root. */
export function nodeCount(el: Timeline): number {
  return el.shadowRoot!.querySelectorAll('*').length;
}

/** Ids of the drawn event marks. */
export function drawnIds(el: Timeline): string[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"][data-event-id]')].map((m) => m.dataset.eventId!);
}

/** The drawn "+N" marks, their counts read from their text ("+1,234"). */
export function drawnClusters(el: Timeline): DrawnCluster[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="cluster"][data-cluster]')].map((c) => {
    const key = c.dataset.cluster!;
    const count = clusterCount(c);
    return { key, laneIndex: Number(key.split(':')[0]), count };
  });
}

/** A drawn density strip's bucket: its lane, key, span and count. */
export interface DrawnBucket {
  laneIndex: number;
  key: string;
  start: number;
  end: number;
  count: number;
}

/** The buckets of the drawn density strips (in view and its overscan). */
export function drawnBuckets(el: Timeline): DrawnBucket[] {
  return drawn(el).lanes.flatMap((l) => (l.strip?.buckets ?? []).map((b) => ({ laneIndex: l.index, key: b.key, start: b.start, end: b.end, count: b.count })));
}

/**
 * Marks plus the members of drawn clusters plus the counts of drawn strip buckets: every event the
 * drawing accounts for. A lane showing a strip counts all its events there, the labels above it too.
 */
export function accountedFor(el: Timeline): number {
  const stripped = new Set(drawn(el).lanes.filter((l) => l.strip).map((l) => l.index));
  const marksInStrips = drawn(el).lanes.filter((l) => stripped.has(l.index)).reduce((sum, l) => sum + l.marks.length, 0);
  return drawnIds(el).length - marksInStrips + drawnClusters(el).reduce((sum, c) => sum + c.count, 0) + drawnBuckets(el).reduce((sum, b) => sum + b.count, 0);
}

/** Shows `[start, end)` without animation and waits until it is drawn. */
export async function show(el: Timeline, start: number, end: number): Promise<void> {
  el.zoomTo(start, end, false);
  await settle(el);
}

/** The document's events as the model reads them: start, exclusive end and lane index, in time order. */
export interface Spans {
  ids: string[];
  start: Float64Array;
  end: Float64Array;
  lane: Int32Array;
}

export function spansOf(doc: TimelineDocument): Spans {
  const items = toTimelineItems(parseTimeline(doc).document);
  return {
    ids: items.map((i) => i.id),
    start: Float64Array.from(items, (i) => i.start),
    end: Float64Array.from(items, (i) => i.end),
    lane: Int32Array.from(items, (i) => i.laneIndex),
  };
}

/** How many events start in `[a, b)` (in lane `lane` only, when given). */
export function startingIn(s: Spans, a: number, b: number, lane?: number): number {
  let n = 0;
  for (let i = 0; i < s.start.length; i++) if (s.start[i]! >= a && s.start[i]! < b && (lane === undefined || s.lane[i] === lane)) n++;
  return n;
}

/** How many events start before `b` and reach past `a`, counting each as at least `minMs` long. */
export function reaching(s: Spans, a: number, b: number, minMs: number): number {
  let n = 0;
  for (let i = 0; i < s.start.length; i++) {
    if (s.start[i]! < b && Math.max(s.end[i]!, s.start[i]! + minMs) > a) n++;
  }
  return n;
}
