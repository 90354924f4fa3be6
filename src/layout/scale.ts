/**
 * The one mapping between time and pixels: a d3 `scaleUtc` whose domain is the visible span and
 * whose range is the plot's width, mirrored when time flows right to left. Marks, rules, ticks,
 * the viewport's pan and zoom, hit-testing and "bring into view" all read positions from it, so
 * they cannot drift apart.
 */
import { scaleUtc } from 'd3-scale';
import type { ScaleTime } from 'd3-scale';
import type { ViewState } from './view.js';

/** Time (UTC ms or Date) → px from the plot's left edge, and back with `invert`. */
export type TimeScale = ScaleTime<number, number>;

/** The scale for `view` drawn `width` px wide; right to left when `rtl`. */
export function timeScale(view: ViewState, width: number, rtl = false): TimeScale {
  return scaleUtc()
    .domain([view.start, view.end])
    .range(rtl ? [width, 0] : [0, width]);
}

/** UTC ms of the time under `x` px. */
export function timeAt(scale: TimeScale, x: number): number {
  return scale.invert(x).getTime();
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
