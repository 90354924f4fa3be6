/**
 * Layouts cached per quantised zoom level (quarter octaves of msPerPx). A level's layout is
 * computed at the level's coarse edge, so it is overlap-free for every msPerPx in the level, and
 * for every finer level too: while a missing level is computed, the element can draw the best
 * cached coarser one. The coarsest level computed is never evicted, so one always exists for
 * any closer zoom.
 */
import { computeLayoutWork } from './layout.js';
import { finish, type Work } from '../model/work.js';
import type { LevelLayout } from './layout.js';
import type { PreparedItems } from './prepare.js';
import type { StackOptions } from './stack.js';
import { stripTableWork } from './strip.js';
import type { WeekDay } from '../time/week-start.js';

/** Above this many events a level's density-strip counts (about 20 ms at a million) are made with its layout. */
const STRIP_WITH_LEVEL_EVENTS = 100_000;

/** Levels per doubling of msPerPx. */
export const LEVELS_PER_OCTAVE = 4;

/** The level of a zoom: `floor(log2(msPerPx) · 4)`. */
export function levelOf(msPerPx: number): number {
  return Math.floor(Math.log2(msPerPx) * LEVELS_PER_OCTAVE);
}

/** The coarse (largest) msPerPx of a level: every msPerPx with `levelOf(m) === level` is below it. */
export function levelMsPerPx(level: number): number {
  // A hair above 2^((level+1)/4) so floating rounding in log2 cannot put a zoom above its edge.
  return 2 ** ((level + 1) / LEVELS_PER_OCTAVE) * (1 + 1e-12);
}

/** A small LRU cache of layouts per level over one set of prepared items. */
export class LayoutLevels {
  readonly items: PreparedItems;
  readonly options: StackOptions;
  readonly capacity: number;
  /** The day a density strip's weeks start on (0 for Sunday), for the strip counts made with a big level. */
  readonly weekDay: WeekDay;
  readonly #cache = new Map<number, LevelLayout>();

  /** `capacity`: how many levels to keep (default 8, about two octaves of zoom). */
  constructor(items: PreparedItems, options: StackOptions, capacity = 8, weekDay: WeekDay = 0) {
    this.items = items;
    this.options = options;
    this.capacity = Math.max(1, capacity);
    this.weekDay = weekDay;
  }

  /** The cached levels, least recently used first. */
  get levels(): number[] {
    return [...this.#cache.keys()];
  }

  /** The coarsest cached level (never evicted), or −Infinity when none is cached. */
  get coarsest(): number {
    let coarsest = -Infinity;
    for (const level of this.#cache.keys()) if (level > coarsest) coarsest = level;
    return coarsest;
  }

  /** The layout of `level`, computed now if missing (and cached). */
  computeLevel(level: number): LevelLayout {
    return finish(this.levelWork(level));
  }

  /** Whether the layout of `level` is cached. */
  has(level: number): boolean {
    return this.#cache.has(level);
  }

  /**
   * The layout of `level` as work done a slice at a time (see `Work`), cached when it ends: a
   * level of a million events is computed between frames while a coarser one stands in.
   */
  *levelWork(level: number): Work<LevelLayout> {
    let layout = this.#cache.get(level);
    if (layout) {
      this.#cache.delete(level);
    } else {
      layout = yield* computeLayoutWork(this.items, levelMsPerPx(level), this.options);
      // A big level's strip counts are made here, in slices, not at once in the frame that shows them.
      if (this.items.n > STRIP_WITH_LEVEL_EVENTS) yield* stripTableWork(this.items, layout, this.weekDay);
      // Another call may have computed it meanwhile.
      this.#cache.delete(level);
      // The least recently used goes, but never the coarsest: it stands in for any closer zoom.
      if (this.#cache.size >= this.capacity) {
        const coarsest = this.coarsest;
        this.#cache.delete([...this.#cache.keys()].find((l) => l !== coarsest)!);
      }
    }
    this.#cache.set(level, layout);
    return layout;
  }

  /** The layout valid for the whole level of `msPerPx`, computed now if missing. */
  layoutAt(msPerPx: number): LevelLayout {
    return this.computeLevel(levelOf(msPerPx));
  }

  /**
   * The finest cached layout that is valid at `msPerPx` (its level is the same or coarser), or
   * undefined. Drawing it never overlaps labels; it may just cluster more than needed.
   */
  bestCachedLayout(msPerPx: number): LevelLayout | undefined {
    const level = levelOf(msPerPx);
    let best: number | undefined;
    for (const cached of this.#cache.keys()) {
      if (cached >= level && (best === undefined || cached < best)) best = cached;
    }
    if (best === undefined) return undefined;
    return this.computeLevel(best);
  }
}
