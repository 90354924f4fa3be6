/**
 * Bringing a part of the timeline into the window by scrolling the page, and only the page. The
 * browser's own `scrollIntoView` (and focusing without `preventScroll`) would also scroll the
 * element's inner boxes that clip their content, shifting the plot under its drawing; the page's
 * scroll is what a reader expects to move (a story step or a key took them to an event drawn
 * below or above the window's edge).
 */

/** Room kept between a box brought into the window and the window's edge, px. */
export const WINDOW_MARGIN_PX = 16;

/**
 * How far the page must scroll (px, down positive) for the vertical span `top`…`bottom` (viewport
 * px) to be inside a window `height` px tall with {@link WINDOW_MARGIN_PX} to spare: the least
 * scroll that does it, 0 when it is inside already. A span taller than the window shows its top.
 */
export function scrollToShow(top: number, bottom: number, height: number): number {
  const margin = Math.min(WINDOW_MARGIN_PX, Math.max(0, (height - (bottom - top)) / 2));
  if (top < margin) return top - margin;
  if (bottom > height - margin) return Math.min(bottom - height + margin, top - margin);
  return 0;
}

/**
 * Scrolls the page just enough to show `element` (see {@link scrollToShow}); returns whether it
 * scrolled. Smooth when asked, unless the reader prefers reduced motion.
 */
export function revealInWindow(element: Element, smooth: boolean): boolean {
  const box = element.getBoundingClientRect();
  const by = scrollToShow(box.top, box.bottom, window.innerHeight);
  if (by === 0) return false;
  const reduce = smooth && matchMedia('(prefers-reduced-motion: reduce)').matches;
  window.scrollBy({ top: by, behavior: smooth && !reduce ? 'smooth' : 'instant' });
  return true;
}
