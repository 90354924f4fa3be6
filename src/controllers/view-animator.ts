import type { ViewState } from '../layout/view.js';

/** True when the reader asked for less motion. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** How long an animated move takes, ms. */
const DURATION = 320;

/**
 * Animates the view from one span to another over `DURATION` ms (ease in-out, interpolating
 * the span geometrically so zooms feel even); instant when the reader prefers reduced motion.
 * Starting a new animation cancels the one running.
 */
export class ViewAnimator {
  private frame = 0;

  constructor(private readonly apply: (view: ViewState, done: boolean) => void) {}

  get running(): boolean {
    return this.frame !== 0;
  }

  animate(from: ViewState, to: ViewState): void {
    this.cancel();
    if (prefersReducedMotion()) {
      this.apply(to, true);
      return;
    }
    const t0 = performance.now();
    const fromSpan = from.end - from.start;
    const toSpan = to.end - to.start;
    const fromMid = from.start + fromSpan / 2;
    const toMid = to.start + toSpan / 2;
    const step = (now: number) => {
      const t = Math.min(1, (now - t0) / DURATION);
      const e = t < 0.5 ? 2 * t * t : 1 - Math.pow(-2 * t + 2, 2) / 2;
      const span = fromSpan * Math.pow(toSpan / fromSpan, e);
      const mid = fromMid + (toMid - fromMid) * e;
      const done = t >= 1;
      this.frame = done ? 0 : requestAnimationFrame(step);
      this.apply(done ? to : { start: mid - span / 2, end: mid + span / 2 }, done);
    };
    this.frame = requestAnimationFrame(step);
  }

  cancel(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }
}
