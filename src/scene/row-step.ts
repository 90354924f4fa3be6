/**
 * Up and Down through a drawn scene whose lanes show density strips. A lane with a strip is two
 * rows on screen, its labelled marks and, under them, its strip; Up and Down go one row at a
 * time and keep the reader's place in time, as in a grid. Lanes without a strip are one row of
 * events (the events' own rule, `layout/navigation.ts`, applies there).
 */
import type { Scene, SceneBucket, SceneLane, SceneMark } from './types.js';

/** Where focus is: on a mark of lane `laneIndex` (`strip` false) or on a bucket of its strip, at `time`. */
export interface RowPlace {
  readonly laneIndex: number;
  readonly strip: boolean;
  readonly time: number;
}

/**
 * Where Up or Down goes: a mark with a label of its own, a strip's bucket, the events of a lane
 * without a strip (the one nearest in time is the caller's to find), nowhere (`stay`: no row that
 * way), or null when no strip is involved (the caller's own rule).
 */
export type RowStep =
  | { readonly kind: 'mark'; readonly mark: SceneMark }
  | { readonly kind: 'bucket'; readonly laneIndex: number; readonly bucket: SceneBucket }
  | { readonly kind: 'lane'; readonly laneIndex: number }
  | { readonly kind: 'stay' }
  | null;

type Row = { lane: SceneLane; part: 'marks' | 'strip' | 'events' };

/** The scene's rows from top to bottom: a strip lane's marks (when it draws any) and its strip; any other lane's events. */
function rowsOf(scene: Scene): Row[] {
  const rows: Row[] = [];
  for (const lane of scene.lanes) {
    if (!lane.strip) rows.push({ lane, part: 'events' });
    else {
      if (lane.marks.some((m) => m.item.kind !== 'deadline')) rows.push({ lane, part: 'marks' });
      rows.push({ lane, part: 'strip' });
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
  if (row.part === 'events') return { kind: 'lane', laneIndex: row.lane.index };
  if (row.part === 'strip') {
    const bucket = nearest(row.lane.strip!.buckets, time, (b) => [b.start, b.end]);
    return bucket ? { kind: 'bucket', laneIndex: row.lane.index, bucket } : { kind: 'stay' };
  }
  const mark = nearest(
    row.lane.marks.filter((m) => m.item.kind !== 'deadline'),
    time,
    (m) => [m.item.start, m.item.start + 1],
  );
  return mark ? { kind: 'mark', mark } : { kind: 'stay' };
}

/** Where Up (`direction` −1) or Down (+1) goes from `from` in `scene` (see {@link RowStep}). */
export function rowStep(scene: Scene, from: RowPlace, direction: -1 | 1): RowStep {
  const rows = rowsOf(scene);
  const at = rows.findIndex((r) => r.lane.index === from.laneIndex && (r.part === 'events' || (r.part === 'strip') === from.strip));
  if (at < 0) return null;
  const to = rows[at + direction];
  if (!to) return from.strip ? { kind: 'stay' } : null;
  // Between two lanes of events the events' own rule applies (it also reaches the deadline band).
  if (rows[at]!.part === 'events' && to.part === 'events') return null;
  return stepInto(to, from.time);
}
