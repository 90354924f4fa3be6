import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimelineDocument } from '../model/types.js';
import { parseTimeline, parseTimelineWork } from '../model/parse.js';
import { freezeDocumentWork } from '../model/freeze.js';
import { phase, type Work } from '../model/work.js';
import { atOnceFor, Slices } from './slices.js';
import { resolveAgainst } from '../model/base-url.js';
import { isObject, lengthOf } from '../model/read.js';
import type { ParseResult } from '../model/parse.js';
import type { TimelineErrorDetail } from '../dom-events/timeline-events.js';
import { SourceController } from './source-controller.js';
import type { SourceLimits, SourceResult } from './source-controller.js';
import { ChildrenController } from './children-controller.js';
import type { MarkupTimeline } from './children-controller.js';

/** Where the document shown came from. */
export type FeedSource = 'data' | 'src' | 'markup';

/** What the feed reads of its element: its inputs. */
export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  readonly data: TimelineDocument | null;
  readonly src: string | null;
}

/** Where parsed documents go. */
export interface FeedSink {
  /** A document arrived, parsed (as work: a large one is put in order a slice at a time); `keepView` when it is an edit of the markup already shown. */
  acceptWork(parsed: ParseResult, keepView: boolean): Work<void>;
  /** Loading `src` failed; what is shown stays. */
  loadFailed(error: TimelineErrorDetail): void;
  /** Whether `parsed` goes on from the document shown, in a view the reader moved (see `DocumentController`). */
  continues(parsed: ParseResult): boolean;
}

/**
 * Resolves the element's three ways of being fed — the `data` property, the `src` attribute and
 * `<timeline-event>` children — into one parsed document. `data` wins over `src`, and `src`
 * over markup; each may change at any time. A large document (from `data` or `src`) is read a
 * slice at a time between frames (see `Slices`); `progress` says how far it has got.
 */
export class FeedController implements ReactiveController {
  /** Where the document shown came from. */
  source: FeedSource | null = null;
  /** The `<timeline-event>` element of each markup event, by id. */
  markupElements = new Map<string, Element>();
  #markup: MarkupTimeline | null = null;
  readonly #loader: SourceController;
  readonly #children: ChildrenController;
  /** The newest document given while the element was out of the page. */
  #deferred: [ParseResult, FeedSource, Map<string, Element>] | null = null;
  /** Reading a large document, a slice at a time. */
  readonly #reading = new Slices();

  /** `limits`: the checked `timeout` and `max-size` (read when a load starts). */
  readonly #host: FeedHost;
  readonly #sink: FeedSink;
  readonly #limits: () => SourceLimits;

  constructor(
    host: FeedHost,
    sink: FeedSink,
    limits: () => SourceLimits,
  ) {
    this.#host = host;
    this.#sink = sink;
    this.#limits = limits;
    host.addController(this);
    this.#loader = new SourceController(host, (r) => this.#fromSource(r));
    this.#children = new ChildrenController(host, (m) => this.#fromMarkup(m));
  }

  /** How many events of a large document have been read, while it is read; null otherwise. */
  get progress(): { done: number; total: number } | null {
    return this.#reading.progress;
  }

  /**
   * A document is on its way: `src` being fetched, a large document read a slice at a time, markup
   * children not read yet (they are read at the end of the task that added or changed them), or one
   * given while the element was out of the page. (`data` set in this task is read at the next update.)
   */
  get onItsWay(): boolean {
    const markup = this.#children.pending && !this.#host.data && !this.#host.src;
    return markup || this.#loader.loading || this.#reading.busy || this.#deferred !== null || this.#resume !== null;
  }

  /** Callers of {@link settled} waiting for the end of an update with nothing on its way. */
  #settling: (() => void)[] = [];

