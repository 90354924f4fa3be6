/** One TimelineJS3 slide (an entry of `events` or `eras`) to one of our events. */
import type { TimelineEvent, TimelineMedia, TimelineSource } from '../model/types.js';
import { describeValue, quote, type ProblemList } from '../model/problems.js';
import { FieldReader, isObject, UNREADABLE } from '../model/read.js';
import { safeUrl } from '../model/safety.js';
import { isDateError, parseDate } from '../model/dates.js';
import { IdPool, slugify } from './ids.js';
import type { LaneBook } from './lanes.js';
import { embedName, isImageUrl, linkLabel } from './media.js';
import { carryLinks, oneLine, readHtml } from './text.js';
import { timelineJsDate, type TimelineJSDate } from './timelinejs-date.js';
import { sameDateText, shownDate, splitCirca } from './display-date.js';

/** True when the unit `end` names ends before the unit `start` names begins. */
function endsBeforeStart(start: string, end: string): boolean {
  const a = parseDate(start);
  const b = parseDate(end);
  return !isDateError(a) && !isDateError(b) && b.end <= a.start;
}

/** What converting slides shares. */
export interface SlideContext {
  problems: ProblemList;
  ids: IdPool;
  lanes: LaneBook;
}

/** A slide's `text` object: headline and text as plain text, links as sources. */
export function slideText(input: unknown, path: string, problems: ProblemList) {
  if (input === undefined || input === UNREADABLE) return { sources: [] as TimelineSource[] };
  if (!isObject(input)) {
    problems.error(path, `expected { "headline": …, "text": … }, got ${describeValue(input)}; it is left out`, input);
    return { sources: [] as TimelineSource[] };
  }
  const f = new FieldReader(input, path, problems);
  const headline = readHtml(f.get('headline'), f.at('headline'), problems);
  const text = readHtml(f.get('text'), f.at('text'), problems);
  const sources: TimelineSource[] = [];
  carryLinks(headline, f.at('headline'), problems, sources);
  carryLinks(text, f.at('text'), problems, sources);
  return { headline: headline?.text, text: text?.text, sources };
}

/**
 * A slide's `media`: an image becomes the event's media (alt from `alt`, else the caption,
 * else the title); any other media (YouTube, Vimeo, tweets, maps …) cannot be shown, is
 * reported, and its link is kept as a source.
 */
function slideMedia(input: unknown, path: string, title: string, problems: ProblemList, sources: TimelineSource[]): TimelineMedia | undefined {
  if (input === undefined || input === UNREADABLE) return undefined;
  if (!isObject(input)) {
    problems.error(path, `expected { "url": … }, got ${describeValue(input)}; it is left out`, input);
    return undefined;
  }
  const f = new FieldReader(input, path, problems);
  const url = f.optionalString('url', 'a URL');
  if (url === undefined || url.trim() === '') return undefined;
  const caption = readHtml(f.get('caption'), f.at('caption'), problems)?.text;
  const credit = readHtml(f.get('credit'), f.at('credit'), problems)?.text;
  if (!isImageUrl(url)) {
    const safe = safeUrl(url);
    const kind = embedName(url);
    if (safe !== null && /^https?:/i.test(safe)) {
      if (!sources.some((s) => s.url === safe)) sources.push({ label: caption ? oneLine(caption) : `${kind === 'embed' ? linkLabel(safe) : kind}`, url: safe });
      problems.error(f.at('url'), `${quote(url)} is a ${kind}, not an image: the timeline shows only images, so it is left out and its link is kept as a source`, url);
    } else {
      problems.error(f.at('url'), `${quote(url)} is not an image the timeline can show (use an http(s) URL of a .jpg, .png, .gif, .webp, .avif or .svg file); it is left out`, url);
    }
    return undefined;
  }
  const alt = readHtml(f.get('alt'), f.at('alt'), problems)?.text;
  const media: TimelineMedia = { src: url.trim(), alt: alt ?? caption ?? title };
  if (alt === undefined) {
    problems.warning(f.at('alt'), `missing: the image's text alternative is taken from its ${caption ? 'caption' : "slide's headline"}; write an "alt" that describes the image`);
  } else if (caption !== undefined) {
    problems.warning(f.at('caption'), 'is not carried over: an image has only "alt" and "credit"', caption);
  }
  if (credit !== undefined) media.credit = credit;
  for (const key of ['link', 'thumbnail']) {
    if (f.get(key) !== undefined) problems.warning(f.at(key), 'is not carried over', undefined);
  }
  return media;
}

/**
 * Reports a `display_date` that says something other than what the timeline will show.
 * Returns true when it marks the date as "circa" (`c. 1450`), which carries over as
 * `approximate`.
 */
