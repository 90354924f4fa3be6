/**
 * The words of the overlay's accessible names: what an event's mark says after its title (its
 * date in its own precision, its lane, "deadline, in 27 days") and what a "+N" mark says. Made
 * once per event and reused while the document, the language, the words and the day of "now"
 * stay the same.
 */
import type { TimelineItem } from '../model/items.js';
import type { TimelineLane } from '../model/types.js';
import type { TimelineStrings } from '../i18n/strings.js';
import { en, plural } from '../i18n/strings.js';
import { deadlineWords, type Now } from './deadline-words.js';
import { MS_PER_DAY } from '../time/years.js';
import { comma } from '../i18n/comma.js';
import { isolate } from '../i18n/isolate.js';
import { itemDateText } from './render-card.js';
import { formatSpan } from './format-view.js';
import type { SceneStrip } from '../scene/types.js';
import { unitFormat } from './format-duration.js';

/** Past this many, the cache starts afresh (panning through 100,000 events keeps no name for each). */
const MAX_KEPT = 10_000;

export class Descriptions {
  #locale = '';
  #strings: TimelineStrings | null = null;
  #now = '';
  /** The document the names are of: another one's items are other objects, and its names are dropped with it. */
  #document: unknown = null;
  #names = new Map<TimelineItem, string>();
  #clusters = new Map<string, string>();

  /**
   * The words in use: the language, its strings (one object while they stay the same) and the day
   * of "now" ("in 27 days", or "27 days after 24 August 2020" from a page's own), for `document`.
   * Other words forget what was made with the old ones; another document too (a page refreshing
   * its `data` kept every earlier document's items alive through their names, 10,000 at most).
   */
  use(locale: string, strings: TimelineStrings, now: Now, document: unknown): void {
    const day = `${Math.floor(now.ms / MS_PER_DAY)} ${now.date}`;
    const same = locale === this.#locale && strings === this.#strings && day === this.#now && document === this.#document;
    if (same && this.#names.size < MAX_KEPT && this.#clusters.size < MAX_KEPT) return;
    this.#document = document;
    this.#locale = locale;
    this.#strings = strings;
    this.#now = day;
    this.#names = new Map();
    this.#clusters = new Map();
  }

  /**
   * A "+N" mark's accessible name ({@link clusterName}), made once per count and span: a date
   * range in words costs a tenth of a millisecond, and a gesture's end names every "+N" in view.
   */
  cluster(count: number, start: number, end: number, locale: string, strings: TimelineStrings, now: number): string {
    const key = `${count}|${start}|${end}`;
    let name = this.#clusters.get(key);
    if (name === undefined) this.#clusters.set(key, (name = clusterName(count, start, end, locale, strings, now)));
    return name;
  }

  /** An event's accessible name: "FBI SITREP names TikTok, 2 June 2020, Police & intelligence". */
  event(item: TimelineItem, lane: TimelineLane | undefined, locale: string, strings: TimelineStrings, now: Now): string {
    let name = this.#names.get(item);
    if (name === undefined) {
      // The title and the lane come from the data: isolated, so they cannot turn the words after them.
      const parts = [isolate(item.event.title || strings.events), itemDateText(item, locale)];
      if (lane) parts.push(isolate(lane.label));
      if (item.kind === 'deadline') parts.push(deadlineWords(item.start, now, locale, strings));
      name = parts.join(comma(locale));
      this.#names.set(item, name);
    }
    return name;
  }
}

/** A density strip's bucket in words: "March 2011: 412 events". */
export function bucketName(bucket: { start: number; end: number; count: number }, locale: string, strings: TimelineStrings): string {
  return plural(strings.bucket, bucket.count, locale, { span: formatSpan(bucket, locale) });
}

/** "3 months", or the unit alone for one of it ("month", "Monat", "شهر"): Intl's words, without the number. */
function unitWords({ unit, step: n }: SceneStrip['unit'], locale: string): string {
  const key = `${locale} ${unit} ${n}`;
  let words = unitsSaid.get(key);
  if (words === undefined) {
    const format = unitFormat(locale, unit);
    words =
      n !== 1
        ? format.format(n)
        : format
            .formatToParts(1)
            .filter((part) => part.type === 'unit')
            .map((part) => part.value)
            .join(' ');
    unitsSaid.set(key, words);
  }
  return words;
}
/** Unit words made (a formatter costs more than a frame's worth of them). */
const unitsSaid = new Map<string, string>();

/**
 * A density strip's key, beside its lane's name: "a bar per 3 months, full height 510 events".
 * Bars are shares of the lane's busiest bucket at the zoom level; without it a reader could not
 * tell a quarter from a month, nor compare lanes, whose full heights differ.
 */
export function stripScale(strip: Pick<SceneStrip, 'unit' | 'max'>, locale: string, strings: TimelineStrings): string {
  return plural(strings.stripScale ?? en.stripScale!, strip.max, locale, { unit: unitWords(strip.unit, locale) });
}

/** A density strip's summary: "Politics: 16,702 events, busiest in March 2011" (the events starting in the buckets in view). */
export function stripName(lane: string, count: number, busiest: { start: number; end: number } | null, locale: string, strings: TimelineStrings): string {
  return plural(strings.strip, count, locale, { lane, busiest: busiest ? formatSpan(busiest, locale) : '' });
}

/** A phone's "+N" row: the span its events start in ("2005", "31 May – 5 June 2020") and how many they are ("4,056 events"). */
export function countedSpan(count: number, start: number, end: number, locale: string, strings: TimelineStrings, now?: number): { span: string; count: string } {
  return { span: formatSpan({ start, end }, locale, now), count: plural(strings.eventCount, count, locale) };
}

/** A "+N" mark's accessible name: "4 more events, 31 May – 5 June 2020" ("1 more event" in the singular). */
export function clusterName(count: number, start: number, end: number, locale: string, strings: TimelineStrings, now?: number): string {
  return plural(strings.cluster, count, locale, { range: formatSpan({ start, end }, locale, now) });
}
