import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clampView, HOUR, pan, viewLimits, zoomAround } from '../layout/view.js';
import type { ViewLimits, ViewState } from '../layout/view.js';
import type { TimeSpan } from '../layout/types.js';
import { TimelineRangeChangeEvent, TimelineRangeChangedEvent } from '../dom-events/timeline-events.js';
import { ViewAnimator } from './view-animator.js';
import type { GestureTarget } from './gesture-controller.js';

/** What the viewport needs of its element. */
export interface ViewportHost extends ReactiveControllerHost, EventTarget {
  /** The plot's width in CSS px (0 before it is measured). */
  plotWidth(): number;
  /** The plot's left edge in viewport px. */
  plotLeft(): number;
  /** Time flows right to left. */
  isRtl(): boolean;
  /** Whether Ctrl/⌘ + wheel may zoom. */
  wheelZoom(): boolean;
}

/**
 * The visible span of time and everything that moves it: pans and zooms from gestures, buttons
 * and keys (clamped to the data's extent and to about an hour), animation, and the range events,
 * which fire for the reader's moves only: `timeline-rangechange` at most once a frame while
 * moving, `timeline-rangechanged` when settled.
 */
export class ViewportController implements ReactiveController, GestureTarget {
  /** The visible span, UTC ms. */
  range: ViewState = { start: 0, end: 1 };
  /** How far the view may go; null without data. */
  limits: ViewLimits | null = null;
  /** A pointer gesture is in progress. */
  dragging = false;
  private initialised = false;
  private userMoving = false;
  private rangeFrame = 0;
  private settleTimer?: ReturnType<typeof setTimeout>;
  /** The view and the time under the fingers when a pinch started. */
  private pinch: { view: ViewState; anchor: number } | null = null;
  private readonly animator = new ViewAnimator((view, done) => {
    this.set(view);
    if (this.userMoving) this.rangeEvents(done);
  });

  constructor(private readonly host: ViewportHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.animator.cancel();
    cancelAnimationFrame(this.rangeFrame);
    this.rangeFrame = 0;
    clearTimeout(this.settleTimer);
  }

  /** ms per CSS px at the current zoom. */
  get msPerPx(): number {
    return (this.range.end - this.range.start) / Math.max(1, this.host.plotWidth());
  }

  /** A gesture or an animation is moving the view. */
  get moving(): boolean {
    return this.dragging || this.animator.running;
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
    this.limits = extent ? viewLimits(extent, { minSpan: HOUR }) : null;
    if (!this.limits) return;
    this.animator.cancel();
    if (keep && this.initialised) {
      this.set(clampView(this.range, this.limits));
      return;
    }
    this.set(!this.initialised && initial ? clampView(initial, this.limits) : this.limits.bounds);
    this.initialised = true;
  }

  /** Moves to `target` (clamped), animated unless `animate` is false or motion is reduced. */
  moveTo(target: ViewState, animate: boolean, byUser = false): void {
    if (!this.limits) return;
    if (byUser) this.userMoving = true;
    const to = clampView(target, this.limits);
    if (animate) this.animator.animate(this.range, to);
    else {
      this.animator.cancel();
      this.set(to);
      if (byUser) this.rangeEvents(true);
    }
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

  // GestureTarget: pointer and wheel input, in px.

  panBy(dx: number): void {
    if (!this.limits) return;
    // Time flows right to left in RTL: dragging right shows later times.
    this.set(pan(this.range, (this.host.isRtl() ? dx : -dx) * this.msPerPx, this.limits));
    this.rangeEvents(false);
  }

  zoomAt(factor: number, x: number): void {
    if (!this.limits) return;
    this.set(zoomAround(this.range, factor, this.timeAt(x), this.limits));
    this.rangeEvents(false);
  }

  pinchStart(x: number): void {
    this.pinch = { view: this.range, anchor: this.timeAt(x) };
  }

  pinchMove(scale: number, x: number): void {
    if (!this.limits || !this.pinch) return;
    const { view, anchor } = this.pinch;
    const span = Math.min(this.limits.maxSpan, Math.max(this.limits.minSpan, (view.end - view.start) / scale));
    const start = anchor - (this.fromStart(x) / Math.max(1, this.host.plotWidth())) * span;
    this.set(clampView({ start, end: start + span }, this.limits));
    this.rangeEvents(false);
  }

  gesture(active: boolean): void {
    this.dragging = active;
    this.host.requestUpdate();
    if (active) {
      this.animator.cancel();
      this.userMoving = true;
    } else {
      this.pinch = null;
      this.rangeEvents(true);
    }
  }

  plotLeft(): number {
    return this.host.plotLeft();
  }

  wheelZoom(): boolean {
    return this.host.wheelZoom();
  }

  /** The time under a point `x` px from the plot's left edge. */
  private timeAt(x: number): number {
    return this.range.start + this.fromStart(x) * this.msPerPx;
  }

  /** Distance from the plot's inline start of a point `x` px from its left edge. */
  private fromStart(x: number): number {
    return this.host.isRtl() ? this.host.plotWidth() - x : x;
  }

  private set(range: ViewState): void {
    this.range = range;
    this.host.requestUpdate();
  }

  /** Fires `timeline-rangechange` at most once a frame and `timeline-rangechanged` when settled. */
  private rangeEvents(settled: boolean): void {
    this.userMoving = true;
    if (!this.rangeFrame) {
      this.rangeFrame = requestAnimationFrame(() => {
        this.rangeFrame = 0;
        this.host.dispatchEvent(new TimelineRangeChangeEvent(this.detail()));
      });
    }
    clearTimeout(this.settleTimer);
    if (settled && !this.dragging && !this.animator.running) {
      this.settleTimer = setTimeout(() => {
        this.userMoving = false;
        this.host.dispatchEvent(new TimelineRangeChangedEvent(this.detail()));
      }, 0);
    }
  }

  private detail() {
    return { start: new Date(this.range.start), end: new Date(this.range.end) };
  }
}
