/**
 * The words the timeline itself shows or announces. English is built in; other languages are
 * modules that register themselves when imported (`event-timeline/i18n/de.js`, `…/ar.js`, or
 * `bundle/i18n/de.js` next to the drop-in bundle), so a page pays only for the languages it
 * loads; a page can also replace any word through the element's `strings` property.
 */
import { formatNumber } from './numbers.js';

/**
 * Words that depend on a number: one form per plural category of the language (`Intl.PluralRules`:
 * English has `one` and `other`, Arabic `zero`, `one`, `two`, `few`, `many` and `other`), or one
 * text for all. `{count}` is the number, formatted for the language.
 */
export type Plural = string | ({ other: string } & Partial<Record<Intl.LDMLPluralRule, string>>);

export interface TimelineStrings {
  zoomIn: string;
  zoomOut: string;
  fitAll: string;
  listView: string;
  close: string;
  previous: string;
  next: string;
  dismiss: string;
  sources: string;
  deadline: string;
  /**
   * When a deadline falls, counted from a page's own "now" (the `now` attribute): "{span} after
   * {date}" ("27 days after 24 August 2020"), "{span} before {date}", "on {date}" (the same day).
   * English where a language leaves them out.
   */
  afterDate?: string;
  beforeDate?: string;
  onDate?: string;
  now: string;
  defaultLane: string;
  /** "{count} problems in the data" */
  problems: Plural;
  /** "{count} more events, {range}": a "+N" mark's name. */
  cluster: Plural;
  /** "{count} events": a phone's "+N" row, under the span it covers. */
  eventCount: Plural;
  /** A density strip's summary: "{lane}: {count} events, busiest in {busiest}" (`busiest`: a bucket's span, "March 2011"). */
  strip: Plural;
  /** A density strip's bucket: "{span}: {count} events" ("March 2011: 412 events"). */
  bucket: Plural;
  /**
   * A density strip's key, beside its lane's name: "a bar per {unit}, full height {count} events"
   * (`unit`: "3 months", "month", "week"; `count`: what the tallest bar at this zoom stands for).
   * English where a language leaves it out.
   */
  stripScale?: Plural;
  /** "Showing {range}, {count} events" */
  showing: Plural;
  /** "{count} events, as a list": what the live region says when the reader turns to the list view. */
  list: Plural;
  loadFailed: string;
  events: string;
  /** The toolbar's name, and the name of the list of lanes. */
  controls: string;
  lanes: string;
  /** The time axis's scale, for screen readers: `{step}` is the step between its marks ("1 week", "3 months"). */
  axis: string;
  /** The overview strip: its name, and the events before and after the view. */
  overview: string;
  earlier: Plural;
  later: Plural;
  /** While its `{total}` events are read and put in time order: `{percent}` done ("45%", in the locale's format). */
  loading: Plural;
  /** While its `{total}` events are measured and laid out: `{percent}` done ("45%", in the locale's format). */
  arranging: Plural;
  /** Story mode: the title card's button that opens the first event. */
  start: string;
  /** Story mode: back to the title card. */
  toTitle: string;
  /**
   * Story mode: to the last event. Words that say where the button goes, as "Back to the title"
   * does: "Last event" read as the one before, beside "Previous event".
   */
  last: string;
  /** Story mode: where the reader is, "{index} of {count}". */
  position: Plural;
  /** The button that shows the document's description under its title. */
  about: string;
  /** A long list's button for its next events: "Show {count} more events" (English where a language leaves it out). */
  more?: Plural;
  /**
   * A print's last line when it holds only the first events: "{count} more events, {range}, are
   * not printed: a print holds the first {shown}." (English where a language leaves it out).
   */
  notPrinted?: Plural;
  /** In the list view, the button back to the timeline, beside the pressed "List" (English where a language leaves it out). */
  timelineView?: string;
  /**
   * On a phone, the date line of a row of events dated only to a month (or a year) among rows of
   * days (or weeks, or months): "{span}, no exact date" (English where a language leaves it out).
   */
  noExactDate?: string;
}

