/** Reading one event: invalid events are left out and reported; bad optional parts are dropped. */
import type { TimelineEvent, TimelineEventKind } from './types.js';
import { DATE_FORMS_HINT, isDateError, type DateError, type ParsedDate } from './date-types.js';
import { parseDate } from './date-parse.js';
import { describeValue, quote, truncate, type ProblemList } from './problems.js';
import { FieldReader, isBlank, isObject, UNREADABLE } from './read.js';
import { parseMedia, parseSources, parseTags } from './parse-attachments.js';
import { EVENT_FIELDS } from './fields.js';

const KINDS: readonly TimelineEventKind[] = ['event', 'deadline'];

/** What the document-level reader knows while it reads events. */
export interface EventContext {
  problems: ProblemList;
  /**
   * Dates already read in this parse, by text: event files repeat dates a lot (a day's events,
   * a month's), and parsing each text once keeps 100,000 events fast. The parse result hands it
   * on, so `toTimelineItems` reads the same texts without parsing them again.
   */
  dates: Map<string, ParsedDate | DateError>;
  /** Ids of the lanes declared, in order. */
  laneIds: ReadonlySet<string>;
  /**
   * The index in `events` an event of this id was kept from; or undefined for an id not seen yet,
   * which the event being read then holds: it is kept (no check after this one leaves it out).
   */
  claimId(id: string): number | undefined;
}

/** `text` parsed, from `dates` when it was read before (and kept there). */
export function parseDateOnce(text: string, dates: Map<string, ParsedDate | DateError>): ParsedDate | DateError {
  let parsed = dates.get(text);
  if (!parsed) {
    parsed = parseDate(text);
    dates.set(text, parsed);
  }
  return parsed;
}

/** A date field, parsed; undefined after reporting when it is not a date. */
function readDate(f: FieldReader, key: 'start' | 'end', ctx: EventContext): ParsedDate | undefined | typeof UNREADABLE {
  const { problems } = ctx;
  const value = f.get(key);
  if (value === undefined || value === UNREADABLE) return value;
  if (typeof value !== 'string') {
    problems.error(f.at(key), `expected a date such as "2020-06-02", got ${describeValue(value)}`, value);
    return UNREADABLE;
  }
  const parsed = parseDateOnce(value, ctx.dates);
  if (isDateError(parsed)) {
    problems.error(f.at(key), `${quote(value)} is not a date (${parsed.error})`, value);
    return UNREADABLE;
  }
  return parsed;
}

/** A required text field of the event; undefined (reported) when missing or not text. */
function requiredText(f: FieldReader, key: 'id' | 'title', problems: ProblemList): string | undefined {
  const value = f.get(key);
  if (typeof value === 'string') return value;
  if (value === UNREADABLE) return undefined;
  const missing = key === 'id' ? 'every event needs a unique "id"' : 'every event needs a "title"';
  problems.error(f.at(key), value === undefined ? `missing: ${missing}` : `expected text, got ${describeValue(value)}`, value);
  return undefined;
}

/**
 * Reads one event at `path()` (called only to report a problem). Returns null, after recording
 * why, when the event must be left out: not an object, `id`/`title`/`start` missing or not valid,
 * `end` not a date or before `start`, or an id already used. Everything else that is wrong is
 * dropped and reported, and the event is kept.
 */
export function parseEvent(input: unknown, path: () => string, ctx: EventContext): TimelineEvent | null {
  const { problems } = ctx;
  if (input === UNREADABLE) return null;
  if (!isObject(input)) {
    problems.error(path(), `expected an event object with "id", "start" and "title", got ${describeValue(input)}`, input);
    return null;
  }
  const f = new FieldReader(input, path, problems);
  f.reportUnknown(EVENT_FIELDS, 'an event');
  const id = requiredText(f, 'id', problems);
  if (id === '') problems.error(f.at('id'), `is empty: ${'every event needs a unique "id"'}`, id);
  const title = requiredText(f, 'title', problems);
  const start = readDate(f, 'start', ctx);
  if (start === undefined) problems.error(f.at('start'), `missing: every event needs a "start" date (${DATE_FORMS_HINT})`);
  const end = readDate(f, 'end', ctx);
  if (start !== undefined && start !== UNREADABLE && end !== undefined && end !== UNREADABLE && end.end <= start.start) {
    problems.error(f.at('end'), `${quote(end.text)} is before the start ${quote(start.text)}`, end.text);
    return null;
  }
  if (id === undefined || id === '' || title === undefined || start === undefined || start === UNREADABLE || end === UNREADABLE) {
    return null;
  }
  // The last check that leaves the event out: a new id is the event's from here on.
  const first = ctx.claimId(id);
  if (first !== undefined) {
    problems.error(f.at('id'), `${quote(id)} is already the id of events[${first}]; ids must be unique, so this event is left out`, id);
    return null;
  }
  if (isBlank(title)) problems.warning(f.at('title'), `${title === '' ? 'is empty' : 'has no visible characters'}: readers will see an event without a headline`, title);

  const event: TimelineEvent = { id, start: start.text, title };
  if (end !== undefined) event.end = end.text;
  const summary = f.optionalString('summary', 'plain text');
  if (summary !== undefined) event.summary = summary;
  const lane = f.optionalString('lane', 'a lane id');
  if (lane !== undefined) {
    if (ctx.laneIds.has(lane)) event.lane = lane;
    else problems.warning(f.at('lane'), `${quote(lane)} is not the id of a lane in "lanes"${declared(ctx.laneIds)}; the event is shown in the default lane`, lane);
  }
  const kind = f.get('kind');
  if (kind !== undefined && kind !== UNREADABLE) {
    if (KINDS.includes(kind as TimelineEventKind)) event.kind = kind as TimelineEventKind;
    else problems.error(f.at('kind'), `${typeof kind === 'string' ? quote(kind) : describeValue(kind)} is not a kind (use "event" or "deadline"); it is shown as "event"`, kind);
  }
  const tags = attachment(f, 'tags', parseTags);
  if (tags !== undefined) event.tags = tags;
  const sources = attachment(f, 'sources', parseSources);
  if (sources !== undefined) event.sources = sources;
  const media = attachment(f, 'media', parseMedia);
  if (media !== undefined) event.media = media;
  const approximate = f.get('approximate');
  if (typeof approximate === 'boolean') event.approximate = approximate;
  else if (approximate !== undefined && approximate !== UNREADABLE) {
    problems.error(f.at('approximate'), `expected true or false, got ${describeValue(approximate)}; it is left out`, approximate);
  }
  return event;
}

/** An optional attachment field, read by `parse` only when present (so its path is built only then). */
function attachment<T>(f: FieldReader, key: string, parse: (input: unknown, path: string, problems: ProblemList) => T | undefined): T | undefined {
  const input = f.get(key);
  return input === undefined ? undefined : parse(input, f.at(key), f.problems);
}

/** ` (declared: "a", "b")`, or ` (none are declared)`, kept short. */
function declared(ids: ReadonlySet<string>): string {
  if (ids.size === 0) return ' (none are declared)';
  const list = [...ids].slice(0, 5).map(quote).join(', ');
  return truncate(` (declared: ${list}${ids.size > 5 ? ', …' : ''})`, 200);
}