  /**
   * Resolves at the end of the first update after which no document is on its way: it was shown,
   * failed to load, or was given up (`src` cleared or replaced by `data` mid-load). Why not the
   * load and error events alone: a load given up fires neither, and a promise waiting for them
   * (`focusEvent()` while `src` loads) would never settle.
   */
  settled(): Promise<void> {
    if (!this.onItsWay) return Promise.resolve();
    return new Promise((resolve) => this.#settling.push(resolve));
  }

  hostUpdated(): void {
    if (this.#settling.length === 0 || this.onItsWay) return;
    const waiting = this.#settling;
    this.#settling = [];
    for (const resolve of waiting) resolve();
  }

  hostDisconnected(): void {
    // Out of the page, nothing is read on; back in it, the document is read again from the start.
    if (this.#reading.busy) {
      this.#reading.cancel();
      this.#resume = this.#lastRead;
    }
  }

  /** What the last read was of, and what to read again when the element comes back to the page. */
  #lastRead: [unknown, 'data' | 'src', string | undefined] | null = null;
  #resume: [unknown, 'data' | 'src', string | undefined] | null = null;

  hostConnected(): void {
    // A document that arrived while the element was out of the page is shown (and announced) now.
    const deferred = this.#deferred;
    this.#deferred = null;
    if (deferred) this.#take(...deferred);
    const resume = this.#resume;
    this.#resume = null;
    if (resume) this.#read(...resume);
  }

  /** Call from `willUpdate` with what changed. */
  update(dataChanged: boolean, srcChanged: boolean, hadData: boolean, hadSrc: boolean): void {
    const host = this.#host;
    if (dataChanged && host.data) {
      this.#loader.load(null, this.#limits());
      this.#read(host.data, 'data');
    } else if (dataChanged && hadData && !host.data) {
      // `data` cleared: fall back to src or markup.
      this.#reading.cancel();
      this.#resume = null;
      this.source = null;
      if (host.src) this.#loader.load(host.src, this.#limits(), true);
      else this.#fromMarkup(this.#markup);
    }
    if (srcChanged && !host.data) {
      this.#reading.cancel();
      this.#resume = null;
      if (host.src) this.#loader.load(host.src, this.#limits());
      else if (hadSrc) {
        this.#loader.load(null, this.#limits());
        this.#fromMarkup(this.#markup);
      }
    }
  }

  #fromSource(result: SourceResult): void {
    if (this.#host.data) return;
    if (!result.ok) {
      this.#sink.loadFailed(result.error);
      return;
    }
    this.#read(result.json, 'src', result.url);
  }

  /**
   * Reads a document from `data` or `src` and takes it: at once when that is quick, otherwise a
   * slice at a time (the element shows `progress` meanwhile). A `src` document that is not a
   * timeline at all is a load error; its links are resolved against its own URL.
   */
  #read(input: unknown, from: 'data' | 'src', url?: string): void {
    this.#lastRead = [input, from, url];
    // A newer document wins over one whose reading was cut short out of the page.
    this.#resume = null;
    const parsing = parseTimelineWork(input);
    const sink = this.#sink;
    const take = this.#takeWork.bind(this);
    const work = function* (): Work<void> {
      let parsed = yield* phase(parsing, 0, 0.5);
      if (url !== undefined) {
        const unreadable = parsed.problems.some((p) => p.severity === 'error' && (p.path === '(root)' || p.path === 'events'));
        if (unreadable && parsed.document.events.length === 0) {
          sink.loadFailed({ cause: 'data', url, message: `${url} is not a timeline document`, problems: parsed.problems });
          return;
        }
        parsed = { ...parsed, document: resolveAgainst(parsed.document, new URL(url, document.baseURI).href) };
      }
      yield* phase(take(parsed, from), 0.5, 1);
    };
    this.#reading.run(work(), () => this.#host.requestUpdate(), () => this.#host.requestUpdate(), atOnceFor(eventCount(input)));
  }

  #fromMarkup(markup: MarkupTimeline | null): void {
    this.#markup = markup;
    if (this.#host.data || this.#host.src) return;
    if (!markup) {
      if (this.source === 'markup') this.#take(parseTimeline({ title: this.#markupTitle(), lanes: [], events: [] }), 'markup');
      return;
    }
    const parsed = parseTimeline({ title: this.#markupTitle(), lanes: markup.lanes, events: markup.events });
    const elements = new Map<string, Element>();
    markup.events.forEach((e, i) => {
      if (typeof e.id === 'string') elements.set(e.id, markup.elements[i]!);
    });
    // Paths point at the markup, not at a JSON document the author never wrote.
    const problems = parsed.problems.map((p) => ({ ...p, path: markupPath(p.path, markup) }));
    markup.nested.forEach((inside, i) =>
      inside.forEach((el, k) =>
        problems.push({
          path: `${markupTag(markup.elements[i]!, i)} > ${markupTag(el, k)}`,
          message: "a <timeline-event> inside another is not an event of its own (it shows only as part of the outer event's content); move it out to be a child of <event-timeline>",
          severity: 'error',
        }),
      ),
    );
    this.#take({ ...parsed, problems }, 'markup', elements);
  }

  /**
   * The title of a timeline written in markup: the element's `aria-label`, or its first heading
   * child (the title is the timeline's accessible name; with neither, the element names it).
   */
  #markupTitle(): string {
    const host = this.#host;
    return host.getAttribute('aria-label') || host.querySelector(':scope > h1, :scope > h2')?.textContent?.trim() || '';
  }

  #take(parsed: ParseResult, from: FeedSource, elements = new Map<string, Element>()): void {
    this.#resume = null;
    this.#reading.run(this.#takeWork(parsed, from, elements), () => this.#host.requestUpdate(), () => this.#host.requestUpdate());
  }

  *#takeWork(parsed: ParseResult, from: FeedSource, elements = new Map<string, Element>()): Work<void> {
    if (!this.#host.isConnected) {
      // No timeline-load or timeline-error from an element out of the page.
      this.#deferred = [parsed, from, elements];
      return;
    }
    // The parser built the document afresh, so it is the element's own: frozen, it can be handed
    // out (el.document, event details, the filter) without being changed behind the element's back.
    yield* phase(freezeDocumentWork(parsed.document), 0, 0.15);
    // Editing markup children keeps the reader's view, as does an app's update of its `data` or
    // `src` document (a copy with an event more, React's new object); a new document starts from its own view.
    const keepView = this.source === from && (from === 'markup' || this.#sink.continues(parsed));
    this.source = from;
    this.markupElements = elements;
    yield* phase(this.#sink.acceptWork(parsed, keepView), 0.15, 1);
  }
}

function markupPath(path: string, markup: MarkupTimeline): string {
  return path.replace(/^events\[(\d+)\]/, (whole, n: string) => {
    const el = markup.elements[Number(n)];
    return el ? markupTag(el, Number(n)) : whole;
  });
}

/** `<timeline-event id="x"> #3`: the element, and its place among its kind (from 0). */
function markupTag(el: Element, index: number): string {
  return `<timeline-event${el.id ? ` id="${el.id}"` : ''}> #${index + 1}`;
}

/**
 * How many events `input` holds, as far as it can be told before parsing: 0 when it cannot (the
 * parser reports why; a hostile getter that throws here is read, and reported, there).
 */
function eventCount(input: unknown): number {
  try {
    return lengthOf(isObject(input) ? (input as { events?: unknown }).events : undefined);
  } catch {
    return 0;
  }
}
