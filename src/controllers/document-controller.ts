import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimelineDocument, TimelineEvent, TimelineLane } from '../model/types.js';
import type { ParseResult, TimelineProblem } from '../model/parse.js';
import { countProblems } from '../model/problems.js';
import { toTimelineItemsWork } from '../model/items.js';
import { finish, STEP, type Work } from '../model/work.js';
import { IdIndex } from '../model/id-index.js';
import type { TimelineItem } from '../model/items.js';
import { parseDate, isDateError } from '../model/dates.js';
import type { ViewState } from '../layout/view.js';
import { TimelineErrorEvent, TimelineLoadEvent } from '../dom-events/timeline-events.js';
import type { TimelineErrorDetail } from '../dom-events/timeline-events.js';
import type { ViewportController } from './viewport-controller.js';

/** What the document needs of its element: the filter, and to fire events. */
export interface DocumentHost extends ReactiveControllerHost, EventTarget {
  readonly filter: ((event: TimelineEvent) => boolean) | null;
}

/**
 * The document shown and its events: what the feed delivered, parsed, in time order, with the
 * filter applied, and the problems found. It fires `timeline-load` and `timeline-error`, and
 * gives the viewport the data's extent. Everything else reads the events from here.
 */
export class DocumentController implements ReactiveController {
  doc: TimelineDocument | null = null;
  /** Every event of the document, in time order. */
  #all: TimelineItem[] = [];
  /** The events shown: all, or those the filter keeps (renumbered in time order). */
  items: TimelineItem[] = [];
  problems: TimelineProblem[] = [];
  loadError: TimelineErrorDetail | null = null;
  /** Shown events by id, for those indexed so far (see {@link indexWork}); the rest are found by a scan. */
  #byId = new IdIndex(0, () => '');
  #filterWarned: unknown = null;

  /** `initialView`: the first view the page asked for (`start` and `end`), or null to fit everything. */
  readonly #host: DocumentHost;
  readonly #viewport: ViewportController;
  readonly #initialView: () => ViewState | null;

  constructor(
    host: DocumentHost,
    viewport: ViewportController,
    initialView: () => ViewState | null,
  ) {
    this.#host = host;
    this.#viewport = viewport;
    this.#initialView = initialView;
    host.addController(this);
  }

  hostConnected(): void {}

  get lanes(): TimelineLane[] {
    return this.doc?.lanes ?? [];
  }

