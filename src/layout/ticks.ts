/**
 * Axis ticks for a view: each candidate interval's boundaries come from the time scale
 * (`scale.ticks(interval)`), the finest interval whose widest label fits between two ticks wins,
 * and `Intl` formats the labels. Two label levels: minor ticks (months, days, hours…) under major
 * context ticks (years, months, days). Runs every frame: formatters are cached and at most a few
 * dozen labels are formatted per candidate level.
 */
import { utcFormatter, utcYearOf } from './format.js';
import { TICK_SPECS, tickSpecs } from './tick-specs.js';
import { weekStart } from '../time/week-start.js';
import { withEraWords } from '../model/date-words.js';
import type { MajorSpec, TickSpec } from './tick-specs.js';
import { isDeepScale, msPerPixel } from './scale.js';
import type { TimeScale, UtcScale } from './scale.js';
import { deepTicks } from './deep-ticks.js';
import { UNITS_IN_VIEW } from './view.js';

/** One tick of the axis. */
export interface Tick {
  /** UTC ms of the boundary the tick marks. */
  readonly time: number;
  /** Formatted label. */
  readonly label: string;
  readonly level: 'major' | 'minor';
  /**
   * A tick whose boundary is before the view (time < view start), added so the reader always sees
   * the context ("June 2020"), or (with {@link AxisTickOptions.leadingUnit}) the name of the day,
   * month or year the view starts in ("Mar"): draw it pinned to the view's leading edge.
   */
  readonly sticky?: boolean;
  /**
   * A major label in its level's short format ("Aug 2020"), where the axis uses the long one:
   * for the label that has no room for its own at the plot's end, which would otherwise wait and
   * leave the unit's start with no context over it.
   */
  readonly short?: string;
  /**
   * A major label without its year ("Aug"), where the unit before it is in the same year (so the
   * label before it names the year): for the last label at the plot's end, when even the short
   * one has no room there.
   */
  readonly bare?: string;
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
  /** Width of a minor label in px; default `text.length * 7`. */
  measure?: (text: string) => number;
  /**
   * Width of a major label in px (its own font). Given, a zoom where the long context labels
   * ("September 2014") do not fit between their ticks gets the short ones ("Sep 2014").
   */
  measureMajor?: (text: string) => number;
  /** Minimum free space between two minor labels, px (default 12). */
  gapPx?: number;
  /**
   * The shortest step worth labelling, ms: the unit the events in view are known to (a day for
   * day-precision dates). Finer levels are skipped while the view spans at least three such
   * units, so dates known only to the day never sit on hour ticks unless the reader zooms there.
   */
  unitMs?: number;
  /** Skip levels finer than `unitMs` whatever the span (a piece of a longer axis: the vertical list's gaps). */
  unitAlways?: boolean;
  /** UTC ms of the present, from which a view beyond the `Date` range counts years (default: the clock). */
  now?: number;
  /**
   * Add a sticky minor tick for the unit the view starts in when its labels name whole units (a
   * day, a month, a year: "Mar" is all of March, where a week's "8" is one day of it): an event in
   * the strip before the first boundary in view had no month over it.
   */
  leadingUnit?: boolean;
  /**
   * The level to draw, by its `key` (its labels' widths are not judged again): an axis drawn wider
   * than the plot to slide under it while the reader pans keeps the plot's own level, which the
   * labels of a wider view could have made coarser for the length of the slide.
   */
  level?: string;
}

/** Levels whose labels name the whole unit up to the next tick (see {@link AxisTickOptions.leadingUnit}). */
const WHOLE_UNITS = new Set(['day:1', 'month:1', 'year:1']);

const defaultMeasure = (text: string): number => text.length * 7;
/** Candidates whose ticks are closer than this are skipped without formatting anything. */
const MIN_SPACING_PX = 16;

/**
 * The ticks for the view of `scale`, labelled for `locale`: the finest interval whose widest
 * minor label (plus a gap) fits between two ticks. Labels of years before 1 CE carry the era
 * ("45 BC"); so do all labels of a view that starts before 1 CE. A view beyond the `Date` range
 * (a {@link DeepScale}) has no calendar: its ticks are round numbers of years before `now`
 * ({@link deepTicks}).
 */
