/**
 * How far a page must scroll to show a box: the least scroll, as a browser's "nearest" does, with
 * a little room kept at the window's edge (a mark glued to it reads as cut).
 */

/** Room kept between a box brought into the window and the window's edge, px. */
export const WINDOW_MARGIN_PX = 16;

/**
 * How far the page must scroll (px, down positive) for the vertical span `top`…`bottom` (viewport
 * px) to be inside a window `height` px tall, less `insetTop` and `insetBottom` (a page's fixed
 * header and footer, as its `scroll-padding` says), with {@link WINDOW_MARGIN_PX} to spare: the
 * least scroll that does it, 0 when it is inside already. A span taller than the room shows its top.
 */
export function scrollToShow(top: number, bottom: number, height: number, insetTop = 0, insetBottom = 0): number {
  const room = height - insetTop - insetBottom;
  const margin = Math.min(WINDOW_MARGIN_PX, Math.max(0, (room - (bottom - top)) / 2));
  const first = insetTop + margin;
  const last = height - insetBottom - margin;
  if (top < first) return top - first;
  if (bottom > last) return Math.min(bottom - last, top - first);
  return 0;
}
