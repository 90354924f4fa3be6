/**
 * Axis ticks for a view: d3-time chooses the interval that fits the pixel width, `Intl` formats
 * the labels. Two label levels: minor ticks (months, days, hours…) under major context ticks
 * (years, months, days). Runs every frame: formatters are cached and at most a few dozen labels
 * are formatted per candidate level.
 */
import { utcFormatter, utcYearOf } from './format.js';
import { TICK_SPECS } from './tick-specs.js';
import type { TickSpec } from './tick-specs.js';
import type { ViewState } from './view.js';

/** One tick of the axis. */
export interface Tick {
  /** UTC ms of the boundary the tick marks. */
  readonly time: number;
  /** Formatted label. */
  readonly label: string;
  readonly level: 'major' | 'minor';
  /**
   * A major tick whose boundary is left of the view (time < view.start), added so the reader always
   * sees the context ("June 2020"): draw it pinned to the view's leading edge.
   */
  readonly sticky?: boolean;
}

/** The ticks of one axis frame. */
export interface AxisTicks {
  readonly major: Tick[];
  readonly minor: Tick[];
  /** The chosen minor level, e.g. `"month:1"`, `"hour:6"`, `"year:100"`. */
  readonly key: string;
}

/** Options of {@link axisTicks}. */
export interface AxisTickOptions {
  /** Width of a label in px; default `text.length * 7`. The element may pass a cached canvas measure. */
  measure?: (text: string) => number;
  /** Minimum free space between two minor labels, px (default 12). */
  gapPx?: number;
}

const defaultMeasure = (text: string): number => text.length * 7;
/** Candidates whose ticks are closer than this are skipped without formatting anything. */
const MIN_SPACING_PX = 16;

/**
 * The ticks for `view` drawn `widthPx` wide, labelled for `locale`: the finest interval whose
 * widest minor label (plus a gap) fits between two ticks. Labels of years before 1 CE carry
 * the era ("45 BC"); so do all labels of a view that starts before 1 CE.
 */
export function axisTicks(
  view: ViewState,
  widthPx: number,
  locale: string | undefined,
  options: AxisTickOptions = {},
): AxisTicks {
  const measure = options.measure ?? defaultMeasure;
  const gap = options.gapPx ?? 12;
  const span = view.end - view.start;
  if (!(span > 0) || !(widthPx > 0)) return { major: [], minor: [], key: '' };
  const msPerPx = span / widthPx;
  const era = utcYearOf(view.start) <= 0;
  let chosen: { spec: TickSpec; minor: Tick[] } | undefined;
  for (const spec of TICK_SPECS) {
    const spacing = spec.minStepMs / msPerPx;
    if (spacing < MIN_SPACING_PX) continue;
    const minor = minorTicks(spec, view, locale, era);
    const widest = widestLabel(minor, spec, view, locale, era, measure);
    chosen = { spec, minor };
    if (widest + gap <= spacing) break;
  }
  if (!chosen) {
    const spec = TICK_SPECS[TICK_SPECS.length - 1];
    chosen = { spec, minor: minorTicks(spec, view, locale, era) };
  }
  return { minor: chosen.minor, major: majorTicks(chosen.spec, view, locale, era), key: chosen.spec.key };
}

function withEra(format: Intl.DateTimeFormatOptions, era: boolean): Intl.DateTimeFormatOptions {
  // Intl cannot pair an era with a month or day alone ("BC (month: Jan)"): only formats with a year get one.
  return era && format.year ? { ...format, era: 'short' } : format;
}

/** Dates d3-time steps to can fall outside what a Date holds near ±8.64e15 ms: those are skipped. */
const isValid = (date: Date): boolean => Number.isFinite(date.getTime());

function minorTicks(spec: TickSpec, view: ViewState, locale: string | undefined, era: boolean): Tick[] {
  const formatter = utcFormatter(locale, withEra(spec.format, era));
  return spec.interval
    .range(new Date(view.start), new Date(view.end))
    .filter(isValid)
    .map((date) => ({ time: date.getTime(), label: formatter.format(date), level: 'minor' as const }));
}

function widestLabel(
  ticks: Tick[],
  spec: TickSpec,
  view: ViewState,
  locale: string | undefined,
  era: boolean,
  measure: (text: string) => number,
): number {
  if (ticks.length === 0) {
    // No boundary in view: measure the label the nearest boundary would have.
    const date = spec.interval.floor(new Date(view.start));
    return isValid(date) ? measure(utcFormatter(locale, withEra(spec.format, era)).format(date)) : 0;
  }
  let widest = 0;
  for (const tick of ticks) widest = Math.max(widest, measure(tick.label));
  return widest;
}

function majorTicks(spec: TickSpec, view: ViewState, locale: string | undefined, era: boolean): Tick[] {
  const major = spec.major;
  if (!major) return [];
  const formatter = utcFormatter(locale, withEra(major.format, era));
  const ticks: Tick[] = major.interval
    .range(new Date(view.start), new Date(view.end))
    .filter(isValid)
    .map((date) => ({ time: date.getTime(), label: formatter.format(date), level: 'major' as const }));
  if (ticks.length === 0 || ticks[0].time > view.start) {
    const first = major.interval.floor(new Date(view.start));
    if (isValid(first)) ticks.unshift({ time: first.getTime(), label: formatter.format(first), level: 'major', sticky: true });
  }
  return ticks;
}
