import type { ReactiveController } from 'lit';
import { focusAfterUpdate, type FocusHost } from './focus-after-update.js';

/**
 * How much of the list view is rendered: its first `chunk` events, and a chunk more
 * each time the reader presses the button after them or scrolls it into view, so a hundred
 * thousand events never become a hundred thousand articles at once.
 */
export class ListChunksController implements ReactiveController {
  /** Events the list view renders. */
  limit: number;
  #observer?: IntersectionObserver;
  /** Whether the observer watches a button (outside the list view, every update asks nothing of it). */
  #watching = false;
  readonly #host: FocusHost;
  readonly #shown: () => boolean;
  readonly #chunk: number;

  /** `shown`: whether the list view is what the host shows. */
  constructor(host: FocusHost, shown: () => boolean, chunk: number) {
    this.#host = host;
    this.#shown = shown;
    this.#chunk = chunk;
    this.limit = chunk;
    host.addController(this);
  }

  hostConnected(): void {}

  /** The next chunk renders when the end of the list scrolls into view. */
  hostUpdated(): void {
    // The list view's own (a "+N" mark's list has one too, pressed rather than scrolled to).
    const root = this.#host.renderRoot as ShadowRoot;
    const more = this.#shown() ? root.querySelector('[part~="list"] ~ .list-more') : null;
    if (this.#watching) this.#observer?.disconnect();
    this.#watching = !!more;
    if (!more) return;
    this.#observer ??= new IntersectionObserver((entries) => {
      // Not while the button has focus: Tab brought it into view, and the reader chooses there
      // (Enter for more, Tab on past the list; loading here would send them back through it).
      const focused = entries.some((e) => e.target.contains(root.activeElement));
      if (!focused && entries.some((e) => e.isIntersecting)) this.more();
    });
    this.#observer.observe(more);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#watching = false;
  }

  /**
   * The next chunk, pressed for or scrolled to (once: a press and a scroll in the same frame add
   * one). Pressed where the button has focus, focus goes on to the first event added: left there,
   * it stood on a button the list had grown past, or fell to the page when the last chunk took
   * the button away.
   */
  readonly more = (): void => {
    const root = this.#host.renderRoot as ShadowRoot;
    const button = root.querySelector('[part~="list"] ~ .list-more button');
    const next = root.querySelectorAll('[part~="list-item"]').length;
    if (next < this.limit) return;
    this.limit += this.#chunk;
    this.#host.requestUpdate();
    if (button && root.activeElement === button) focusAfterUpdate(this.#host, '[part~="list-item"] .link-button', next);
  };
}
