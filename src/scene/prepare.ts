/**
 * The bridge between the scene's sizes and the layout: each event's reach (how far its mark and
 * label extend after its start) measured once, and the stacking options, both from the metrics.
 * The layout stacks rows with exactly the widths the scene will draw.
 */
import type { TimelineItem } from '../model/items.js';
import { prepareItemsWork } from '../layout/prepare.js';
import { finish, type Work } from '../model/work.js';
import type { PreparedItems } from '../layout/prepare.js';
import type { StackOptions } from '../layout/stack.js';
import { relativeTime } from '../i18n/relative.js';
import type { Metrics } from './metrics.js';
import { markReach, ruleLabelWidth } from './metrics.js';
import { labelText, unitOnly } from './marks.js';
import type { Measure } from './types.js';

/** The items as typed arrays, with each one's reach in px measured with `measure`. */
export function prepareForScene(items: readonly TimelineItem[], metrics: Metrics, measure: Measure, locale: string, now: number): PreparedItems {
  return finish(prepareForSceneWork(items, metrics, measure, locale, now));
}

/** {@link prepareForScene} as work done a slice at a time (see `Work`). */
export function prepareForSceneWork(items: readonly TimelineItem[], metrics: Metrics, measure: Measure, locale: string, now: number): Work<PreparedItems> {
  return prepareItemsWork(items, (item) =>
    item.kind === 'deadline'
      ? ruleLabelWidth(metrics, measure(item.title, 'rule'), measure(relativeTime(item.start, now, locale), 'rule'))
      : // A range known only to its date's unit is drawn as a point when that unit is narrow
        // (see `asPoint`): it keeps a point's reach, the wider, at every zoom.
        markReach(metrics, measure(labelText(item), 'label'), item.isRange && !unitOnly(item)),
  );
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