export function axisTicks(scale: TimeScale, locale: string | undefined, options: AxisTickOptions = {}): AxisTicks {
  if (isDeepScale(scale)) {
    const [start, end] = scale.domain();
    const [x0, x1] = scale.range();
    return deepTicks({ start: start!, end: end! }, Math.abs(x1! - x0!), locale, options);
  }
  const measure = options.measure ?? defaultMeasure;
  const gap = options.gapPx ?? 12;
  const [d0, d1] = scale.domain();
  const start = +d0!;
  const span = +d1! - start;
  const msPerPx = msPerPixel(scale);
  if (!(span > 0) || !(msPerPx > 0) || !Number.isFinite(msPerPx)) return { major: [], minor: [], key: '' };
  const unit = options.unitMs && (options.unitAlways || span >= UNITS_IN_VIEW * options.unitMs * 0.999) ? options.unitMs : 0;
  const era = utcYearOf(start) <= 0;
  let chosen: { spec: TickSpec; minor: Tick[] } | undefined;
  // Week ticks fall on the day the locale's weeks start on.
  const specs = tickSpecs(weekStart(locale));
  const kept = options.level ? specs.find((s) => s.key === options.level) : undefined;
  if (kept) chosen = { spec: kept, minor: minorTicks(kept, scale, locale, era) };
  else for (const spec of specs) {
    const spacing = spec.minStepMs / msPerPx;
    if (spacing < MIN_SPACING_PX || spec.minStepMs < unit * 0.9) continue;
    const minor = minorTicks(spec, scale, locale, era);
    const widest = widestLabel(minor, spec, start, locale, era, measure);
    chosen = { spec, minor };
    if (widest + gap <= spacing) break;
  }
  if (!chosen) {
    const spec = TICK_SPECS[TICK_SPECS.length - 1];
    chosen = { spec, minor: minorTicks(spec, scale, locale, era) };
  }
  const minor = options.leadingUnit && WHOLE_UNITS.has(chosen.spec.key) ? withLeading(chosen.minor, chosen.spec, start, locale, era) : chosen.minor;
  return { minor, major: majorTicks(chosen.spec, scale, locale, era, msPerPx, majorGap(gap), options.measureMajor), key: chosen.spec.key };
}

const withEras = new WeakMap<Intl.DateTimeFormatOptions, Intl.DateTimeFormatOptions>();

/** `format` with the era added (one object per format, so formatters are found by identity). */
function withEra(format: Intl.DateTimeFormatOptions, era: boolean): Intl.DateTimeFormatOptions {
  // Intl cannot pair an era with a month or day alone ("BC (month: Jan)"): only formats with a year get one.
  if (!era || !format.year) return format;
  let withIt = withEras.get(format);
  if (!withIt) withEras.set(format, (withIt = { ...format, era: 'short' }));
  return withIt;
}

/** Dates d3-time steps to can fall outside what a Date holds near ±8.64e15 ms: those are skipped. */
const isValid = (date: Date): boolean => Number.isFinite(date.getTime());

/**
 * d3-time's stepped intervals (`every(15)`) loop for ever once a step leaves what a Date can hold,
 * so boundaries are never asked for in the last year at either end of the Date range.
 */
const SAFE = 8.64e15 - 366 * 86_400_000;

/** The scale's boundaries of `interval` inside its domain (end excluded), in time order. */
function boundaries(scale: UtcScale, interval: TickSpec['interval']): Date[] {
  const [d0, d1] = scale.domain();
  const from = Math.max(+d0!, -SAFE);
  const to = Math.min(+d1!, SAFE);
  if (!(to > from)) return [];
  const safe = from === +d0! && to === +d1! ? scale : scale.copy().domain([from, to]);
  return safe
    .ticks(interval)
    .filter((d) => isValid(d) && +d >= from && +d < to)
    .sort((a, b) => +a - +b);
}

/**
 * The least free space after a context ("major") label, from the minor labels' gap: half of it.
 * Context labels stand on their own grid lines, a step apart (months, days), and "September 2020
 * October 2020" reads as two at 10 px where a row of day numbers needs more.
 */
export function majorGap(gap: number): number {
  return gap / 2;
}

/** Labels already formatted, per formatter: a pan step meets the same boundaries frame after frame. */
const labels = new WeakMap<Intl.DateTimeFormat, Map<number, string>>();
const LABELS_PER_FORMAT = 2000;

/** A year as the locale writes it (its calendar's), to tell whether two dates share one. */
const YEAR_ONLY: Intl.DateTimeFormatOptions = { year: 'numeric' };

/** `date` formatted by `formatter`, remembered; an era in the locale's words ("3500 BCE", as cards write it). */
function labelOf(formatter: Intl.DateTimeFormat, date: Date): string {
  let known = labels.get(formatter);
  if (!known) labels.set(formatter, (known = new Map()));
  const time = date.getTime();
  let label = known.get(time);
  if (label === undefined) {
    if (known.size >= LABELS_PER_FORMAT) known.clear();
    const { era, locale } = formatter.resolvedOptions();
    label = era ? withEraWords(formatter.formatToParts(date), locale) : formatter.format(date);
    known.set(time, label);
  }
  return label;
}

