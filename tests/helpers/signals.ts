/**
 * Waiting for real signals: animation frames, an event or answer with a deadline, a condition
 * checked every frame. The only timers here are deadlines that fail the test; none stands in for
 * a signal.
 */

/** Waits `n` animation frames (rendering work, and the tasks queued before it, happens in them). */
export async function frames(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
}

/** `signal`'s value, or a failure naming `what` if it has not come within `timeoutMs`. */
export async function within<T>(signal: Promise<T>, what: string, timeoutMs = 5000): Promise<T> {
  let cap: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([signal, new Promise<never>((_, fail) => (cap = setTimeout(() => fail(new Error(`timed out waiting for ${what}`)), timeoutMs)))]);
  } finally {
    clearTimeout(cap);
  }
}

/** Checks `check` every animation frame until it returns a value other than null/undefined/false; fails after `timeoutMs`. */
export async function until<T>(what: string, check: () => T | null | undefined | false, timeoutMs = 5000): Promise<T> {
  const t0 = performance.now();
  for (;;) {
    const value = check();
    if (value !== null && value !== undefined && value !== false) return value;
    if (performance.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await frames(1);
  }
}
