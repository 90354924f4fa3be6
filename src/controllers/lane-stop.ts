/**
 * Where keyboard focus goes in a lane when the mark that had it is gone: the lane's button (an
 * event's mark, a "+N" mark or its strip's bucket) for the earliest time at or after `time`, else
 * the latest before it. Buttons are compared by time, not by their order in the DOM (a strip's
 * bucket follows the lane's time-ordered marks there).
 */
export function laneStop(root: ParentNode, laneIndex: number, time: number, timeOf: (button: HTMLElement) => number): HTMLElement | null {
  const lane = root.querySelector(`[part~="plot"] [part~="lane"][data-lane="${laneIndex}"]`);
  let after: { button: HTMLElement; time: number } | null = null;
  let before: { button: HTMLElement; time: number } | null = null;
  for (const button of lane?.querySelectorAll<HTMLElement>('button') ?? []) {
    const t = timeOf(button);
    if (t >= time) {
      if (!after || t < after.time) after = { button, time: t };
    } else if (!before || t > before.time) before = { button, time: t };
  }
  return (after ?? before)?.button ?? null;
}
