/**
 * Scales for deep time. {@link deepTimeScale}: the linear scale a deep view needs instead of
 * `scaleUtc` (same positions, but it never makes a `Date`, so `invert` works beyond the `Date`
 * range). {@link logYearsScale} and {@link logYearsTicks}: a logarithmic "years ago" axis for very
 * uneven spans, where the Big Bang and last week share one screen.
 */
import { scaleLinear, scaleSymlog } from 'd3-scale';
import type { ScaleLinear } from 'd3-scale';
import type { AxisTickOptions, AxisTicks, Tick } from './ticks.js';
import type { TimeSpan } from './types.js';
import { MS_PER_YEAR } from '../time/years.js';
import { relativeYears } from '../time/year-words.js';

/** Time (UTC ms, of any size) to x (px), and back. */
export interface TimeScale {
  (time: number): number;
  invert(px: number): number;
}

/**
 * The view's linear scale over ms: `view.start` at 0 and `view.end` at `widthPx`, mirrored when
 * `rtl`. The same positions as `scaleUtc` with that domain, for views of any size.
 */
export function deepTimeScale(view: TimeSpan, widthPx: number, rtl: boolean): ScaleLinear<number, number> {
  return scaleLinear().domain([view.start, view.end]).range(rtl ? [widthPx, 0] : [0, widthPx]);
}

/** Years from `time` back to `reference` (negative after it). */
const yearsBefore = (time: number, reference: number): number => (reference - time) / MS_PER_YEAR;

/**
 * A logarithmic "years ago" scale: x follows log(1 + years before `reference`) (d3's
 * `scaleSymlog`, its constant one year), so every power of ten of years gets about the same width:
 * from the Big Bang to today, the last hundred years get more room than the first billion. It is symmetric around `reference`,
 * so the reference itself (x of "now") and times after it are drawn too. The view's start is at 0
 * and its end at `widthPx`, mirrored when `rtl`.
 */
export function logYearsScale(view: TimeSpan, widthPx: number, rtl: boolean, reference: number): TimeScale {
  const log = scaleSymlog()
    .domain([yearsBefore(view.start, reference), yearsBefore(view.end, reference)])
    .range(rtl ? [widthPx, 0] : [0, widthPx]);
  const scale = ((time: number) => log(yearsBefore(time, reference))) as TimeScale;
  scale.invert = (px: number) => reference - log.invert(px) * MS_PER_YEAR;
  return scale;
}

/** Options of {@link logYearsTicks}. */
export interface LogTickOptions extends AxisTickOptions {
  /** Mirror the axis (right to left), as the scale does; default false. */
  rtl?: boolean;
}

/** Tick values in years before the reference, most important first: 0, then 10^k, 5·10^k, 2·10^k. */
const LOG_CANDIDATES: number[] = [0];
for (const factor of [1, 5, 2]) {
  for (let power = 1; power <= 1e12; power *= 10) LOG_CANDIDATES.push(factor * power, -factor * power);
}

const defaultMeasure = (text: string): number => text.length * 7;

/**
 * Ticks for {@link logYearsScale}: "now" (the reference), then 1, 10, 100 … years ago (and from
 * now), then 5 and 2 × 10^k where they fit: a tick is kept when its label, `gapPx` apart, clears
 * every label kept before it. Sorted by time; `key` is `log-years`.
 */
export function logYearsTicks(view: TimeSpan, widthPx: number, locale: string | undefined, reference: number, options: LogTickOptions = {}): AxisTicks {
  const measure = options.measure ?? defaultMeasure;
  const gap = options.gapPx ?? 12;
  if (!(view.end > view.start) || !(widthPx > 0)) return { major: [], minor: [], key: '' };
  const scale = logYearsScale(view, widthPx, options.rtl ?? false, reference);
  const kept: Array<Tick & { x: number; width: number }> = [];
  for (const years of LOG_CANDIDATES) {
    const time = reference - years * MS_PER_YEAR;
    if (time < view.start || time >= view.end) continue;
    const label = relativeYears(-years, locale ?? 'en');
    const x = scale(time);
    const width = measure(label);
    if (kept.every((k) => Math.abs(k.x - x) >= Math.max(k.width, width) + gap)) kept.push({ time, label, level: 'minor', x, width });
  }
  kept.sort((a, b) => a.time - b.time);
  return { major: [], minor: kept.map(({ time, label, level }) => ({ time, label, level })), key: 'log-years' };
}