export const en: TimelineStrings = {
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fitAll: 'Show all',
  listView: 'List',
  close: 'Close',
  previous: 'Previous event',
  next: 'Next event',
  dismiss: 'Dismiss',
  sources: 'Sources',
  deadline: 'deadline',
  afterDate: '{span} after {date}',
  beforeDate: '{span} before {date}',
  onDate: 'on {date}',
  now: 'Now',
  defaultLane: 'Other',
  problems: { one: '{count} problem in the data', other: '{count} problems in the data' },
  cluster: { one: '{count} more event, {range}', other: '{count} more events, {range}' },
  eventCount: { one: '{count} event', other: '{count} events' },
  strip: { one: '{lane}: {count} event, in {busiest}', other: '{lane}: {count} events, busiest in {busiest}' },
  bucket: { one: '{span}: {count} event', other: '{span}: {count} events' },
  stripScale: { one: 'a bar per {unit}, full height {count} event', other: 'a bar per {unit}, full height {count} events' },
  showing: { one: 'Showing {range}, {count} event', other: 'Showing {range}, {count} events' },
  list: { one: '{count} event, as a list', other: '{count} events, as a list' },
  loadFailed: 'The timeline could not be loaded',
  events: 'Events',
  controls: 'View',
  lanes: 'Lanes',
  axis: 'Time axis: a mark every {step}',
  overview: 'Position in the timeline',
  loading: 'Loading {total} events: {percent}',
  arranging: 'Arranging {total} events: {percent}',
  earlier: { one: '{count} earlier event', other: '{count} earlier events' },
  later: { one: '{count} later event', other: '{count} later events' },
  start: 'Start',
  toTitle: 'Back to the title',
  last: 'To the end',
  position: '{index} of {count}',
  about: 'About',
  more: { one: 'Show {count} more event', other: 'Show {count} more events' },
  notPrinted: { one: '{count} more event, {range}, is not printed: a print holds the first {shown}.', other: '{count} more events, {range}, are not printed: a print holds the first {shown}.' },
  timelineView: 'Timeline',
  noExactDate: '{span}, no exact date',
};

/**
 * Registered languages, made on first use (importing this module changes nothing). Kept on
 * `globalThis` under a registered symbol, so that a language module loaded beside the drop-in
 * bundle (a separate copy of this module) reaches the same table.
 */
function registry(): Map<string, TimelineStrings> {
  return ((globalThis as Record<symbol, unknown>)[Symbol.for('event-timeline.strings')] ??= new Map()) as Map<string, TimelineStrings>;
}

/** The event `registerStrings` fires on `globalThis`, so timelines already drawn take the new words. */
export const STRINGS_EVENT = 'event-timeline-strings';

/** Makes `strings` the words of a language (`"de"`, `"ar"`, `"pt"`…) for every timeline. */
export function registerStrings(language: string, strings: TimelineStrings): void {
  registry().set(language.toLowerCase(), strings);
  // A language module may load after the timelines have drawn (it sits beside the bundle).
  if (typeof dispatchEvent === 'function') dispatchEvent(new Event(STRINGS_EVENT));
}

/** The registered strings for a locale (by its language), falling back to English. */
export function stringsFor(locale: string): TimelineStrings {
  return registry().get(locale.toLowerCase().split(/[-_]/)[0]!) ?? en;
}

const rules = new Map<string, Intl.PluralRules>();

/**
 * The form of `text` for `count` in `locale` (its plural category, else `other`), with `{count}`
 * written in the locale's digits and the other `values` filled in.
 */
export function plural(text: Plural, count: number, locale: string, values: Record<string, string | number> = {}): string {
  let form = typeof text === 'string' ? text : text.other;
  if (typeof text !== 'string') {
    let pr = rules.get(locale);
    if (!pr) rules.set(locale, (pr = new Intl.PluralRules(locale)));
    form = text[pr.select(count)] ?? text.other;
  }
  return fill(form, { ...values, count: formatNumber(count, locale) });
}

/** Every form of `text` with `{count}` written as `count` in the locale's digits (to reserve room for the widest). */
export function pluralForms(text: Plural, count: number, locale: string): string[] {
  const forms = typeof text === 'string' ? [text] : Object.values(text).filter((form): form is string => typeof form === 'string');
  return forms.map((form) => fill(form, { count: formatNumber(count, locale) }));
}

/** Fills `{name}` placeholders from the own properties of `values` (`{constructor}` stays as written). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}
