/**
 * Reading untrusted input without ever throwing: objects may be proxies, have getters that
 * throw, be revoked, or carry `__proto__` keys. Only own properties are read, so a polluted
 * `Object.prototype` cannot inject fields.
 */
import { describeThrown, describeValue, quote, truncate, type ProblemList } from './problems.js';
import { nearestField } from './fields.js';

/** Marks a value that could not be read; the problem is already recorded. */
export const UNREADABLE: unique symbol = Symbol('unreadable');

/** `Array.isArray` that answers false instead of throwing (for revoked proxies). */
export function isArray(value: unknown): value is unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * How many items `value` has when it is an array whose length can be read; 0 otherwise (a caller
 * that must say why reads it again with {@link readItems}). For progress and budgets, before parsing.
 */
export function lengthOf(value: unknown): number {
  try {
    const length = isArray(value) ? value.length : 0;
    return typeof length === 'number' && length >= 0 ? length : 0;
  } catch {
    return 0;
  }
}

/** True for a non-null, non-array object. */
export function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !isArray(value);
}

/**
 * The items of an array, read one at a time (at most `max`), each or {@link UNREADABLE};
 * holes read as undefined. Records an error at `path` when the array is longer than `max`
 * or its length cannot be read.
 */
export function readItems(array: unknown[], path: string, max: number, problems: ProblemList): unknown[] {
  let length: number;
  try {
    length = array.length;
  } catch (thrown) {
    problems.error(path, `could not be read (${describeThrown(thrown)})`);
    return [];
  }
  if (typeof length !== 'number' || !(length >= 0)) return [];
  if (length > max) {
    problems.error(path, `has ${length} items; only the first ${max} are read`);
    length = max;
  }
  const items: unknown[] = new Array(length);
  for (let i = 0; i < length; i++) {
    try {
      items[i] = array[i];
    } catch (thrown) {
      problems.error(`${path}[${i}]`, `could not be read (${describeThrown(thrown)})`);
      items[i] = UNREADABLE;
    }
  }
  return items;
}

/**
 * Reads the known fields of one input object, recording problems under its path. Paths are
 * built only for problems: reading 100,000 valid events makes no path strings.
 */
export class FieldReader {
  /** `path` (e.g. `events[3]`) may be a function giving it, called only when a problem is recorded. */
  constructor(
    readonly obj: object,
    readonly path: string | (() => string),
    readonly problems: ProblemList,
  ) {}

  /** The path of a field: `events[3]` + `start` → `events[3].start`. */
  at(key: string): string {
    const path = typeof this.path === 'string' ? this.path : this.path();
    return path === '' ? key : `${path}.${key}`;
  }

  /**
   * The own property `key` (undefined when absent), or {@link UNREADABLE} after recording an
   * error when reading it threw.
   */
  get(key: string): unknown {
    try {
      if (!Object.prototype.hasOwnProperty.call(this.obj, key)) return undefined;
      return (this.obj as Record<string, unknown>)[key];
    } catch (thrown) {
      this.problems.error(this.at(key), `could not be read (${describeThrown(thrown)})`);
      return UNREADABLE;
    }
  }

  /**
   * An optional string field: the string, or undefined when absent or (after an error
   * saying so) when it has another type.
   */
  optionalString(key: string, what = 'text'): string | undefined {
    const value = this.get(key);
    if (value === undefined || value === UNREADABLE) return undefined;
    if (typeof value === 'string') return value;
    this.problems.error(this.at(key), `expected ${what}, got ${describeValue(value)}; it is left out`, value);
    return undefined;
  }

  /**
   * Warns about each own field of the object that is not in `known` (it is not read), naming the
   * known field it is probably a typo of: `"colour" is not a field; did you mean "color"?`.
   * `owner` names the object for the message without a suggestion (`an event`).
   */
  reportUnknown(known: Readonly<Record<string, true>>, owner: string): void {
    const { obj } = this;
    const own = Object.prototype.hasOwnProperty;
    try {
      // `for…in` allocates nothing (`Object.keys` made an array an event: a twentieth of a
      // 10,000-event mount). It also lists inherited keys: those count only when own.
      for (const key in obj) {
        if (own.call(known, key) || !own.call(obj, key)) continue;
        const nearest = nearestField(key, known);
        const message = nearest ? `${quote(key)} is not a field; did you mean ${quote(nearest)}?` : `${quote(key)} is not a field of ${owner}; it is ignored`;
        this.problems.warning(this.#fieldPath(key), message);
      }
    } catch {
      // A proxy that cannot list its keys: the fields read one by one report their own problems.
    }
  }

  /** The path of any field: `events[3].colour`, or `events[3]["my colour"]` when the name is not a plain word. */
  #fieldPath(key: string): string {
    if (/^[A-Za-z_$][\w$]*$/.test(key)) return this.at(truncate(key));
    const path = typeof this.path === 'string' ? this.path : this.path();
    return `${path}[${quote(key)}]`;
  }
}

/**
 * Whether `text` shows nothing: empty, or only spaces and invisible characters (zero-width spaces
 * and joiners, the byte-order mark, soft hyphens). A title of them is drawn as no words at all.
 */
export function isBlank(text: string): boolean {
  return !/[^\s\u00AD\u200B-\u200D\u2060\uFEFF]/u.test(text);
}
