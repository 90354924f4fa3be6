import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimelineItem } from '../model/items.js';
import { nearestInNextRow, nearestInRow, screenRow } from '../layout/navigation.js';
import { revealView } from '../scene/reveal.js';
import { keyIntent } from '../layout/key-intents.js';
import { STORY_MARGIN_SHARE } from '../layout/window-scroll.js';
import { bucketKeyAt, bucketView, parseStripKey, stripKey } from '../scene/strip.js';
import { rowStep } from '../scene/row-step.js';
import type { SceneBucket } from '../scene/types.js';
import type { DocumentController } from './document-controller.js';
import type { SceneController } from './scene-controller.js';
import type { ViewportController } from './viewport-controller.js';
import { cardTitle, outOfWindow, revealInWindow } from './window-reveal.js';
import { clampView, msPerPx, sameView } from '../layout/view.js';
import type { ViewState } from '../layout/view.js';
import { laneStop } from './lane-stop.js';
import { parseClusterKey } from '../scene/cluster-key.js';
import type { LocaleController } from './locale-controller.js';

/** What roving focus needs of its element: its shadow root (where the marks are). */
export interface FocusHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** What the keys ask for that is not focus's own business. */
export interface FocusIntents {
  /** Escape: close the card if one is open. */
  escape(): void;
  /** The plot's width, px. */
  width(): number;
}

type Direction = 'previous' | 'next' | 'up' | 'down' | 'first' | 'last';

/**
 * The timeline's one Tab stop and its keys: arrows between events (and "+N" marks), Home/End,
 * PageUp/PageDown, +/−, 0 and Escape. The focused event's mark stays in the DOM while focus is
 * inside, even out of view, so focus is never lost to the page; a render that moves the focused
 * mark in the DOM (which drops focus) gives it back. Marks are found through their
 * `data-event-id` compared as data, never through a selector built from an id.
 */
export class FocusController implements ReactiveController {
  /** The event that last had focus: it holds the Tab stop. */
  activeId: string | null = null;
  /** The "+N" mark that has focus instead of the active event, which it holds. */
  activeCluster: string | null = null;
  /** Keyboard focus is inside the plot. */
  inside = false;
  /** True while the element renders: a focus loss then comes from its DOM changes, not the reader. */
  #rendering = false;
  /** Focus was dropped by a render: give it back after the render. */
  #restore = false;
  /**
   * What to bring into the window once the view has come to rest, the newest request only: a mark
   * (see {@link showWhenRested}: its event id or "+N" key, whether only while it has focus, whether
   * the page scrolls smoothly), or an event selected from outside with its card (see
   * {@link showSelectedWhenDrawn}: whether by a deep link, and the page's scroll when asked).
   */
  #toShow: { kind: 'mark'; key: string; focused: boolean; smooth: boolean; story: boolean } | { kind: 'selected'; key: string; link: boolean; scrollY: number } | null = null;
  /** An event to bring into view once the plot has a size and a layout. */
  #pending: { item: TimelineItem; animate: boolean; byUser: boolean } | null = null;
  /**
   * An event focus goes to once the view rests at `view` (a strip's bucket opened by Enter, a
   * key's move to an event far away), and what holds focus for it until then (see `#payOwed`).
   */
  #owed: { id: string; view: ViewState; standIn: Element | null } | null = null;
  /** Focus the active mark after the next render (a strip draws its Tab stop's bucket only). */
  #focusAfterRender = false;
  /**
   * The event the last {@link reveal} moved the view for, looked at again once the view rests and
   * is drawn (see `#checkRevealed`): `view` is where the move ends, `closing` once the look is to
   * end at the next frame.
   */
  #revealed: { item: TimelineItem; animate: boolean; byUser: boolean; tries: number; view: ViewState; closing: boolean } | null = null;
  /** A {@link focusItem} asked for before the document's zoom levels were made, and its caller's promise. */
  #focusWhenPlaced: { args: Parameters<FocusController['focusItem']>; done: () => void } | null = null;

