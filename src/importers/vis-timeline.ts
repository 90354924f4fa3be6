/**
 * `fromVisTimeline`: vis-timeline items and groups to a timeline document.
 *
 * What carries over, and how:
 * - each group becomes a lane (in the groups' `order`, else as given): id slugified from its
 *   label (else its id), label the plain text of `content`;
 * - each item becomes an event: `id` (made when missing), `content` (HTML) → `title` as plain
 *   text, `title` (the tooltip) → `summary`, `group` → its lane; `start`/`end` from `Date`s,
 *   milliseconds or ISO strings. vis-timeline's `end` is an exclusive instant, ours includes
 *   its whole unit, so a range ending at a UTC midnight after a calendar start ends on the
 *   day before (`2020-06-01`…`2020-06-05T00:00Z` → `2020-06-01`…`2020-06-04`);
 * - `type`: `box` and `point` become events, `range` (or any item with an `end` and no type)
 *   a range; `background` items are left out and reported (the timeline has no shaded
 *   periods).
 *
 * Reported: items left out (errors), `style`, `className`, nested or hidden groups and times
 * without a zone (warnings), dropped HTML markup (warnings).
 */
import type { TimelineDocument, TimelineEvent, TimelineSource } from '../model/types.js';
import { describeValue, quote, ProblemList } from '../model/problems.js';
import { FieldReader, isArray, isObject, readItems, UNREADABLE } from '../model/read.js';
import { MAX_EVENTS } from '../model/parse.js';
import { finish, type ImportResult, type Origins } from './finish.js';
import { IdPool } from './ids.js';
import { DAY_MS, isoDayBefore, isoFromTime } from './iso.js';
import { LaneBook } from './lanes.js';
import { carryLinks, oneLine, readHtml, reportMarkup } from './text.js';
import { visDate } from './vis-date.js';

/** The title of the document `fromVisTimeline` makes (vis data has none). */
export const VIS_TITLE = 'Imported from vis-timeline';

const TYPES = ['box', 'point', 'range', 'background'];

/** The entries of an array, or of a vis-data `DataSet`/`DataView` (anything with `get()`). */
function entries(input: unknown, path: string, problems: ProblemList): unknown[] | null {
  let list = input;
  if (isObject(input) && !isArray(input)) {
    try {
      const get = (input as { get?: unknown }).get;
      if (typeof get === 'function') list = (get as () => unknown).call(input);
    } catch {
      problems.error(path, 'could not be read: its get() threw');
      return null;
    }
  }
  if (!isArray(list)) {
    problems.error(path, `expected an array (or a vis-data DataSet), got ${describeValue(input)}`, input);
    return null;
  }
  return readItems(list, path, MAX_EVENTS, problems);
}

