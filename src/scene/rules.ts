/** Deadlines and "now": full-height rules, with their labels in the band above the lanes. */
import type { TimelineItem } from '../model/items.js';
import { relativeTime } from '../i18n/relative.js';
import { ruleLabelWidth } from './metrics.js';
import type { MarkContext } from './marks.js';
import { cutToWidth, ELLIPSIS } from './label-text.js';
import type { SceneCluster, SceneRule } from './types.js';

/** The least space between two labels in a row when one had to move back into the gap before it. */
const TOUCHING_PX = 2;

/**
 * A rule at `time` with a label that starts at the rule and, near the plot's end edge, ends at the
 * rule instead (the rule runs along its edge, never through it, so the label cannot be read as
 * starting at another date) when that keeps it whole and clear of the label before it in its
 * row, which ends at `floor` (inline px). Otherwise it slides back only as far as it must to stay
 * inside the plot, and not back over that label: it stops a gap after it. The layout stacked the
 * band with every label starting at its rule, so a label sliding further could cover the one
 * before it. A label that still has no
 * room loses its relative time, then the end of its title (with an ellipsis), and with no room for
 * a letter it is the ellipsis alone, moved back into the gap if need be (or, with no room even
 * for that, an empty sliver up to the end); it never runs past the plot's end. For a deadline
 * the whole label shows on hover and focus (`words`) and is in its accessible name. `title` and
 * `relative` are the label's two parts. A label that would cover one of the rules at `crossing`
 * (inline px: other rules running down through its row) ends at its own rule instead, when that
 * keeps it whole, clear of the label before it and of those rules: "Article published" does not
 * hide the deadline's line a few weeks later.
 */
export function placeRule(kind: 'deadline' | 'now', item: TimelineItem | null, time: number, title: string, relative: string, top: number, c: MarkContext, floor = -Infinity, crossing: readonly number[] = []): SceneRule {
  const { scale, width, rtl, metrics, measure } = c;
  const x = scale(time);
  const titlePx = measure(title, 'rule');
  const w = ruleLabelWidth(metrics, titlePx, relative ? measure(relative, 'rule') : -metrics.markerGapPx);
  const u = rtl ? width - x : x;
  const covers = (from: number, to: number) => crossing.some((a) => a > from && a < to);
  let start = u;
  if (u <= width && covers(u, u + w) && u - w >= Math.max(0, floor + metrics.gapPx) && !covers(u - w, u)) start = u - w;
  else if (u + w > width && u <= width) {
    // No room after the rule: the label ends at it (as a flag hangs from its pole), when that
    // keeps it whole and clear of the one before; else it slides back only as far as it must.
    const hung = u - w;
    start = hung >= Math.max(0, floor + metrics.gapPx) ? hung : Math.max(Math.min(u, 0), width - w, Math.min(u, floor + metrics.gapPx));
  }
  let label = { width: w, title, relative };
  // Cut only where the plot's end cuts it: not where it starts before the plot (a rule left of the
  // view), nor for a rule past the end (drawn in the overscan, out of sight).
  if (start >= 0 && u <= width && w > width - start + 0.5) {
    const pads = 2 * metrics.ruleLabelPadPx;
    const bare = ruleLabelWidth(metrics, titlePx, -metrics.markerGapPx);
    const cut = bare <= width - start + 0.5 ? title : cutToWidth(title, width - start - pads, measure, 'rule');
    if (cut) label = { width: cut === title ? bare : Math.ceil(measure(cut, 'rule')) + pads, title: cut, relative: '' };
    else {
      // Not even its first word and an ellipsis: the ellipsis alone says there is a title to read.
      const dots = Math.ceil(measure(ELLIPSIS, 'rule')) + pads;
      start = Math.max(0, floor + TOUCHING_PX, Math.min(start, width - dots));
      label = start + dots <= width + 0.5 ? { width: dots, title: ELLIPSIS, relative: '' } : { width: Math.max(0, width - start), title: '', relative: '' };
    }
  }
  const left = rtl ? width - start - label.width : start;
  const words = relative ? `${title} ${relative}` : title;
  const tip = label.width <= 0 ? null : Math.abs(left - x) < 0.5 ? 'left' : Math.abs(left + label.width - x) < 0.5 ? 'right' : null;
  return { kind, x, item, label: { left, top, height: metrics.ruleLabelPx, ...label, full: title, words, truncated: label.title !== title || label.relative !== relative, tip } };
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
    const rule = placeRule('deadline', item, item.start, item.title, relativeTime(item.start, now, locale), bandTop + row * metrics.bandRowPx + 1, c, floor);
    ends.set(row, Math.max(floor, inlineEnd(rule.label.left, rule.label.left + rule.label.width)));
    return rule;
  });
}
