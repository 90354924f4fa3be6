/** Deadlines and "now": full-height rules, with their labels in the band above the lanes. */
import type { TimelineItem } from '../model/items.js';
import { relativeTime } from '../i18n/relative.js';
import type { TimeScale } from '../layout/scale.js';
import type { Metrics } from './metrics.js';
import { ruleLabelWidth } from './metrics.js';
import type { Measure, SceneRule } from './types.js';

/**
 * A rule at `time` with a label that starts at the rule and slides back to stay inside the plot
 * near its end edge. `title` and `relative` are the label's two parts.
 */
export function placeRule(
  kind: 'deadline' | 'now',
  item: TimelineItem | null,
  time: number,
  title: string,
  relative: string,
  top: number,
  scale: TimeScale,
  width: number,
  rtl: boolean,
  metrics: Metrics,
  measure: Measure,
): SceneRule {
  const x = scale(time);
  const w = ruleLabelWidth(metrics, measure(title, 'rule'), relative ? measure(relative, 'rule') : -metrics.markerGapPx);
  const u = rtl ? width - x : x;
  // Starts at its rule; near the end edge it slides back so all of it stays in view.
  const start = u + w > width && u <= width ? Math.max(Math.min(u, 0), width - w) : u;
  const left = rtl ? width - start - w : start;
  return { kind, x, item, label: { left, width: w, top, height: metrics.ruleLabelPx, title, relative } };
}

/** A deadline's rule and label: its title and the time from `now` ("in 27 days"). */
export function deadlineRule(item: TimelineItem, row: number, bandTop: number, now: number, locale: string, scale: TimeScale, width: number, rtl: boolean, metrics: Metrics, measure: Measure): SceneRule {
  const top = bandTop + row * metrics.bandRowPx + 1;
  return placeRule('deadline', item, item.start, item.event.title, relativeTime(item.start, now, locale), top, scale, width, rtl, metrics, measure);
}
