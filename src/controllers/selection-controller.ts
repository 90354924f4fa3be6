import { focusAfterUpdate } from './focus-after-update.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimelineItem } from '../model/items.js';
import { openClusterView } from '../scene/reveal.js';
import type { SceneCluster } from '../scene/types.js';
import { TimelineSelectEvent } from '../dom-events/timeline-events.js';
import { HashController } from './hash-controller.js';
import { cardTitle, pageScrolls, revealInWindow } from './window-reveal.js';
import type { DocumentController } from './document-controller.js';
import type { FocusController } from './focus-controller.js';
import type { SceneController } from './scene-controller.js';
import type { ViewportController } from './viewport-controller.js';

/** What selection needs of its element: `no-hash`, its shadow root, and to fire `timeline-select`. */
export interface SelectionHost extends ReactiveControllerHost, EventTarget {
  readonly noHash: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The selected event (its card) and the list of a "+N" mark that zooming cannot open. Selecting
 * brings the event into view, writes `#event=<id>` (deep links are read back through the hash
 * controller it owns) and, when the reader did it, fires `timeline-select`; closing the card
 * returns focus to the event's mark.
 */
export class SelectionController implements ReactiveController {
  selectedId: string | null = null;
  /**
   * The events listed in a card of their own: a "+N" mark's that zooming could not separate
   * (`key`), or a phone row's (no key; `name` heads the list).
   */
  clusterList: { ids: string[]; start: number; end: number; count: number; key: string | null; name?: string } | null = null;
  /** What had focus when a list was opened without a "+N" mark to return to (a row of the vertical reading). */
  #opener: HTMLElement | null = null;
  readonly #hash: HashController;

  readonly #host: SelectionHost;
  readonly #document: DocumentController;
  readonly #viewport: ViewportController;
  readonly #scene: SceneController;
  readonly #focus: FocusController;
  readonly #width: () => number;
  /** Whether a document is on its way (see {@link selectWhenShown}). */
  readonly #loading: () => boolean;
  /** An event the page selected before its document was shown. */
  #wanted: string | null = null;

  constructor(
    host: SelectionHost,
    document: DocumentController,
    viewport: ViewportController,
    scene: SceneController,
    focus: FocusController,
    width: () => number,
    loading: () => boolean,
  ) {
    this.#host = host;
    this.#document = document;
    this.#viewport = viewport;
    this.#scene = scene;
    this.#focus = focus;
    this.#width = width;
    this.#loading = loading;
    host.addController(this);
    this.#hash = new HashController(host, (id) => this.select(id, false, true, true));
  }

  hostConnected(): void {}

