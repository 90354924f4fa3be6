/**
 * TimelineJS 2 documents, the format TimelineJS used before version 3 and that many published
 * embeds still use: `{ "timeline": { "headline", "text", "asset", "startDate", "date": [ … ],
 * "era": [ … ] } }`. They are rewritten here as TimelineJS3 documents, so that `fromTimelineJS`
 * converts them by the same rules, and its problems are given back with TimelineJS 2 paths
 * (`timeline.date[3].startDate`) by {@link version2Path}.
 *
 * How the fields map: a slide's `startDate`, `endDate` (`"2011,12,10"`, `"2011,12,10,13,30"`,
 * `"12/10/2011"`, `"12/2011"`, `"2011"`, `"-500"`, `"2011-12-10"`) → date objects; `headline`,
 * `text` → `text.headline`, `text.text`; `tag` → `group`; `asset` (`media`, `credit`, `caption`,
 * `thumbnail`) → `media` (`url`, …); `era` → `eras`; the timeline's own `headline`, `text`,
 * `asset` and `startDate` → the title slide. `type`, `tags` and `classname` have no counterpart.
 */
import { describeValue, quote, type ProblemList } from '../model/problems.js';
import { FieldReader, isArray, isObject, readItems, UNREADABLE } from '../model/read.js';
import { MAX_EVENTS } from '../model/parse.js';

/** The `timeline` object of a TimelineJS 2 document (one without TimelineJS3's `events`), else null. */
export function timelineJS2(root: FieldReader): object | null {
  if (root.get('events') !== undefined) return null;
  const timeline = root.get('timeline');
  return isObject(timeline) ? timeline : null;
}

const COMMA_FIELDS = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const;
const SLASH = /^(\d{1,2})\/(?:(\d{1,2})\/)?([+-]?\d{3,12})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const ISO = /^([+-]?\d{4,12})-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?Z?)?)?$/;

/** Named fields from regex groups, leaving out those not matched. */
function fields(names: readonly string[], values: Array<string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  names.forEach((name, i) => {
    if (values[i] !== undefined) out[name] = values[i] as string;
  });
  return out;
}

/**
 * A TimelineJS 2 date (a string as TimelineJS 2 read them, or a number for a year) as a
 * TimelineJS3 date object, whose fields `fromTimelineJS` then checks. Undefined when absent;
 * {@link UNREADABLE} after recording why it is not a date, ending with `leftOut`.
 */
function dateObject(value: unknown, path: string, problems: ProblemList, leftOut: string): object | undefined | typeof UNREADABLE {
  if (value === undefined || value === UNREADABLE) return value;
  if (typeof value === 'number') return { year: value };
  const hint = 'such as "2011,12,10", "12/10/2011" or "2011"';
  if (typeof value !== 'string') {
    problems.error(path, `expected a TimelineJS 2 date ${hint}, got ${describeValue(value)}; ${leftOut}`, value);
    return UNREADABLE;
  }
  const text = value.trim();
  let match: RegExpExecArray | null;
  if (/^[+-]?\d+(,\s*\d*)+$/.test(text)) return fields(COMMA_FIELDS, text.split(',').map((part) => part.trim()));
  if (/^[+-]?\d{1,12}$/.test(text)) return { year: text };
  if ((match = SLASH.exec(text))) return fields(['month', 'day', 'year', 'hour', 'minute', 'second'], match.slice(1));
  if ((match = ISO.exec(text))) return fields(['year', 'month', 'day', 'hour', 'minute', 'second'], match.slice(1));
  problems.error(path, `${quote(value)} is not a TimelineJS 2 date (write it ${hint}); ${leftOut}`, value);
  return UNREADABLE;
}

