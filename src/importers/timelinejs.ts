/**
 * `fromTimelineJS`: a TimelineJS3 (or TimelineJS 2) JSON document to a timeline document.
 *
 * What carries over, and how:
 * - the `title` slide's headline and text become the document's title and description;
 * - each entry of `events` becomes an event: `start_date`/`end_date` in the precision their
 *   fields imply (`{year}` → `YYYY`, `{year, month}` → `YYYY-MM`, … a time → a UTC
 *   date-time), BCE years renumbered (TimelineJS `-44` is 44 BCE, our `-0043`);
 *   `text.headline` → `title`, `text.text` → `summary` (HTML reduced to plain text, links
 *   kept as sources); `group` → a lane (id slugified, label the group name); `unique_id` →
 *   `id` (made from the headline when missing, `-2`, `-3` appended when taken);
 *   an image `media` → `media` (other media are reported; their link becomes a source);
 * - `eras` become range events in a lane labelled "Eras" (last), since the timeline has no
 *   eras of its own; each conversion is reported as a warning.
 *
 * - `scale: "cosmological"` documents carry over whole: years beyond what a `Date` holds
 *   (`-13798000000`) become deep-time years, read as that many years ago, as TimelineJS does.
 *
 * Reported (problems with the input's paths, e.g. `events[3].media.url`): anything left out
 * (severity `error`: slides without a usable date, non-image media, unsafe links) and
 * anything changed or not shown (severity `warning`: dropped HTML markup, a `display_date`
 * that differs from the date shown, times read as UTC, backgrounds, eras, an unknown scale).
 */
import type { TimelineDocument, TimelineEvent } from '../model/types.js';
import { describeValue, ProblemList, quote } from '../model/problems.js';
import { FieldReader, isArray, isObject, readItems, UNREADABLE } from '../model/read.js';
import { FALLBACK_TITLE, MAX_EVENTS } from '../model/parse.js';
import { readJsonText } from '../model/json-text.js';
import { finish, type ImportResult, type Origins } from './finish.js';
import { IdPool } from './ids.js';
import { LaneBook } from './lanes.js';
import { convertSlide, slideText, type SlideContext } from './timelinejs-slide.js';
import { oneLine } from './text.js';
import { fromVersion2, timelineJS2, version2Path } from './timelinejs2.js';

/** The label of the lane that holds converted eras. */
export const ERAS_LANE_LABEL = 'Eras';

/** Our event fields in TimelineJS's words, for the final parse's problem paths. */
const TIMELINEJS_FIELDS = { id: 'unique_id', start: 'start_date', end: 'end_date', title: 'text.headline', summary: 'text.text', lane: 'group', media: 'media', sources: 'text' };

/** The input as an object: parsed from JSON text when it is a string. */
function rootObject(json: unknown, problems: ProblemList): object | null {
  const value = typeof json === 'string' ? readJsonText(json, problems) : json;
  if (value === UNREADABLE) return null;
  if (!isObject(value)) {
    problems.error('(root)', `expected a TimelineJS document { "title": …, "events": [ … ] }, got ${describeValue(value)}`, value);
    return null;
  }
  return value;
}

/** The slides of an array field, each or UNREADABLE; [] (reported) when not an array. */
function slides(f: FieldReader, key: string, required: boolean): unknown[] {
  const value = f.get(key);
  if (value === UNREADABLE || (value === undefined && !required)) return [];
  if (!isArray(value)) {
    const message = value === undefined ? 'missing: a TimelineJS document lists its slides in "events"' : `expected an array of slides, got ${describeValue(value)}`;
    f.problems.error(f.at(key), message, value);
    return [];
  }
  return readItems(value, f.at(key), MAX_EVENTS, f.problems);
}

