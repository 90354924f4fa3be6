/** The axis labels of a frame, placed: each after its boundary (a context label clear of the unit before it), the sticky context label at the start, every one whole and under its own context. */
import { axisTicks, majorGap } from '../layout/ticks.js';
import type { Tick } from '../layout/ticks.js';
import type { TimeScale } from '../layout/scale.js';
import type { Metrics } from './metrics.js';
import type { Measure, SceneTick } from './types.js';

/** Space between a tick's boundary and its label, px. */
const TICK_INSET = 4;

/**
 * The axis of `scale` for `locale`: minor labels after their boundaries, major ones likewise
 * (or after their unit's first tick, see {@link clearOfPrevious}), and a major label whose
 * boundary is before the view pinned to the view's start until the next major label pushes it
 * out (they never overlap). `unitMs` and `now`: see {@link axisTicks}.
 */
export function sceneAxis(
  scale: TimeScale,
  width: number,
  rtl: boolean,
  locale: string,
  metrics: Metrics,
  measure: Measure,
  unitMs?: number,
  now?: number,
): { major: SceneTick[]; minor: SceneTick[]; key: string } {
  const ticks = axisTicks(scale, locale, { measure: (t) => measure(t, 'minor'), measureMajor: (t) => measure(t, 'major'), gapPx: metrics.tickGapPx, unitMs, now });
  const place = (t: Tick, role: 'major' | 'minor'): SceneTick => {
    const x = scale(t.time);
    const w = measure(t.label, role);
    return { x, time: t.time, label: t.label, width: w, left: rtl ? x - TICK_INSET - w : x + TICK_INSET, sticky: false, shown: true };
  };
  const minor = whole(ticks.minor.map((t) => place(t, 'minor')), width, 0, rtl);
  const placed = ticks.major.map((t) => atTheEnd(place(t, 'major'), [t.short, t.bare], width, rtl, measure));
  const gap = majorGap(metrics.tickGapPx);
  // Moved off the unit before it, a label may now run past the end: its short form, where it was moved to.
  const major = placed.map((t, i) => shortIfCut(clearOfPrevious(t, minor, placed[i + 1], gap, rtl), [ticks.major[i]!.short, ticks.major[i]!.bare], width, rtl, measure));
  const first = major[0];
  if (first && ticks.major[0]!.sticky) {
    const next = major[1];
    // Pinned to the inline start, pushed out by the next label (with a gap) as it arrives.
    const push = metrics.tickGapPx;
    let left = rtl ? width - TICK_INSET - first.width : TICK_INSET;
    if (next) left = rtl ? Math.max(left, next.left + next.width + push) : Math.min(left, next.left - push - first.width);
    // Pushed past the edge, it would show cut ("020"): the next label gives the context then.
    if (rtl ? left + first.width > width : left < 0) major.shift();
    else major[0] = { ...first, left, sticky: true };
  }
  const shown = whole(major, width, gap, rtl);
  return { major: shown, minor: inContext(minor, shown), key: ticks.key };
}

/**
 * A context label with no room for itself before the plot's end, in the first shorter form that
 * fits ("Aug 2020" over the last 100 px, where "August 2020" needs 105; "Aug" where the year is
 * July's): the events there are otherwise left under the previous unit's label, with no day
 * labels (see {@link inContext}).
 */
function atTheEnd(tick: SceneTick, shorter: ReadonlyArray<string | undefined>, width: number, rtl: boolean, measure: Measure): SceneTick {
  return fitEnd(tick, shorter, width, rtl, measure, (w) => (rtl ? tick.x - TICK_INSET - w : tick.x + TICK_INSET));
}

/** A label that runs past the plot's end in the first shorter form that fits, from the same inline start (where it was moved to). */
function shortIfCut(tick: SceneTick, shorter: ReadonlyArray<string | undefined>, width: number, rtl: boolean, measure: Measure): SceneTick {
  return fitEnd(tick, shorter, width, rtl, measure, (w) => (rtl ? tick.left + tick.width - w : tick.left));
}

