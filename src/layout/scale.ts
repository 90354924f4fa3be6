/**
 * The one mapping between time and pixels: a d3 `scaleUtc` whose domain is the visible span and
 * whose range is the plot's width, mirrored when time flows right to left. Marks, rules, ticks,
 * the viewport's pan and zoom, hit-testing and "bring into view" all read positions from it, so
 * they cannot drift apart. A view reaching beyond the JavaScript `Date` range (deep time: the Big
 * Bang) gets the same mapping as a d3 `scaleLinear` over ms, which never makes a `Date`.
 */
import { scaleUtc } from 'd3-scale';
import type { ScaleLinear, ScaleTime } from 'd3-scale';
import type { ViewState } from './view.js';
import { deepTimeScale } from './deep-scales.js';
import { isBeyondDates } from '../time/years.js';

/** The scale of a view inside the `Date` range: `invert` gives a `Date`. */
export type UtcScale = ScaleTime<number, number>;
/** The scale of a view reaching beyond the `Date` range: `invert` gives UTC ms as a number. */
export type DeepScale = ScaleLinear<number, number>;
/**
 * Time (UTC ms or Date) → px from the plot's left edge, and back with `invert` (a `Date` for a
 * {@link UtcScale}, ms for a {@link DeepScale}: {@link timeAt} reads either).
 */
export type TimeScale = UtcScale | DeepScale;

/**
 * The last scales made, by view, width and direction. Making a `scaleUtc` builds its calendar
 * (about 0.2 ms), and a pan step asks for the same few scales several times (the viewport's maths
 * for the view before the step, the scene's for the view after it). Scales from here are shared:
 * never set their domain or range (`copy()` one to change it).
 */
const recent = new Map<string, TimeScale>();
const RECENT = 8;

/**
 * The scale for `view` drawn `width` px wide; right to left when `rtl`: a copy of its own, for
 * pages (the package exports this one), which may set its domain or range.
 */
export function timeScale(view: ViewState, width: number, rtl = false): TimeScale {
  return sharedTimeScale(view, width, rtl).copy();
}

/** The scale for `view` drawn `width` px wide; right to left when `rtl`. Shared: never mutate it. */
export function sharedTimeScale(view: ViewState, width: number, rtl = false): TimeScale {
  const key = `${view.start}|${view.end}|${width}|${rtl ? 1 : 0}`;
  const known = recent.get(key);
  if (known) return known;
  const scale = isBeyondDates(view.start, view.end)
    ? deepTimeScale(view, width, rtl)
    : scaleUtc()
        .domain([view.start, view.end])
        .range(rtl ? [width, 0] : [0, width]);
  if (recent.size >= RECENT) recent.delete(recent.keys().next().value!);
  recent.set(key, scale);
  return scale;
}

/** True for the scale of a view beyond the `Date` range (numbers in its domain, not Dates). */
export function isDeepScale(scale: TimeScale): scale is DeepScale {
  return !(scale.domain()[0] instanceof Date);
}

/** UTC ms of the time under `x` px. */
export function timeAt(scale: TimeScale, x: number): number {
  return +scale.invert(x);
}

/** Milliseconds one pixel covers (always positive). */
export function msPerPixel(scale: TimeScale): number {
  const [a, b] = scale.domain();
  const [x0, x1] = scale.range();
  return Math.abs((+b! - +a!) / (x1! - x0! || 1));
}

/** +1 when time flows rightwards, −1 when it flows leftwards (right-to-left layouts). */
export function directionOf(scale: TimeScale): 1 | -1 {
  const [x0, x1] = scale.range();
  return x1! >= x0! ? 1 : -1;
}
