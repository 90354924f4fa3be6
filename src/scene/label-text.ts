/** Cutting a label to a width, for the rare mark whose whole title has no room. */
import type { FontRole, Measure } from './types.js';

/** The ellipsis that ends a cut label. */
export const ELLIPSIS = '…';

/**
 * The longest start of `text` that, followed by an ellipsis, is at most `room` px wide (found by
 * bisection over code points, so at most a dozen measurements), or '' when not even one
 * character fits. The text is cut after whitespace when that loses little.
 */
export function cutToWidth(text: string, room: number, measure: Measure, role: FontRole): string {
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure(chars.slice(0, mid).join('').trimEnd() + ELLIPSIS, role) <= room) lo = mid;
    else hi = mid - 1;
  }
  if (lo === 0) return '';
  const head = chars.slice(0, lo).join('');
  const space = head.lastIndexOf(' ');
  const cut = space > head.length * 0.6 ? head.slice(0, space) : head;
  return cut.trimEnd() + ELLIPSIS;
}
