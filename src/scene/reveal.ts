/**
 * Where to move the view so events can be read: bring one into view with a mark of its own, or
 * open a "+N" mark. Pure: the caller moves the viewport to what these return.
 */
import type { TimelineItem } from '../model/items.js';
import type { DatePrecision } from '../model/date-types.js';
import type { ViewLimits, ViewState } from '../layout/view.js';
import { DAY, MINUTE } from '../layout/view.js';
import { sharedTimeScale } from '../layout/scale.js';

/** Whether the event at time-order `index` has its own mark when one px is `msPerPx` ms. */
export type PlacedAt = (index: number, msPerPx: number) => boolean | undefined;

/** Fraction of the view kept clear at each edge when an event is brought into view. */
const EDGE = 0.08;

/** The length of the unit a date is known to. */
export function unitOf(precision: DatePrecision): number {
  switch (precision) {
    case 'year':
      return 365 * DAY;
    case 'month':
      return 30 * DAY;
    case 'day':
      return DAY;
    case 'minute':
      return MINUTE;
    default:
      return 1000;
  }
}

/**
 * The view that shows `item` with its own mark: the same zoom when it already fits and is not
 * folded into a "+N" (panned just enough), otherwise zoomed in around it, halving the span, until
 * it has a mark. Null when it is in view as it is.
 */
export function revealView(item: TimelineItem, view: ViewState, width: number, limits: ViewLimits, placed: PlacedAt): ViewState | null {
  let span = view.end - view.start;
  let zoomed = false;
  while (span / 2 >= limits.minSpan && placed(item.index, span / width) === false) {
    span /= 2;
    zoomed = true;
  }
  const itemEnd = item.isRange ? item.end : item.at;
  const scale = sharedTimeScale(view, width);
  const pad = width * EDGE;
  // One test, in px with half a px to spare, decides both whether and which way to move: an event
  // left exactly on the margin by the last reveal stays put.
  const early = scale(item.at) < pad - 0.5;
  const late = scale(itemEnd) > width - pad + 0.5;
  if (!zoomed && !early && !late) return null;
  if (zoomed) {
    const mid = item.isRange ? Math.min((item.at + item.end) / 2, item.at + span / 3) : item.at;
    return { start: mid - span / 2, end: mid + span / 2 };
  }
  const padMs = span * EDGE;
  if (itemEnd - item.at > span - 2 * padMs) {
    const margin = (itemEnd - item.at) * 0.1;
    return { start: item.at - margin, end: itemEnd + margin };
  }
  // In view at the earlier edge (its title runs on into the view): panned just enough to clear the
  // margin; centring it moved a story's view four months when Tab reached an event there. Out of
  // view, or at the later edge (where its title would run out of the view), centred.
  if (early && !late && item.at >= view.start) {
    const shift = item.at - padMs - view.start;
    return { start: view.start + shift, end: view.end + shift };
  }
  const mid = (item.at + itemEnd) / 2;
  return { start: mid - span / 2, end: mid + span / 2 };
}

/** What opening a "+N" mark does: zoom to `view`, and list the events when zooming cannot separate them. */
export interface ClusterOpening {
  readonly view: ViewState | null;
  readonly separable: boolean;
}

/**
 * Opening a "+N" mark holding `members` (time order) between `start` and `end`: the closest view
 * that shows them all with their own marks, zoomed in by eighth octaves, but never finer than
 * four units of the finest date among them (events known to the day never open onto hours).
 * When even that view cannot separate them (they share a day), they are listed instead.
 */
export function openClusterView(members: readonly TimelineItem[], start: number, end: number, view: ViewState, width: number, limits: ViewLimits, placed: PlacedAt): ClusterOpening {
  const span = Math.max(1, end - start);
  const current = view.end - view.start;
  const unit = Math.min(...members.map((m) => unitOf(m.startDate.precision)));
  const floor = Math.max(limits.minSpan, span, 4 * unit);
  const whole = Math.min(current, Math.max(floor, span * 1.25));
  const allPlaced = (s: number) => members.every((m) => placed(m.index, s / width) !== false);
  let target = whole;
  while (!allPlaced(target) && target * 0.917 >= floor) target *= 0.917;
  const separable = allPlaced(target);
  const zoomTo = separable ? target : whole;
  const mid = start + span / 2;
  return { view: zoomTo < current * 0.95 ? { start: mid - zoomTo / 2, end: mid + zoomTo / 2 } : null, separable };
}
