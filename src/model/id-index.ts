/**
 * Finds an event's position by its id without a `Map`: open addressing over one `Int32Array`,
 * keyed by a 32-bit FNV-1a hash of the id. A `Map` of a million string ids costs tens of MB and,
 * while it grows, a second or more of the garbage collector's time, which lands in the frames
 * of a reader who is already panning; this index is one allocation of 16 bytes an event (the
 * table is kept at most half full), filled in one pass, or one position at a time as events are read.
 * Each slot holds its id's hash beside its position, in the same cache line: a probe reads the
 * id (an event elsewhere in memory, and its string) only when the hashes match, so looking up a
 * new id among a million costs one cache miss, not one per occupied slot passed.
 */
import { STEP, type Work } from './work.js';

/** FNV-1a over the UTF-16 code units of `s`. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export class IdIndex {
  /** Two numbers a slot: position + 1 (0 marks an empty slot), then the id's hash. */
  readonly #slots: Int32Array;
  readonly #mask: number;
  readonly #idAt: (position: number) => string;
  /** How many positions (from the first) are in the table. */
  #filled = 0;
  readonly #count: number;

  /** An index over `count` positions whose ids `idAt` gives; fill it with {@link fillWork}. */
  constructor(count: number, idAt: (position: number) => string) {
    let size = 16;
    while (size < count * 2) size <<= 1;
    this.#slots = new Int32Array(size * 2);
    this.#mask = size - 1;
    this.#idAt = idAt;
    this.#count = count;
  }

  /** Whether every position is in the table (until then {@link find} only knows the first {@link filled}). */
  get complete(): boolean {
    return this.#filled === this.#count;
  }

  /** How many positions, from the first, are in the table. */
  get filled(): number {
    return this.#filled;
  }

  /** Puts the positions in the table in order, yielding every {@link STEP}; an id seen before keeps its first position. */
  *fillWork(): Work<void> {
    while (this.#filled < this.#count) {
      yield undefined;
      this.#fill(Math.min(this.#count, this.#filled + STEP));
    }
  }

  /**
   * Gives `id` the next position ({@link filled}) unless it is in the table already, in one
   * probe: for a reader that keeps an item only when its id is new, and keeps it at that position
   * (from the next lookup on, `idAt` must answer `id` there). Returns the position holding `id`
   * before (nothing is added), or −1 when `id` took the next position.
   */
  claim(id: string): number {
    const p = this.#filled;
    if (p >= this.#count) {
      const found = this.find(id);
      if (found >= 0) return found;
      throw new RangeError(`IdIndex: more than ${this.#count} positions`);
    }
    const found = this.#insert(p, id);
    if (found < 0) this.#filled = p + 1;
    return found;
  }

  /** A plain loop (one inside a generator runs slower). */
  #fill(to: number): void {
    for (let p = this.#filled; p < to; p++) this.#insert(p);
    this.#filled = to;
  }

  /** Puts `position` in the table unless its id is there; returns the position holding the id before, or −1. */
  #insert(position: number, id = this.#idAt(position)): number {
    const slots = this.#slots;
    const h = hash(id);
    for (let slot = h & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const at = slots[slot * 2]!;
      if (at === 0) {
        slots[slot * 2] = position + 1;
        slots[slot * 2 + 1] = h;
        return -1;
      }
      if (slots[slot * 2 + 1] === (h | 0) && this.#idAt(at - 1) === id) return at - 1;
    }
  }

  /** The first position with this id among those in the table, or −1 (also for a value that is no string, from plain JavaScript). */
  find(id: string): number {
    if (typeof id !== 'string') return -1;
    const slots = this.#slots;
    const h = hash(id);
    for (let slot = h & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const at = slots[slot * 2]!;
      if (at === 0) return -1;
      if (slots[slot * 2 + 1] === (h | 0) && this.#idAt(at - 1) === id) return at - 1;
    }
  }
}
