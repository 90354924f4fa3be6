import type { Progress, Work } from '../model/work.js';

/**
 * Work that takes longer than this at once goes on in slices (a document of ~20,000 events or
 * more), unless it is nearly done by then (see {@link NEARLY_DONE_SHARE}).
 */
export const AT_ONCE_MS = 40;
/** A slice's time budget: every task stays far below the 50 ms of a long task, and frames keep coming. */
export const SLICE_MS = 10;
/**
 * Above this many events work never runs {@link AT_ONCE_MS} at once: it will be sliced anyway, so
 * it starts in a task of its own, as the slices that follow do. The task that asks for it (creating
 * the element, its first render) has taken its own share of the 50 ms of a long task already.
 */
const SLICED_FROM_START_EVENTS = 200_000;

/** The time `work` on `events` events may run at once before going on in slices (0: its first step only). */
export function atOnceFor(events: number): number {
  return events > SLICED_FROM_START_EVENTS ? 0 : AT_ONCE_MS;
}

/**
 * Work that has run its time at once (`atOnceMs`) but whose progress says the rest takes at most
 * this share of that time (at this run's pace so far) goes on in the same task, for half as long
 * again as that estimate at most (a step that runs over its time ends the task as always): 15 ms
 * more after 40, 2.25 after a zoom level's 6 in a frame. Going on in slices costs a render of the
 * progress bar and a frame or two before the plot shows: a 10,000-event document that ran a few
 * ms over its 40 ms showed "97 %" and painted 20–50 ms later than one that did not.
 */
export const NEARLY_DONE_SHARE = 0.25;

/** The whole percent a progress shows. */
function percentOf(progress: Progress): number {
  return progress.total > 0 ? Math.floor((100 * progress.done) / progress.total) : 0;
}

/** Posts a task: unlike `setTimeout(…, 0)`, not held back 4 ms once nested, and allowed under any CSP. */
const channel = typeof MessageChannel === 'function' ? new MessageChannel() : null;
const queued: Array<() => void> = [];
if (channel) channel.port1.onmessage = () => queued.shift()?.();
function nextTask(run: () => void): void {
  if (channel) {
    queued.push(run);
    channel.port2.postMessage(0);
  } else setTimeout(run, 0);
}

/**
 * Runs one piece of {@link Work} at a time for its owner: at once while it takes less than
 * `atOnceMs` (small documents load in the same task, as before), then a slice per task, each
 * within {@link SLICE_MS}, so the page stays responsive while a million events load. Starting new
 * work, or `cancel()`, drops the work under way (its `done` is never called).
 */
export class Slices {
  #job = 0;
  /** The latest progress of the work under way, or null when none is. */
  progress: Progress | null = null;

  /** Whether work is under way in slices. */
  get busy(): boolean {
    return this.progress !== null;
  }

  /**
   * Runs `work`; calls `done(result)` when it ends: before returning, when it ended at once.
   * `onSlice` is called when work goes on in slices, then after each slice that moved the progress
   * to another whole percent, which is all a progress bar shows: a render after every slice (about
   * 300 at a million events) cost a fifth of a second of the load. Returns whether it ended at once
   * (within `atOnceMs`, or nearly done by then: see {@link NEARLY_DONE_SHARE}).
   */
  run<T>(work: Work<T>, done: (result: T) => void, onSlice: () => void, atOnceMs = AT_ONCE_MS): boolean {
    const job = ++this.#job;
    this.progress = null;
    // Where this run's progress started: work that is a later phase of a larger job (a zoom level,
    // three quarters into the load's bar) does not start at 0.
    let from: number | null = null;
    const step = (budget: number): boolean => {
      const until = performance.now() + budget;
      for (;;) {
        const next = work.next();
        if (next.done) {
          this.progress = null;
          done(next.value);
          return true;
        }
        if (next.value) {
          this.progress = next.value;
          from ??= next.value.done;
        }
        if (performance.now() >= until) return false;
      }
    };
    const t0 = performance.now();
    if (step(atOnceMs)) return true;
    // Nearly done: the rest, estimated at this run's pace so far, runs now rather than a slice and
    // a frame later; only for work that ran at once. (`step` sets the progress, which TypeScript
    // does not follow into.)
    const p = this.progress as Progress | null;
    if (atOnceMs > 0 && p && p.total > 0 && from !== null && p.done > from) {
      const rest = ((performance.now() - t0) * (p.total - p.done)) / (p.done - from);
      if (rest <= NEARLY_DONE_SHARE * atOnceMs && step(1.5 * NEARLY_DONE_SHARE * atOnceMs)) return true;
    }
    this.progress ??= { done: 0, total: 0 };
    let shown = percentOf(this.progress);
    const slice = () => {
      if (job !== this.#job) return;
      if (step(SLICE_MS)) return;
      const percent = percentOf(this.progress!);
      if (percent !== shown) {
        shown = percent;
        onSlice();
      }
      nextTask(slice);
    };
    onSlice();
    nextTask(slice);
    return false;
  }

  /** Drops the work under way. */
  cancel(): void {
    this.#job++;
    this.progress = null;
  }
}