/** The key of a vis id (`1` and `"1"` name the same group, as in vis-data). */
function idKey(value: unknown): string | null {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** Fields that only style an item or group: reported, not carried. */
function reportStyling(f: FieldReader): void {
  for (const key of ['style', 'className']) {
    const value = f.get(key);
    if (value !== undefined && value !== UNREADABLE && value !== '') {
      f.problems.warning(f.at(key), `is not carried over: style lanes and events with the timeline's CSS custom properties and parts`, value);
    }
  }
}

function readGroups(input: unknown, lanes: LaneBook, problems: ProblemList): void {
  const list = entries(input, 'groups', problems);
  if (list === null) return;
  const groups: Array<{ key: string; label: string; order: number; index: number }> = [];
  list.forEach((group, i) => {
    const path = `groups[${i}]`;
    if (group === UNREADABLE) return;
    if (!isObject(group)) {
      problems.error(path, `expected a group { "id": …, "content": … }, got ${describeValue(group)}; it is left out`, group);
      return;
    }
    const f = new FieldReader(group, path, problems);
    const key = idKey(f.get('id'));
    if (key === null) {
      problems.error(f.at('id'), 'missing or not a string or number; the group is left out', f.get('id'));
      return;
    }
    const content = readHtml(f.get('content'), f.at('content'), problems);
    reportMarkup(content, f.at('content'), problems);
    const order = f.get('order');
    groups.push({ key, label: content ? oneLine(content.text, 120) : key, order: typeof order === 'number' ? order : Infinity, index: i });
    reportStyling(f);
    if (f.get('nestedGroups') !== undefined) problems.warning(f.at('nestedGroups'), 'nested groups are flattened: every group becomes a lane of its own');
    if (f.get('visible') === false) problems.warning(f.at('visible'), 'hidden groups are shown: the lane is kept');
  });
  groups.sort((a, b) => a.order - b.order || a.index - b.index);
  for (const g of groups) {
    if (lanes.get(g.key) !== undefined) problems.error(`groups[${g.index}].id`, `${quote(g.key)} is the id of an earlier group; this group is left out`, g.key);
    else lanes.laneFor(g.key, g.label, `groups[${g.index}]`);
  }
}

/** The item's type: vis-timeline's default is `range` with an `end`, `box` without. */
function itemType(f: FieldReader, hasEnd: boolean): string {
  const type = f.get('type');
  if (typeof type === 'string' && TYPES.includes(type)) return type;
  if (type !== undefined && type !== UNREADABLE) {
    f.problems.warning(f.at('type'), `${describeValue(type)} is not a vis-timeline item type (box, point, range, background); it is read as ${hasEnd ? 'range' : 'box'}`, type);
  }
  return hasEnd ? 'range' : 'box';
}

function convertItem(item: unknown, i: number, ctx: { problems: ProblemList; ids: IdPool; lanes: LaneBook; haveGroups: boolean }): TimelineEvent | null {
  const { problems } = ctx;
  const path = `items[${i}]`;
  if (item === UNREADABLE) return null;
  if (!isObject(item)) {
    problems.error(path, `expected an item { "start": …, "content": … }, got ${describeValue(item)}; it is left out`, item);
    return null;
  }
  const f = new FieldReader(item, path, problems);
  const rawEnd = f.get('end');
  const hasEnd = rawEnd !== undefined && rawEnd !== null && rawEnd !== UNREADABLE;
  const type = itemType(f, hasEnd);
  if (type === 'background') {
    problems.error(path, 'background items are left out: the timeline has no shaded periods (add them as range events if they matter)');
    return null;
  }
  const start = visDate(f.get('start'), f.at('start'), problems, 'the item is left out');
  if (start === null) return null;
  const content = readHtml(f.get('content'), f.at('content'), problems);
  const tooltip = readHtml(f.get('title'), f.at('title'), problems);
  let title = content ? oneLine(content.text, 200) : '';
  if (title === '') {
    title = tooltip ? oneLine(tooltip.text, 60) : 'Untitled event';
    problems.warning(f.at('content'), `missing or empty: the event is titled ${quote(title)}`);
  }
  const key = idKey(f.get('id'));
  const id = ctx.ids.take(key ?? `item-${i + 1}`);
  if (key !== null && id !== key) problems.warning(f.at('id'), `${quote(key)} is used by an earlier item; this one gets the id ${quote(id)}`, key);
  const event: TimelineEvent = { id, start: start.iso, title };
  if (type === 'range') {
    const end = hasEnd ? visDate(rawEnd, f.at('end'), problems, 'the item is kept as a point') : null;
    if (!hasEnd) problems.warning(f.at('end'), 'missing: a range needs an end; the item is kept as a point');
    if (end && end.ms <= start.ms) {
      problems.error(f.at('end'), 'is not after the start; the item is kept as a point', rawEnd);
    } else if (end) {
      const calendarEnd = start.calendar && end.ms % DAY_MS === 0;
      event.end = calendarEnd ? (isoDayBefore(end.ms) ?? end.iso) : end.calendar ? (isoFromTime(end.ms, false) ?? end.iso) : end.iso;
    }
  } else if (hasEnd) {
    problems.warning(f.at('end'), `is ignored: vis-timeline draws a ${type} item at its start only`, rawEnd);
  }
  if (tooltip?.text) event.summary = tooltip.text;
  const sources: TimelineSource[] = [];
  carryLinks(content, f.at('content'), problems, sources);
  carryLinks(tooltip, f.at('title'), problems, sources);
  if (sources.length > 0) event.sources = sources;
  const group = f.get('group');
  const groupKey = idKey(group);
  if (groupKey !== null) {
    let lane = ctx.lanes.get(groupKey);
    if (lane === undefined) {
      if (ctx.haveGroups) problems.warning(f.at('group'), `${quote(groupKey)} is not the id of a group; a lane is made for it`, group);
      lane = ctx.lanes.laneFor(groupKey, groupKey, f.at('group'));
    }
    event.lane = lane;
  } else if (group !== undefined && group !== null && group !== UNREADABLE) {
    problems.error(f.at('group'), `expected a group id, got ${describeValue(group)}; the event goes to the default lane`, group);
  }
  reportStyling(f);
  return event;
}

/**
 * Converts vis-timeline items (and optionally groups), as arrays or vis-data DataSets, into a
 * valid timeline document, never throwing. See the module comment for what carries over.
 * @returns the document (always valid: it went through `parseTimeline`) and the problems,
 *   with paths such as `items[3].start` and `groups[1].content`.
 */
export function fromVisTimeline(items: unknown, groups?: unknown): ImportResult {
  const problems = new ProblemList();
  const draft: TimelineDocument = { title: VIS_TITLE, lanes: [], events: [] };
  const origins: Origins = { events: [], lanes: [], fields: { title: 'content', summary: 'title', lane: 'group', sources: 'content' } };
  try {
    const lanes = new LaneBook();
    const haveGroups = groups !== undefined && groups !== null;
    if (haveGroups) readGroups(groups, lanes, problems);
    const ids = new IdPool();
    const list = entries(items, 'items', problems) ?? [];
    list.forEach((item, i) => {
      const event = convertItem(item, i, { problems, ids, lanes, haveGroups });
      if (!event) return;
      draft.events.push(event);
      origins.events.push(`items[${i}]`);
    });
    draft.lanes = lanes.lanes;
    origins.lanes = lanes.origins;
  } catch {
    problems.error('(root)', 'could not be read completely');
  }
  return finish(draft, problems, origins);
}
