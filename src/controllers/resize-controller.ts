import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Tracks the content-box width of an element with a ResizeObserver and asks the host to update. */
export class ResizeController implements ReactiveController {
  /** The observed width in CSS pixels (0 until first measured). */
  width = 0;
  #observer?: ResizeObserver;
  #element?: Element;

  readonly #onResize: (width: number) => void;

  constructor(
    host: ReactiveControllerHost,
    onResize: (width: number) => void,
  ) {
    this.#onResize = onResize;
    host.addController(this);
  }

  /** Observes `element` (call from `firstUpdated`); observing a new element replaces the old. */
  observe(element: Element): void {
    if (this.#element === element && this.#observer) return;
    this.#observer?.disconnect();
    this.#element = element;
    this.#observer = new ResizeObserver((entries) => {
      const width = Math.round(entries[entries.length - 1]!.contentRect.width);
      if (width !== this.width) {
        this.width = width;
        this.#onResize(width);
      }
    });
    this.#observer.observe(element);
  }

  hostConnected(): void {
    if (this.#element && !this.#observer) this.observe(this.#element);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }
}
