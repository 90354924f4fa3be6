import type { TimelineItem } from '../model/items.js';

/** Precisions of an end that is drawn fading out: known only to its month or year. */
const COARSE = new Set(['year', 'month']);

/** How far the drawn end fades at most: to this share of the range's colour. */
export const FADE_TO = 0.15;

/**
 * The length of the unit a range's end is known only to (its month or year), ms, over which its
 * drawing fades out so that "June 2020" does not read as 30 June; 0 for an end known to the day or
 * finer, or no end of its own. The plot's bars and the phone's list fade alike.
 */
export function endFadeMs(item: TimelineItem): number {
  const end = item.endDate;
  return end && COARSE.has(end.precision) ? end.end - end.start : 0;
}

/**
 * How much of its colour a range keeps at `time` (1 before its fade, {@link FADE_TO} at its end):
 * it fades over its end's unit, and over its later half at most (a range of one month ending
 * "June 2020" is not faded from its start).
 */
export function fadeAt(item: TimelineItem, time: number): number {
  const unit = endFadeMs(item);
  if (!unit) return 1;
  const from = item.end - Math.min((item.end - item.start) / 2, unit);
  if (time <= from) return 1;
  return 1 - (1 - FADE_TO) * Math.min(1, (time - from) / (item.end - from));
}