  /** The shown event with this id. */
  item(id: string): TimelineItem | undefined {
    const { items } = this;
    const found = this.#byId.find(id);
    if (found >= 0 || this.#byId.complete) return items[found];
    // Not indexed yet (the ids are indexed a slice at a time once the events are drawn).
    for (let i = this.#byId.filled; i < items.length; i++) if (items[i]!.id === id) return items[i];
    return undefined;
  }

  /**
   * Whether `parsed` goes on from the document shown (its title, and one of its first events shown
   * now: an app's update with an event more, a framework's new copy) while the reader's view is their own
   * (moved, not as fitted): that view stays, clamped, rather than jump back to the whole story. A
   * view still as fitted is fitted again to the new events.
   */
  continues(parsed: ParseResult): boolean {
    // The same title too: two unrelated datasets with generic ids ("1", "2"…) are not one edited.
    if (!this.doc || this.#viewport.fittedView || !this.#byId.complete || parsed.document.title !== this.doc.title) return false;
    const events = parsed.document.events;
    for (let i = 0; i < Math.min(events.length, 8); i++) if (this.#byId.find(events[i]!.id) >= 0) return true;
    return false;
  }

  /** Whether some shown events are not indexed by id yet (see {@link indexWork}). */
  get indexPending(): boolean {
    return !this.#byId.complete;
  }

  /**
   * Indexes the shown events by id, a slice at a time (a million ids take about 100 ms: not
   * needed before the first paint, {@link item} scans until then). The element runs it after
   * the first paint of each document or filter.
   */
  *indexWork(): Work<void> {
    const index = this.#byId;
    for (const step of index.fillWork()) {
      yield step;
      // A newer document (or filter) was shown meanwhile: its own index starts afresh.
      if (index !== this.#byId) return;
    }
  }

  /** The lane of an event, or undefined for the default lane. */
  laneOf(item: TimelineItem): TimelineLane | undefined {
    return this.lanes[item.laneIndex];
  }

  /** A document arrived, parsed; `keepView` when it is an edit of the markup already shown. */
  accept(parsed: ParseResult, keepView: boolean): void {
    finish(this.acceptWork(parsed, keepView));
  }

  /** {@link accept} as work done a slice at a time (see `Work`): its events are put in time order first. */
  *acceptWork(parsed: ParseResult, keepView: boolean): Work<void> {
    const all = yield* toTimelineItemsWork(parsed.document, parsed.dates);
    const extent = yield* extentWork(all);
    const shown = yield* this.#filterWork(all);
    this.doc = parsed.document;
    this.#all = all;
    this.problems = parsed.problems;
    this.loadError = null;
    this.#show(shown);
    this.#viewport.setExtent(extent, this.#initialView(), keepView);
    this.#host.dispatchEvent(new TimelineLoadEvent({ document: parsed.document, problems: parsed.problems }));
    // Warnings too: they are problems the panel lists (a blank title, an undeclared lane), and the
    // count is the panel's, with those a list cut at 1,000 stands for.
    const count = countProblems(parsed.problems);
    if (count) this.#host.dispatchEvent(new TimelineErrorEvent({ cause: 'data', message: `${count} problem(s) in the timeline data`, problems: parsed.problems }));
    this.#host.requestUpdate();
  }

  /** Loading `src` failed; what is shown stays. */
  loadFailed(error: TimelineErrorDetail): void {
    this.loadError = error;
    this.#host.dispatchEvent(new TimelineErrorEvent(error));
    this.#host.requestUpdate();
  }

  /** The filter changed: the events shown are chosen again. */
  refilter(): void {
    this.#show(finish(this.#filterWork(this.#all)));
  }

  /**
   * Shows `items`, to be indexed by id by {@link indexWork} once they are drawn: indexing 10,000
   * ids took 4 ms of the first paint, and {@link item} finds one by a scan of microseconds until then.
   */
  #show(items: TimelineItem[]): void {
    // The same events again (a filter that keeps all): their index, done or under way, stays.
    if (items === this.items) return;
    this.items = items;
    this.#byId = new IdIndex(items.length, (i) => items[i]!.id);
  }

  *#filterWork(items: TimelineItem[]): Work<TimelineItem[]> {
    const filter = this.#host.filter;
    if (!filter) return items;
    const kept: TimelineItem[] = [];
    let threw = 0;
    let error: unknown;
    for (let i = 0; i < items.length; i++) {
      if (i % STEP === 0) yield undefined;
      const item = items[i]!;
      let keep = true;
      try {
        keep = filter(item.event) === true;
      } catch (e) {
        if (!threw++) error = e;
      }
      if (keep) kept.push({ ...item, index: kept.length });
    }
    // Once per filter, not once per event (or per document).
    if (threw && this.#filterWarned !== filter) {
      this.#filterWarned = filter;
      console.warn(`<event-timeline>: the filter threw for ${threw} of ${items.length} events; they are shown`, error);
    }
    return kept;
  }
}

/** A span from two dates (Dates, ms, or ISO dates whose end includes its unit), or null. */
export function spanOf(start: Date | number | string, end: Date | number | string): ViewState | null {
  const a = toMs(start, false);
  const b = toMs(end, true);
  return a !== null && b !== null && b > a ? { start: a, end: b } : null;
}

function toMs(value: Date | number | string, isEnd: boolean): number | null {
  if (value instanceof Date) value = value.getTime();
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const d = parseDate(String(value));
  return isDateError(d) ? null : isEnd ? d.end : d.start;
}

/**
 * From the earliest start to the latest end (a point's end is its start), or null for no items;
 * in steps, since a million items scattered in memory take about 150 ms to walk.
 */
function* extentWork(items: TimelineItem[]): Work<{ start: number; end: number } | null> {
  if (!items.length) return null;
  let start = Infinity;
  let end = -Infinity;
  for (let i = 0; i < items.length; i++) {
    if (i % STEP === 0) yield undefined;
    const item = items[i]!;
    start = Math.min(start, item.start);
    // A point up to where its marker stands (the middle of its day): the view can reach it.
    end = Math.max(end, item.isRange ? item.end : item.at);
  }
  return { start, end };
}
