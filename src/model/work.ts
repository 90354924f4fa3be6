/**
 * Work that can be done at once or a slice at a time. A long job (reading a million events,
 * ordering them, measuring their labels) is written once, as a generator that yields its progress
 * every so often; {@link finish} runs it to the end in one go (small documents, tests, the pure
 * API), and the element's loader runs it in slices between frames, so the page stays responsive
 * and the reader sees how far it has got.
 */

/** How far a piece of work has got: `done` of `total` units (events, mostly). */
export interface Progress {
  readonly done: number;
  readonly total: number;
}

/** A job that yields its progress (or nothing) between small steps and returns its result. */
export type Work<T> = Generator<Progress | undefined, T, void>;

/**
 * How many items a loop handles between two yields: few enough that a slice ends close to its
 * time budget, many enough that yielding costs nothing next to the work.
 */
export const STEP = 256;

/** Runs `work` to its end at once and returns its result. */
export function finish<T>(work: Work<T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs `work` as the share [from, to] (fractions of 1) of a larger job, so one progress bar goes
 * steadily once through phases that each count from 0 (reading, ordering, measuring, laying out):
 * the progress stays in the phase's units (events), `done / total` is the share of the whole.
 */
export function* phase<T>(work: Work<T>, from: number, to: number): Work<T> {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
    const p = step.value;
    yield p && p.total > 0 ? { done: (from + ((to - from) * Math.min(p.done, p.total)) / p.total) * p.total, total: p.total } : undefined;
  }
}
