/**
 * How far a page must scroll to show a box: the least scroll, as a browser's "nearest" does, with
 * a little room kept at the window's edge (a mark glued to it reads as cut), or, for a story step,
 * a share of the window, held to what still shows more of the plot.
 */

/** Room kept between a box brought into the window and the window's edge, px. */
export const WINDOW_MARGIN_PX = 16;

/**
 * A story step's mark is brought this share of the room into the window, not {@link WINDOW_MARGIN_PX}:
 * at the edge, the rows told just before and after it were below the window (a 1366 × 650 laptop
 * showed "TikTok transparency report period" on its bottom row, the next event cut under it), and
 * the reader's eye went from the card at the top to the window's last line each step.
 */
export const STORY_MARGIN_SHARE = 0.25;

/**
 * How far the page must scroll (px, down positive) for the vertical span `top`…`bottom` (viewport
 * px) to be inside a window `height` px tall, less `insetTop` and `insetBottom` (a page's fixed
 * header and footer, as its `scroll-padding` says), with {@link WINDOW_MARGIN_PX} to spare, or
 * `marginShare` of the room when that is more: the least scroll that does it, 0 when it is inside
 * already. A span taller than the room shows its top.
 */
export function scrollToShow(top: number, bottom: number, height: number, insetTop = 0, insetBottom = 0, marginShare = 0): number {
  const room = height - insetTop - insetBottom;
  const margin = Math.min(Math.max(WINDOW_MARGIN_PX, marginShare * room), Math.max(0, (room - (bottom - top)) / 2));
  const first = insetTop + margin;
  const last = height - insetBottom - margin;
  if (top < first) return top - first;
  if (bottom > last) return Math.min(bottom - last, top - first);
  return 0;
}

/**
 * `by` (a scroll that keeps a share of the window clear, see {@link scrollToShow}) held to what
 * still shows more of the frame the box is in (the plot and its overview, `frameTop`…`frameBottom`
 * in viewport px): past `least` (the scroll the box needs at all), the page scrolls down no further
 * than brings the frame's bottom to the room's and up no further than brings its top to the window's
 * top, less `insetTop` (a page's fixed header). A plot that fits the window does not move for a
 * margin (a story step bounced the page between its top and bottom lanes, the overview scrolled
 * out), and a taller one stops with its end at the window's.
 */
export function keepFrame(by: number, least: number, frameTop: number, frameBottom: number, height: number, insetTop = 0, insetBottom = 0): number {
  if (by > least) return Math.max(least, Math.min(by, frameBottom - (height - insetBottom)));
  if (by < least) return Math.min(least, Math.max(by, frameTop - insetTop));
  return by;
}
