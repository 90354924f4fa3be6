import type { TimelineItem } from '../model/items.js';

/** Precisions of an end that is drawn fading out: known only to its month or year. */
const COARSE = new Set(['year', 'month']);

/** How far the drawn end fades at most: to this share of the range's colour. */
export const FADE_TO = 0.15;

/**
 * Where a range's drawing starts to fade out, UTC ms: over the unit its end is known only to (its
 * month or year), and over its later half at most (a range of one month ending "June 2020" is not
 * faded from its start), so that "June 2020" does not read as 30 June. Null for an end known to
 * the day or finer, or a range with no end of its own. The plot's bars and the phone's list fade
 * from here alike.
 */
export function fadeFrom(item: TimelineItem): number | null {
  const end = item.endDate;
  if (!end || !COARSE.has(end.precision)) return null;
  return item.end - Math.min((item.end - item.at) / 2, end.end - end.start);
}

/** How much of its colour a range keeps at `time`: 1 before its fade (see {@link fadeFrom}), {@link FADE_TO} at its end. */
export function fadeAt(item: TimelineItem, time: number): number {
  const from = fadeFrom(item);
  if (from === null || time <= from) return 1;
  return 1 - (1 - FADE_TO) * Math.min(1, (time - from) / (item.end - from));
}
