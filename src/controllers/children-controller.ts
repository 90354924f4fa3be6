import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimelineEvent, TimelineLane } from '../model/types.js';

/** The events written as `<timeline-event>` children, before validation. */
export interface MarkupTimeline {
  lanes: TimelineLane[];
  events: Array<Partial<TimelineEvent> & Record<string, unknown>>;
  /** The child element of each event, in the same order. */
  elements: Element[];
  /** The `<timeline-event>`s inside each event's element (not events: reported), in the same order. */
  nested: Element[][];
}

const HEADING = 'h1, h2, h3, h4, h5, h6';

/**
 * Reads `<timeline-event>` children (and `<timeline-lane>` declarations) of the host and
 * re-reads them whenever a child is added, removed or edited. Each event reads only its own
 * content: a `<timeline-event>` inside another is not an event, and its `<time>` and heading
 * are not the outer event's.
 */
export class ChildrenController implements ReactiveController {
  #observer?: MutationObserver;
  #scheduled = false;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #onChange: (markup: MarkupTimeline | null) => void;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    onChange: (markup: MarkupTimeline | null) => void,
  ) {
    this.#host = host;
    this.#onChange = onChange;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer = new MutationObserver((records) => {
      if (records.some((r) => isRelevant(r, this.#host))) this.#schedule();
    });
    this.#observer.observe(this.#host, { childList: true, subtree: true, attributes: true, characterData: true });
    this.#schedule();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  /** Reads the markup now. */
  read(): MarkupTimeline | null {
    const elements = [...this.#host.children].filter((c) => c.localName === 'timeline-event');
    const laneDecls = [...this.#host.children].filter((c) => c.localName === 'timeline-lane');
    if (elements.length === 0 && laneDecls.length === 0) return null;
    const lanes: TimelineLane[] = laneDecls.map((l) => {
      const lane: TimelineLane = { id: l.id || (l.getAttribute('lane-id') ?? ''), label: l.getAttribute('label') ?? (l.textContent ?? '').trim() };
      const color = l.getAttribute('color');
      if (color) lane.color = color;
      return lane;
    });
    const declared = new Set(lanes.map((l) => l.id));
    const events = elements.map((el) => {
      const times = datesOf(el);
      const event: Partial<TimelineEvent> & Record<string, unknown> = {
        id: el.id || el.getAttribute('event-id') || undefined,
        start: times[0]?.getAttribute('datetime') ?? times[0]?.textContent?.trim() ?? undefined,
        title: own(el, HEADING)?.textContent?.trim() ?? el.getAttribute('title') ?? undefined,
      };
      if (times[1]) event.end = times[1].getAttribute('datetime') ?? times[1].textContent?.trim() ?? '';
      const lane = el.getAttribute('lane');
      if (lane) {
        event.lane = lane;
        // Lanes named only by events are declared in order of first use.
        if (!declared.has(lane)) {
          declared.add(lane);
          lanes.push({ id: lane, label: lane });
        }
      }
      const kind = el.getAttribute('kind');
      if (kind) event.kind = kind as TimelineEvent['kind'];
      if (el.hasAttribute('approximate')) event.approximate = true;
      const tags = el.getAttribute('tags');
      if (tags) event.tags = tags.split(',').map((t) => t.trim()).filter(Boolean);
      return event;
    });
    return { lanes, events, elements, nested: elements.map((el) => [...el.querySelectorAll('timeline-event')]) };
  }

  /** A read of the markup is queued (children added or changed, read at the end of the task). */
  get pending(): boolean {
    return this.#scheduled;
  }

  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      if (this.#observer) this.#onChange(this.read());
    });
  }
}

function isRelevant(record: MutationRecord, host: Element): boolean {
  // Ignore the host's own attributes (src, locale...): only content changes matter here.
  if (record.type === 'attributes' && record.target === host) return false;
  return true;
}

/**
 * The event's start and end `<time>`s: the first `<time>` of its own, and the next `<time>` beside it
 * (same parent). A `<time>` mentioned later in the text ("reported on <time>…</time>") is not an end.
 */
function datesOf(el: Element): Element[] {
  const start = own(el, 'time');
  if (!start) return [];
  let next = start.nextElementSibling;
  while (next && next.localName !== 'time') next = next.nextElementSibling;
  return next ? [start, next] : [start];
}

/** The first element matching `selector` in the event `el`, leaving out what is inside a `<timeline-event>` within it. */
function own(el: Element, selector: string): Element | undefined {
  for (const found of el.querySelectorAll(selector)) if (found.closest('timeline-event') === el) return found;
  return undefined;
}
