/**
 * `parseTimeline`: reads any input into a valid {@link TimelineDocument} and a list of
 * problems. Never throws. The document is built from fresh plain objects holding only the
 * known fields, so nothing from the input (prototypes, `__proto__` keys, getters, proxies)
 * reaches it; any other field is not copied, and reported as a warning that names the field it
 * is probably a typo of (`"colour" is not a field; did you mean "color"?`).
 *
 * Choices an author may want to know:
 * - an event that cannot be placed (no valid `id`, `title`, `start`; a bad `end`; an `end`
 *   before its `start`; an id used before) is left out and reported as an error;
 * - an event whose `lane` no lane declares is kept, without its lane (so it is drawn in the
 *   default lane), and reported as a warning: nothing the author wrote is lost from view;
 * - an unsafe source or media URL drops that source or the media, an unsafe lane colour drops
 *   the colour, a wrong `kind` falls back to `"event"`; the event or lane is kept;
 * - a missing or wrong title is replaced by {@link FALLBACK_TITLE};
 * - at most 1000 problems are listed; the rest are counted in a last `(root)` problem, and at
 *   most {@link MAX_EVENTS} events are read.
 *
 * The parser and the JSON Schema agree wherever JSON Schema can say it: whatever the schema
 * rejects is reported here (an error, or a warning for an unknown field or a URL with a line
 * break in it). Only the parser checks what a schema cannot express: a real calendar day, an
 * end after its start, unique ids, declared lanes, an absolute URL the browser can read, the
 * arguments of a colour function (the README lists them; tests/model/schema.test.ts checks both).
 */
import type { TimelineDocument, TimelineEvent } from './types.js';
import { describeValue, ProblemList, type TimelineProblem } from './problems.js';
import { FieldReader, isArray, isObject, lengthOf, readItems, UNREADABLE } from './read.js';
import { parseLanes } from './parse-lanes.js';
import { parseMedia } from './parse-attachments.js';
import { parseEvent, type EventContext } from './parse-event.js';
import type { DateError, ParsedDate } from './date-types.js';
import { readJsonText } from './json-text.js';
import { DOCUMENT_FIELDS } from './fields.js';
import { finish, STEP, type Work } from './work.js';
import { IdIndex } from './id-index.js';

export type { TimelineProblem } from './problems.js';
export { countProblems, formatProblem } from './problems.js';

/** What {@link parseTimeline} returns: always a usable document, and what was wrong. */
export interface ParseResult {
  document: TimelineDocument;
  problems: TimelineProblem[];
  /** Every date text the document holds, as read: pass it to `toTimelineItems` so none is read twice. */
  dates: ReadonlyMap<string, ParsedDate | DateError>;
}

/** The title a document gets when its own is missing or not text. */
export const FALLBACK_TITLE = 'Untitled timeline';

/** Most events read from one document; the rest are reported, not read. */
export const MAX_EVENTS = 1_000_000;

function* parseEvents(input: unknown, laneIds: ReadonlySet<string>, problems: ProblemList, dates: EventContext['dates']): Work<TimelineEvent[]> {
  if (input === UNREADABLE) return [];
  if (input === undefined) {
    problems.error('events', 'missing: list the events in "events": [ … ]');
    return [];
  }
  if (!isArray(input)) {
    problems.error('events', `expected an array of events, got ${describeValue(input)}`, input);
    return [];
  }
  const events: TimelineEvent[] = [];
  // Copying a million items out of the input is a step of its own; the progress shown meanwhile
  // already counts the events ("Loading 1,000,000 events: 0%", not "0 events").
  yield { done: 0, total: Math.min(lengthOf(input), MAX_EVENTS) };
  const items = readItems(input, 'events', MAX_EVENTS, problems);
  // Ids kept so far, in a hash table over the events kept (a Map of a million ids would cost
  // about a third more time and tens of MB for the collector to walk), and where each was read.
  const kept = new IdIndex(items.length, (k) => events[k]!.id);
  const readAt = new Int32Array(items.length);
  const ctx: EventContext = {
    problems,
    laneIds,
    dates,
    claimId: (id) => {
      const k = kept.claim(id);
      return k < 0 ? undefined : readAt[k];
    },
  };
  for (let i = 0; i < items.length; i++) {
    if (i % STEP === 0) yield { done: i, total: items.length };
    const event = parseEvent(items[i], () => `events[${i}]`, ctx);
    if (event) {
      // Its id took position events.length in `kept` (see claimId).
      readAt[events.length] = i;
      events.push(event);
    }
  }
  return events;
}

/**
 * Reads a timeline document from any value, or from its JSON text (a string), and never throws.
 * Returns the valid part as a fresh document and every problem found, each with a path such
 * as `events[3].start` and a message an author can act on (join them with `formatProblem`).
 * Text that is not JSON is one `(root)` problem, with the JSON parser's reason.
 */
export function parseTimeline(input: unknown): ParseResult {
  return finish(parseTimelineWork(input));
}

/**
 * {@link parseTimeline} as work done a slice at a time (see `Work`): it yields its progress in
 * events read. The element reads large documents this way, between frames.
 */
export function* parseTimelineWork(input: unknown): Work<ParseResult> {
  const problems = new ProblemList();
  const dates = new Map<string, ParsedDate | DateError>();
  try {
    const value = typeof input === 'string' ? readJsonText(input, problems) : input;
    if (value === UNREADABLE) return { document: { title: FALLBACK_TITLE, lanes: [], events: [] }, problems: problems.result(), dates };
    return { document: yield* parseRoot(value, problems, dates), problems: problems.result(), dates };
  } catch {
    // Defensive: every read is already guarded; this keeps the promise if one is missed.
    problems.error('(root)', 'could not be read');
    return { document: { title: FALLBACK_TITLE, lanes: [], events: [] }, problems: problems.result(), dates };
  }
}

function* parseRoot(input: unknown, problems: ProblemList, dates: EventContext['dates']): Work<TimelineDocument> {
  if (!isObject(input)) {
    problems.error('(root)', `expected a timeline object with "title", "lanes" and "events", got ${describeValue(input)}`, input);
    return { title: FALLBACK_TITLE, lanes: [], events: [] };
  }
  const f = new FieldReader(input, '', problems);
  f.reportUnknown(DOCUMENT_FIELDS, 'a timeline');
  const schema = f.optionalString('$schema', 'the URL of the JSON Schema');
  let title = f.get('title');
  if (typeof title !== 'string') {
    if (title !== UNREADABLE) {
      const message = title === undefined ? 'missing: give the timeline a "title"' : `expected text, got ${describeValue(title)}`;
      problems.error('title', `${message}; "${FALLBACK_TITLE}" is shown instead`, title);
    }
    title = FALLBACK_TITLE;
  }
  const description = f.optionalString('description', 'plain text');
  const lanes = parseLanes(f.get('lanes'), problems);
  const events = yield* parseEvents(f.get('events'), new Set(lanes.map((lane) => lane.id)), problems, dates);
  const document: TimelineDocument = { title: title as string, lanes, events };
  if (schema !== undefined) document.$schema = schema;
  if (description !== undefined) document.description = description;
  const media = f.get('media');
  if (media !== undefined) {
    const parsed = parseMedia(media, f.at('media'), problems);
    if (parsed) document.media = parsed;
  }
  return document;
}