function minorTicks(spec: TickSpec, scale: UtcScale, locale: string | undefined, era: boolean): Tick[] {
  const formatter = utcFormatter(locale, withEra(spec.format, era));
  return boundaries(scale, spec.interval).map((date) => ({ time: date.getTime(), label: labelOf(formatter, date), level: 'minor' as const }));
}

/** `ticks` with a sticky one first for the unit `start` falls in, when no tick is at `start`. */
function withLeading(ticks: Tick[], spec: TickSpec, start: number, locale: string | undefined, era: boolean): Tick[] {
  if (ticks.length && ticks[0]!.time <= start) return ticks;
  const first = Math.abs(start) < SAFE ? spec.interval.floor(new Date(start)) : new Date(NaN);
  if (!isValid(first)) return ticks;
  return [{ time: first.getTime(), label: labelOf(utcFormatter(locale, withEra(spec.format, era)), first), level: 'minor', sticky: true }, ...ticks];
}

function widestLabel(
  ticks: Tick[],
  spec: TickSpec,
  start: number,
  locale: string | undefined,
  era: boolean,
  measure: (text: string) => number,
): number {
  if (ticks.length === 0) {
    // No boundary in view: measure the label the nearest boundary would have.
    const date = Math.abs(start) < SAFE ? spec.interval.floor(new Date(start)) : new Date(NaN);
    return isValid(date) ? measure(labelOf(utcFormatter(locale, withEra(spec.format, era)), date)) : 0;
  }
  let widest = 0;
  for (const tick of ticks) widest = Math.max(widest, measure(tick.label));
  return widest;
}

/**
 * The format of a level's major labels at this zoom: the long one when every month's label (in
 * the view's first year) fits its own span with a gap ("September 2014" its 30 days, "February"
 * its 28), else the short one for all. It depends on the zoom and the first year's digits, never
 * on which months are in view, so a pan switches it only across a year that changes its width
 * (999 to 1000, 1 BCE to 1 CE).
 */
function majorFormat(major: MajorSpec, start: number, locale: string | undefined, era: boolean, msPerPx: number, gap: number, measure: (text: string) => number): Intl.DateTimeFormatOptions {
  const format = withEra(major.format, era);
  if (!major.short) return format;
  const formatter = utcFormatter(locale, format);
  const year = utcYearOf(start);
  for (let month = 0; month < 12; month++) {
    const sample = new Date(0);
    sample.setUTCFullYear(year, month, 28);
    if (!isValid(sample)) continue;
    const from = major.interval.floor(sample);
    const to = major.interval.offset(from, 1);
    // The month the Date range begins in (20 April 271821 BCE) starts before it.
    if (!isValid(from) || !isValid(to)) continue;
    if (measure(labelOf(formatter, from)) + gap > (+to - +from) / msPerPx) return withEra(major.short, era);
  }
  return format;
}

function majorTicks(spec: TickSpec, scale: UtcScale, locale: string | undefined, era: boolean, msPerPx: number, gap: number, measure?: (text: string) => number): Tick[] {
  const major = spec.major;
  if (!major) return [];
  const start = +scale.domain()[0]!;
  const format = measure ? majorFormat(major, start, locale, era, msPerPx, gap, measure) : withEra(major.format, era);
  const formatter = utcFormatter(locale, format);
  // The shorter forms are for the plot's axis (which measures); the phone list's gaps have none.
  const short = measure && major.short && format !== withEra(major.short, era) ? utcFormatter(locale, withEra(major.short, era)) : null;
  // Without the year only in the common era: "44 BCE" is not a year a reader supplies. The year
  // is compared as the locale writes it (a Persian or Japanese year changes in another month).
  const bare = measure && major.bare && !era ? utcFormatter(locale, major.bare) : null;
  const year = bare ? utcFormatter(locale, YEAR_ONLY) : null;
  const ticks: Tick[] = boundaries(scale, major.interval).map((date) => {
    const tick: Tick = { time: date.getTime(), label: labelOf(formatter, date), level: 'major' as const };
    if (!short && !bare) return tick;
    const sameYear = bare && year && labelOf(year, major.interval.offset(date, -1)) === labelOf(year, date);
    return {
      ...tick,
      ...(short ? { short: labelOf(short, date) } : {}),
      ...(sameYear ? { bare: labelOf(bare, date) } : {}),
    };
  });
  if (ticks.length === 0 || ticks[0].time > start) {
    const first = Math.abs(start) < SAFE ? major.interval.floor(new Date(start)) : new Date(NaN);
    if (isValid(first)) ticks.unshift({ time: first.getTime(), label: labelOf(formatter, first), level: 'major', sticky: true });
  }
  return ticks;
}