/** Title and description from the `title` slide; what else it has is reported. */
function titleSlide(f: FieldReader, draft: TimelineDocument): void {
  const problems = f.problems;
  const input = f.get('title');
  if (input === undefined || input === UNREADABLE) {
    problems.warning('title', `missing: the timeline is titled "${FALLBACK_TITLE}"`);
    return;
  }
  if (!isObject(input)) {
    problems.error('title', `expected a title slide { "text": { "headline": … } }, got ${describeValue(input)}; the timeline is titled "${FALLBACK_TITLE}"`, input);
    return;
  }
  const slide = new FieldReader(input, 'title', problems);
  const text = slideText(slide.get('text'), slide.at('text'), problems);
  if (text.headline) draft.title = oneLine(text.headline, 200);
  else problems.warning('title.text.headline', `missing: the timeline is titled "${FALLBACK_TITLE}"`);
  if (text.text) draft.description = text.text;
  if (text.sources.length > 0) problems.warning('title.text', 'its links are not carried over: a timeline has no sources of its own');
  for (const key of ['media', 'background', 'start_date']) {
    if (slide.get(key) !== undefined) problems.warning(slide.at(key), 'is not carried over: the title slide gives only the title and description');
  }
}

/**
 * Converts a TimelineJS3 JSON document (an object, or its JSON text) into a valid timeline
 * document, never throwing. See the module comment for what carries over. A TimelineJS 2
 * document (`{ "timeline": { "date": [ … ] } }`) is recognised, said to be one (a warning at
 * `timeline`), and converted by the same rules (see `timelinejs2.ts`), its problems given
 * with its own paths (`timeline.date[3].startDate`).
 * @returns the document (always valid: it went through `parseTimeline`) and the problems,
 *   with paths into the TimelineJS input.
 */
export function fromTimelineJS(json: unknown): ImportResult {
  const problems = new ProblemList();
  const draft: TimelineDocument = { title: FALLBACK_TITLE, lanes: [], events: [] };
  const origins: Origins = { events: [], lanes: [], title: 'title.text.headline', fields: TIMELINEJS_FIELDS };
  let version = 3;
  try {
    const root = rootObject(json, problems);
    if (root === null) return finish(draft, problems, origins);
    let f = new FieldReader(root, '', problems);
    const timeline = timelineJS2(f);
    if (timeline) {
      version = 2;
      f = new FieldReader(fromVersion2(timeline, problems), '', problems);
    }
    titleSlide(f, draft);
    const ctx: SlideContext = { problems, ids: new IdPool(), lanes: new LaneBook() };
    const add = (event: TimelineEvent | null, path: string) => {
      if (!event) return;
      draft.events.push(event);
      origins.events.push(path);
    };
    slides(f, 'events', true).forEach((slide, i) => add(convertSlide(slide, `events[${i}]`, i, ctx), `events[${i}]`));
    const eras = slides(f, 'eras', false);
    if (eras.length > 0) {
      const lane = ctx.lanes.laneFor('\u0000eras', ERAS_LANE_LABEL, 'eras');
      problems.warning('eras', `the timeline has no eras: the ${eras.length} era${eras.length === 1 ? ' becomes a range event' : 's become range events'} in the lane "${ERAS_LANE_LABEL}"`);
      eras.forEach((era, i) => {
        add(convertSlide(era, `eras[${i}]`, i, ctx, { laneId: lane, idPrefix: 'era' }), `eras[${i}]`);
      });
    }
    const scale = f.get('scale');
    if (scale !== undefined && scale !== 'human' && scale !== 'cosmological' && scale !== UNREADABLE) {
      problems.warning('scale', `${typeof scale === 'string' ? quote(scale) : describeValue(scale)} is not a TimelineJS scale ("human" or "cosmological"); it is ignored`, scale);
    }
    draft.lanes = ctx.lanes.lanes;
    origins.lanes = ctx.lanes.origins;
  } catch {
    // Defensive: every read is guarded; keep the promise never to throw if one is missed.
    problems.error('(root)', 'could not be read completely');
  }
  const result = finish(draft, problems, origins);
  if (version === 2) result.problems = result.problems.map((p) => ({ ...p, path: version2Path(p.path) }));
  return result;
}
