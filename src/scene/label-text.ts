/** Cutting a label to a width, for the rare mark whose whole title has no room. */
import type { FontRole, Measure } from './types.js';

/** The ellipsis that ends a cut label. */
export const ELLIPSIS = '…';

/** Punctuation that would dangle before the ellipsis ("Mainer:…", "talks,…"). */
const DANGLING = /[\s,;:\u2013\u2014-]+$/u;

/**
 * The longest start of `text` that, followed by an ellipsis, is at most `room` px wide, or ''
 * when nothing fits (found by bisection, so at most a dozen measurements). A text with spaces is
 * cut between whole words: a word cut short can read as another one ("Maine…" for "Mainer:
 * 'TikTok teen' claim exposed", about a different event than the Maine fusion center's), and
 * "This articl…" reads as a typo. A text written without spaces (Chinese, Japanese, Thai) is
 * cut between characters.
 */
export function cutToWidth(text: string, room: number, measure: Measure, role: FontRole): string {
  const fits = (head: string) => measure(head + ELLIPSIS, role) <= room;
  if (/\S\s+\S/u.test(text)) {
    const ends = Array.from(text.matchAll(/\S+/gu), (m) => m.index + m[0].length);
    const head = (k: number) => {
      const words = text.slice(0, ends[k - 1]);
      return words.replace(DANGLING, '') || words;
    };
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (fits(head(mid))) lo = mid;
      else hi = mid - 1;
    }
    return lo === 0 ? '' : head(lo) + ELLIPSIS;
  }
  const chars = Array.from(text.trim());
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (fits(chars.slice(0, mid).join(''))) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '' : chars.slice(0, lo).join('') + ELLIPSIS;
}
