import type { Progress, Work } from '../model/work.js';

/** Work that takes longer than this at once goes on in slices (a document of ~20,000 events or more). */
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
   * 300 at a million events) cost a fifth of a second of the load. Returns whether it ended at once.
   */
  run<T>(work: Work<T>, done: (result: T) => void, onSlice: () => void, atOnceMs = AT_ONCE_MS): boolean {
    const job = ++this.#job;
    this.progress = null;
    const step = (budget: number): boolean => {
      const until = performance.now() + budget;
      for (;;) {
        const next = work.next();
        if (next.done) {
          this.progress = null;
          done(next.value);
          return true;
        }
        if (next.value) this.progress = next.value;
        if (performance.now() >= until) return false;
      }
    };
    if (step(atOnceMs)) return true;
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
