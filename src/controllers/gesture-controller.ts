import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the gesture controller asks of its host: move the view in pixels. */
export interface GestureTarget {
  /** Pans by `dx` CSS pixels (positive: content moves right, i.e. earlier times come into view). */
  panBy(dx: number): void;
  /** Zooms by `factor` (> 1 zooms in) keeping the time under `x` (px from the plot's left) fixed. */
  zoomAt(factor: number, x: number): void;
  /** A two-finger pinch starts with its midpoint at `x`. */
  pinchStart(x: number): void;
  /**
   * The pinch moved: `scale` is the fingers' distance over their distance at the start, `x` their
   * midpoint now. The time first under the midpoint stays under it (so a pinch also pans).
   */
  pinchMove(scale: number, x: number): void;
  /** Left edge of the plot in viewport pixels (for pointer positions). */
  plotLeft(): number;
  /** The user started or stopped moving the view. */
  gesture(active: boolean): void;
  /** Whether wheel zoom is allowed (`no-wheel-zoom` turns it off). */
  wheelZoom(): boolean;
}

/** Below this many pixels a press is a click, not a drag. */
const DRAG_THRESHOLD = 4;

/**
 * Turns pointer and wheel input on an element into pans and zooms:
 * - drag with mouse, pen or one finger pans (touch-action keeps vertical page scrolling);
 * - two touch pointers pinch-zoom around their midpoint;
 * - horizontal wheel / trackpad swipes pan; Ctrl/⌘ + wheel (and trackpad pinch, which
 *   browsers report as Ctrl + wheel) zoom around the pointer;
 * - a plain vertical wheel is left alone, so the page scrolls.
 */
export class GestureController implements ReactiveController {
  readonly #pointers = new Map<number, { x: number; y: number }>();
  #dragged = false;
  #pinchDistance = 0;
  #element?: HTMLElement;
  #wheelTimer?: ReturnType<typeof setTimeout>;

  readonly #target: GestureTarget;

  constructor(
    host: ReactiveControllerHost,
    target: GestureTarget,
  ) {
    this.#target = target;
    host.addController(this);
  }

