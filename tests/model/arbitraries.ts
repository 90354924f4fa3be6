/** fast-check generators of valid timeline documents and dates, and of mutations of them. */
import fc from '../helpers/fc.js';
import type { TimelineDocument, TimelineEvent, TimelineLane } from '../../src/model/types.js';
import { utc } from './utc.js';
import { isBlank } from '../../src/model/read.js';

/** Days in a month (1-based), computed by the platform, independent of the code under test. */
export function monthDays(year: number, month: number): number {
  return new Date(utc(year, month + 1, 0)).getUTCDate();
}

function yearText(year: number): string {
  if (year >= 0 && year <= 9999) return String(year).padStart(4, '0');
  return `${year < 0 ? '-' : '+'}${String(Math.abs(year)).padStart(6, '0')}`;
}

const two = (n: number): string => String(n).padStart(2, '0');

/** The parts of a valid date, and the text that writes them. */
export interface DateParts {
  text: string;
  precision: 'year' | 'month' | 'day' | 'minute' | 'second';
  year: number;
  month: number;
  day: number;
  hours: number;
  minutes: number;
  seconds: number;
  ms: number;
  offset: number;
  /** Expected UTC ms of the first instant, computed here independently of the parser. */
  start: number;
  /** Expected exclusive UTC ms of the end of the unit. */
  end: number;
}

function expectedSpan(p: Omit<DateParts, 'start' | 'end'>): { start: number; end: number } {
  const { year: y, month: m, day: d } = p;
  switch (p.precision) {
    case 'year':
      return { start: utc(y), end: utc(y + 1) };
    case 'month':
      return { start: utc(y, m), end: utc(y, m + 1) };
    case 'day':
      return { start: utc(y, m, d), end: utc(y, m, d + 1) };
    default: {
      const unit = utc(y, m, d, p.hours, p.minutes, p.seconds) - p.offset * 60_000;
      return { start: unit + p.ms, end: unit + (p.precision === 'minute' ? 60_000 : 1000) };
    }
  }
}

