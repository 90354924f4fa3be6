/**
 * Runs `run` and returns what reached the window meanwhile, and in the `settleMs` after it:
 * uncaught errors (their Error, or their message) and the reasons of unhandled rejections.
 */
export async function uncaught(run: () => Promise<unknown>, settleMs = 30): Promise<unknown[]> {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    await new Promise((r) => setTimeout(r, settleMs));
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}
