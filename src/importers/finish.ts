/** The last step of every importer: validate the draft and report in the input's terms. */
import type { TimelineDocument } from '../model/types.js';
import { parseTimeline, type TimelineProblem } from '../model/parse.js';
import type { ProblemList } from '../model/problems.js';

/** What an importer returns: always a valid document, and what could not be carried over. */
export interface ImportResult {
  document: TimelineDocument;
  problems: TimelineProblem[];
}

/** Where each drafted event and lane came from in the input, by index (`events[4]`, `groups[1]`). */
export interface Origins {
  events: string[];
  lanes: string[];
  /** Where the document's title came from (default `title`). */
  title?: string;
  /** Our event field names in the input's words: `{ start: 'start_date' }`. */
  fields?: Record<string, string>;
}

/** Rewrites `events[3].start` to the input's path of that event, e.g. `items[5].start`. */
function remap(path: string, origins: Origins): string {
  const match = /^(events|lanes)\[(\d+)\]/.exec(path);
  if (match) {
    const origin = (match[1] === 'events' ? origins.events : origins.lanes)[Number(match[2])];
    if (origin === undefined) return path;
    let rest = path.slice(match[0].length);
    const field = /^\.([A-Za-z$_]+)/.exec(rest);
    if (match[1] === 'events' && field && origins.fields?.[field[1]] !== undefined) {
      rest = `.${origins.fields[field[1]]}${rest.slice(field[0].length)}`;
    }
    return origin + rest;
  }
  if (path === 'title' && origins.title) return origins.title;
  return path;
}

/**
 * Runs the drafted document through `parseTimeline`, so the result is always valid, and
 * appends the parser's problems (their paths rewritten to the input's) to the importer's.
 */
export function finish(draft: TimelineDocument, problems: ProblemList, origins: Origins): ImportResult {
  const parsed = parseTimeline(draft);
  const all = [...problems.result()];
  for (const problem of parsed.problems) all.push({ ...problem, path: remap(problem.path, origins) });
  return { document: parsed.document, problems: all };
}
