/**
 * The bridge between the scene's sizes and the layout: each event's reach (how far its mark and
 * label extend after its start) measured once, and the stacking options, both from the metrics.
 * The layout stacks rows with exactly the widths the scene will draw.
 */
import type { TimelineItem } from '../model/items.js';
import { prepareItemsWork } from '../layout/prepare.js';
import { finish, type Work } from '../model/work.js';
import { unitOf } from './reveal.js';
import type { PreparedItems } from '../layout/prepare.js';
import type { StackOptions } from '../layout/stack.js';
import { relativeTime } from '../i18n/relative.js';
import type { Metrics } from './metrics.js';
import { markReach, ruleLabelWidth } from './metrics.js';
import { labelText } from './marks.js';
import { unitOnly } from './mark-kind.js';
import type { Measure } from './types.js';

/** The items as typed arrays, with each one's reach in px measured with `measure`. */
export function prepareForScene(items: readonly TimelineItem[], metrics: Metrics, measure: Measure, locale: string, now: number): PreparedItems {
  return finish(prepareForSceneWork(items, metrics, measure, locale, now));
}

/**
 * {@link prepareForScene} as work done a slice at a time (see `Work`). The events' date units are
 * counted in the same pass that measures them, for `PreparedItems.finestBucketMs` and
 * `finestUnitMs` (a deadline's time of day counts there: a reader may zoom in on it).
 */
export function* prepareForSceneWork(items: readonly TimelineItem[], metrics: Metrics, measure: Measure, locale: string, now: number): Work<PreparedItems> {
  const units = new Map<number, number>();
  let finestUnitMs = Infinity;
  const prepared = yield* prepareItemsWork(items, (item) => {
    const unit = unitOf(item.startDate.precision);
    finestUnitMs = Math.min(finestUnitMs, unit);
    if (item.kind === 'deadline') return ruleLabelWidth(metrics, measure(item.title, 'rule'), measure(relativeTime(item.start, now, locale), 'rule'));
    units.set(unit, (units.get(unit) ?? 0) + 1);
    // A range known only to its date's unit is drawn as a point when that unit is narrow
    // (see `asPoint`): it keeps a point's reach, the wider, at every zoom.
    return markReach(metrics, measure(labelText(item), 'label'), item.isRange && !unitOnly(item));
  });
  return { ...prepared, finestBucketMs: finestBucket(units), finestUnitMs };
}

/**
 * How much of a bar's height a date known only to a unit may put on that unit's first bucket,
 * at most, over the bar's fair share (a quarter: bars of a month of day buckets where a tenth of
 * the events are dated only to the month would stand those on the 1st, four times the others).
 */
const PEAK_SHARE = 0.25;

/**
 * The shortest bucket that keeps dates known only to a coarser unit from making false peaks (see
 * `PreparedItems.finestBucketMs`), from how many events (deadlines aside) are known to each unit:
 * for each unit, its share of the events times its length, over {@link PEAK_SHARE}, up to the
 * unit itself. A handful of month-dated events among thousands leave day buckets alone; a tenth
 * of them makes months the finest.
 */
function finestBucket(units: ReadonlyMap<number, number>): number {
  let n = 0;
  for (const count of units.values()) n += count;
  let finest = 0;
  for (const [unit, count] of units) finest = Math.max(finest, Math.min(unit, (count / n / PEAK_SHARE) * unit));
  return finest;
}

/** How rows are stacked for these metrics: `maxRows` per lane, two rows of deadline labels. */
export function stackOptions(metrics: Metrics, maxRows: number): StackOptions {
  return {
    maxRows,
    deadlineRows: 2,
    markerPx: metrics.markerPx / 2,
    paddingPx: metrics.gapPx,
    clusterPx: metrics.clusterPx,
  };
}