/** One TimelineJS 2 slide (of `date` or `era`) as a TimelineJS3 slide, or UNREADABLE after reporting. */
function slide(input: unknown, path: string, problems: ProblemList): unknown {
  if (input === UNREADABLE) return UNREADABLE;
  if (!isObject(input)) {
    problems.error(path, `expected a slide object with "startDate", got ${describeValue(input)}; it is left out`, input);
    return UNREADABLE;
  }
  const f = new FieldReader(input, path, problems);
  const start = dateObject(f.get('startDate'), f.at('startDate'), problems, 'the slide is left out');
  if (start === undefined) {
    problems.error(f.at('startDate'), 'missing: a TimelineJS 2 slide needs a "startDate" such as "2011,12,10"; the slide is left out');
    return UNREADABLE;
  }
  if (start === UNREADABLE) return UNREADABLE;
  const out: Record<string, unknown> = { start_date: start, text: { headline: f.get('headline'), text: f.get('text') } };
  const end = dateObject(f.get('endDate'), f.at('endDate'), problems, 'the slide is kept without its end');
  if (end !== undefined) out.end_date = end;
  const tag = f.get('tag');
  if (tag !== undefined) out.group = tag;
  const asset = f.get('asset');
  if (isObject(asset)) {
    const a = new FieldReader(asset, f.at('asset'), problems);
    out.media = { url: a.get('media'), credit: a.get('credit'), caption: a.get('caption'), thumbnail: a.get('thumbnail') };
  } else if (asset !== undefined) {
    out.media = asset;
  }
  return out;
}

/** The slides of `timeline.<key>`, converted; [] (reported when required) when not an array. */
function slides(t: FieldReader, key: 'date' | 'era', problems: ProblemList): unknown[] {
  const value = t.get(key);
  if (value === undefined || value === UNREADABLE) {
    if (key === 'date' && value === undefined) problems.error(t.at(key), 'missing: a TimelineJS 2 document lists its slides in "date"');
    return [];
  }
  if (!isArray(value)) {
    problems.error(t.at(key), `expected an array of slides, got ${describeValue(value)}`, value);
    return [];
  }
  return readItems(value, t.at(key), MAX_EVENTS, problems).map((item, i) => slide(item, `${t.at(key)}[${i}]`, problems));
}

/**
 * The TimelineJS3 document that says what the TimelineJS 2 document's `timeline` object says (see
 * the module comment); records that it is a TimelineJS 2 document, and whatever it cannot rewrite.
 */
export function fromVersion2(timeline: object, problems: ProblemList): object {
  problems.warning('timeline', 'this is a TimelineJS 2 document: it is converted from TimelineJS 2\'s format ("date" and "era" slides with "startDate" texts such as "2011,12,10")');
  const t = new FieldReader(timeline, 'timeline', problems);
  const title: Record<string, unknown> = { text: { headline: t.get('headline'), text: t.get('text') } };
  const asset = t.get('asset');
  if (asset !== undefined && asset !== UNREADABLE) title.media = asset;
  const startDate = t.get('startDate');
  if (startDate !== undefined && startDate !== UNREADABLE) title.start_date = startDate;
  return { title, events: slides(t, 'date', problems), eras: slides(t, 'era', problems) };
}

/** A slide field's TimelineJS3 path (after `events[3]`) and its TimelineJS 2 path. */
const SLIDE_PATHS: Array<[RegExp, string]> = [
  [/^\.start_date(\.\w+)?/, '.startDate'],
  [/^\.end_date(\.\w+)?/, '.endDate'],
  [/^\.text\.headline/, '.headline'],
  [/^\.text(\.text)?/, '.text'],
  [/^\.media\.url/, '.asset.media'],
  [/^\.media/, '.asset'],
  [/^\.group/, '.tag'],
];

const TITLE_PATHS: Array<[RegExp, string]> = [
  [/^title\.text\.headline/, 'timeline.headline'],
  [/^title\.text(\.text)?/, 'timeline.text'],
  [/^title\.media/, 'timeline.asset'],
  [/^title\.start_date/, 'timeline.startDate'],
  [/^title$/, 'timeline'],
];

/** A problem path of the rewritten document in the TimelineJS 2 input's terms. */
export function version2Path(path: string): string {
  const slideMatch = /^(events|eras)\[(\d+)\]/.exec(path);
  if (slideMatch) {
    let rest = path.slice(slideMatch[0].length);
    const rule = SLIDE_PATHS.find(([re]) => re.test(rest));
    if (rule) rest = rest.replace(rule[0], rule[1]);
    return `timeline.${slideMatch[1] === 'events' ? 'date' : 'era'}[${slideMatch[2]}]${rest}`;
  }
  if (path === 'events') return 'timeline.date';
  if (path === 'eras') return 'timeline.era';
  const rule = TITLE_PATHS.find(([re]) => re.test(path));
  return rule ? path.replace(rule[0], rule[1]) : path;
}
