import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What of an element's box the host draws from (the edges: the border box's borders and padding); a change of anything else asks for no render. */
export type Watched = 'width' | 'height' | 'edges';

/** Hosts whose observed boxes changed, to render in the next frame (see {@link renderNextFrame}). */
const due = new Set<ReactiveControllerHost>();
let dueFrame = 0;

/**
 * Asks `host` for a render in the next frame, once however many of its boxes changed: the boxes of
 * one element change together (its width, its plot, the plot's sizer), and a frame callback each
 * would be a whole render each, as every callback ends in its own microtask checkpoint.
 */
function renderNextFrame(host: ReactiveControllerHost): void {
  due.add(host);
  if (dueFrame) return;
  dueFrame = requestAnimationFrame(() => {
    dueFrame = 0;
    const hosts = [...due];
    due.clear();
    for (const h of hosts) h.requestUpdate();
  });
}

/**
 * Tracks the content box (or the border box) of an element with a ResizeObserver and asks the
 * host to update when a size it draws from changes.
 */
export class ResizeController implements ReactiveController {
  /** The observed width and height in CSS pixels (0 until first measured). */
  width = 0;
  height = 0;
  /** With `box: 'border'`: the border box's height less the content box's (borders and padding). */
  edges = 0;
  #observer?: ResizeObserver;
  #element?: Element;
  readonly #host: ReactiveControllerHost;
  readonly #border: boolean;
  readonly #watched: ReadonlySet<Watched>;

  /**
   * `box: 'border'` measures the border box: what the element takes in its parent's layout.
   * `watched`: the sizes (and, for the border box, the edges) whose change asks for a render.
   */
  constructor(host: ReactiveControllerHost, box: 'content' | 'border' = 'content', watched: readonly Watched[] = ['width', 'height']) {
    this.#host = host;
    this.#border = box === 'border';
    this.#watched = new Set(watched);
    host.addController(this);
  }

  /** Observes `element`; observing a new element replaces the old. Returns whether `element` is new. */
  observe(element: Element): boolean {
    if (this.#element === element && this.#observer) return false;
    this.#observer?.disconnect();
    this.#element = element;
    this.#observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1]!;
      const border = this.#border ? entry.borderBoxSize?.[0] : undefined;
      const width = Math.round(border ? border.inlineSize : entry.contentRect.width);
      const height = Math.round(border ? border.blockSize : entry.contentRect.height);
      if (this.#set(width, height, border ? height - Math.round(entry.contentRect.height) : this.edges)) this.#later();
    });
    this.#observer.observe(element, { box: this.#border ? 'border-box' : 'content-box' });
    return true;
  }

  /**
   * Measures the element now (a layout, if one is due; its layout size, as the observer reports
   * it, not transformed) and returns whether a watched size (or, watched, the edges) changed. For
   * an element that just appeared, so that the render answering its size comes in the same frame
   * rather than one or two frames later, and the observer's first notice then asks for none; the
   * host renders again when it is true.
   */
  measure(): boolean {
    const element = this.#element as HTMLElement | undefined;
    if (!element) return false;
    // The content box, as the observer reports it: inside the padding, untransformed (none when hidden).
    // Out of the page the computed paddings are empty strings: 0, not NaN (a NaN width passed the
    // scene's "no width yet" test and stood as a changed size on every measure).
    const style = getComputedStyle(element);
    const pad = (value: string) => parseFloat(value) || 0;
    const width = Math.max(0, element.clientWidth - pad(style.paddingLeft) - pad(style.paddingRight));
    const height = Math.max(0, element.clientHeight - pad(style.paddingTop) - pad(style.paddingBottom));
    if (!this.#border) return this.#set(Math.round(width), Math.round(height), this.edges);
    return this.#set(element.offsetWidth, element.offsetHeight, element.offsetHeight - Math.round(height));
  }

  /** Keeps the new size and edges; returns whether a watched one changed. */
  #set(width: number, height: number, edges: number): boolean {
    edges = Math.max(0, edges);
    const changed =
      (this.#watched.has('width') && width !== this.width) ||
      (this.#watched.has('height') && height !== this.height) ||
      (this.#watched.has('edges') && edges !== this.edges);
    this.width = width;
    this.height = height;
    this.edges = edges;
    return changed;
  }

  /** Asks for a render in the next frame: a render in answer to a resize may resize what is observed again, and in the same frame that is a ResizeObserver loop. */
  #later(): void {
    renderNextFrame(this.#host);
  }

  hostConnected(): void {
    if (this.#element && !this.#observer) this.observe(this.#element);
  }

  hostDisconnected(): void {
    due.delete(this.#host);
    this.#observer?.disconnect();
    this.#observer = undefined;
  }
}