  hostUpdated(): void {
    if (this.selectedId && !this.#document.item(this.selectedId)) this.selectedId = null;
    const wanted = this.#wanted;
    // A deep link in the URL is offered first; the page's own select() waiting beside it wins.
    this.#hash.apply((id) => !!this.#document.item(id));
    this.#wanted = wanted;
    if (wanted === null) return;
    // Once the new document's zoom levels are made: bringing the event into view needs to know
    // whether it has a mark of its own at a zoom (see `revealView`), or it stays in a "+N".
    if (this.#document.item(wanted)) {
      if (this.#scene.levelsComing) return;
      this.#wanted = null;
      this.select(wanted, false);
    } else if (!this.#loading()) {
      this.#wanted = null;
      console.warn(`<event-timeline>: select("${wanted}"): no such event`);
    }
  }

  /**
   * The page's `select(id)` of an event its document does not have yet, while one is on its way
   * (`data` set in the same task, `src` loading, a large document read in slices): selected once
   * shown, or a warning once the document shown has no such event. Any other selection first wins.
   */
  selectWhenShown(id: string): void {
    this.#wanted = id;
    this.#host.requestUpdate();
  }

  get selected(): TimelineItem | undefined {
    return this.selectedId ? this.#document.item(this.selectedId) : undefined;
  }

  /**
   * Selects an event (opening its card) or clears the selection; `byUser` fires `timeline-select`.
   * `reveal` false leaves the view to the caller (the story's steps choose their own).
   */
  select(id: string | null, byUser: boolean, reveal = true, link = false): void {
    this.#wanted = null;
    const previous = this.selectedId;
    this.selectedId = id;
    this.clusterList = null;
    this.#host.requestUpdate();
    // A card opened by the reader takes focus, so its buttons and Escape are at hand, and the page
    // scrolls just enough to show its title, with the mark the reader chose when both fit (the
    // browser's own focus scroll showed as much of the card as it could: under the plot at 768 px,
    // a long card scrolled the page 690 px and the mark out of the window).
    // A story's steps (`reveal` false) and a page scrolling inside a box of its own keep the
    // browser's focus scroll.
    if (byUser && id && !previous) {
      const own = reveal && pageScrolls();
      focusAfterUpdate(this.#host, '[part~="card"]', 0, { preventScroll: own });
      if (own) {
        void this.#host.updateComplete.then(() => {
          const title = cardTitle(this.#host.renderRoot as ShadowRoot);
          if (title && this.selectedId === id) revealInWindow(title, true, this.#focus.markOf(id));
        });
      }
    }
    const item = id ? this.#document.item(id) : undefined;
    if (item && reveal) this.#focus.reveal(item, byUser);
    // Selected from outside (the API, a deep link): the page shows it, its mark and its card's title.
    if (item && reveal && !byUser) this.#focus.showSelectedWhenDrawn(item.id, link);
    else this.#focus.forgetSelected();
    if (byUser) {
      this.#hash.write(id);
      if (previous !== id) this.#host.dispatchEvent(new TimelineSelectEvent({ id, event: item?.event ?? null }));
    } else this.#hash.follow(id, previous);
  }

  /** Closes the card and returns focus to its event's mark, the "+N" mark holding it, or its list item. */
  async close(): Promise<void> {
    const id = this.selectedId;
    if (!id) return;
    const item = this.#document.item(id);
    this.select(null, true);
    await this.#host.updateComplete;
    const key = item ? this.#scene.clusterKeyOf(item.index) : null;
    const mark = this.#focus.markOf(id) ?? this.#focus.markOf(null, key);
    if (mark) {
      mark.focus({ preventScroll: true });
      return;
    }
    for (const li of this.#host.renderRoot.querySelectorAll<HTMLElement>('li[data-event-id]')) {
      // In the list the title may be out of sight: focus scrolls it into view.
      if (li.dataset.eventId === id) li.querySelector('button')?.focus();
    }
  }

  /**
   * Opens a "+N" mark: zooms in to its span so its events get their own marks, or, when zooming
   * cannot separate them in one view (they share a day), also lists them.
   */
  openCluster(cluster: SceneCluster): void {
    const { limits, range } = this.#viewport;
    if (!limits) return;
    const members = this.#scene.clusterMembers(cluster.key).map((i) => this.#document.items[i]!);
    if (!members.length) return;
    const opening = openClusterView(members, cluster.start, cluster.end, range, Math.max(1, this.#width()), limits, (i, ms) => this.#scene.isPlaced(i, ms));
    if (opening.view) this.#viewport.moveTo(opening.separable ? this.#scene.withLabelRoom(opening.view, members.map((m) => m.index)) : opening.view, true, true);
    if (opening.separable) {
      // Opened from the keyboard: focus moves to the first of the events it held.
      if (this.#focus.activeCluster === cluster.key) void this.#focus.focusItem(members[0]!, true, true, false);
      return;
    }
    this.selectedId = null;
    const { start, end } = this.#scene.clusterDates(cluster.key, cluster);
    this.clusterList = { ids: members.map((m) => m.id), start, end, count: cluster.count, key: cluster.key };
    this.#host.requestUpdate();
    focusAfterUpdate(this.#host, '[part~="cluster-list"]');
  }

  /** Lists `ids` (events a "+N" row stands for, from `start` to `end`) in a card of their own headed `name`, focused. */
  listEvents(ids: string[], start: number, end: number, name: string): void {
    this.#opener = (this.#host.renderRoot as ShadowRoot).activeElement as HTMLElement | null;
    this.selectedId = null;
    this.clusterList = { ids, start, end, count: ids.length, key: null, name };
    this.#host.requestUpdate();
    focusAfterUpdate(this.#host, '[part~="cluster-list"]');
  }

  /** Closes the list of a "+N" mark's events and returns focus to that mark (or to the row that opened it). */
  async closeList(): Promise<void> {
    const key = this.clusterList?.key ?? null;
    this.clusterList = null;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    const opener = this.#opener?.isConnected ? this.#opener : null;
    this.#opener = null;
    (this.#focus.markOf(null, key) ?? opener)?.focus({ preventScroll: true });
  }
}
