/** The axis labels of a frame, placed: each after its boundary, the sticky context label at the start, every one whole. */
import { axisTicks, majorGap } from '../layout/ticks.js';
import type { Tick } from '../layout/ticks.js';
import type { TimeScale } from '../layout/scale.js';
import type { Metrics } from './metrics.js';
import type { Measure, SceneTick } from './types.js';

/** Space between a tick's boundary and its label, px. */
const TICK_INSET = 4;

/**
 * The axis of `scale` for `locale`: minor labels after their boundaries, major ones likewise,
 * and a major label whose boundary is before the view pinned to the view's start until the next
 * major label pushes it out (they never overlap). `unitMs` and `now`: see {@link axisTicks}.
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
  const minor = ticks.minor.map((t) => place(t, 'minor'));
  const major = ticks.major.map((t) => place(t, 'major'));
  const first = major[0];
  if (first && ticks.major[0]!.sticky) {
    const next = major[1];
    // Pinned to the inline start, pushed out by the next label (with a gap) as it arrives.
    const gap = metrics.tickGapPx;
    let left = rtl ? width - TICK_INSET - first.width : TICK_INSET;
    if (next) left = rtl ? Math.max(left, next.left + next.width + gap) : Math.min(left, next.left - gap - first.width);
    // Pushed past the edge, it would show cut ("020"): the next label gives the context then.
    if (rtl ? left + first.width > width : left < 0) major.shift();
    else major[0] = { ...first, left, sticky: true };
  }
  return { major: whole(major, width, majorGap(metrics.tickGapPx), rtl), minor: whole(minor, width, 0, rtl), key: ticks.key };
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
