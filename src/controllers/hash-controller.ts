import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What deep links read of their element: `no-hash`. */
export interface HashHost extends ReactiveControllerHost {
  /** `no-hash`: neither read nor write the page URL. */
  readonly noHash: boolean;
}

/**
 * Deep links: `#event=<id>` in the page URL selects that event (on load and on `hashchange`,
 * through `select`), and selecting an event writes it, replacing the history entry.
 */
export class HashController implements ReactiveController {
  /** An id read from the URL that no loaded event had yet. */
  #pending: string | null = null;

  readonly #host: HashHost;
  readonly #select: (id: string) => void;

  constructor(
    host: HashHost,
    select: (id: string) => void,
  ) {
    this.#host = host;
    this.#select = select;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.#onHashChange);
    this.#read();
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  /** Offers the pending id, if any, now that data arrived; `has` tells whether it exists. */
  apply(has: (id: string) => boolean): void {
    const id = this.#pending;
    if (!id) return;
    // `noHash` set on the element before it was defined is restored at its first update, after
    // the URL was read on connecting: the link is dropped now.
    if (this.#host.noHash) {
      this.#pending = null;
      return;
    }
    if (!has(id)) return;
    this.#pending = null;
    this.#select(id);
  }

  /** Writes the selected event's id to the URL (or removes it for null). */
  write(id: string | null): void {
    if (this.#host.noHash) return;
    const url = new URL(location.href);
    url.hash = id ? `event=${encodeURIComponent(id)}` : '';
    history.replaceState(history.state, '', url.href);
  }

  /**
   * The page selected an event itself (or cleared the selection): a deep link in the URL to the
   * event selected before follows, so that it never names an event other than the one shown (a
   * reload, or the address shared, opened the earlier one). A URL without one, one naming another
   * timeline's event, or the page's own anchor is left alone.
   */
  follow(id: string | null, previous: string | null): void {
    if (this.#host.noHash || id === previous) return;
    const match = /^#event=(.+)$/.exec(location.hash);
    // Only this timeline's link: another timeline on the page keeps its own.
    if (match && previous !== null && safeDecode(match[1]!) === previous) this.write(id);
  }

  readonly #onHashChange = (): void => {
    this.#read();
    this.#host.requestUpdate();
  };

  #read(): void {
    if (this.#host.noHash) return;
    const match = /^#event=(.+)$/.exec(location.hash);
    this.#pending = match ? safeDecode(match[1]!) : null;
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
