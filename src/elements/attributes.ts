/**
 * The checks of `<event-timeline>`'s attributes: one small pure function per attribute that takes
 * the page's value and returns the value the element uses, with the reason when they differ, and
 * `AttributeChecks`, which runs them when an attribute changes and warns once on the console,
 * naming the attribute and the value. The element's public properties keep what the page set.
 */
import { isDateError, parseDate } from '../model/dates.js';
import type { ViewState } from '../layout/view.js';

/** The value to use, and why the page's value was not used as it is (nothing when it was). */
export type Checked<T> = [value: T, problem?: string];

/** Bounds of `timeout`, ms. */
export const TIMEOUT_BOUNDS = { min: 1_000, max: 300_000 };
/** Bounds of `max-size`, MB (1 MB = 1,000,000 bytes). */
export const MAX_SIZE_BOUNDS = { min: 0.001, max: 500 };
/** The most rows `max-rows` gives. */
export const MAX_ROWS = 20;

/** Reads `max-rows`: `auto` (any case) or a number. */
export const rowsConverter = {
  fromAttribute: (text: string | null): number | 'auto' | null => (text === null ? null : text.trim().toLowerCase() === 'auto' ? 'auto' : Number(text)),
};

/**
 * A positive number within bounds: unset is the fallback; zero, negative or not a number is the
 * fallback too (with a problem); a value outside the bounds is the nearest bound.
 */
function bounded(value: unknown, fallback: number, { min, max }: { min: number; max: number }, unit: string): Checked<number> {
  if (value === null || value === undefined) return [fallback];
  if (typeof value !== 'number' || !(value > 0)) return [fallback, `is not a positive number of ${unit}; using ${fallback}`];
  if (value < min) return [min, `is less than ${min} ${unit}; using ${min}`];
  if (value > max) return [max, `is more than ${max} ${unit}; using ${max}`];
  return [value];
}

/** `timeout`: ms, within [1 s, 5 min]; `fallback` when unset or unusable. */
export const checkTimeout = (value: unknown, fallback: number): Checked<number> => bounded(value, fallback, TIMEOUT_BOUNDS, 'ms');

/** `max-size`: MB, within [0.001, 500]; `fallback` when unset or unusable. */
export const checkMaxSize = (value: unknown, fallback: number): Checked<number> => bounded(value, fallback, MAX_SIZE_BOUNDS, 'MB');

/** `max-rows`: `auto` (null: as many rows as the events need and the room allows) or a whole number from 1 to 20. */
export function checkMaxRows(value: unknown): Checked<number | null> {
  if (value === null || value === undefined || value === 'auto') return [null];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    return [null, `is not "auto" or a whole number of rows from 1 to ${MAX_ROWS}; using "auto"`];
  }
  return value > MAX_ROWS ? [MAX_ROWS, `is more than ${MAX_ROWS} rows; using ${MAX_ROWS}`] : [value];
}

/** `view`: `timeline` or `list`. */
export function checkView(value: unknown): Checked<'timeline' | 'list'> {
  if (value === 'timeline' || value === 'list') return [value];
  return value === null || value === undefined ? ['timeline'] : ['timeline', 'is not "timeline" or "list"; using "timeline"'];
}

/** `orientation`: `horizontal`, `vertical` or `auto` (vertical below `--timeline-vertical-below`). */
export function checkOrientation(value: unknown): Checked<'horizontal' | 'vertical' | 'auto'> {
  if (value === 'horizontal' || value === 'vertical' || value === 'auto') return [value];
  return value === null || value === undefined ? ['auto'] : ['auto', 'is not "horizontal", "vertical" or "auto"; using "auto"'];
}

/** `heading-level`: the level of the card's and the list articles' headings, a whole number from 1 to 6 (2 when unset). */
export function checkHeadingLevel(value: unknown): Checked<number> {
  if (value === null || value === undefined) return [2];
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 6 ? [value] : [2, 'is not a whole number from 1 to 6; using 2'];
}

/** `now`: an ISO date (its start), or null for the real now. */
export function checkNow(value: string | null): Checked<number | null> {
  if (!value) return [null];
  const date = parseDate(value);
  return isDateError(date) ? [null, 'is not a date; using the current time'] : [date.start];
}

/** A language tag (`locale`, or the page's `lang`), canonicalised; English when it is not one. */
export function checkLocale(tag: string): Checked<string> {
  try {
    return [Intl.getCanonicalLocales(tag)[0] ?? 'en'];
  } catch {
    return ['en', 'is not a valid language tag; using English'];
  }
}

