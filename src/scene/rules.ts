/** Deadlines and "now": full-height rules, with their labels in the band above the lanes. */
import type { TimelineItem } from '../model/items.js';
import { relativeTime } from '../i18n/relative.js';
import { ruleLabelWidth } from './metrics.js';
import type { MarkContext } from './marks.js';
import { cutToWidth, ELLIPSIS } from './label-text.js';
import type { SceneCluster, SceneRule } from './types.js';

/**
 * A rule at `time` with a label that starts at the rule and, near the plot's end edge, slides back
 * to stay inside the plot, but never back over what ends at `floor` (inline px) in its row: the
 * layout stacked the band with every label starting at its rule, so a label sliding back could
 * otherwise cover the one before it. A label that still has no room loses its relative time,
 * then the end of its title (with an ellipsis; the whole title shows on hover and focus, and is in
 * the label's accessible name). `title` and `relative` are the label's two parts.
 */
export function placeRule(kind: 'deadline' | 'now', item: TimelineItem | null, time: number, title: string, relative: string, top: number, c: MarkContext, floor = -Infinity): SceneRule {
  const { scale, width, rtl, metrics, measure } = c;
  const x = scale(time);
  const titlePx = measure(title, 'rule');
  const w = ruleLabelWidth(metrics, titlePx, relative ? measure(relative, 'rule') : -metrics.markerGapPx);
  const u = rtl ? width - x : x;
  const start = u + w > width && u <= width ? Math.max(Math.min(u, 0), width - w, Math.min(u, floor)) : u;
  let label = { width: w, title, relative };
  const room = width - start;
  // Cut only where the plot's end cuts it: not where it starts before the plot (a rule left of the
  // view), nor for a rule past the end (drawn in the overscan, out of sight).
  if (start >= 0 && u <= width && w > room + 0.5) {
    const bare = ruleLabelWidth(metrics, titlePx, -metrics.markerGapPx);
    const text = room - 2 * metrics.ruleLabelPadPx;
    // Not even one letter and an ellipsis: the ellipsis alone says there is a title to read.
    const cut = bare <= room + 0.5 ? title : cutToWidth(title, text, measure, 'rule') || (measure(ELLIPSIS, 'rule') <= text ? ELLIPSIS : '');
    label = { width: cut === title ? bare : Math.ceil(measure(cut, 'rule')) + 2 * metrics.ruleLabelPadPx, title: cut, relative: '' };
  }
  const left = rtl ? width - start - label.width : start;
  return { kind, x, item, label: { left, top, height: metrics.ruleLabelPx, ...label, full: title, truncated: label.width !== w } };
}

/**
 * The deadlines' rules (in time order, each with its band row) and labels: a label sliding back
 * from the plot's end stops a gap after the label or band "+N" before it in its row.
 */
export function deadlineRules(deadlines: ReadonlyArray<{ item: TimelineItem; row: number }>, bandClusters: readonly SceneCluster[], bandTop: number, now: number, locale: string, c: MarkContext): SceneRule[] {
  const { scale, width, rtl, metrics } = c;
  const inline = (px: number) => (rtl ? width - px : px);
  const inlineEnd = (left: number, right: number) => (rtl ? width - left : right);
  /** Per band row, the inline end of the last label placed in it. */
  const ends = new Map<number, number>();
  return deadlines.map(({ item, row }) => {
    const u = inline(scale(item.start));
    let floor = ends.get(row) ?? -Infinity;
    for (const b of bandClusters) if (b.row === row && Math.min(inline(b.left), inline(b.right)) < u) floor = Math.max(floor, inlineEnd(b.left, b.right));
    const rule = placeRule('deadline', item, item.start, item.event.title, relativeTime(item.start, now, locale), bandTop + row * metrics.bandRowPx + 1, c, floor + metrics.gapPx);
    ends.set(row, inlineEnd(rule.label.left, rule.label.left + rule.label.width));
    return rule;
  });
}
