import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { viewBetween } from '../layout/view.js';
import type { ViewState } from '../layout/view.js';

/** How long an animated move takes, ms. */
const DURATION = 320;

/**
 * Animates the view from one span to another over 320 ms, one `viewBetween` step per frame;
 * instant when the reader prefers reduced motion. Starting a new animation cancels the one
 * running, and so does the host leaving the page.
 */
export class ViewAnimator implements ReactiveController {
  #frame = 0;
  readonly #apply: (view: ViewState, done: boolean) => void;

  /** `apply` gets each frame's view, and `done` on the last. */
  constructor(host: ReactiveControllerHost, apply: (view: ViewState, done: boolean) => void) {
    this.#apply = apply;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  get running(): boolean {
    return this.#frame !== 0;
  }

  animate(from: ViewState, to: ViewState): void {
    this.cancel();
    if (matchMedia('(prefers-reduced-motion: reduce)').matches) {
      this.#apply(to, true);
      return;
    }
    const t0 = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - t0) / DURATION);
      const done = t >= 1;
      this.#frame = done ? 0 : requestAnimationFrame(step);
      this.#apply(viewBetween(from, to, t), done);
    };
    this.#frame = requestAnimationFrame(step);
  }

  cancel(): void {
    if (this.#frame) cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }
}
