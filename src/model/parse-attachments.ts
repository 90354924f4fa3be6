/** Reading an event's tags, sources and media: bad entries are dropped and reported. */
import type { TimelineMedia, TimelineSource } from './types.js';
import { describeValue, quote, type ProblemList } from './problems.js';
import { FieldReader, isArray, isObject, readItems, UNREADABLE } from './read.js';
import { safeUrl } from './safety.js';
import { MEDIA_FIELDS, SOURCE_FIELDS } from './fields.js';

/** Most tags or sources read from one event. */
export const MAX_LIST = 10_000;
const URL_HINT = 'use an http:, https: or relative URL';

/** The tags that are strings; others are reported and left out. */
export function parseTags(input: unknown, path: string, problems: ProblemList): string[] | undefined {
  if (input === undefined || input === UNREADABLE) return undefined;
  if (!isArray(input)) {
    problems.error(path, `expected an array of text tags, got ${describeValue(input)}; the tags are left out`, input);
    return undefined;
  }
  const tags: string[] = [];
  readItems(input, path, MAX_LIST, problems).forEach((tag, i) => {
    if (typeof tag === 'string') tags.push(tag);
    else if (tag !== UNREADABLE) problems.error(`${path}[${i}]`, `expected a text tag, got ${describeValue(tag)}; it is left out`, tag);
  });
  return tags;
}

/** A URL read with {@link safeUrl}; undefined after reporting when missing, not text or unsafe. */
function readUrl(f: FieldReader, key: string, owner: string, problems: ProblemList): string | undefined {
  const value = f.get(key);
  if (value === UNREADABLE) return undefined;
  if (typeof value !== 'string') {
    const message = value === undefined ? `missing: the ${owner} needs a "${key}"` : `expected a URL, got ${describeValue(value)}`;
    problems.error(f.at(key), `${message}; the ${owner} is left out`, value);
    return undefined;
  }
  const safe = safeUrl(value);
  if (safe === null) problems.error(f.at(key), `${quote(value)} is not a safe link (${URL_HINT}); the ${owner} is left out`, value);
  else if (/[\t\n\r]/.test(value.trim())) problems.warning(f.at(key), `${quote(value)} has tabs or line breaks inside; they are removed`, value);
  return safe ?? undefined;
}

/** A required text field; undefined after reporting when missing or not text. */
function readText(f: FieldReader, key: string, owner: string, problems: ProblemList, missing?: string): string | undefined {
  const value = f.get(key);
  if (typeof value === 'string') return value;
  if (value !== UNREADABLE) {
    const message =
      value === undefined ? `missing: ${missing ?? `the ${owner} needs a "${key}"`}` : `expected text, got ${describeValue(value)}`;
    problems.error(f.at(key), `${message}; the ${owner} is left out`, value);
  }
  return undefined;
}

function parseSource(input: unknown, path: string, problems: ProblemList): TimelineSource | null {
  if (input === UNREADABLE) return null;
  if (!isObject(input)) {
    problems.error(path, `expected a source object with "label" and "url", got ${describeValue(input)}; it is left out`, input);
    return null;
  }
  const f = new FieldReader(input, path, problems);
  f.reportUnknown(SOURCE_FIELDS, 'a source');
  const label = readText(f, 'label', 'source', problems);
  const url = readUrl(f, 'url', 'source', problems);
  return label === undefined || url === undefined ? null : { label, url };
}

/** The sources that have a label and a safe URL; others are reported and left out. */
export function parseSources(input: unknown, path: string, problems: ProblemList): TimelineSource[] | undefined {
  if (input === undefined || input === UNREADABLE) return undefined;
  if (!isArray(input)) {
    problems.error(path, `expected an array of sources, got ${describeValue(input)}; the sources are left out`, input);
    return undefined;
  }
  const sources: TimelineSource[] = [];
  readItems(input, path, MAX_LIST, problems).forEach((item, i) => {
    const source = parseSource(item, `${path}[${i}]`, problems);
    if (source) sources.push(source);
  });
  return sources;
}

/** The media when it has a safe `src` and an `alt`; otherwise undefined, reported. */
export function parseMedia(input: unknown, path: string, problems: ProblemList): TimelineMedia | undefined {
  if (input === undefined || input === UNREADABLE) return undefined;
  if (!isObject(input)) {
    problems.error(path, `expected a media object with "src" and "alt", got ${describeValue(input)}; it is left out`, input);
    return undefined;
  }
  const f = new FieldReader(input, path, problems);
  f.reportUnknown(MEDIA_FIELDS, 'an image');
  const src = readUrl(f, 'src', 'image', problems);
  const alt = readText(f, 'alt', 'image', problems, 'describe the image in "alt" for readers who cannot see it');
  const credit = f.optionalString('credit');
  if (src === undefined || alt === undefined) return undefined;
  const media: TimelineMedia = { src, alt };
  if (credit !== undefined) media.credit = credit;
  return media;
}