/** Valid dates in every precision, mostly recent years, sometimes BCE and extended years. */
export const dateParts: fc.Arbitrary<DateParts> = fc
  .record({
    year: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1800, max: 2100 }) }, { weight: 1, arbitrary: fc.integer({ min: -271_000, max: 275_000 }) }, fc.constantFrom(0, -1, 1, 99, 100, 9999, 10_000)),
    month: fc.integer({ min: 1, max: 12 }),
    dayFraction: fc.double({ min: 0, max: 0.9999, noNaN: true }),
    hours: fc.integer({ min: 0, max: 23 }),
    minutes: fc.integer({ min: 0, max: 59 }),
    seconds: fc.integer({ min: 0, max: 59 }),
    ms: fc.option(fc.integer({ min: 0, max: 999 }), { nil: undefined }),
    offset: fc.oneof(fc.constant(0), fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 })),
    precision: fc.constantFrom('year', 'month', 'day', 'minute', 'second') as fc.Arbitrary<DateParts['precision']>,
  })
  .map(({ year, month, dayFraction, hours, minutes, seconds, ms, offset, precision }) => {
    const day = 1 + Math.floor(dayFraction * monthDays(year, month));
    let text = yearText(year);
    if (precision !== 'year') text += `-${two(month)}`;
    if (precision !== 'year' && precision !== 'month') text += `-${two(day)}`;
    const timed = precision === 'minute' || precision === 'second';
    if (timed) text += `T${two(hours)}:${two(minutes)}`;
    if (precision === 'second') text += `:${two(seconds)}${ms === undefined ? '' : `.${String(ms).padStart(3, '0')}`}`;
    if (timed) {
      const abs = Math.abs(offset);
      text += offset === 0 ? 'Z' : `${offset < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
    }
    const parts = {
      text, precision, year,
      month: precision === 'year' ? 1 : month,
      day: precision === 'year' || precision === 'month' ? 1 : day,
      hours: timed ? hours : 0,
      minutes: timed ? minutes : 0,
      seconds: precision === 'second' ? seconds : 0,
      ms: precision === 'second' ? (ms ?? 0) : 0,
      offset: timed ? offset : 0,
    };
    return { ...parts, ...expectedSpan(parts) };
  });

const text = fc.oneof(fc.string({ minLength: 1, maxLength: 30 }), fc.string({ minLength: 1, maxLength: 30, unit: 'binary' }));
/** A title with something to see (a blank one is a warning: see `isBlank`). */
const titleText = text.filter((t) => !isBlank(t));
const safeUrlText = fc.oneof(fc.webUrl(), fc.constantFrom('/a.png', 'img/b.jpg', '../c.pdf', '#x', '?q=1', '//cdn.example/d.png'));
const hex = (n: number) => fc.array(fc.constantFrom(...'0123456789abcdef'), { minLength: n, maxLength: n }).map((c) => `#${c.join('')}`);
const colorText = fc.oneof(hex(3), hex(6), hex(8), fc.constantFrom('red', 'rebeccapurple', 'transparent', 'rgb(1, 2, 3)', 'hsl(120deg 50% 40%)'));

/** A lane list with unique ids. */
export const lanes: fc.Arbitrary<TimelineLane[]> = fc.uniqueArray(
  fc.record({ id: text, label: fc.string({ maxLength: 20 }), color: colorText }, { requiredKeys: ['id', 'label'] }),
  { selector: (lane) => lane.id, maxLength: 4 },
);

function eventArb(laneIds: string[]): fc.Arbitrary<Omit<TimelineEvent, 'id'>> {
  return fc
    .record(
      {
        start: dateParts,
        end: dateParts,
        title: titleText,
        summary: fc.string({ maxLength: 40 }),
        lane: laneIds.length > 0 ? fc.constantFrom(...laneIds) : fc.constant(undefined),
        kind: fc.constantFrom('event', 'deadline') as fc.Arbitrary<'event' | 'deadline'>,
        tags: fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }),
        sources: fc.array(fc.record({ label: fc.string({ maxLength: 20 }), url: safeUrlText }), { maxLength: 2 }),
        media: fc.record({ src: safeUrlText, alt: fc.string({ maxLength: 20 }), credit: fc.string({ maxLength: 10 }) }, { requiredKeys: ['src', 'alt'] }),
        approximate: fc.boolean(),
      },
      { requiredKeys: ['start', 'title'] },
    )
    .map(({ start, end, lane, ...rest }) => {
      const event: Omit<TimelineEvent, 'id'> = { ...rest, start: start.text };
      if (lane !== undefined) event.lane = lane;
      if (end !== undefined) {
        // The later-starting date is the end: its end is then after the start.
        const [a, b] = start.start <= end.start ? [start, end] : [end, start];
        event.start = a.text;
        event.end = b.text;
      }
      return event;
    });
}

/** A valid document holding only known fields: the parser must return it unchanged. */
export const validDocument: fc.Arbitrary<TimelineDocument> = lanes.chain((ls) =>
  fc
    .record(
      {
        $schema: fc.constant('https://unpkg.com/event-timeline/schema/timeline.schema.json'),
        title: fc.string({ maxLength: 30 }),
        description: fc.string({ maxLength: 30 }),
        events: fc.uniqueArray(fc.tuple(text, eventArb(ls.map((l) => l.id))), { selector: ([id]) => id, maxLength: 6 }),
      },
      { requiredKeys: ['title', 'events'] },
    )
    .map(({ events, ...rest }) => ({ ...rest, lanes: ls, events: events.map(([id, e]) => ({ id, ...e })) })),
);

/** Every path to a value inside a JSON value, as key lists. */
function pathsOf(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  return out;
}

/** Strings that look like dates, many of them impossible (month 47, 31 June …). */
const dateLike = fc.stringMatching(/^[+-]?\d{4,6}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/);
const replacement = fc.oneof(fc.jsonValue(), dateLike, fc.constantFrom('javascript:alert(1)', 'red; x: url(y)', '', 'deadline', 'milestone'));

/** A valid document with one value replaced, deleted, or a field added, somewhere inside it. */
export const mutatedDocument: fc.Arbitrary<unknown> = fc
  .tuple(validDocument, fc.nat(), fc.constantFrom('set', 'delete', 'add'), replacement, fc.string({ maxLength: 8 }))
  .map(([doc, pick, op, value, key]) => {
    const copy = JSON.parse(JSON.stringify(doc)) as unknown;
    const paths = pathsOf(copy);
    const path = paths[pick % paths.length];
    if (path.length === 0) return op === 'set' ? value : copy;
    let parent = copy as Record<string | number, unknown>;
    for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
    const last = path[path.length - 1];
    if (op === 'set') parent[last] = value;
    else if (op === 'delete' && Array.isArray(parent)) parent.splice(last as number, 1);
    else if (op === 'delete') delete parent[last];
    else if (parent[last] !== null && typeof parent[last] === 'object' && !Array.isArray(parent[last])) {
      Object.defineProperty(parent[last], key, { value, enumerable: true, writable: true, configurable: true });
    }
    return copy;
  });
