import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { TimelineRangeChangedEvent } from '../dom-events/timeline-events.js';

/** What the live region needs of its element: to hear its own range events. */
export type AnnounceHost = ReactiveControllerHost & EventTarget;

/**
 * What the polite live region says: the visible span and how many events it holds, once the
 * reader has moved the view and it has settled (not when the view only followed their focus). Nothing is said on page load or for the page's
 * own API calls (a reader who did nothing hears nothing).
 */
export class AnnounceController implements ReactiveController {
  /** The live region's text. */
  text = '';

  readonly #host: AnnounceHost;
  readonly #compose: () => string;
  readonly #followed: () => boolean;

  /**
   * `followed` tells when the settled move only followed the reader's focus or chosen event (a key
   * to an event out of view, a card's Next): the focused mark or the card said the event, and the
   * span after it would talk over it.
   */
  constructor(
    host: AnnounceHost,
    compose: () => string,
    followed: () => boolean = () => false,
  ) {
    this.#host = host;
    this.#compose = compose;
    this.#followed = followed;
    host.addController(this);
  }

  /** Says `text` now (what a step of the reader's changed: the card's new event), or what it would say after a move. */
  say(text = this.#compose()): void {
    this.text = text;
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    this.#host.addEventListener(TimelineRangeChangedEvent.eventName, this.#onSettled);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener(TimelineRangeChangedEvent.eventName, this.#onSettled);
  }

  readonly #onSettled = (): void => {
    if (this.#followed()) return;
    this.text = this.#compose();
    this.#host.requestUpdate();
  };
}
