import type { ReactiveControllerHost } from 'lit';

/** A host whose drawn elements can take focus once it has updated. */
export type FocusHost = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * After `host`'s pending update, focuses the `index`-th element of its render root that matches
 * `selector`: focus follows what the reader did to where it is drawn next (a card opened, a list
 * grown, a view switched), which exists only once the update has rendered it.
 */
export function focusAfterUpdate(host: FocusHost, selector: string, index = 0): void {
  void host.updateComplete.then(() => host.renderRoot.querySelectorAll<HTMLElement>(selector)[index]?.focus());
}
