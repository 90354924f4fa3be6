/**
 * The tick intervals the axis chooses from, finest first, each with its label format and the
 * coarser "context" interval labelled above it (months over years, days over months, …).
 */
import {
  utcDay, utcHour, utcMinute, utcMonth, utcYear,
} from 'd3-time';
import type { CountableTimeInterval, TimeInterval } from 'd3-time';
import { historicalYears } from './year-interval.js';
import { DAY, HOUR, MINUTE as MIN } from './view.js';
import { utcWeekFrom, type WeekDay } from '../time/week-start.js';

/** One candidate level of the axis. */
export interface TickSpec {
  /** Stable name, e.g. `"month:3"`. */
  readonly key: string;
  /** The d3-time UTC interval of the minor ticks. */
  readonly interval: TimeInterval;
  /** The shortest distance between two minor ticks, ms (a 28-day month, a 365-day year). */
  readonly minStepMs: number;
  /** Format of minor labels (`era` is added to formats with a year when the view starts before 1 CE). */
  readonly format: Intl.DateTimeFormatOptions;
  /** The context interval and format of major labels; none for the year levels. */
  readonly major?: MajorSpec;
}

/** The context ("major") labels above a level's ticks. */
export interface MajorSpec {
  readonly key: string;
  readonly interval: TimeInterval;
  readonly format: Intl.DateTimeFormatOptions;
  /** A shorter format ("Sep 2014" for "September 2014") for a zoom where the long one does not fit between two major ticks. */
  readonly short?: Intl.DateTimeFormatOptions;
  /**
   * The short format without its year ("Aug" for "Aug 2020"), for the last context label at the
   * plot's end when even the short one has no room there and the year is the one before it.
   */
  readonly bare?: Intl.DateTimeFormatOptions;
}

const YEAR = 365 * DAY;

const hm: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
const byDay: MajorSpec = { key: 'day', interval: utcDay, format: { day: 'numeric', month: 'long', year: 'numeric' }, short: { day: 'numeric', month: 'short', year: 'numeric' }, bare: { day: 'numeric', month: 'short' } };
const byMonth: MajorSpec = { key: 'month', interval: utcMonth, format: { month: 'long', year: 'numeric' }, short: { month: 'short', year: 'numeric' }, bare: { month: 'short' } };
const byYear: MajorSpec = { key: 'year', interval: utcYear, format: { year: 'numeric' } };

function every(interval: CountableTimeInterval, step: number): TimeInterval {
  return step === 1 ? interval : interval.every(step)!;
}

function years(step: number): TickSpec {
  return { key: `year:${step}`, interval: step === 1 ? utcYear : historicalYears(step), minStepMs: step * YEAR, format: { year: 'numeric' } };
}

/** All levels, finest first, with weeks from Sunday (see {@link tickSpecs} for a locale's weeks). */
export const TICK_SPECS: readonly TickSpec[] = [
  { key: 'minute:15', interval: every(utcMinute, 15), minStepMs: 15 * MIN, format: hm, major: byDay },
  { key: 'minute:30', interval: every(utcMinute, 30), minStepMs: 30 * MIN, format: hm, major: byDay },
  { key: 'hour:1', interval: utcHour, minStepMs: HOUR, format: hm, major: byDay },
  { key: 'hour:3', interval: every(utcHour, 3), minStepMs: 3 * HOUR, format: hm, major: byDay },
  { key: 'hour:6', interval: every(utcHour, 6), minStepMs: 6 * HOUR, format: hm, major: byDay },
  { key: 'hour:12', interval: every(utcHour, 12), minStepMs: 12 * HOUR, format: hm, major: byDay },
  { key: 'day:1', interval: utcDay, minStepMs: DAY, format: { day: 'numeric' }, major: byMonth },
  { key: 'week:1', interval: utcWeekFrom(0), minStepMs: 7 * DAY, format: { day: 'numeric' }, major: byMonth },
  { key: 'month:1', interval: utcMonth, minStepMs: 28 * DAY, format: { month: 'short' }, major: byYear },
  { key: 'month:3', interval: every(utcMonth, 3), minStepMs: 89 * DAY, format: { month: 'short' }, major: byYear },
  years(1), years(2), years(5), years(10), years(20), years(50), years(100), years(200), years(500),
  years(1000), years(2000), years(5000), years(10_000), years(50_000), years(100_000),
];

const byWeekStart: (readonly TickSpec[] | undefined)[] = [TICK_SPECS];

/** The levels with weeks that start on `day` (0 for Sunday … 6 for Saturday; see `weekStart`). */
export function tickSpecs(day: WeekDay): readonly TickSpec[] {
  return (byWeekStart[day] ??= TICK_SPECS.map((spec) => (spec.key === 'week:1' ? { ...spec, interval: utcWeekFrom(day) } : spec)));
}
