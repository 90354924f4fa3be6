import { frames as nextFrames } from './signals.js';

/**
 * Runs `run` and returns what reached the window meanwhile, and in the `frames` animation frames
 * after it (where the rendering work it started happens, and by which the tasks it queued, such
 * as the report of an unhandled rejection, have run): uncaught errors (their Error, or their
 * message) and the reasons of unhandled rejections.
 */
export async function uncaught(run: () => Promise<unknown>, frames = 2): Promise<unknown[]> {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    await nextFrames(frames);
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}
