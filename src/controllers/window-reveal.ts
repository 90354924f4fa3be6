/**
 * Bringing a part of the timeline into the window by scrolling the page, and only the page. The
 * browser's own `scrollIntoView` (and focusing without `preventScroll`) would also scroll the
 * element's inner boxes that scroll (a card's long text), and knows nothing of the plot's axis
 * stuck at the window's top, under which it counts a mark as seen; the page's
 * scroll is what a reader expects to move (a story step or a key took them to an event drawn
 * below or above the window's edge). A page that scrolls inside a box of its own instead is not
 * scrolled; its fixed header and footer are kept clear when its `scroll-padding` names them, as
 * anchor links need too.
 */
import { keepFrame, scrollToShow } from '../layout/window-scroll.js';

/** A root `scroll-padding` side in px (`auto` and percentages of nothing known: 0). */
function inset(value: string): number {
  return value.endsWith('px') ? parseFloat(value) || 0 : 0;
}

/**
 * Whether the page itself scrolls (the document is taller than the window): when it does not, a
 * page scrolling inside a box of its own has the browser's own focus scroll and `scrollIntoView`.
 */
export function pageScrolls(): boolean {
  const root = document.scrollingElement;
  return !!root && root.scrollHeight > root.clientHeight + 1;
}

/** The page's fixed header, as its root `scroll-padding-top` names it, px. */
export function scrollPaddingTop(): number {
  return inset(getComputedStyle(document.documentElement).scrollPaddingTop);
}

/** The open card's title (the heading that names it), which a reveal keeps in sight with the mark. */
export function cardTitle(root: ShadowRoot): HTMLElement | null {
  const card = root.querySelector('[part~="card"]');
  return card ? root.getElementById(card.getAttribute('aria-labelledby') ?? '') : null;
}

/**
 * How much of the window's top an element in the plot can lie under, px: down to the plot's axis's
 * bottom, which sticks there while the page scrolls the plot up under it (0 for what is not in a
 * plot).
 */
function axisOver(element: Element): number {
  const axis = element.closest('[part~="plot"]')?.querySelector<HTMLElement>('[part~="axis"]');
  if (!axis || axis.contains(element)) return 0;
  // Where it sticks: the window's top, or lower where a page's `::part(axis) { top }` keeps it
  // under a fixed header; nowhere when a page made it static.
  const style = getComputedStyle(axis);
  return style.position === 'sticky' ? (parseFloat(style.top) || 0) + axis.offsetHeight : 0;
}

/**
 * The story card pinned to the window's bottom under the plot (see `story.styles.ts`) that `element`
 * can lie under, or null: none is (the card beside the plot, or no story), or `element` is in it.
 */
function pinnedCard(element: Element): HTMLElement | null {
  const card = element.getRootNode() instanceof ShadowRoot ? (element.getRootNode() as ShadowRoot).querySelector<HTMLElement>('.stage:not(.beside) > .story') : null;
  if (!card || card.contains(element)) return null;
  const style = getComputedStyle(card);
  return style.position === 'sticky' && style.bottom !== 'auto' ? card : null;
}

/**
 * How much of the window's bottom the pinned story card covers, px: from its top down (it may sit
 * above a page's fixed footer, `::part(story) { bottom }`); 0 without one, or when it is below the window.
 */
function cardOver(element: Element): number {
  const card = pinnedCard(element);
  return card ? Math.max(0, window.innerHeight - card.getBoundingClientRect().top) : 0;
}

/** Whether `element` lies wholly above or below the window, or under the axis stuck at its top: out of the reader's sight. */
export function outOfWindow(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.bottom <= axisOver(element) || box.top >= window.innerHeight - cardOver(element);
}

/**
 * Scrolls the page just enough to show `element` (see `scrollToShow`; a story step, more), and `also` with it (a
 * card's title under its mark) when both fit the window, else `element` alone, clear of a page's
 * fixed header (its `scroll-padding-top`) and of the plot's axis stuck at the window's top, and
 * above a story card pinned to the window's bottom (which shows itself: an `also` in it is not
 * waited for); returns whether it scrolled. Smooth when asked, unless the reader prefers reduced
 * motion. `marginShare`: the room kept at the window's edges, as a share of the window's room (a
 * story step's context; see `scrollToShow`), as far as that shows more of the plot (`keepFrame`).
 */
export function revealInWindow(element: Element, smooth: boolean, also?: Element | null, marginShare = 0): boolean {
  const box = element.getBoundingClientRect();
  const pinned = pinnedCard(element);
  if (also && pinned?.contains(also)) also = null;
  const more = also?.getBoundingClientRect();
  const root = getComputedStyle(document.documentElement);
  // A page's fixed header, or the plot's axis stuck at the window's top, whichever covers more.
  const insetTop = Math.max(inset(root.scrollPaddingTop), axisOver(element), also ? axisOver(also) : 0);
  const insetBottom = Math.max(inset(root.scrollPaddingBottom), cardOver(element));
  let top = box.top;
  let bottom = box.bottom;
  if (more && Math.max(box.bottom, more.bottom) - Math.min(box.top, more.top) <= window.innerHeight - insetTop - insetBottom) {
    top = Math.min(box.top, more.top);
    bottom = Math.max(box.bottom, more.bottom);
  }
  let by = scrollToShow(top, bottom, window.innerHeight, insetTop, insetBottom, marginShare);
  const frame = marginShare > 0 ? (element.closest('.stage-main') ?? element.closest('[part~="plot"]'))?.getBoundingClientRect() : undefined;
  if (frame) by = keepFrame(by, scrollToShow(top, bottom, window.innerHeight, insetTop, insetBottom), frame.top, frame.bottom, window.innerHeight, inset(root.scrollPaddingTop), insetBottom);
  if (by === 0) return false;
  const reduce = smooth && matchMedia('(prefers-reduced-motion: reduce)').matches;
  window.scrollBy({ top: by, behavior: smooth && !reduce ? 'smooth' : 'instant' });
  return true;
}
