/**
 * Up and Down through a drawn scene whose lanes show density strips. A lane with a strip is two
 * rows on screen, its labelled marks and, under them, its strip; Up and Down go one row at a
 * time and keep the reader's place in time, as in a grid. The deadline band above the lanes and
 * lanes without a strip are one row of events each (the events' own rule, `layout/navigation.ts`,
 * applies between two of them); a row with no events is passed over.
 */
import type { Scene, SceneBucket, SceneLane, SceneMark } from './types.js';

/** The deadline band's place in {@link RowPlace} (as `layout/navigation.ts` counts rows). */
export const BAND = -1;

/** Where focus is: on a mark of lane `laneIndex` ({@link BAND}: a deadline; `strip` false) or on a bucket of its strip, at `time`. */
export interface RowPlace {
  readonly laneIndex: number;
  readonly strip: boolean;
  readonly time: number;
}

/**
 * Where Up or Down goes: a mark with a label of its own, a strip's bucket, the events of a lane
 * without a strip or of the band (the one nearest in time is the caller's to find), nowhere
 * (`stay`: no row that way), or null where the events' own rule applies (no strip on either
 * side, or a place this scene does not draw).
 */
export type RowStep =
  | { readonly kind: 'mark'; readonly mark: SceneMark }
  | { readonly kind: 'bucket'; readonly laneIndex: number; readonly bucket: SceneBucket }
  | { readonly kind: 'lane'; readonly laneIndex: number }
  | { readonly kind: 'stay' }
  | null;

type Row = { laneIndex: number; lane: SceneLane | null; part: 'marks' | 'strip' | 'events' };

/**
 * The scene's rows from top to bottom: the band, then each lane: a strip lane's marks (when it
 * draws any) and its strip, any other lane's events. `hasEvents(lane)` (`BAND` for the band):
 * whether a row of events has any, in view or not; a row without is passed over, as the events'
 * own rule passes over an empty lane.
 */
function rowsOf(scene: Scene, hasEvents: (laneIndex: number) => boolean): Row[] {
  const rows: Row[] = hasEvents(BAND) ? [{ laneIndex: BAND, lane: null, part: 'events' }] : [];
  for (const lane of scene.lanes) {
    if (!lane.strip) {
      if (hasEvents(lane.index)) rows.push({ laneIndex: lane.index, lane, part: 'events' });
    } else {
      if (lane.marks.some((m) => m.item.kind !== 'deadline')) rows.push({ laneIndex: lane.index, lane, part: 'marks' });
      rows.push({ laneIndex: lane.index, lane, part: 'strip' });
    }
  }
  return rows;
}

/** The one of `values` whose span `[start, end)` holds `time`, else the nearest to it. */
function nearest<T>(values: readonly T[], time: number, span: (v: T) => readonly [number, number]): T | undefined {
  let best: T | undefined;
  let distance = Infinity;
  for (const v of values) {
    const [start, end] = span(v);
    const d = time < start ? start - time : time >= end ? time - end + 1 : 0;
    if (d < distance) {
      distance = d;
      best = v;
    }
  }
  return best;
}

/** What `row` offers at `time`. */
function stepInto(row: Row, time: number): RowStep {
  const lane = row.lane;
  if (row.part === 'events' || !lane) return { kind: 'lane', laneIndex: row.laneIndex };
  if (row.part === 'strip') {
    const bucket = nearest(lane.strip!.buckets, time, (b) => [b.start, b.end]);
    return bucket ? { kind: 'bucket', laneIndex: lane.index, bucket } : { kind: 'stay' };
  }
  const mark = nearest(
    lane.marks.filter((m) => m.item.kind !== 'deadline'),
    time,
    (m) => [m.item.start, m.item.start + 1],
  );
  return mark ? { kind: 'mark', mark } : { kind: 'stay' };
}

/** Where Up (`direction` −1) or Down (+1) goes from `from` in `scene` (see {@link RowStep}). */
export function rowStep(scene: Scene, from: RowPlace, direction: -1 | 1, hasEvents: (laneIndex: number) => boolean): RowStep {
  const rows = rowsOf(scene, hasEvents);
  const at = rows.findIndex((r) => r.laneIndex === from.laneIndex && (r.part === 'events' || (r.part === 'strip') === from.strip));
  if (at < 0) return null;
  const to = rows[at + direction];
  if (!to) return { kind: 'stay' };
  // Between two rows of events the events' own rule applies.
  if (rows[at]!.part === 'events' && to.part === 'events') return null;
  return stepInto(to, from.time);
}
