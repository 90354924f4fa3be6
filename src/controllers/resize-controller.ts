import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the content box (or the border box) of an element with a ResizeObserver and asks the
 * host to update when it changes.
 */
export class ResizeController implements ReactiveController {
  /** The observed width and height in CSS pixels (0 until first measured). */
  width = 0;
  height = 0;
  /** With `box: 'border'`: the border box's height less the content box's (borders and padding). */
  edges = 0;
  #observer?: ResizeObserver;
  #frame = 0;
  #stale = false;
  #element?: Element;
  readonly #host: ReactiveControllerHost;
  readonly #border: boolean;

  /** `box: 'border'` measures the border box: what the element takes in its parent's layout. */
  constructor(host: ReactiveControllerHost, box: 'content' | 'border' = 'content') {
    this.#host = host;
    this.#border = box === 'border';
    host.addController(this);
  }

  /** Observes `element`; observing a new element replaces the old. */
  observe(element: Element): void {
    if (this.#element === element && this.#observer) return;
    this.#observer?.disconnect();
    this.#element = element;
    this.#observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1]!;
      const border = this.#border ? entry.borderBoxSize?.[0] : undefined;
      const width = Math.round(border ? border.inlineSize : entry.contentRect.width);
      const height = Math.round(border ? border.blockSize : entry.contentRect.height);
      this.#stale = false;
      if (border) this.edges = Math.max(0, height - Math.round(entry.contentRect.height));
      this.#set(width, height, true);
    });
    this.#observer.observe(element, { box: this.#border ? 'border-box' : 'content-box' });
  }

  /**
   * Whether the size may be out of date: the host changed what decides it (see {@link expect})
   * and no measurement has been made since.
   */
  get stale(): boolean {
    return this.#stale;
  }

  /**
   * The host has just rendered a change that may resize the element. A ResizeObserver says
   * nothing when the size stays the same (the page fixed it), so the next frame measures it once.
   */
  expect(): void {
    const element = this.#element;
    if (!element) return;
    this.#stale = true;
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => {
      if (!this.#stale) return;
      this.#stale = false;
      const box = element.getBoundingClientRect();
      const border = this.#border;
      this.#set(Math.round(border ? box.width : element.clientWidth), Math.round(border ? box.height : element.clientHeight), false);
      this.#host.requestUpdate();
    });
  }

  #set(width: number, height: number, later: boolean): void {
    if (width === this.width && height === this.height) return;
    this.width = width;
    this.height = height;
    if (!later) return;
    // In the next frame: a render in answer to a resize may resize what is observed again, and
    // in the same frame that is a ResizeObserver loop.
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => this.#host.requestUpdate());
  }

  hostConnected(): void {
    if (this.#element && !this.#observer) this.observe(this.#element);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#frame);
    this.#observer?.disconnect();
    this.#observer = undefined;
  }
}
