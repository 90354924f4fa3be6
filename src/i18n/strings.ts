/**
 * The words the timeline itself shows or announces. English is built in; other languages are
 * modules that register themselves when imported (`event-timeline/i18n/de.js`, `…/ar.js`, or
 * `bundle/i18n/de.js` next to the drop-in bundle), so a page pays only for the languages it
 * loads; a page can also replace any word through the element's `strings` property.
 */
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
  now: string;
  defaultLane: string;
  /** "{count} problems in the data" */
  problems: string;
  /** "{count} more events, {range}" */
  cluster: string;
  /** "Showing {range}, {count} events" */
  showing: string;
  loadFailed: string;
  events: string;
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
  now: 'Now',
  defaultLane: 'Other',
  problems: '{count} problems in the data',
  cluster: '{count} more events, {range}',
  showing: 'Showing {range}, {count} events',
  loadFailed: 'The timeline could not be loaded',
  events: 'Events',
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

/** Fills `{name}` placeholders from the own properties of `values` (`{constructor}` stays as written). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}
