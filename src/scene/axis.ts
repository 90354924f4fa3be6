/** The axis labels of a frame, placed: each after its boundary, the sticky context label at the start, every one whole and under its own context. */
import { axisTicks, majorGap } from '../layout/ticks.js';
import type { Tick } from '../layout/ticks.js';
import type { TimeScale } from '../layout/scale.js';
import type { Metrics } from './metrics.js';
import type { Measure, SceneTick } from './types.js';

/** Space between a tick's boundary and its label, px. */
const TICK_INSET = 4;

/**
 * The axis of `scale` for `locale`: minor and major labels after their boundaries (a month's name
 * starts at its first day's line, so the events of its first days stand under it), and a major
 * label whose boundary is before the view pinned to the view's start until the next major label
 * pushes it out (they never overlap). A day of the month before whose label would run on under
 * the month's name is left out (see {@link inContext}). `unitMs` and `now`: see {@link axisTicks}.
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
  level?: string,
): { major: SceneTick[]; minor: SceneTick[]; key: string } {
  const ticks = axisTicks(scale, locale, { measure: (t) => measure(t, 'minor'), measureMajor: (t) => measure(t, 'major'), gapPx: metrics.tickGapPx, unitMs, now, leadingUnit: true, level });
  const place = (t: Tick, role: 'major' | 'minor'): SceneTick => {
    const x = scale(t.time);
    const w = measure(t.label, role);
    // A minor one stays marked as the view's leading unit until `leading` pins it (a major one is pinned below).
    return { x, time: t.time, label: t.label, width: w, left: rtl ? x - TICK_INSET - w : x + TICK_INSET, sticky: role === 'minor' && !!t.sticky, shown: true };
  };
  const minor = whole(leading(ticks.minor.map((t) => place(t, 'minor')), width, rtl, metrics.tickGapPx), width, 0, rtl);
  const major = ticks.major.map((t) => atTheEnd(place(t, 'major'), [t.short, t.bare], width, rtl, measure));
  const gap = majorGap(metrics.tickGapPx);
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
 * The label of the day, month or year the view starts in ("Mar" over an event of 16 March before
 * the first boundary in view, "Apr"), pinned to the view's start, as the context label is; left
 * out when it would come closer than `gap` to the next label (the unit's sliver in view is too
 * narrow to name). Its boundary, and so its grid line, is before the view.
 */
function leading(minor: SceneTick[], width: number, rtl: boolean, gap: number): SceneTick[] {
  const [first, next] = minor;
  if (!first?.sticky) return minor;
  const left = rtl ? width - TICK_INSET - first.width : TICK_INSET;
  const fits = !next || (rtl ? left >= next.left + next.width + gap : left + first.width + gap <= next.left);
  return fits ? [{ ...first, left, sticky: true }, ...minor.slice(1)] : minor.slice(1);
}

/**
 * A context label with no room for itself before the plot's end, in the first shorter form that
 * fits ("Aug 2020" over the last 100 px, where "August 2020" needs 105; "Aug" where the year is
 * July's): the events there are otherwise left under the previous unit's label, with no day
 * labels (see {@link inContext}).
 */
function atTheEnd(tick: SceneTick, shorter: ReadonlyArray<string | undefined>, width: number, rtl: boolean, measure: Measure): SceneTick {
  if (rtl ? tick.left >= 0 : tick.left + tick.width <= width) return tick;
  for (const label of shorter) {
    if (label === undefined || label === tick.label) continue;
    const w = measure(label, 'major');
    const left = rtl ? tick.x - TICK_INSET - w : tick.x + TICK_INSET;
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
 * 2020", and read as 30 September.
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
