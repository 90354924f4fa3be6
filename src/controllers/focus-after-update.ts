import type { ReactiveControllerHost } from 'lit';

/** A host whose drawn elements can take focus once it has updated. */
export type FocusHost = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * After `host`'s pending update, focuses the `index`-th element of its render root that matches
 * `selector`: focus follows what the reader did to where it is drawn next (a card opened, a list
 * grown, a view switched), which exists only once the update has rendered it.
 */
export function focusAfterUpdate(host: FocusHost, selector: string, index = 0, options?: FocusOptions): void {
  void host.updateComplete.then(() => host.renderRoot.querySelectorAll<HTMLElement>(selector)[index]?.focus(options));
}

/**
 * After `host`'s pending update, scrolls the window so that the element matching `selector` is
 * back at `top` (px from the window's top), where the reader pressed it: on a phone a story's
 * card moves down the list under each next event's row, and a thumb tapping the same spot again
 * must press Next again, not the row now there (which closes the event). The scroll stops short
 * where it would take `keep` (that row) above `floor` px (under a toolbar stuck to the top).
 */
export function keepInPlaceAfterUpdate(host: FocusHost, selector: string, top: number, keep: () => Element | null, floor: number): void {
  void host.updateComplete.then(() => {
    const target = host.renderRoot.querySelector(selector);
    if (!target) return;
    let by = target.getBoundingClientRect().top - top;
    const row = keep()?.getBoundingClientRect();
    if (row) by = Math.min(by, row.top - floor);
    if (Math.abs(by) >= 0.5) window.scrollBy({ top: by, behavior: 'instant' });
  });
}
