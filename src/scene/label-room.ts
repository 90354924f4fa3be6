/**
 * Room for labels at the end of a fitted view. A label goes after its mark, and before a point's
 * marker when it has no room after; near the view's end, in a full row, it may have room on
 * neither side and be cut; so may a deadline's label, which ends at its rule near the end, or
 * slides back only as far as the label before it in its band row allows. A view that was fitted (the first view, "Show
 * all") rather than chosen by the reader can end a little later instead, so that those labels are
 * whole: the reader of a story's first view sees every title in it. Pure: the scene controller asks the viewport to
 * move the end (`ViewportController.makeRoom`).
 */
import type { ViewState } from '../layout/view.js';
import type { TimelineItem } from '../model/items.js';
import type { Scene } from './types.js';

/** A fitted view's end moves at most this fraction of its span later to make room for labels. */
export const MAX_LABEL_ROOM = 0.5;

/**
 * The latest end a view starting at `view.start` needs for every label that `scene` draws cut by
 * the view's end to be whole, or `view.end` when none is. A label `reach` px long (mark and text,
 * as the layout measured it) of an event starting at `s` fits a plot `width` px wide when the view
 * ends at `start + (s − start) · width / (width − reach)` or later. A cut label counts as cut by the
 * view's end when nothing follows it in its row (no mark, no "+N"); a deadline's cut label always
 * does (its reach is the whole label, from its rule). Labels cut by a neighbour,
 * labels that would need the end later than `limit`, and every label of a view where a lane shows
 * its density strip, are left as they are.
 */
export function labelRoomEnd(scene: Scene, view: ViewState, limit: number, reach: (index: number) => number): number {
  const { width, rtl } = scene;
  // A view dense enough for density strips is read by its shape: empty time after it would only
  // squeeze it. (Beside a strip, a title the end would cut is not drawn: see `MarkSlot.sampled`.)
  if (scene.lanes.some((lane) => lane.strip)) return view.end;
  // Inline px: from the plot's start in the reading direction.
  const inlineStart = (box: { left: number; right: number }) => (rtl ? width - box.right : box.left);
  let end = view.end;
  /** `latest`, or later when `item`'s label needs it and that is no later than `limit`. */
  const roomFor = (item: TimelineItem, latest: number): number => {
    const r = reach(item.index);
    // From where it is drawn: a day's marker at the middle of its day.
    const at = item.at;
    if (at < view.start || at >= view.end || !(r < width)) return latest;
    const needed = view.start + ((at - view.start) * width) / (width - r);
    return needed > view.end && needed <= limit ? Math.max(latest, needed) : latest;
  };
  for (const lane of scene.lanes) {
    for (const mark of lane.marks) {
      const { label, item } = mark;
      if (!label.truncated) continue;
      const from = inlineStart({ left: label.left, right: label.left + label.width });
      const followed = [...lane.marks, ...lane.clusters].some((other) => other !== mark && other.row === mark.row && inlineStart(other) > from && inlineStart(other) < width);
      if (!followed) end = roomFor(item, end);
    }
  }
  // Every deadline label in view that the plot's end cut (it could not slide back far enough).
  for (const rule of scene.rules) {
    if (rule.item && rule.label.truncated) end = roomFor(rule.item, end);
  }
  return end;
}
