import type { TimelineDocument, TimelineEvent } from '../model/types.js';
import type { TimelineProblem } from '../model/parse.js';

/** Detail of `timeline-select`: the selected event, or null when the selection is cleared. */
export interface TimelineSelectDetail {
  id: string | null;
  event: TimelineEvent | null;
}

/** Detail of `timeline-rangechange` and `timeline-rangechanged`: the visible span. */
export interface TimelineRangeDetail {
  /** Visible start, as a Date (UTC instant). */
  start: Date;
  /** Visible end, as a Date (UTC instant). */
  end: Date;
  /**
   * Visible start, UTC ms. The same instant as `start`, and the one to read in deep time: a view
   * reaching beyond what a `Date` holds (the Big Bang) has an Invalid Date there, but ms on the
   * same line as every other time (`time/years.ts`).
   */
  startMs: number;
  /** Visible end, UTC ms (see `startMs`). */
  endMs: number;
}

/** Detail of `timeline-load`: the parsed document and the data problems found in it. */
export interface TimelineLoadDetail {
  document: TimelineDocument;
  problems: TimelineProblem[];
}

/** Why loading failed (`size`: the `src` body is larger than `max-size`). */
export type TimelineErrorCause = 'http' | 'network' | 'timeout' | 'size' | 'json' | 'data';

/** Detail of `timeline-error`. */
export interface TimelineErrorDetail {
  cause: TimelineErrorCause;
  message: string;
  /** The URL that failed, for fetch failures. */
  url?: string;
  /** HTTP status for `cause: 'http'`. */
  status?: number;
  /** Data problems, for `cause: 'data'`. */
  problems?: TimelineProblem[];
}

const init = { bubbles: true, composed: true } as const;

/** The user selected an event (or cleared the selection). */
export class TimelineSelectEvent extends CustomEvent<TimelineSelectDetail> {
  static readonly eventName = 'timeline-select';
  constructor(detail: TimelineSelectDetail) {
    super(TimelineSelectEvent.eventName, { ...init, detail });
  }
}

/** The view is moving because of the user (fires at most once a frame). */
export class TimelineRangeChangeEvent extends CustomEvent<TimelineRangeDetail> {
  static readonly eventName = 'timeline-rangechange';
  constructor(detail: TimelineRangeDetail) {
    super(TimelineRangeChangeEvent.eventName, { ...init, detail });
  }
}

/** The view settled after the user moved it (a gesture, a button, a key, or an event they chose or focused brought into view). */
export class TimelineRangeChangedEvent extends CustomEvent<TimelineRangeDetail> {
  static readonly eventName = 'timeline-rangechanged';
  constructor(detail: TimelineRangeDetail) {
    super(TimelineRangeChangedEvent.eventName, { ...init, detail });
  }
}

/** A document was loaded (from `src`, `data` or children) and parsed. */
export class TimelineLoadEvent extends CustomEvent<TimelineLoadDetail> {
  static readonly eventName = 'timeline-load';
  constructor(detail: TimelineLoadDetail) {
    super(TimelineLoadEvent.eventName, { ...init, detail });
  }
}

/** Loading failed, or the data had problems. */
export class TimelineErrorEvent extends CustomEvent<TimelineErrorDetail> {
  static readonly eventName = 'timeline-error';
  constructor(detail: TimelineErrorDetail) {
    super(TimelineErrorEvent.eventName, { ...init, detail });
  }
}

// On GlobalEventHandlersEventMap, which the element, document and window event maps all extend:
// the events bubble and are composed, so listeners on `document` and `window` get them typed too.
declare global {
  interface GlobalEventHandlersEventMap {
    'timeline-select': TimelineSelectEvent;
    'timeline-rangechange': TimelineRangeChangeEvent;
    'timeline-rangechanged': TimelineRangeChangedEvent;
    'timeline-load': TimelineLoadEvent;
    'timeline-error': TimelineErrorEvent;
  }
}
