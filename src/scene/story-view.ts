/**
 * Where a step of the story's reading path moves the view. Pure: the story controller moves the
 * viewport to what this returns.
 */
import type { TimelineItem } from '../model/items.js';
import type { ViewLimits, ViewState } from '../layout/view.js';
import { sharedTimeScale } from '../layout/scale.js';
import { unitOf } from './reveal.js';
import type { PlacedAt } from './reveal.js';

/** An event this far from the view's edges (a fraction of its width) is in view. */
const EDGE = 0.05;
/** An event this far from them is comfortably in view: the view stays; nearer the edge it pans. */
const COMFORT = 0.2;
/** Zooming in for a mark goes by quarter octaves: no further than the mark needs. */
const STEP = 2 ** -0.25;
/** The narrowest view of an event is this many units of its date (the axis then never shows finer ticks). */
const UNITS = 4;

/**
 * The view that brings `item` into view for the reader stepping to it, keeping the scale they
 * read at, as TimelineJS pans at a fixed scale while stepping:
 * - null (the view stays) when the event has its own mark at the current zoom and lies in the
 *   middle of the view, at least a fifth of its width from either edge;
 * - the same zoom panned to centre it when it has its own mark and is in view, but near an edge
 *   (its label may run out of the view there);
 * - otherwise the view centred on it at `home`, the span the reader chose (so a step out of a
 *   dense stretch zooms back out), zoomed in only as far as its own mark needs, and never to
 *   less than four units of its date's precision (a day-precision event is never shown on hours;
 *   a view already narrower than that is widened to it).
 */
export function storyView(item: TimelineItem, view: ViewState, home: number, width: number, limits: ViewLimits, placed: PlacedAt): ViewState | null {
  const span = view.end - view.start;
  const end = item.isRange ? item.end : item.at;
  const scale = sharedTimeScale(view, width);
  const within = (edge: number) => scale(item.at) >= width * edge && scale(end) <= width * (1 - edge);
  let target = span;
  if (placed(item.index, span / width) === false || !within(EDGE)) {
    const floor = Math.max(limits.minSpan, UNITS * unitOf(item.startDate.precision));
    target = Math.min(limits.maxSpan, Math.max(home, floor));
    while (target * STEP >= floor && placed(item.index, target / width) === false) target *= STEP;
  } else if (within(COMFORT)) return null;
  // A range is shown from its start: its first third when it is longer than the view.
  const mid = item.isRange ? Math.min((item.at + item.end) / 2, item.at + target / 3) : item.at;
  return { start: mid - target / 2, end: mid + target / 2 };
}
