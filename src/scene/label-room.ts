/**
 * Room for labels at the end of a fitted view. A label goes after its mark, and before a point's
 * marker when it has no room after; near the view's end, in a full row, it may have room on
 * neither side and be cut. A view that was fitted (the first view, "Show all") rather than chosen
 * by the reader can end a little later instead, so that those labels are whole: the reader of a
 * story's first view sees every title in it. Pure: the scene controller asks the viewport to
 * move the end (`ViewportController.makeRoom`).
 */
import type { ViewState } from '../layout/view.js';
import type { Scene } from './types.js';

/** A fitted view's end moves at most this fraction of its span later to make room for labels. */
export const MAX_LABEL_ROOM = 0.5;

/**
 * The latest end a view starting at `view.start` needs for every label that `scene` draws cut by
 * the view's end to be whole, or `view.end` when none is. A label `reach` px long (mark and text,
 * as the layout measured it) of an event starting at `s` fits a plot `width` px wide when the view
 * ends at `start + (s − start) · width / (width − reach)` or later. Labels cut by something else
 * in their row, and labels that would need the end later than `limit`, are left as they are.
 */
export function labelRoomEnd(scene: Scene, view: ViewState, limit: number, reach: (index: number) => number): number {
  const { width } = scene;
  let end = view.end;
  for (const lane of scene.lanes) {
    for (const mark of lane.marks) {
      if (!mark.label.truncated) continue;
      const { start, index } = mark.item;
      const r = reach(index);
      if (start < view.start || start >= view.end || !(r < width)) continue;
      const needed = view.start + ((start - view.start) * width) / (width - r);
      if (needed > view.end && needed <= limit) end = Math.max(end, needed);
    }
  }
  return end;
}
