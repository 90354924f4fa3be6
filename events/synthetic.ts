/**
 * A seeded synthetic timeline for the benchmark and the large demo page: many events over
 * many years in several lanes, a share of them ranges, most dated to the day and some only
 * to the month. The same options always give the same document.
 */
import type { TimelineDocument, TimelineEvent, TimelineLane } from '../src/model/types.js';

/** Options of {@link syntheticTimeline}. */
export interface SyntheticOptions {
  /** How many events. */
  count: number;
  /** Seed of the pseudo-random sequence; the same seed gives the same document. */
  seed: number;
  /** How many calendar years the events span, from `startYear` (default 20). */
  years?: number;
  /** How many lanes (default 6). */
  lanes?: number;
  /** Share of events that are ranges (have an `end`), exactly rounded down (default 1/3). */
  rangeFraction?: number;
  /** The first year (default 2005). */
  startYear?: number;
  /** Share of events dated only to the month, `YYYY-MM` (default 0.1). */
  monthFraction?: number;
  /**
   * Events bunch in time, differently in each lane (a busy stretch of a few years, a slow rise or
   * fall, quieter summers) instead of falling evenly over the years (default false: even).
   */
  shaped?: boolean;
}

/** mulberry32: a small, fast 32-bit PRNG; returns numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const laneNames = ['Politics', 'Science', 'Business', 'Culture', 'Sport', 'Technology', 'Health', 'Environment'];
const laneColors = ['#3a78c9', '#c65a1e', '#12876f', '#a45ec2', '#d1345b', '#8a7a12', '#2f74c0', '#0e8569'];

const subjects = [
  'Parliament', 'Court', 'Ministry', 'Council', 'Committee', 'Agency', 'Union', 'Startup', 'Museum',
  'Orchestra', 'Laboratory', 'Observatory', 'Team', 'League', 'Hospital', 'University', 'Festival',
  'Central bank', 'Regulator', 'Mission',
];
const verbs = [
  'approves', 'rejects', 'announces', 'opens', 'closes', 'launches', 'publishes', 'reviews', 'funds',
  'suspends', 'extends', 'wins', 'loses', 'postpones', 'confirms', 'delays',
];
const objects = [
  'budget', 'reform plan', 'inquiry', 'merger', 'trial', 'season', 'exhibition', 'satellite',
  'vaccine study', 'election', 'strike', 'treaty', 'report', 'tour', 'new headquarters', 'final',
  'safety review', 'climate target', 'data law', 'open-source release',
];
const qualifiers = ['', '', '', ' after long talks', ' for a second year', ' in the capital', ' amid protests', ' ahead of schedule'];

const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/** Every day and every month of the span as ISO strings, with each day's month index. */
function calendar(startYear: number, years: number) {
  const days: string[] = [];
  const dayMonth: number[] = [];
  const months: string[] = [];
  for (let y = startYear; y < startYear + years; y++) {
    for (let m = 1; m <= 12; m++) {
      const prefix = `${String(y).padStart(4, '0')}-${pad2(m)}`;
      months.push(prefix);
      for (let d = 1, n = daysInMonth(y, m); d <= n; d++) {
        days.push(`${prefix}-${pad2(d)}`);
        dayMonth.push(months.length - 1);
      }
    }
  }
  return { days, dayMonth, months };
}

/** Durations of ranges in days: mostly short, some long (up to about two years). */
function rangeDays(rng: () => number): number {
  const r = rng();
  if (r < 0.5) return 1 + Math.floor(rng() * 14);
  if (r < 0.85) return 14 + Math.floor(rng() * 120);
  return 120 + Math.floor(rng() * 600);
}

/**
 * A day (index among `n`) for an event of lane `lane`, drawn more often where the lane is busy:
 * a peak of a few years somewhere different in each lane, a slow rise (even lanes) or fall (odd
 * ones), and quieter summers. Rejection sampling: a day is kept with its weight's probability.
 */
function shapedDay(rng: () => number, n: number, lane: number, years: number): number {
  const peak = 0.1 + ((0.37 * lane + 0.2) % 0.8);
  for (;;) {
    const day = Math.floor(rng() * n);
    const x = day / n;
    const trend = lane % 2 ? 1 - x : x;
    const season = Math.cos(2 * Math.PI * x * years) * 0.5 + 0.5;
    const weight = 0.1 + 0.25 * trend + 0.55 * Math.exp(-((x - peak) ** 2) / 0.004) + 0.1 * season;
    if (rng() < weight) return day;
  }
}

/**
 * A deterministic synthetic timeline.
 * @example syntheticTimeline({ count: 100_000, seed: 1 }) // 100,000 events, 2005–2024, 6 lanes
 */
export function syntheticTimeline(options: SyntheticOptions): TimelineDocument {
  const { count, seed, years = 20, lanes: laneCount = 6, rangeFraction = 1 / 3, startYear = 2005, monthFraction = 0.1, shaped = false } = options;
  const rng = mulberry32(seed);
  const { days, dayMonth, months } = calendar(startYear, Math.max(1, years));
  const lanes: TimelineLane[] = [];
  for (let i = 0; i < Math.max(1, laneCount); i++) {
    const name = laneNames[i % laneNames.length];
    lanes.push({
      id: `lane-${i + 1}`,
      label: i < laneNames.length ? name : `${name} ${Math.floor(i / laneNames.length) + 1}`,
      color: laneColors[i % laneColors.length],
    });
  }
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)];
  const events: TimelineEvent[] = new Array(Math.max(0, count));
  for (let i = 0; i < events.length; i++) {
    const laneIndex = Math.floor(rng() * lanes.length);
    const lane = lanes[laneIndex];
    const isRange = Math.floor((i + 1) * rangeFraction) > Math.floor(i * rangeFraction);
    const byMonth = rng() < monthFraction;
    const first = shaped ? shapedDay(rng, days.length, laneIndex, Math.max(1, years)) : Math.floor(rng() * days.length);
    const last = isRange ? Math.min(days.length - 1, first + rangeDays(rng)) : first;
    const title = `${pick(subjects)} ${pick(verbs)} ${pick(objects)}${pick(qualifiers)}`;
    const id = `e${i + 1}`;
    const start = byMonth ? months[dayMonth[first]] : days[first];
    const summary = `Synthetic event ${i + 1} in ${lane.label}.`;
    events[i] = isRange
      ? { id, start, end: byMonth ? months[dayMonth[last]] : days[last], title, summary, lane: lane.id }
      : { id, start, title, summary, lane: lane.id };
  }
  return {
    title: `Synthetic timeline (${count.toLocaleString('en')} events, seed ${seed})`,
    description: `Generated: ${count.toLocaleString('en-US')} events over ${years} years from ${startYear} in ${lanes.length} lanes.`,
    lanes,
    events,
  };
}
