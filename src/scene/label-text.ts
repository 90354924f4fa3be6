/** Cutting a label to a width, for the rare mark whose whole title has no room. */
import type { FontRole, Measure } from './types.js';

/** The ellipsis that ends a cut label. */
export const ELLIPSIS = '…';

/** Punctuation that would dangle before the ellipsis ("Mainer:…", "talks,…"). */
const DANGLING = /[\s,;:\u2013\u2014-]+$/u;

/**
 * The browser's word and grapheme breaking, where it has it (every engine since 2024): Chinese,
 * Japanese and Thai are written without spaces between words, and a family emoji or a letter with
 * its combining marks is one character to a reader.
 */
const segmenters = typeof Intl.Segmenter === 'function' ? { word: new Intl.Segmenter(undefined, { granularity: 'word' }), grapheme: new Intl.Segmenter(undefined, { granularity: 'grapheme' }) } : null;

/** Where each word of `text` ends (its index after the word). Without the browser's word breaking, words are runs of non-space. */
function wordEnds(text: string): number[] {
  if (!segmenters) return /\S\s+\S/u.test(text) ? Array.from(text.matchAll(/\S+/gu), (m) => m.index + m[0].length) : [];
  const ends: number[] = [];
  for (const s of segmenters.word.segment(text)) if (s.isWordLike) ends.push(s.index + s.segment.length);
  return ends;
}

/** Where each character of `text` as a reader counts them ends. */
function characterEnds(text: string): number[] {
  const ends: number[] = [];
  if (segmenters) for (const s of segmenters.grapheme.segment(text)) ends.push(s.index + s.segment.length);
  else for (let i = 0; i < text.length; ) ends.push((i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1));
  return ends;
}

/** A title's possible cuts: where they end, and each cut's text (with its ellipsis) once made. */
interface Cuts {
  readonly ends: number[];
  readonly heads: (string | undefined)[];
}

/**
 * Cuts by title. While the view pans, the same few titles are cut every frame, to other widths:
 * breaking them into words (the browser's segmenter) and making each candidate's text is done
 * once per title, not once a frame. Words do not depend on the font, so nothing here goes stale.
 */
const cutsByText = new Map<string, Cuts>();
const MAX_CUTS_KEPT = 4000;

function cutsOf(text: string): Cuts {
  let cuts = cutsByText.get(text);
  if (!cuts) {
    const words = wordEnds(text);
    const ends = words.length > 0 ? words : characterEnds(text.trim());
    cuts = { ends, heads: new Array<string | undefined>(ends.length) };
    if (cutsByText.size >= MAX_CUTS_KEPT) cutsByText.clear();
    cutsByText.set(text, cuts);
  }
  return cuts;
}

/**
 * The longest start of `text` that, followed by an ellipsis, is at most `room` px wide, or ''
 * when nothing fits (found by bisection, so at most a dozen measurements). It is cut after a
 * whole word, never inside one: a word cut short can read as another ("Maine…" for "Mainer:
 * 'TikTok teen' claim exposed", about another event than the Maine fusion center's), and
 * "This articl…" reads as a typo; a title whose first word has no room is not labelled (its
 * whole title shows on hover and focus). Text with no words at all (emoji) is cut between
 * characters. Without the browser's word breaking, a title with no spaces is cut between
 * characters too.
 */
export function cutToWidth(text: string, room: number, measure: Measure, role: FontRole): string {
  const { ends, heads } = cutsOf(text);
  // The first `k` words (or characters) and the ellipsis.
  const head = (k: number) => {
    let cut = heads[k - 1];
    if (cut === undefined) {
      const start = text.slice(0, ends[k - 1]);
      cut = heads[k - 1] = (start.replace(DANGLING, '') || start) + ELLIPSIS;
    }
    return cut;
  };
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure(head(mid), role) <= room) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '' : head(lo);
}
