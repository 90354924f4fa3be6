/** Finding the label the plot had to cut, so its whole title can show on hover and focus. */
import type { Scene } from './types.js';

/** A cut label's box (px in the plot) and what it says whole: a mark's title, a deadline's title and relative time. */
export interface CutLabel {
  readonly left: number;
  readonly width: number;
  readonly top: number;
  readonly height: number;
  readonly full: string;
}

/** The label of event `id` (a mark's, or a deadline's in the band) when the scene draws it cut; else null. */
export function cutLabelOf(scene: Scene | null, id: string | null): CutLabel | null {
  if (!scene || id === null) return null;
  for (const lane of scene.lanes) {
    for (const mark of lane.marks) {
      if (mark.item.id === id) return mark.label.truncated ? { left: mark.label.left, width: mark.label.width, top: mark.top, height: mark.height, full: mark.label.full } : null;
    }
  }
  const rule = scene.rules.find((r) => r.item?.id === id);
  return rule?.label.truncated ? { ...rule.label, full: rule.label.words } : null;
}