/**
 * `start` and `end`, checked as a pair: the first view from the start of `start` to the end of
 * `end` (ISO dates, so `end="2020-06"` includes June), or null for "fit all". The problem names
 * the attribute it is about.
 */
export function checkSpan(start: string | null, end: string | null): [value: ViewState | null, problem?: [name: 'start' | 'end', problem: string]] {
  const fitAll = 'the first view shows every event';
  if (!start && !end) return [null];
  if (!start || !end) return [null, [start ? 'start' : 'end', `is set without ${start ? 'end' : 'start'}; set both, or neither; ${fitAll}`]];
  const from = parseDate(start);
  if (isDateError(from)) return [null, ['start', `is not a date; ${fitAll}`]];
  const to = parseDate(end);
  if (isDateError(to)) return [null, ['end', `is not a date; ${fitAll}`]];
  if (to.end <= from.start) return [null, ['end', `is not after start="${start}"; ${fitAll}`]];
  return [{ start: from.start, end: to.end }];
}

/** Writes the one console warning for an attribute whose value is not used as it is. */
export function warnAttribute(name: string, shown: string, problem: string): void {
  console.warn(`<event-timeline>: ${name}="${shown}" ${problem}`);
}

/** What `AttributeChecks` reads from the element: its properties, and the attributes as written. */
export interface AttributeValues {
  timeout: unknown;
  maxSize: unknown;
  maxRows: unknown;
  view: unknown;
  orientation: unknown;
  headingLevel: unknown;
  now: string | null;
  start: string | null;
  end: string | null;
  getAttribute(name: string): string | null;
}

/** The element's defaults for the numbers it checks: `timeout` (ms) and `max-size` (MB). */
export interface AttributeDefaults {
  timeout: number;
  maxSize: number;
}

/** The values `<event-timeline>` uses, checked whenever their attribute or property changes. */
export class AttributeChecks {
  timeout: number;
  /** `max-size` in bytes (whole: 0.013556 MB is 13,556 bytes, not 13,555.999…). */
  maxBytes: number;
  /** Rows per lane at most, or null for `auto`. */
  maxRows: number | null = null;
  now: number | null = null;
  /** The level of the card's and the list articles' headings. */
  headingLevel = 2;
  /** The first view from `start` and `end`, or null. */
  span: ViewState | null = null;
  orientation: 'horizontal' | 'vertical' | 'auto' = 'auto';

  readonly #defaults: AttributeDefaults;

  constructor(defaults: AttributeDefaults) {
    this.#defaults = defaults;
    this.timeout = defaults.timeout;
    this.maxBytes = Math.round(defaults.maxSize * 1e6);
  }

  /** Checks what changed (property names as keys, as Lit's `changed` map has them); warns once for each unusable value. */
  update(el: AttributeValues, changed: ReadonlyMap<PropertyKey, unknown>): void {
    /** The value as the page wrote it: the attribute's text when that is where it came from. */
    const check = <T>(property: keyof AttributeValues, name: string, [value, problem]: Checked<T>): T => {
      if (problem) {
        const given = el[property];
        const text = el.getAttribute(name);
        const fromAttribute = text !== null && (typeof given === 'number' ? Object.is(Number(text), given) : text === given);
        warnAttribute(name, fromAttribute ? text : String(given), problem);
      }
      return value;
    };
    const defaults = this.#defaults;
    if (changed.has('timeout')) this.timeout = check('timeout', 'timeout', checkTimeout(el.timeout, defaults.timeout));
    if (changed.has('maxSize')) this.maxBytes = Math.round(check('maxSize', 'max-size', checkMaxSize(el.maxSize, defaults.maxSize)) * 1e6);
    if (changed.has('maxRows')) this.maxRows = check('maxRows', 'max-rows', checkMaxRows(el.maxRows));
    if (changed.has('view')) check('view', 'view', checkView(el.view));
    if (changed.has('orientation')) this.orientation = check('orientation', 'orientation', checkOrientation(el.orientation));
    if (changed.has('headingLevel')) this.headingLevel = check('headingLevel', 'heading-level', checkHeadingLevel(el.headingLevel));
    if (changed.has('now')) this.now = check('now', 'now', checkNow(el.now));
    if (changed.has('start') || changed.has('end')) {
      const [span, problem] = checkSpan(el.start, el.end);
      if (problem) check(problem[0], problem[0], [null, problem[1]]);
      this.span = span;
    }
  }
}
