/**
 * fast-check, configured once for every property test: import `fc` from here, not from 'fast-check'.
 *
 * The seed changes once a day (UTC), so properties keep exploring new inputs from run to run, yet any
 * run is reproducible: every run of a day draws the same inputs, the seed is printed when a test file
 * loads, and a failure's message carries `{ seed, path }`. To replay a failure, pass that `{ seed,
 * path }` to the failing `fc.assert`, or set `REPLAY_SEED` below to the printed seed. `numRuns` given
 * to an `fc.assert` still wins over the default here.
 */
import fc from 'fast-check';

/** Set to a printed seed to replay a whole day's run; `null` for the seed of the day. */
const REPLAY_SEED: number | null = null;

/** Runs per property when a test does not say (fast-check's own default). */
const NUM_RUNS = 100;

/** The seed of a UTC day: its day number since 1970, so a failing day is easy to name. */
export function seedOfDay(now = Date.now()): number {
  return Math.floor(now / 86_400_000);
}

/** The seed every property of this run uses. */
export const FC_SEED: number = REPLAY_SEED ?? seedOfDay();

fc.configureGlobal({ seed: FC_SEED, numRuns: NUM_RUNS });
console.log(`fast-check seed ${FC_SEED} (replay: set REPLAY_SEED in tests/helpers/fc.ts, or pass { seed, path } to fc.assert)`);

export default fc;
