/**
 * Axis ticks for deep time: views that reach beyond the JavaScript `Date` range, where d3-time
 * cannot step. Ticks fall on round numbers of years before now (1, 2, 5 × 10^k years, from
 * hundreds of billions down to single years), each at the start of the year it names, and read
 * the way people say them ("13.8 billion years ago", "66 million years ago", "now") in any locale.
 *
 * {@link isDeepView} says which axis applies: a view inside the `Date` range keeps `axisTicks`
 * (d3-time, calendar words) exactly as it is. Within a deep view there are no months or days:
 * zoomed into less than a year, the year in view is given as a sticky major tick.
 */
import type { AxisTickOptions, AxisTicks, Tick } from './ticks.js';
import type { TimeSpan } from './types.js';
import { isBeyondDates, MS_PER_YEAR, yearOfMs, yearStartMs } from '../time/years.js';
import { relativeYears } from '../time/year-words.js';

/** Options of {@link deepTicks}. */
export interface DeepTickOptions extends AxisTickOptions {
  /** UTC ms of the present: ticks count whole years back from its year (default: the clock). */
  now?: number;
}

/**
 * True when any part of the view lies beyond what a `Date` can hold (about 271,821 BCE to
 * 275,760 CE): draw it with {@link deepTicks} and a linear scale over ms (`deepTimeScale`);
 * false: `axisTicks` and `scaleUtc`, as before.
 */
export function isDeepView(view: TimeSpan): boolean {
  return isBeyondDates(view.start, view.end);
}

/** 1, 2, 5, 10, 20, 50, … up to 10^12 years. */
const STEPS: number[] = [];
for (let power = 1; power <= 1e12; power *= 10) STEPS.push(power, 2 * power, 5 * power);

const defaultMeasure = (text: string): number => text.length * 7;
/** Steps whose ticks are closer than this are skipped without formatting anything. */
const MIN_SPACING_PX = 16;

/** Ticks every `step` years back from `present`, in `[view.start, view.end)`. */
function yearTicks(view: TimeSpan, step: number, present: number, locale: string | undefined): Tick[] {
  let first = yearOfMs(view.start);
  if (yearStartMs(first) < view.start) first++;
  const ticks: Tick[] = [];
  for (let back = Math.floor((present - first) / step) * step; ; back -= step) {
    const time = yearStartMs(present - back);
    if (!(time < view.end)) break;
    ticks.push({ time, label: relativeYears(-back, locale ?? 'en'), level: 'minor' });
  }
  return ticks;
}

/**
 * The ticks for a deep `view` drawn `widthPx` wide, labelled for `locale`: the finest step of
 * 1, 2 or 5 × 10^k years whose widest label (plus a gap) fits between two ticks. Same shape as
 * `axisTicks`, so the axis draws either; `key` is `years-ago:<step>`.
 * @example deepTicks({ start: yearStartMs(-13.8e9), end: now }, 800, 'en').minor.map((t) => t.label)
 *   // ["12 billion years ago", "10 billion years ago", …, "now"]
 */
export function deepTicks(view: TimeSpan, widthPx: number, locale: string | undefined, options: DeepTickOptions = {}): AxisTicks {
  const measure = options.measure ?? defaultMeasure;
  const gap = options.gapPx ?? 12;
  const span = view.end - view.start;
  if (!(span > 0 && span < Infinity) || !(widthPx > 0)) return { major: [], minor: [], key: '' };
  const present = yearOfMs(options.now ?? Date.now());
  const pxPerYear = (widthPx * MS_PER_YEAR) / span;
  let step = 0;
  let minor: Tick[] = [];
  for (const candidate of STEPS) {
    if (candidate * pxPerYear < MIN_SPACING_PX) continue;
    step = candidate;
    minor = yearTicks(view, step, present, locale);
    let widest = 0;
    for (const tick of minor) widest = Math.max(widest, measure(tick.label));
    if (widest + gap <= step * pxPerYear) break;
  }
  if (step === 0) {
    // Wider than 10^12 years per 16 px: the coarsest step, however close.
    step = STEPS[STEPS.length - 1];
    minor = yearTicks(view, step, present, locale);
  }
  const major: Tick[] = [];
  if (minor.length === 0) {
    const year = yearOfMs(view.start);
    major.push({ time: yearStartMs(year), label: relativeYears(year - present, locale ?? 'en'), level: 'major', sticky: true });
  }
  return { major, minor, key: `years-ago:${step}` };
}