  /** Starts listening on `element` (the plot area). Safe to call again with the same element. */
  attach(element: HTMLElement): void {
    if (this.#element === element && this.#listening) return;
    this.#detach();
    this.#element = element;
    this.#listening = true;
    element.addEventListener('pointerdown', this.#onDown);
    element.addEventListener('pointermove', this.#onMove);
    element.addEventListener('pointerup', this.#onUp);
    element.addEventListener('pointercancel', this.#onUp);
    element.addEventListener('wheel', this.#onWheel, { passive: false });
    element.addEventListener('click', this.#onClickCapture, true);
  }

  /** Whether the listeners are on `element` (they come off while the host is disconnected). */
  #listening = false;

  hostConnected(): void {
    // A host moved in the page is disconnected and connected again without re-rendering:
    // listen on the same plot again, or the timeline stops answering input.
    if (this.#element && !this.#listening) this.attach(this.#element);
  }

  hostDisconnected(): void {
    const element = this.#element;
    this.#detach();
    this.#element = element;
    // A gesture cut short by removal ends here, so the next one starts cleanly.
    if (this.#active) this.#endGesture();
  }

  #detach(): void {
    const element = this.#element;
    if (!element || !this.#listening) return;
    this.#listening = false;
    element.removeEventListener('pointerdown', this.#onDown);
    element.removeEventListener('pointermove', this.#onMove);
    element.removeEventListener('pointerup', this.#onUp);
    element.removeEventListener('pointercancel', this.#onUp);
    element.removeEventListener('wheel', this.#onWheel);
    element.removeEventListener('click', this.#onClickCapture, true);
    clearTimeout(this.#wheelTimer);
    this.#pointers.clear();
    this.#element = undefined;
  }

  readonly #onDown = (e: PointerEvent): void => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    this.#pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (this.#pointers.size === 1) this.#dragged = false;
    if (this.#pointers.size === 2) {
      this.#pinchDistance = this.#distance();
      this.#startGesture();
      this.#target.pinchStart(this.#midpoint());
    }
  };

  readonly #onMove = (e: PointerEvent): void => {
    if (e.pointerType !== 'touch') this.#hoverX = e.clientX;
    const last = this.#pointers.get(e.pointerId);
    if (!last) return;
    if (this.#pointers.size === 2) {
      this.#pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
      const d = this.#distance();
      if (this.#pinchDistance > 0 && d > 0) this.#target.pinchMove(d / this.#pinchDistance, this.#midpoint());
      return;
    }
    const dx = e.clientX - last.x;
    if (!this.#dragged) {
      const dy = e.clientY - last.y;
      if (Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
      // A vertical touch swipe belongs to the page (touch-action: pan-y lets it scroll).
      if (e.pointerType === 'touch' && Math.abs(dy) > Math.abs(dx)) {
        this.#pointers.delete(e.pointerId);
        return;
      }
      this.#dragged = true;
      this.#startGesture();
      (e.currentTarget as Element).setPointerCapture?.(e.pointerId);
    }
    this.#pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    this.#target.panBy(dx);
  };

  readonly #onUp = (e: PointerEvent): void => {
    if (!this.#pointers.delete(e.pointerId)) return;
    if (this.#pointers.size < 2) this.#pinchDistance = 0;
    if (this.#pointers.size === 0 && this.#active) this.#endGesture();
  };

  /** A drag ends with a click on whatever is under the pointer: swallow it. */
  readonly #onClickCapture = (e: MouseEvent): void => {
    if (this.#dragged) {
      e.stopPropagation();
      e.preventDefault();
      this.#dragged = false;
    }
  };

  readonly #onWheel = (e: WheelEvent): void => {
    const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
    if (e.ctrlKey || e.metaKey) {
      if (!this.#target.wheelZoom()) return;
      e.preventDefault();
      const factor = Math.pow(2, (-e.deltaY * unit) / 300);
      this.#startGesture();
      this.#target.zoomAt(factor, this.#wheelX(e) - this.#left);
      this.#settleWheelSoon();
      return;
    }
    const dx = e.deltaX * unit;
    // Only a mostly horizontal wheel pans; a vertical one scrolls the page as usual.
    if (dx === 0 || Math.abs(e.deltaX) < Math.abs(e.deltaY)) return;
    e.preventDefault();
    this.#startGesture();
    this.#target.panBy(-dx);
    this.#settleWheelSoon();
  };

  /** The last mouse or pen position over the plot, in fractional px (see {@link #wheelX}). */
  #hoverX = NaN;

  /**
   * Where a wheel points. A wheel event's `clientX` is a whole pixel in Chromium while the pointer
   * (a trackpad at device pixel ratio 2, a zoomed page) sits between pixels: zooming ×100 around
   * a point 0.4 px off slides the content the reader points at by 40 px. The pointer's own last
   * position, fractional, is used when it is the same place.
   */
  #wheelX(e: WheelEvent): number {
    return Math.abs(this.#hoverX - e.clientX) < 1 ? this.#hoverX : e.clientX;
  }

  #active = false;
  /** The plot's left edge, measured once when a gesture starts (never per move: no forced layout). */
  #left = 0;

  #startGesture(): void {
    if (this.#active) return;
    this.#left = this.#target.plotLeft();
    this.#active = true;
    this.#target.gesture(true);
  }

  #endGesture(): void {
    this.#active = false;
    this.#target.gesture(false);
  }

  #settleWheelSoon(): void {
    clearTimeout(this.#wheelTimer);
    this.#wheelTimer = setTimeout(() => {
      if (this.#pointers.size === 0 && this.#active) this.#endGesture();
    }, 160);
  }

  /** The fingers' midpoint, px from the plot's left. */
  #midpoint(): number {
    const [a, b] = [...this.#pointers.values()];
    return a && b ? (a.x + b.x) / 2 - this.#left : 0;
  }

  #distance(): number {
    const [a, b] = [...this.#pointers.values()];
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
  }
}