  readonly #host: FocusHost;
  readonly #document: DocumentController;
  readonly #viewport: ViewportController;
  readonly #scene: SceneController;
  readonly #locale: LocaleController;
  readonly #intents: FocusIntents;

  constructor(
    host: FocusHost,
    document: DocumentController,
    viewport: ViewportController,
    scene: SceneController,
    locale: LocaleController,
    intents: FocusIntents,
  ) {
    this.#host = host;
    this.#document = document;
    this.#viewport = viewport;
    this.#scene = scene;
    this.#locale = locale;
    this.#intents = intents;
    host.addController(this);
  }

  hostConnected(): void {}

  hostUpdate(): void {
    this.#rendering = true;
  }

  hostUpdated(): void {
    this.#rendering = false;
    const waiting = this.#focusWhenPlaced;
    if (waiting && !this.#scene.levelsComing) {
      this.#focusWhenPlaced = null;
      // The event, if the document shown still has it (another may have come meanwhile).
      const [item] = waiting.args;
      if (this.#document.item(item.id) === item) void this.focusItem(...waiting.args).then(waiting.done);
      else waiting.done();
    }
    if (this.#pending && this.#scene.ready && this.#intents.width() > 0) {
      const { item, animate, byUser } = this.#pending;
      this.#pending = null;
      this.reveal(item, animate, byUser);
    }
    if (this.#focusAfterRender) {
      this.#focusAfterRender = false;
      this.focusMark();
      this.#showFocused();
    }
    this.#checkRevealed();
    this.#payOwed();
    this.#giveFocusBack();
    this.#showRested();
  }

  /**
   * A view chosen by {@link reveal} can fold its event into a "+N" after all: the rows it was chosen
   * by change once it is drawn (the axis takes a second line of years at a zoom of months, and a
   * capped plot has a row less: at 600 px `select("tiktok-lobbyists")` opened its card over a "+2").
   * Once the view rests where reveal sent it and is drawn, an event without a mark of its own is
   * revealed again from the rows now known (twice at most). Looked at in the drawn updates at rest
   * until the next frame (the first measures the plot, one it queues draws the rows that fit it);
   * then never again, so a resize or a theme hours later does not move the view. A view moved
   * meanwhile (by the reader, the page) is theirs.
   */
  #checkRevealed(): void {
    const revealed = this.#revealed;
    if (!revealed || this.#viewport.busy) return;
    const range = this.#viewport.range;
    const width = this.#intents.width();
    const halfPx = msPerPx(range, Math.max(1, width)) / 2;
    const there = Math.abs(range.start - revealed.view.start) <= halfPx && Math.abs(range.end - revealed.view.end) <= halfPx;
    const { item } = revealed;
    if (!there || this.#document.item(item.id) !== item) {
      this.#revealed = null;
      return;
    }
    const drawn = this.#scene.overlay;
    if (!drawn || drawn !== this.#scene.scene || !sameView(drawn.view, range) || !this.#scene.placing || width <= 0) return;
    if (this.#scene.isPlaced(item.index, msPerPx(range, width)) !== false) {
      // Placed. The plot measured in this render may share its rows again in an update queued
      // within this task (its axis grew): that update looks once more; by the next frame it has run.
      if (!revealed.closing) {
        revealed.closing = true;
        requestAnimationFrame(() => {
          if (this.#revealed === revealed) this.#revealed = null;
        });
      }
      return;
    }
    this.#revealed = null;
    if (revealed.tries < 2) this.reveal(item, revealed.animate, revealed.byUser, revealed.tries + 1);
  }

  /** Focus back on the active mark when the render took it away (or on the timeline's Tab stop). */
  #giveFocusBack(): void {
    // A focused button the render removed without a focus event (Chrome's way for removed nodes) leaves focus on the page's body.
    const lost = this.inside && document.activeElement === document.body;
    if (!this.#restore && !lost) return;
    this.#restore = false;
    const root = this.#host.renderRoot as ShadowRoot;
    if (root.activeElement) return;
    this.focusMark();
    if (this.#owed && root.activeElement) this.#owed.standIn = root.activeElement;
    // Its mark is gone (a strip's bucket during a zoom to it, a "+N" mark a new level folds
    // differently): the first mark of its lane from its time on, so focus stays where the reader
    // was, in the lane and at the time they chose, not on the plot's first mark.
    if (!root.activeElement) {
      const near = this.#laneStop();
      if (near) {
        this.activeId = near.dataset.eventId ?? this.activeId;
        this.activeCluster = near.dataset.cluster ?? null;
        near.focus({ preventScroll: true });
        if (this.#owed) this.#owed.standIn = near;
      }
    }
    // Nothing of its lane drawn: the timeline's Tab stop takes focus.
    // No render is asked for here: one asked for after every render would never end.
    const stop = root.activeElement ? null : root.querySelector<HTMLElement>('[part~="plot"] [tabindex="0"]');
    if (stop) {
      // Taken as the active mark first, so that focusing it does not move the view (it is in view).
      this.activeId = stop.dataset.eventId ?? this.activeId;
      this.activeCluster = stop.dataset.cluster ?? null;
      stop.focus({ preventScroll: true });
      if (this.#owed) this.#owed.standIn = stop;
    }
    // Nothing to take it once the view has settled: focus has left (tried again on every frame of a move).
    if (!root.activeElement && !this.#viewport.moving) this.inside = false;
  }

  /**
   * Once the view rests after opening a strip's bucket (or a key's move far away), focus goes
   * from whatever held it during the move (the bucket pressed, a mark drawn on the way) to the
   * event owed (the lane's first in the bucket, the key's): its own mark, or the "+N" mark or
   * bucket that holds it, brought into the window. Focus the reader moved meanwhile, or a view
   * they moved elsewhere, is theirs.
   */
  #payOwed(): void {
    const owed = this.#owed;
    if (!owed) return;
    const root = this.#host.renderRoot as ShadowRoot;
    const active = root.activeElement;
    if (active && active !== owed.standIn) {
      this.#owed = null;
      return;
    }
    if (this.#viewport.moving || this.#scene.overlay !== this.#scene.scene) return;
    this.#owed = null;
    const item = this.#document.item(owed.id);
    const { range } = this.#viewport;
    // The span it opened to (clamped at the extent's ends, so compared by length), with the event in it.
    const opened = Math.abs(range.end - range.start - (owed.view.end - owed.view.start)) <= (owed.view.end - owed.view.start) * 0.01;
    if (!item || !this.#scene.overlay || (!active && !this.inside) || !opened || item.start < range.start || item.start > range.end) return;
    const own = this.markOf(item.id);
    const key = own ? null : this.#holderKey(item);
    this.activeId = item.id;
    this.activeCluster = null;
    // A strip draws its Tab stop's bucket only: made the stop, the bucket is focused after the
    // next render (asked for after this one, as a change inside an update would be).
    if (!own && parseStripKey(key) && !this.markOf(null, key)) {
      this.activeCluster = key;
      this.#focusAfterRender = true;
      queueMicrotask(() => this.#host.requestUpdate());
      return;
    }
    // Its own mark, the "+N" mark holding it, or (left out beside a strip) its lane's next mark.
    const target = own ?? (key ? this.markOf(null, key) : null) ?? this.#laneStop();
    if (!target) return;
    this.activeId = target.dataset.eventId ?? item.id;
    this.activeCluster = target.dataset.cluster ?? null;
    target.focus({ preventScroll: true });
    this.#showFocused();
  }

  /** Brings the focused mark into the window once the view rests (WCAG 2.4.11), as key moves do. */
  #showFocused(): void {
    const key = this.activeCluster ?? this.activeId;
    if (key) this.showWhenRested(key, true, false);
  }

  /**
   * The button of the active mark's lane (its event's, or its "+N" mark's or bucket's) nearest
   * its time (see `laneStop`).
   */
  #laneStop(): HTMLElement | null {
    const item = this.activeId ? this.#document.item(this.activeId) : undefined;
    const held = this.activeCluster ? this.#placeOf(this.activeCluster) : null;
    const laneIndex = held?.laneIndex ?? (item?.kind === 'deadline' ? undefined : item?.laneIndex);
    if (laneIndex === undefined) return null;
    const time = held && Number.isFinite(held.start) ? held.start : item && item.laneIndex === laneIndex ? item.start : -Infinity;
    return laneStop(this.#host.renderRoot, laneIndex, time, (b) => (b.dataset.eventId ? (this.#document.item(b.dataset.eventId)?.start ?? -Infinity) : (this.#placeOf(b.dataset.cluster!)?.start ?? -Infinity)));
  }

  /** The lane and start of a strip's bucket or a "+N" mark, from its key (a mark no longer drawn has its lane only). */
  #placeOf(key: string): { laneIndex: number; start: number } | null {
    const cluster = parseClusterKey(key);
    if (!cluster) return parseStripKey(key);
    const drawn = this.#scene.overlay?.lanes.find((l) => l.index === cluster.laneIndex)?.clusters.find((c) => c.key === key);
    return { laneIndex: cluster.laneIndex, start: drawn?.start ?? -Infinity };
  }

  /** The key of the drawn "+N" mark or strip bucket that holds `item` (null when it has its own mark). */
  #holderKey(item: TimelineItem): string | null {
    const drawn = this.#scene.overlay;
    // Folded into a lane's density strip: its bucket.
    return (drawn && this.#scene.inStrip(item) && bucketKeyAt(drawn, item.laneIndex, item.start)) || this.#scene.clusterKeyOf(item.index);
  }

  /** The event whose mark must stay drawn: the focused one. */
  get keep(): TimelineItem | undefined {
    return this.inside && !this.activeCluster && this.activeId ? this.#document.item(this.activeId) : undefined;
  }

  /** The button of an event's mark (or of a "+N" mark), found by comparing data, not by a selector. */
  markOf(id: string | null, cluster: string | null = null): HTMLElement | null {
    if (id === null && cluster === null) return null;
    const candidates = this.#host.renderRoot.querySelectorAll<HTMLElement>(cluster ? '[data-cluster]' : '[data-event-id]');
    for (const el of candidates) {
      if (cluster ? el.dataset.cluster === cluster : el.dataset.eventId === id && el.localName === 'button') return el;
    }
    return null;
  }

  /** Focuses the mark of the active "+N" or, else, of the active event (never scrolling: see `window-reveal.ts`). */
  focusMark(): void {
    this.markOf(this.activeCluster ? null : this.activeId, this.activeCluster)?.focus({ preventScroll: true });
  }

  /**
   * Scrolls the page to show the mark of `key` (an event id or "+N" key) once the view
   * has come to rest and the marks in the page have followed it (no burst, and the overlay drawn
   * from this frame's scene: see `SceneController.overlay`), once: a render that later gives focus
   * back to a mark the reader panned, or scrolled the page, away from scrolls nothing. `focused`: only if the mark then has focus (a key moved focus
   * to it: a row above or below the window's edge took focus out of sight, WCAG 2.4.11); a story
   * step (`story`) shows its event's mark whether focused or not, a quarter of the window clear of
   * its edges as far as that shows more of the plot (`STORY_MARGIN_SHARE`, `keepFrame`: the rows
   * around it in sight too), where a key's focus scrolls just enough. A newer call replaces an
   * older one.
   */
  showWhenRested(key: string, focused: boolean, smooth: boolean, story = false): void {
    this.#toShow = { kind: 'mark', key, focused, smooth, story };
    this.#showRested();
  }

  /**
   * An event selected from outside: once the plot is drawn for the view that shows it, the page
   * scrolls just enough to show its mark and the title of its card under the plot (the mark alone
   * when both do not fit). A deep link (`link`) does it whenever either is out
   * of the window: the reader who followed it saw the top of the page, or the plot, and not the
   * card it opened. `select()` does it only for a mark wholly out of the window, as the vertical
   * list does for its rows (see the element's `#afterOrientation`; there also for a row under the
   * toolbar stuck at the window's top, whose card leaves its date and title to the row): a page
   * showing the timeline keeps its scroll. Dropped if the reader scrolls the page before the plot is drawn.
   */
  showSelectedWhenDrawn(id: string, link: boolean): void {
    // After the render that opens the card (the selection asked for it).
    this.#toShow = { kind: 'selected', key: id, link, scrollY: window.scrollY };
  }

  /** The selection changed by the reader, or was cleared: nothing of an earlier one is shown. */
  forgetSelected(): void {
    if (this.#toShow?.kind === 'selected') this.#toShow = null;
  }

  hostDisconnected(): void {
    this.#toShow = null;
  }

  #showRested(): void {
    const show = this.#toShow;
    // The render that ends the wait comes from the burst's end or the scene's own timer at rest.
    if (show === null || this.#viewport.busy || this.#scene.overlay !== this.#scene.scene) return;
    if (show.kind === 'selected') {
      this.#showSelected(show.key, show.link, show.scrollY);
      return;
    }
    this.#toShow = null;
    const active = (this.#host.renderRoot as ShadowRoot).activeElement as HTMLElement | null;
    const mark = show.focused ? (active?.dataset.eventId === show.key || active?.dataset.cluster === show.key ? active : null) : this.markOf(show.key);
    if (mark) revealInWindow(mark, show.smooth, null, show.story ? STORY_MARGIN_SHARE : 0);
  }

  #showSelected(id: string, link: boolean, scrollY: number): void {
    const root = this.#host.renderRoot as ShadowRoot;
    const plot = root.querySelector('[part~="plot"]');
    const overlay = this.#scene.overlay;
    // The reader moved the page meanwhile: it is theirs.
    const moved = window.scrollY !== scrollY;
    // Not drawn yet, or drawn for the view before the one that shows the event: after the next render.
    if (!moved && plot && !(overlay && sameView(overlay.view, this.#viewport.range))) return;
    this.#toShow = null;
    const mark = plot && !moved ? this.markOf(id) : null;
    if (!mark || !plot!.contains(mark)) return;
    if (!link && !outOfWindow(mark)) return;
    revealInWindow(mark, false, cardTitle(root));
  }

  /** Focus moved by a key to the active mark: focused, and shown in the window once the view rests. */
  #focusMoved(): void {
    this.focusMark();
    this.showWhenRested((this.activeCluster ?? this.activeId)!, true, false);
  }

  /**
   * Moves the view so the event is visible with its own mark (see `revealView`); waits for the
   * first layout when there is none yet. Returns the view it moves to (null: none, or not yet).
   */
  reveal(item: TimelineItem, animate: boolean, byUser = animate, tries = 0): ViewState | null {
    const { limits, range } = this.#viewport;
    const width = this.#intents.width();
    if (!limits) return null;
    if (width <= 0 || !this.#scene.ready) {
      this.#pending = { item, animate, byUser };
      return null;
    }
    const target = revealView(item, range, width, limits, (index, ms) => this.#scene.isPlaced(index, ms));
    // The reader's keys and choices move the view as theirs (a page hears `timeline-rangechanged`);
    // the page's own `select()` does not.
    if (target) this.#viewport.moveTo(target, animate, byUser, true);
    // Where the move ends (the viewport keeps it within its limits), to be looked at once drawn there.
    this.#revealed = target ? { item, animate, byUser, tries, view: clampView(target, limits), closing: false } : null;
    return target;
  }

  readonly onKeydown = (e: KeyboardEvent): void => {
    const intent = keyIntent(e, this.#locale.rtl);
    const { range } = this.#viewport;
    if (!intent || !this.#viewport.limits) return;
    e.preventDefault();
    e.stopPropagation();
    let current = this.activeId ? this.#document.item(this.activeId) : undefined;
    const key = (e.target as HTMLElement).dataset?.cluster;
    const bucket = parseStripKey(key);
    if (bucket && intent.type === 'move' && (intent.to === 'next' || intent.to === 'previous')) {
      this.#goal = null;
      void this.#stepBucket(bucket.laneIndex, bucket.start, intent.to === 'next' ? 1 : -1);
      return;
    }
    // On a bucket, its time is the reader's place (the active event is the one before it).
    const drawnBucket = bucket ? this.#scene.overlay?.lanes.find((l) => l.index === bucket.laneIndex)?.strip?.buckets.find((b) => b.key === key) : undefined;
    const time = drawnBucket ? (drawnBucket.start + drawnBucket.end) / 2 : current?.start;
    if (intent.type === 'move' && (intent.to === 'up' || intent.to === 'down')) {
      // Presses of Up and Down in a row keep the time they started from, as a text editor keeps
      // its column: a row of a few labels would otherwise pull it years away.
      const goal = this.#goal && (key === this.#goal.at || (!bucket && this.activeId === this.#goal.at)) ? this.#goal.time : time;
      if (this.#rowStep(bucket?.laneIndex, goal, current, intent.to === 'up' ? -1 : 1)) return;
    }
    this.#goal = null;
    switch (intent.type) {
      case 'move': {
        // On a "+N" mark, Left and Right step past all the events it holds.
        if (key && (intent.to === 'next' || intent.to === 'previous')) {
          const members = this.#scene.clusterMembers(key).map((i) => this.#document.items[i]!);
          current = (intent.to === 'next' ? members[members.length - 1] : members[0]) ?? current;
        }
        const target = this.#neighbour(current, intent.to);
        if (target) void this.focusItem(target);
        return;
      }
      case 'page': {
        // Focus follows the page: the event nearest the middle of the new view.
        const to = this.#viewport.page(intent.direction);
        const target = this.#nearestTo((to.start + to.end) / 2);
        if (target) void this.focusItem(target);
        return;
      }
      case 'zoom':
        // Around the active event's marker (the middle of its day), or the bucket's middle.
        this.#viewport.zoomAroundTime(intent.factor, (!drawnBucket && current ? current.at : time) ?? (range.start + range.end) / 2);
        return;
      case 'fit':
        this.#viewport.fit(true, true);
        return;
      case 'close':
        this.#intents.escape();
        return;
    }
  };

  /** Focus moved to an event's mark, to a "+N" mark, or out of the plot (both null). */
  readonly onFocusChange = (id: string | null, clusterKey: string | null): void => {
    if (id === null && clusterKey === null && this.#rendering) {
      // Not the reader: the render moved the focused mark in the DOM, which drops focus.
      this.#restore = true;
      return;
    }
    const inside = id !== null || clusterKey !== null;
    // Focus left for the page: its mark is not brought into the window any more.
    if (!inside && this.#toShow?.kind === 'mark' && this.#toShow.focused) this.#toShow = null;
    // What the plot shows for the focused mark (a cut label's whole title, a strip bucket's words)
    // shows while it is focused and goes once focus has left: nothing else may render then.
    if (inside !== this.inside || (parseStripKey(clusterKey ?? this.activeCluster) && clusterKey !== this.activeCluster)) this.#host.requestUpdate();
    const cameIn = inside && !this.inside;
    this.inside = inside;
    // Focus came into the plot (Tab, or back from a card or a "+N" list) onto a mark out of the
    // reader's sight: under the axis stuck at the window's top, which the browser's own focus
    // scroll counts as seen, or out of the window. The page scrolls just enough to show it.
    if (cameIn) {
      const mark = this.markOf(id, clusterKey);
      if (mark && outOfWindow(mark)) revealInWindow(mark, false);
    }
    if (clusterKey) {
      this.activeCluster = clusterKey;
      return;
    }
    if (!id) return;
    this.activeCluster = null;
    if (id !== this.activeId) {
      this.activeId = id;
      this.#host.requestUpdate();
      const item = this.#document.item(id);
      // The view follows focus (for example after Tab from outside).
      if (item) this.reveal(item, true);
    }
  };

  /**
   * Moves keyboard focus to an event: to its mark, brought into view; or, when at this zoom it is
   * folded into a "+N" mark that is in view, to that mark (Enter opens it) unless `ownMark`.
   */
  async focusItem(item: TimelineItem, animate = true, ownMark = false, reveal = true): Promise<void> {
    if (this.#scene.levelsComing) {
      // A document just shown on the plot (a large one arranged a slice at a time) has its zoom
      // levels made after it: until then neither the view that brings the event in nor its mark is
      // known, and focus went nowhere (`focusEvent()` while a large document loaded). It is moved
      // once they are made, or once the plot no longer shows the document (read vertically, as a
      // list, hidden, emptied); a newer request wins.
      this.#focusWhenPlaced?.done();
      return new Promise((done) => {
        this.#focusWhenPlaced = { args: [item, animate, ownMark, reveal], done };
        this.#host.requestUpdate();
      });
    }
    this.activeId = item.id;
    this.inside = true;
    const { range } = this.#viewport;
    const key = ownMark ? null : this.#holderKey(item);
    this.activeCluster = key && item.start >= range.start && item.start <= range.end ? key : null;
    const to = !this.activeCluster && reveal ? this.reveal(item, animate) : null;
    // A view that travels far (End from years away) draws marks for each of its frames, not the
    // event's until it arrives: focus waits on the marks in between (see `giveFocusBack`) and is
    // owed to the event once the view rests. It took the in-between marks for the reader's own,
    // and ended on one of them a million px off the plot.
    if (to && animate) this.#owed = { id: item.id, view: to, standIn: (this.#host.renderRoot as ShadowRoot).activeElement };
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#focusMoved();
  }

  /**
   * Up or Down where a density strip is involved (see `rowStep`): from a bucket of lane
   * `bucketLane` (else from the `current` event) at `time`, one row up or down, to a labelled mark,
   * a strip's bucket or a lane's events, keeping the time. False when no strip is involved: the
   * events' own rule applies.
   */
  /** The rows with events, in view or not, made once per list of events shown (a pass over them: a few ms at 100,000). */
  #rowsMade: { items: readonly TimelineItem[]; rows: Set<number> } | null = null;

  #rowsWithEvents(): Set<number> {
    const { items } = this.#document;
    if (this.#rowsMade?.items !== items) {
      const rows = new Set<number>();
      for (const item of items) rows.add(screenRow(item));
      this.#rowsMade = { items, rows };
    }
    return this.#rowsMade.rows;
  }

  #rowStep(bucketLane: number | undefined, time: number | undefined, current: TimelineItem | undefined, direction: -1 | 1): boolean {
    const scene = this.#scene.overlay;
    const laneIndex = bucketLane ?? (current ? screenRow(current) : undefined);
    if (!scene?.lanes.some((l) => l.strip) || laneIndex === undefined || time === undefined) return false;
    const rows = this.#rowsWithEvents();
    const step = rowStep(scene, { laneIndex, strip: bucketLane !== undefined, time }, direction, (row) => rows.has(row));
    if (!step) return false;
    let at: string | undefined;
    if (step.kind === 'mark') {
      at = step.mark.item.id;
      void this.focusItem(step.mark.item, true, true);
    } else if (step.kind === 'bucket') {
      at = stripKey(step.laneIndex, step.bucket.start);
      void this.#focusBucket(step.laneIndex, step.bucket);
    } else if (step.kind === 'lane') {
      const items = this.#document.items;
      const target = items[nearestInRow(items, step.laneIndex, time)];
      at = target?.id;
      if (target) void this.focusItem(target);
    }
    this.#goal = at === undefined ? this.#goal : { time, at };
    return true;
  }

  /** The time a run of Up and Down presses started from, and the mark, "+N" or bucket the last one went to. */
  #goal: { time: number; at: string } | null = null;

  /**
   * Moves focus from a strip's bucket to the lane's next non-empty bucket (or previous), panning
   * the view just enough to bring it in when it is outside.
   */
  async #stepBucket(laneIndex: number, start: number, direction: -1 | 1): Promise<void> {
    const to = this.#scene.stepBucket(laneIndex, start, direction);
    if (to) await this.#focusBucket(laneIndex, to);
  }

  /** Focus on lane `laneIndex`'s bucket spanning `to`, the view panned just enough to bring it in when it is outside. */
  async #focusBucket(laneIndex: number, to: Pick<SceneBucket, 'start' | 'end'>): Promise<void> {
    const { range } = this.#viewport;
    const shift = to.start < range.start ? to.start - range.start : to.end > range.end ? Math.min(to.end - range.end, to.start - range.start) : 0;
    if (shift) this.#viewport.moveTo({ start: range.start + shift, end: range.end + shift }, false, true);
    this.activeCluster = stripKey(laneIndex, to.start);
    this.inside = true;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#focusMoved();
  }

  /**
   * A strip's bucket was activated: the view shows its span, and the lane's first event in it
   * becomes the active one; once the view rests, focus goes to it (see `#payOwed`).
   */
  openBucket(laneIndex: number, span: { start: number; end: number }): void {
    const first = this.#firstIn(laneIndex, span.start, span.end);
    const view = bucketView(span);
    if (first) {
      this.#owed = { id: first.id, view, standIn: (this.#host.renderRoot as ShadowRoot).activeElement };
      this.activeId = first.id;
      // The event, not the bucket (gone once the view shows the bucket's span), is the active one.
      this.activeCluster = null;
    }
    this.#viewport.open({ start: span.start, end: span.end }, view, true);
  }

  /** The first event of lane `laneIndex` starting in `[start, end)`. */
  #firstIn(laneIndex: number, start: number, end: number): TimelineItem | undefined {
    const items = this.#document.items;
    for (let i = this.#lowerBound(start); i < items.length && items[i]!.start < end; i++) {
      if (items[i]!.laneIndex === laneIndex && items[i]!.kind !== 'deadline') return items[i];
    }
    return undefined;
  }

  #neighbour(current: TimelineItem | undefined, to: Direction): TimelineItem | undefined {
    const items = this.#document.items;
    if (!items.length) return undefined;
    if (to === 'first') return items[0];
    if (to === 'last') return items[items.length - 1];
    if (!current) return this.#nearestTo((this.#viewport.range.start + this.#viewport.range.end) / 2);
    if (to === 'previous') return items[Math.max(0, current.index - 1)];
    if (to === 'next') return items[Math.min(items.length - 1, current.index + 1)];
    return items[nearestInNextRow(items, current.index, to === 'up' ? -1 : 1)];
  }

  /** The event whose start is nearest to `time` (binary search over the time order). */
  #nearestTo(time: number): TimelineItem | undefined {
    const items = this.#document.items;
    const lo = this.#lowerBound(time);
    const after = items[lo];
    const before = items[lo - 1];
    if (!before) return after;
    if (!after) return before;
    return time - before.start <= after.start - time ? before : after;
  }

  /** The first event (time order) starting at or after `time`. */
  #lowerBound(time: number): number {
    const items = this.#document.items;
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (items[mid]!.start < time) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
