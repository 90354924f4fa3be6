/**
 * Problems found in a timeline document: a path into the document, a message an author can
 * act on, the offending value, and a severity.
 */

/**
 * One problem in a timeline document.
 *
 * `path` is `(root)`, `$schema`, `title`, `description`, or starts with `lanes` or `events`
 * (`events[3].start`, `lanes[0].color`, `events[2].sources[1].url`); a field that is not part of
 * the format is named by its path too (`colour`, `lanes[0].colour`, `events[1]["start date"]`).
 *
 * `severity` is `error` when the document breaks the format and the parser left something out
 * or replaced it (an event, a lane, a field, a value); `warning` when everything was kept but
 * is probably not what the author meant (an event in a lane nobody declared, an empty title).
 */
export interface TimelineProblem {
  path: string;
  /** What is wrong and how to fix it, without the path. */
  message: string;
  /** The offending value, when there is one (not copied: it may be large). */
  value?: unknown;
  severity: 'error' | 'warning';
  /**
   * On the last problem of a list cut at {@link MAX_PROBLEMS} ("and 500 more problems, not
   * listed"): how many problems it stands for.
   */
  unlisted?: number;
}

/** How many problems `problems` holds, counting those a cut list's last one stands for. */
export function countProblems(problems: readonly TimelineProblem[]): number {
  let count = 0;
  for (const p of problems) count += p.unlisted ?? 1;
  return count;
}

/** Joins a problem's path and message: `events[3].start: "2020-13-01" is not a date (…)`. */
export function formatProblem(problem: TimelineProblem): string {
  return `${problem.path}: ${problem.message}`;
}

/** Longest piece of an author's text quoted in a message. */
export const MAX_QUOTED_LENGTH = 80;

/** `text` cut to `max` characters (not splitting a surrogate pair), with `…` when cut. */
export function truncate(text: string, max = MAX_QUOTED_LENGTH): string {
  if (text.length <= max) return text;
  let cut = max;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut)}…`;
}

/** A string quoted for a message: `"2020-13-01"`, cut to 80 characters. */
export function quote(text: string): string {
  return JSON.stringify(truncate(text));
}

/** Describes any value for a message, briefly and without ever throwing. */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return `the text ${quote(value)}`;
    case 'number':
      return `the number ${String(value)}`;
    case 'boolean':
      return String(value);
    case 'bigint':
      return `the number ${truncate(String(value))}`;
    case 'undefined':
      return 'nothing';
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      if (value === null) return 'null';
      try {
        return Array.isArray(value) ? 'an array' : 'an object';
      } catch {
        return 'an object';
      }
  }
}

/** The message of something thrown, cut short; never throws itself. */
export function describeThrown(thrown: unknown): string {
  try {
    const text = thrown instanceof Error ? thrown.message : String(thrown);
    return truncate(text);
  } catch {
    return 'an unknown error';
  }
}

/** Most problems listed one by one; the rest are counted in one last `(root)` problem. */
export const MAX_PROBLEMS = 1000;

/** Collects problems while a document is read (at most {@link MAX_PROBLEMS}, then counts). */
export class ProblemList {
  readonly #list: TimelineProblem[] = [];
  #unlisted = 0;
  #unlistedErrors = 0;

  /** The problems, with a summary of those beyond {@link MAX_PROBLEMS}. */
  result(): TimelineProblem[] {
    if (this.#unlisted === 0) return this.#list;
    const severity = this.#unlistedErrors > 0 ? 'error' : 'warning';
    return [...this.#list, { path: '(root)', message: `and ${this.#unlisted} more problems, not listed`, severity, unlisted: this.#unlisted }];
  }

  /** Records an error: the document breaks the format and something was left out or replaced. */
  error(path: string, message: string, value?: unknown): void {
    this.#add(path, message, value, 'error');
  }

  /** Records a warning: everything was kept, but it is probably not what the author meant. */
  warning(path: string, message: string, value?: unknown): void {
    this.#add(path, message, value, 'warning');
  }

  #add(path: string, message: string, value: unknown, severity: TimelineProblem['severity']): void {
    if (this.#list.length >= MAX_PROBLEMS) {
      this.#unlisted++;
      if (severity === 'error') this.#unlistedErrors++;
      return;
    }
    const problem: TimelineProblem = { path, message, severity };
    if (value !== undefined) problem.value = value;
    this.#list.push(problem);
  }
}
