/** Collecting lanes while importing: one lane per group, ids slugified and unique. */
import type { TimelineLane } from '../model/types.js';
import { IdPool, slugify } from './ids.js';

/** The lanes made so far, in order of first use, with where each came from. */
export class LaneBook {
  readonly lanes: TimelineLane[] = [];
  /** For each lane, the input path it came from (`groups[1]`, `events[4].group`). */
  readonly origins: string[] = [];
  readonly #byKey = new Map<string, string>();
  readonly #ids = new IdPool();

  /** The lane id for the group `key`, or undefined when no lane was made for it. */
  get(key: string): string | undefined {
    return this.#byKey.get(key);
  }

  /**
   * The lane id for the group `key`, making the lane (`label`, id slugified from `label`,
   * else from `key`, else `lane-n`) on first use.
   */
  laneFor(key: string, label: string, origin: string): string {
    const known = this.#byKey.get(key);
    if (known !== undefined) return known;
    const id = this.#ids.take(slugify(label) || slugify(key) || `lane-${this.lanes.length + 1}`);
    this.#byKey.set(key, id);
    this.lanes.push({ id, label: label === '' ? key : label });
    this.origins.push(origin);
    return id;
  }
}
