import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clampView, closestSpan, HOUR, MAX_DATE, pan, sameView, viewLimits, zoomAround } from '../layout/view.js';
import type { ViewLimits, ViewState } from '../layout/view.js';
import { timeAt, sharedTimeScale } from '../layout/scale.js';
import type { TimeScale } from '../layout/scale.js';
import type { TimeSpan } from '../layout/types.js';
import { TimelineRangeChangeEvent, TimelineRangeChangedEvent } from '../dom-events/timeline-events.js';
import { ViewAnimator } from './view-animator.js';
import type { GestureTarget } from './gesture-controller.js';

/** What the viewport reads: the plot's width and left edge, and the direction time flows. */
export interface PlotGeometry {
  /** The plot's width in CSS px (0 before it is measured). */
  width(): number;
  /** Time flows right to left. */
  rtl(): boolean;
  /** The plot's left edge in viewport px (read when a gesture starts). */
  left(): number;
  /**
   * Shows the plot at `range` without a render when it can (a pan slid under the plot, see
   * `SlideController`); returns whether it did. The view is drawn exactly when it rests.
   */
  slide?(range: ViewState): boolean;
}

/** What the viewport needs of its element: to be redrawn, to fire range events, and `no-wheel-zoom`. */
export interface ViewportHost extends ReactiveControllerHost, EventTarget {
  readonly noWheelZoom: boolean;
}

/** View changes closer together than this are one burst (a drag, a scripted series of moves), ms. */
export const BURST_MS = 120;

/**
 * The visible span of time and everything that moves it: pans and zooms from gestures, buttons
 * and keys (clamped to the data's extent and to {@link closestSpan}), animation, and the range events,
 * which fire for the reader's moves only: `timeline-rangechange` at most once a frame while
 * moving, `timeline-rangechanged` when settled. Pixels become times only through the plot's time
 * scale ({@link scale}).
 */
export class ViewportController implements ReactiveController, GestureTarget {
  /** The visible span, UTC ms. */
  range: ViewState = { start: 0, end: 1 };
  /** How far the view may go; null without data. */
  limits: ViewLimits | null = null;
  /** The data's extent, from the first start to the last end; null without data. */
  extent: TimeSpan | null = null;
  /** A pointer gesture is in progress. */
  dragging = false;
  /**
   * The reader's last move of the view only followed focus or a chosen event (see {@link moveTo}):
   * the event is what was said, and the live region need not name the span.
   */
  followed = false;
  #initialised = false;
  #userMoving = false;
  #rangeFrame = 0;
  #settleTimer?: ReturnType<typeof setTimeout>;
  #burstTimer?: ReturnType<typeof setTimeout>;
  #lastSet = -Infinity;
  #burstUntil = -Infinity;
  /** When the view counts as resting: {@link BURST_MS} after its last move, or when a gesture lifted. */
  #restAt = -Infinity;
  /**
   * The view as fitted (the first view, `start` and `end`, "Show all") before its end made room
   * for labels (see {@link makeRoom}); null once the reader or the page moved it elsewhere.
   */
  #fitted: ViewState | null = null;
  /** The data's limits before a fitted view's room for labels widened them. */
  #dataLimits: ViewLimits | null = null;
  /** The room for labels of the data's "Show all" view (made by the scene): "Show all" goes there in one move. */
  #room: { base: ViewState; end: number } | null = null;
  /** The view and the time under the fingers when a pinch started. */
  #pinch: { view: ViewState; anchor: number } | null = null;
  readonly #animator: ViewAnimator;

  readonly #host: ViewportHost;
  readonly #plot: PlotGeometry;

