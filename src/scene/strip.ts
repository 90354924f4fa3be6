/**
 * A lane's density strip as drawn: its buckets (see `layout/strip.ts`) placed with the scene's
 * time scale, each bar's height its share of the lane's busiest bucket at the zoom level (so
 * bars keep their heights while panning).
 */
import type { TimeScale } from '../layout/scale.js';
import type { BucketUnit, StripLane } from '../layout/strip.js';
import { bucketsIn } from '../layout/strip.js';
import type { TimeSpan } from '../layout/types.js';
import type { Scene, SceneBucket, SceneStrip } from './types.js';
import { fit } from '../layout/view.js';
import type { ViewState } from '../layout/view.js';

const STRIP_KEY = 'strip:';

/** The key of lane `laneIndex`'s bucket starting at `start`. */
export function stripKey(laneIndex: number, start: number): string {
  return `${STRIP_KEY}${laneIndex}:${start}`;
}

/** The lane and bucket start of a strip key, or null for any other key. */
export function parseStripKey(key: string | null | undefined): { laneIndex: number; start: number } | null {
  if (!key?.startsWith(STRIP_KEY)) return null;
  const [lane, start] = key.slice(STRIP_KEY.length).split(':').map(Number);
  return Number.isFinite(lane) && Number.isFinite(start) ? { laneIndex: lane!, start: start! } : null;
}

/** Where the strip goes and what it shows. */
export interface StripPlace {
  readonly laneIndex: number;
  readonly row: number;
  /** The bars' area: its top and height, px. */
  readonly top: number;
  readonly height: number;
  readonly view: TimeSpan;
  /** Buckets this far outside the view are drawn too, ms. */
  readonly overscanMs: number;
  /** What each bucket spans (see `BucketUnit`). */
  readonly unit: BucketUnit;
  readonly scale: TimeScale;
}

/** A bucket as drawn: made with `new`, not as an object literal, for the collector's sake (see `clusterAt`). */
class Bucket implements SceneBucket {
  constructor(
    readonly key: string,
    readonly start: number,
    readonly end: number,
    readonly count: number,
    readonly left: number,
    readonly right: number,
    readonly top: number,
    readonly height: number,
  ) {}
}

/** The strip of one lane from its buckets. */
export function placeStrip(lane: StripLane, p: StripPlace): SceneStrip {
  const [from, to] = bucketsIn(lane, p.view.start - p.overscanMs, p.view.end + p.overscanMs);
  const buckets: SceneBucket[] = [];
  let count = 0;
  let busiest: SceneBucket | null = null;
  const max = Math.max(1, lane.max);
  for (let k = from; k < to; k++) {
    const start = lane.start[k]!;
    const end = lane.end[k]!;
    const n = lane.count[k]!;
    const x0 = p.scale(start);
    const x1 = p.scale(end);
    // At least a px, so a bucket of one event still shows.
    const height = Math.max(1, Math.round((n / max) * p.height));
    const bucket = new Bucket(stripKey(p.laneIndex, start), start, end, n, Math.min(x0, x1), Math.max(x0, x1), p.top + p.height - height, height);
    buckets.push(bucket);
    if (end > p.view.start && start < p.view.end) {
      count += n;
      if (!busiest || n > busiest.count) busiest = bucket;
    }
  }
  return { row: p.row, top: p.top, height: p.height, buckets, count, busiest, unit: { unit: p.unit.unit, step: p.unit.step }, max };
}

/** The bucket a strip's button stands on: the active one when the strip shows it, else its busiest in view. */
export function shownBucket(strip: SceneStrip, activeKey: string | null): SceneBucket | null {
  return (activeKey && strip.buckets.find((b) => b.key === activeKey)) || strip.busiest || strip.buckets[0] || null;
}

/** The key of the bucket of a drawn strip that holds an event of lane `laneIndex` starting at `time`, or null. */
export function bucketKeyAt(scene: Scene, laneIndex: number, time: number): string | null {
  const strip = scene.lanes.find((l) => l.index === laneIndex)?.strip;
  return strip?.buckets.find((b) => b.start <= time && time < b.end)?.key ?? null;
}

/**
 * The view a bucket opens to (a click, Enter): its span with a twentieth of it to either side, as
 * "fit all" has. Exactly its span drew the markers of its first day half outside the plot.
 */
export function bucketView(bucket: TimeSpan): ViewState {
  return fit(bucket, 0.05, 0);
}