function fitEnd(tick: SceneTick, shorter: ReadonlyArray<string | undefined>, width: number, rtl: boolean, measure: Measure, leftFor: (w: number) => number): SceneTick {
  if (rtl ? tick.left >= 0 : tick.left + tick.width <= width) return tick;
  for (const label of shorter) {
    if (label === undefined || label === tick.label) continue;
    const w = measure(label, 'major');
    const left = leftFor(w);
    if (rtl ? left >= 0 : left + w <= width) return { ...tick, label, width: w, left };
  }
  return tick;
}

/**
 * Minor labels are shown only inside their own context, their grid lines kept. Those whose context
 * label is not shown are left out: with no room for "August 2020" at the plot's end, "3" and "10"
 * after 1 August stood under "July 2020" and read as July's days (likewise the days before the
 * first context label when the pinned one was pushed out). So is one that runs on past the next
 * context boundary: "30" of 30 August crossed the line of 1 September and stood under "September
 * 2020" (which could not be moved off it, see {@link clearOfPrevious}), and read as 30 September.
 * An axis without context labels (years, deep time's years ago) keeps all its own.
 */
function inContext(minor: SceneTick[], major: readonly SceneTick[]): SceneTick[] {
  if (!major.length) return minor;
  let k = -1;
  return minor.map((m) => {
    while (k + 1 < major.length && major[k + 1]!.time <= m.time) k++;
    if (!m.shown) return m;
    // The next boundary is after the label's tick in reading order: leftwards right to left.
    const next = major[k + 1];
    const crosses = next !== undefined && (next.x < m.x ? m.left < next.x : m.left + m.width > next.x);
    return !major[k]?.shown || crosses ? { ...m, shown: false } : m;
  });
}

/**
 * A context label moved off a label of the unit before it: "February 2011" written from its
 * boundary stands over January's last week tick just before it ("30", as day labels run after
 * their ticks), and reads "30 February". It then starts at the first shown tick of its own unit
 * ("6"), its grid line staying at the boundary. Unmoved when no earlier label is under it, when
 * its unit has no shown tick before the next context boundary, or when moved it would come closer
 * than `gap` to the next context label (which would then not be shown: a year's change, "January
 * 2015", matters more than the ambiguity).
 */
function clearOfPrevious(tick: SceneTick, minor: readonly SceneTick[], next: SceneTick | undefined, gap: number, rtl: boolean): SceneTick {
  const right = tick.left + tick.width;
  const under = minor.some((m) => m.shown && m.time < tick.time && m.left < right && m.left + m.width > tick.left);
  if (!under) return tick;
  const own = minor.find((m) => m.shown && m.time >= tick.time);
  if (!own || own.time === tick.time || (next && own.time >= next.time)) return tick;
  const left = rtl ? own.x - TICK_INSET - tick.width : own.x + TICK_INSET;
  if (next && (rtl ? left < next.left + next.width + gap : left + tick.width + gap > next.left)) return tick;
  return { ...tick, left };
}

/**
 * Only whole labels are shown: none cut by the plot's edges (a label sliding in at the end
 * appears once it fits) and, in reading order (leftwards in right-to-left layouts), none closer
 * than `gap` to the one shown before it (a context label that would run into the next is left out
 * rather than read as one word: "September 2014October 2014"). Every tick keeps its grid line.
 */
function whole(ticks: SceneTick[], width: number, gap: number, rtl: boolean): SceneTick[] {
  // The ticks come in time order, which is reading order; `free` is how far the next label may
  // reach back towards the last one shown.
  let free = rtl ? Infinity : -Infinity;
  return ticks.map((t) => {
    const right = t.left + t.width;
    if (t.left < 0 || right > width || (rtl ? right > free : t.left < free)) return { ...t, shown: false };
    free = rtl ? t.left - gap : right + gap;
    return t;
  });
}