  constructor(host: ViewportHost, plot: PlotGeometry) {
    this.#host = host;
    this.#plot = plot;
    host.addController(this);
    this.#animator = new ViewAnimator(host, (view, done) => {
      this.#set(view);
      if (this.#userMoving) this.#rangeEvents(done);
    });
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    // A move cut short leaves the view half-way: not as fitted.
    if (this.#animator.running) this.#fitted = null;
    cancelAnimationFrame(this.#rangeFrame);
    this.#rangeFrame = 0;
    clearTimeout(this.#settleTimer);
    this.#stopRestTimer();
  }

  /** The time scale of the current view over the plot's width. */
  get scale(): TimeScale {
    return sharedTimeScale(this.range, Math.max(1, this.#plot.width()), this.#plot.rtl());
  }

  /** A gesture or an animation is moving the view. */
  get moving(): boolean {
    return this.dragging || this.#animator.running;
  }

  /**
   * The view is changing in quick succession (a gesture, an animation, or moves less than
   * {@link BURST_MS} apart): what need not follow every frame (the DOM overlay) can wait.
   */
  get busy(): boolean {
    return this.moving || performance.now() < this.#burstUntil;
  }

  /**
   * How long until the view rests (ms): 0 once it has not moved for {@link BURST_MS} or a gesture
   * (a drag, a pinch, a wheel's turn) has lifted, Infinity while a gesture or an animation moves
   * it. Unlike {@link busy}, a single move (one `zoomTo`, a key's step) counts too: it may be the
   * first of a burst.
   */
  get restsIn(): number {
    return this.moving ? Infinity : Math.max(0, this.#restAt - performance.now());
  }

  get canZoomIn(): boolean {
    return !!this.limits && this.range.end - this.range.start > this.limits.minSpan * 1.001;
  }

  get canZoomOut(): boolean {
    const b = this.limits?.bounds;
    return !!b && this.range.end - this.range.start < (b.end - b.start) * 0.999;
  }

  /**
   * New data covering `extent`: the first time (or for a new document) the view becomes `initial`
   * (when given) or fits everything; when `keep`, the reader's view stays as it is, clamped.
   */
  setExtent(extent: TimeSpan | null, initial: ViewState | null, keep: boolean): void {
    const previous = this.limits;
    this.extent = extent;
    // A new document is opened as asked until the scene tells its closest zoom.
    if (!keep) this.#closest = HOUR;
    this.limits = this.#dataLimits = extent ? viewLimits(extent, { minSpan: this.#closest }) : null;
    this.#room = null;
    if (!this.limits) return;
    this.#animator.cancel();
    if (keep && this.#initialised) {
      const fitted = this.#fitted;
      // A view the reader put in the room made for labels stays where it is.
      if (this.range.end > this.limits.bounds.end && previous && this.range.end <= previous.bounds.end) this.#widenTo(this.range.end);
      // A view that stays is not set again: a set so soon after another starts a burst, in which
      // hovering waits (the scene tells the closest zoom just after the first view is set).
      const clamped = clampView(this.range, this.limits);
      if (!sameView(clamped, this.range)) this.#set(clamped);
      // A view still as fitted stays fitted: its labels get their room again.
      this.#fitted = fitted && clampView(fitted, this.limits);
      return;
    }
    // A view asked for before the data was read (a large document loads in slices) wins.
    const pending = this.#pending;
    const wanted = pending ?? (this.#initialised ? null : initial);
    this.#pending = null;
    this.#set(wanted ? clampView(wanted, this.limits) : this.limits.bounds);
    if (!pending) this.#fitted = this.range;
    this.#initialised = true;
  }

  /** The shortest span the reader can zoom to (see {@link setClosest}). */
  #closest = HOUR;

  /**
   * The events shown have their finest date known to `unitMs` (a day, a month…): the closest zoom
   * becomes {@link closestSpan} of it, and a view closer than that widens around its middle. Told
   * by the scene once it has measured the events shown (a filter changes them).
   */
  setClosest(unitMs: number): void {
    const closest = closestSpan(unitMs);
    if (closest === this.#closest) return;
    this.#closest = closest;
    if (this.extent && this.#initialised) this.setExtent(this.extent, null, true);
  }

  /**
   * The view as it was fitted (the first view, `start` and `end`, "Show all") while the view is
   * still that one, not moved since and at rest, else null: its end may still move later so that
   * labels near it are whole.
   */
  get fittedView(): ViewState | null {
    return this.#animator.running || this.dragging ? null : this.#fitted;
  }

  /**
   * Forgets the room made for labels (new labels, a new width or font): a view still as fitted
   * goes back to how it was fitted, for the scene to make its room again.
   */
  refit(): void {
    this.#room = null;
    if (!this.fittedView || !this.#dataLimits) return;
    this.limits = this.#dataLimits;
    this.range = this.#fitted!;
  }

  /**
   * Ends the fitted view at `end`, later than now, so that the labels of events near its end are
   * drawn whole, and lets the view's bounds reach that far. The scene asks for it while it builds
   * the frame (see `labelRoomEnd`), so the frame shows the new view; returns false when the view is
   * not fitted (the reader moved it) and nothing changed.
   */
  makeRoom(end: number): boolean {
    const base = this.#fitted;
    const data = this.#dataLimits;
    if (!this.fittedView || !base || !data || !this.limits) return false;
    const to = Math.min(end, latestEnd(data));
    if (!(to > this.range.end)) return false;
    this.#widenTo(to);
    this.range = { start: this.range.start, end: to };
    if (sameView(base, data.bounds)) this.#room = { base, end: to };
    // "Show all" by the reader that ended before its room was known: listeners learn the final view.
    if (this.#userMoving) this.#rangeEvents(true);
    return true;
  }

  /** The data's "Show all" view while its room for labels is not known yet: for the scene to make it. */
  get roomWanted(): ViewState | null {
    return this.#dataLimits && !this.#room ? this.#dataLimits.bounds : null;
  }

  /** Keeps the room for labels the scene made for the data's "Show all" view `base`: its view ends at `end`. */
  keepRoom(base: ViewState, end: number): void {
    if (this.#dataLimits && sameView(base, this.#dataLimits.bounds)) this.#room = { base, end: Math.min(end, latestEnd(this.#dataLimits)) };
  }

  /** The bounds reach `end` (a fitted view's room for labels may end after the data's margin). */
  #widenTo(end: number): void {
    const limits = this.limits!;
    if (end <= limits.bounds.end) return;
    const bounds = { start: limits.bounds.start, end };
    this.limits = { ...limits, bounds, maxSpan: Math.max(limits.maxSpan, bounds.end - bounds.start) };
  }

  /**
   * Shows `view` as a fitted view (the page's `start` and `end`): like {@link moveTo} within the
   * data's bounds, and its end may then move later so that labels near it are whole.
   */
  fitTo(view: ViewState, animate: boolean): void {
    if (this.#dataLimits) this.limits = this.#dataLimits;
    this.moveTo(view, animate);
    if (this.limits) this.#fitted = clampView(view, this.limits);
  }

  /** A view asked for (`zoomTo`, `fit`) while there was nothing to show yet: shown when data comes. */
  #pending: ViewState | null = null;

  /**
   * Moves to `target` (clamped), animated unless `animate` is false or motion is reduced. A move
   * `byUser` fires the range events; one that `follows` the reader's focus or choice of event
   * (a key to the next event, a card's Next) too, and leaves {@link followed} set: what the reader
   * hears is the event, not the span.
   */
  moveTo(target: ViewState, animate: boolean, byUser = false, follows = false): void {
    if (!this.limits) {
      this.#pending = target;
      return;
    }
    if (byUser) {
      this.#userMoving = true;
      this.followed = follows;
    }
    this.#fitted = null;
    const to = clampView(target, this.limits);
    if (animate) this.#animator.animate(this.range, to);
    else {
      this.#animator.cancel();
      this.#set(to);
      if (byUser) this.#rangeEvents(true);
    }
  }

  /**
   * Moves to `view`, opened to show `span` (a density strip's bucket, with a margin either side):
   * while the view is that one, its words name `span` (see {@link openedSpan}), the bucket the
   * reader chose, not the margin's days of the months either side.
   */
  open(span: ViewState, view: ViewState, animate: boolean): void {
    this.moveTo(view, animate, true);
    const to = this.limits ? clampView(view, this.limits) : view;
    // Widened to the closest zoom (a day's bucket among day-dated events) the view shows more than
    // the bucket, and is named as seen.
    this.#opened = to.end - to.start === view.end - view.start && to.start <= span.start && span.end <= to.end ? { span, view: to } : null;
  }
  #opened: { span: ViewState; view: ViewState } | null = null;

  /** The span `view` was opened to show, when it is the view {@link open} went to; else null. */
  openedSpan(view: ViewState): ViewState | null {
    const opened = this.#opened;
    return opened && sameView(opened.view, view) ? opened.span : null;
  }

  /** Shows everything (the "Show all" button, `0`, `fit()`). */
  fit(animate: boolean, byUser = false): void {
    const data = this.#dataLimits;
    if (!this.limits || !data) {
      this.#pending = null;
      return;
    }
    // With its room for labels known (the scene makes it ahead), "Show all" moves once.
    const room = this.#room && sameView(this.#room.base, data.bounds) ? this.#room : null;
    // Bounds widened for another fitted view (the page's start and end) go back to the data's.
    this.limits = data;
    if (room) this.#widenTo(room.end);
    this.moveTo(room ? { start: data.bounds.start, end: room.end } : data.bounds, animate, byUser);
    this.#fitted = data.bounds;
    this.#room = room;
  }

  /** Zooms by `factor` around a time (buttons and keys). */
  zoomAroundTime(factor: number, anchor: number): void {
    if (this.limits) this.moveTo(zoomAround(this.range, factor, anchor, this.limits), true, true);
  }

  /** Pans by whole screens (PageUp/PageDown), at once; returns the new view. */
  page(direction: -1 | 1): ViewState {
    if (this.limits) this.moveTo(pan(this.range, direction * (this.range.end - this.range.start), this.limits), false, true);
    return this.range;
  }

  // GestureTarget: pointer and wheel input, in px from the plot's left edge.

  panBy(dx: number): void {
    if (!this.limits) return;
    // The content follows the pointer: the time that was at 0 px is now at dx.
    const scale = this.scale;
    this.#fitted = null;
    this.#set(pan(this.range, timeAt(scale, 0) - timeAt(scale, dx), this.limits));
    this.#rangeEvents(false);
  }

  zoomAt(factor: number, x: number): void {
    if (!this.limits) return;
    this.#fitted = null;
    this.#set(zoomAround(this.range, factor, timeAt(this.scale, x), this.limits));
    this.#rangeEvents(false);
  }

  pinchStart(x: number): void {
    this.#pinch = { view: this.range, anchor: timeAt(this.scale, x) };
  }

  pinchMove(scale: number, x: number): void {
    if (!this.limits || !this.#pinch) return;
    const { view, anchor } = this.#pinch;
    this.#fitted = null;
    const span = Math.min(this.limits.maxSpan, Math.max(this.limits.minSpan, (view.end - view.start) / scale));
    // The time first under the fingers stays under their midpoint: it is `offset` after the start.
    const offset = timeAt(sharedTimeScale({ start: 0, end: span }, Math.max(1, this.#plot.width()), this.#plot.rtl()), x);
    this.#set(clampView({ start: anchor - offset, end: anchor - offset + span }, this.limits));
    this.#rangeEvents(false);
  }

  gesture(active: boolean): void {
    this.dragging = active;
    // A gesture's start draws nothing of its own: its first move is drawn, or slid (the plot is
    // marked as dragged either way). Its end is drawn.
    if (!active || !this.#plot.slide) this.#host.requestUpdate();
    if (active) {
      this.#animator.cancel();
      this.#fitted = null;
      this.#userMoving = true;
      this.followed = false;
    } else {
      this.#pinch = null;
      // The view rests when the fingers or the button lift: the burst ends with the gesture, so this
      // render is the one in which what waited for it (the overlay) catches up, not a second one
      // when the burst's timer fires (at 1,000 events about 1.5 ms of a pinch's or drag's end).
      this.#burstUntil = this.#restAt = -Infinity;
      this.#stopRestTimer();
      this.#rangeEvents(true);
    }
  }

  plotLeft(): number {
    return this.#plot.left();
  }

  wheelZoom(): boolean {
    return !this.#host.noWheelZoom;
  }

  #set(range: ViewState): void {
    const now = performance.now();
    this.#restAt = now + BURST_MS;
    if (now - this.#lastSet < BURST_MS) {
      this.#burstUntil = now + BURST_MS;
      // When the burst ends, what waited for it (the overlay) catches up.
      this.#drawAtRest();
    }
    this.#lastSet = now;
    this.range = range;
    if (!this.#plot.slide?.(range)) this.#host.requestUpdate();
    // Slid, not drawn: drawn exactly at rest.
    else this.#drawAtRest();
  }

  /**
   * Renders once the view rests ({@link BURST_MS} after its last move); a gesture or animation
   * still under way then draws when it ends instead (a render then would change nothing).
   */
  #drawAtRest(): void {
    // One timer a burst, which waits again while moves keep coming: clearing and setting a timer
    // at every move cost about 0.07 ms of each pan or zoom step in the benchmark's profile.
    if (this.#burstTimer !== undefined) return;
    const check = (): void => {
      const wait = this.#restAt + 1 - performance.now();
      if (wait > 0) {
        this.#burstTimer = setTimeout(check, wait);
        return;
      }
      this.#burstTimer = undefined;
      if (!this.moving) this.#host.requestUpdate();
    };
    this.#burstTimer = setTimeout(check, Math.max(0, this.#restAt + 1 - performance.now()));
  }

  /** Drops the timer of {@link #drawAtRest}. */
  #stopRestTimer(): void {
    clearTimeout(this.#burstTimer);
    this.#burstTimer = undefined;
  }

  /** Fires `timeline-rangechange` at most once a frame and `timeline-rangechanged` when settled. */
  #rangeEvents(settled: boolean): void {
    this.#userMoving = true;
    if (!this.#rangeFrame) {
      this.#rangeFrame = requestAnimationFrame(() => {
        this.#rangeFrame = 0;
        this.#host.dispatchEvent(new TimelineRangeChangeEvent(this.#detail()));
      });
    }
    clearTimeout(this.#settleTimer);
    if (settled && !this.dragging && !this.#animator.running) {
      this.#settleTimer = setTimeout(() => {
        this.#userMoving = false;
        this.#host.dispatchEvent(new TimelineRangeChangedEvent(this.#detail()));
      }, 0);
    }
  }

  #detail() {
    return { start: new Date(this.range.start), end: new Date(this.range.end), startMs: this.range.start, endMs: this.range.end };
  }
}

/** How late a view may end: within the dates a `Date` holds, unless the data lies beyond them (deep time). */
function latestEnd(data: ViewLimits): number {
  return data.bounds.start < -MAX_DATE || data.bounds.end > MAX_DATE ? Infinity : MAX_DATE;
}