function checkDisplay(display: string | undefined, path: string, start: string, end: string | undefined, problems: ProblemList): boolean {
  if (display === undefined) return false;
  const { circa, rest } = splitCirca(display);
  const shown = shownDate(start, end);
  if (shown !== null && !sameDateText(rest, shown)) {
    problems.warning(path, `${quote(display)} is not carried over: the timeline shows the date as ${quote(circa ? `c. ${shown}` : shown)}`, display);
  }
  return circa;
}

/**
 * Options of {@link convertSlide}: a lane for every slide (instead of its `group`), and a
 * prefix for the ids made when a slide has no `unique_id` (`era` → `era-roman-republic`).
 */
export interface SlideOptions {
  laneId?: string;
  idPrefix?: string;
}

/**
 * Converts one slide at `path` (index `index`). Returns null, after recording why, when it
 * has no usable start date or is not an object.
 */
export function convertSlide(input: unknown, path: string, index: number, ctx: SlideContext, options: SlideOptions = {}): TimelineEvent | null {
  const { laneId, idPrefix = 'event' } = options;
  const { problems } = ctx;
  if (input === UNREADABLE) return null;
  if (!isObject(input)) {
    problems.error(path, `expected a slide object with "start_date", got ${describeValue(input)}; it is left out`, input);
    return null;
  }
  const f = new FieldReader(input, path, problems);
  const start = timelineJsDate(f.get('start_date'), f.at('start_date'), problems);
  if (start === null) return null;
  const rawEnd = f.get('end_date');
  let end: TimelineJSDate | null = null;
  if (rawEnd !== undefined && rawEnd !== null && rawEnd !== UNREADABLE) {
    end = timelineJsDate(rawEnd, f.at('end_date'), problems, 'the slide is kept without its end');
    if (end && endsBeforeStart(start.iso, end.iso)) {
      problems.error(f.at('end_date'), `${quote(end.iso)} is before the start ${quote(start.iso)}; the slide is kept without its end`, rawEnd);
      end = null;
    }
  }
  const text = slideText(f.get('text'), f.at('text'), problems);
  let title = text.headline ? oneLine(text.headline, 200) : '';
  if (title === '') {
    title = text.text ? oneLine(text.text, 60) : (shownDate(start.iso) ?? start.iso);
    problems.warning(f.at('text.headline'), `missing: the event is titled ${quote(title)}`);
  }
  const rawId = f.get('unique_id');
  const empty = typeof rawId === 'string' && rawId.trim() === '';
  const wanted = typeof rawId === 'string' && !empty ? rawId.trim() : typeof rawId === 'number' ? String(rawId) : '';
  const slug = slugify(text.headline ?? '');
  const base = wanted || (idPrefix === 'event' ? slug : slug && `${idPrefix}-${slug}`) || `${idPrefix}-${index + 1}`;
  const id = ctx.ids.take(base);
  const madeFrom = slug ? 'made from its headline' : 'made from its place in the list';
  if (empty) {
    problems.warning(f.at('unique_id'), `is empty, so the event gets the id ${quote(id)}, ${madeFrom}`, rawId);
  } else if (wanted === '' && rawId !== undefined && rawId !== UNREADABLE) {
    problems.error(f.at('unique_id'), `expected text, got ${describeValue(rawId)}; the event gets the id ${quote(id)}, ${madeFrom}`, rawId);
  }
  if (wanted !== '' && id !== wanted) {
    problems.warning(f.at('unique_id'), `${quote(wanted)} is used by an earlier slide; this one gets the id ${quote(id)}`, wanted);
  }
  const event: TimelineEvent = { id, start: start.iso, title };
  if (end) event.end = end.iso;
  if (text.text) event.summary = text.text;
  const group = f.get('group');
  if (laneId !== undefined) event.lane = laneId;
  else if (typeof group === 'string' && group.trim() !== '') event.lane = ctx.lanes.laneFor(group.trim(), group.trim(), f.at('group'));
  else if (group !== undefined && group !== UNREADABLE && group !== '') {
    problems.error(f.at('group'), `expected a group name, got ${describeValue(group)}; the event goes to the default lane`, group);
  }
  const media = slideMedia(f.get('media'), f.at('media'), title, problems, text.sources);
  if (media) event.media = media;
  if (text.sources.length > 0) event.sources = text.sources;
  let circa = checkDisplay(start.display, f.at('start_date.display_date'), start.iso, undefined, problems);
  if (end) circa = checkDisplay(end.display, f.at('end_date.display_date'), end.iso, undefined, problems) || circa;
  const display = f.get('display_date');
  if (typeof display === 'string' && display.trim() !== '') circa = checkDisplay(display, f.at('display_date'), event.start, event.end, problems) || circa;
  if (circa) event.approximate = true;
  if (f.get('background') !== undefined) {
    problems.warning(f.at('background'), 'is not carried over: the timeline has no slide backgrounds');
  }
  return event;
}
