import { focusAfterUpdate } from './focus-after-update.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clampView } from '../layout/view.js';
import type { ViewState } from '../layout/view.js';
import { keyIntent } from '../layout/key-intents.js';
import { storyView } from '../scene/story-view.js';
import type { DocumentController } from './document-controller.js';
import type { FocusController } from './focus-controller.js';
import type { SceneController } from './scene-controller.js';
import type { SelectionController } from './selection-controller.js';
import type { ViewportController } from './viewport-controller.js';

/** What the story needs of its element: whether it is in `story` mode, and its shadow root (for keys). */
export interface StoryHost extends ReactiveControllerHost {
  readonly story: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** A horizontal touch move longer than this (and mostly sideways) on the card is a swipe, px. */
const SWIPE_PX = 48;

const span = (v: ViewState) => v.end - v.start;

/**
 * The story's reading path: from the title card through every event in time order (the members
 * of a "+N" too, one by one) and back. Where the reader is, is the selection: the card shows the
 * selected event, the title card when none is. Each step keeps the scale the reader reads at
 * (see `storyView`): the span they chose is remembered and changes only when they zoom.
 * In story mode ←/→ step while focus is inside the timeline (the toolbar and the overview strip
 * keep their own arrows), from the event whose mark has focus when it is not the one shown, and
 * Home/End on a mark go to the first and last event; a sideways swipe on the card steps too.
 */
export class StoryController implements ReactiveController {
  /** The span the reader reads at; null until the first step. */
  #home: number | null = null;
  /** The last view a step moved to. */
  #target: ViewState | null = null;
  /** The view when the reader left the title card, to return to it. */
  #titleView: ViewState | null = null;
  #swipe: { id: number; x: number; y: number } | null = null;

  readonly #host: StoryHost;
  readonly #document: DocumentController;
  readonly #viewport: ViewportController;
  readonly #scene: SceneController;
  readonly #selection: SelectionController;
  readonly #focus: FocusController;
  readonly #width: () => number;
  readonly #rtl: () => boolean;
  readonly #keepsCard: () => boolean;

  constructor(
    host: StoryHost,
    document: DocumentController,
    viewport: ViewportController,
    scene: SceneController,
    selection: SelectionController,
    focus: FocusController,
    plot: { width(): number; rtl(): boolean; keepsCard(): boolean },
  ) {
    this.#host = host;
    this.#document = document;
    this.#viewport = viewport;
    this.#scene = scene;
    this.#selection = selection;
    this.#focus = focus;
    this.#width = plot.width;
    this.#rtl = plot.rtl;
    this.#keepsCard = plot.keepsCard;
    host.addController(this);
  }

  hostConnected(): void {
    // Capturing, so the plot's own arrow keys (which move focus between marks) step the story instead.
    this.#host.renderRoot.addEventListener('keydown', this.#onKeydown as EventListener, true);
  }

  hostDisconnected(): void {
    this.#host.renderRoot.removeEventListener('keydown', this.#onKeydown as EventListener, true);
  }

  /** Where the reader is: the time-order index of the event shown, or −1 on the title card. */
  get position(): number {
    return this.#selection.selected?.index ?? -1;
  }

  /** Goes to the event at time-order `index` (clamped), or to the title card for −1. */
  go(index: number): void {
    const items = this.#document.items;
    const { limits, range } = this.#viewport;
    if (index < 0) {
      // Focus in the card (Back to the title) goes on to Start, not to the page.
      const root = this.#host.renderRoot as ShadowRoot;
      const inCard = (root.activeElement as HTMLElement | null)?.closest('[part~="card"]');
      this.#selection.select(null, true);
      if (inCard) focusAfterUpdate(this.#host, '[part~="start"]');
      if (this.#titleView) this.#viewport.moveTo(this.#titleView, true, true);
      this.#target = this.#titleView = null;
      return;
    }
    const item = items[Math.min(index, items.length - 1)];
    if (!item || !limits) return;
    // Mid-animation the view is on its way to the last step's view: that is the one to step from.
    const current = this.#viewport.moving && this.#target ? this.#target : range;
    if (this.position < 0) this.#titleView ??= current;
    // The reader zoomed since the last step (or this is the first): that is now the scale to keep.
    if (this.#home === null || !this.#target || Math.abs(span(current) - span(this.#target)) > span(current) * 1e-6) this.#home = span(current);
    this.#selection.select(item.id, true, false);
    const view = storyView(item, current, this.#home, Math.max(1, this.#width()), limits, (i, ms) => this.#scene.isPlaced(i, ms));
    if (view) {
      this.#target = clampView(view, limits);
      this.#viewport.moveTo(this.#target, true, true);
    } else this.#target = current;
    // The page scrolls to show the event's mark, a quarter of the window clear of its edges, once
    // the view rests on it: the plot can be taller than the window (the demo's story is 850 px
    // tall in a 768 px one), and the reader was left reading a card about an event drawn below
    // its edge (then, shown just inside it, with the events told next to it below the edge). The
    // card stays in sight meanwhile, and the button just pressed under the pointer: beside the
    // plot it sticks to the window's top in its column, under it to the window's bottom, where the
    // mark is kept clear of it (see `story.styles.ts` and `revealInWindow`). A phone's list shows
    // its rows itself, and under a phone's narrow plot nothing scrolls: the card, and the button
    // just pressed, would leave the window.
    // Asked after the move: asked before it, a view at rest showed the mark where the old view drew it.
    if (this.#keepsCard()) this.#focus.showWhenRested(item.id, false, true, true);
  }

  /** Steps to the next (+1) or previous (−1) event; from the title card, the first. */
  step(delta: -1 | 1): void {
    const at = this.position;
    if (at < 0) {
      if (delta > 0) this.go(0);
      return;
    }
    if (at + delta >= 0 && at + delta < this.#document.items.length) this.go(at + delta);
  }

  /**
   * Escape on the card: back to the title card where the reader is. The view stays and focus
   * returns to the event's mark (as a card closes outside a story); "Back to the title" is the
   * button that also returns to the title's view and its Start.
   */
  close(): void {
    this.#target = this.#titleView = null;
    void this.#selection.close();
  }

  readonly #onKeydown = (e: KeyboardEvent): void => {
    if (!this.#host.story || e.defaultPrevented) return;
    const intent = keyIntent(e, this.#rtl());
    if (intent?.type !== 'move' || intent.to === 'up' || intent.to === 'down') return;
    const target = e.composedPath()[0] as HTMLElement;
    // Text fields, the toolbar and the overview strip keep their own arrows.
    if (target.closest?.('input, select, textarea, [part~="controls"], [part~="overview"]')) return;
    // Home and End are the story's on a mark or a row; in the card (a scroll box beside the plot) they scroll it.
    const jump = intent.to === 'first' || intent.to === 'last';
    if (jump && !target.closest?.('[part~="plot"], .v-event')) return;
    e.preventDefault();
    e.stopPropagation();
    const from = this.position;
    const count = this.#document.items.length;
    // On another event's mark (reached with Tab or the pointer) the story steps from that event,
    // not from the card it shows: → on the fifth event's mark is the sixth, not the first.
    const on = (target.closest?.('[part~="plot"] [data-event-id], .v-event[data-event-id]') as HTMLElement | null)?.dataset.eventId;
    const at = on ? this.#document.item(on)?.index : undefined;
    if (jump) this.go(intent.to === 'first' ? 0 : count - 1);
    else if (at !== undefined && at !== from) {
      const to = at + (intent.to === 'next' ? 1 : -1);
      if (to >= 0 && to < count) this.go(to);
    } else this.step(intent.to === 'next' ? 1 : -1);
    // On a mark (or a row of the vertical list), focus follows the story to the event it moved to.
    const item = this.#selection.selected;
    if (!item || item.index === from) return;
    if (target.closest?.('[part~="plot"]')) void this.#focus.focusItem(item, true, true, false);
    else if (target.closest?.('[part~="vertical"]')) void this.#host.updateComplete.then(() => this.#focus.markOf(item.id)?.focus());
  };

  /** A touch put down on the card: a swipe may start. */
  readonly onPointerDown = (e: PointerEvent): void => {
    this.#swipe = e.pointerType === 'touch' ? { id: e.pointerId, x: e.clientX, y: e.clientY } : null;
  };

  /** A touch lifted: a sideways swipe steps, towards the later events when it goes against time's direction. */
  readonly onPointerUp = (e: PointerEvent): void => {
    const swipe = this.#swipe;
    this.#swipe = null;
    if (!swipe || swipe.id !== e.pointerId) return;
    const dx = e.clientX - swipe.x;
    if (Math.abs(dx) < SWIPE_PX || Math.abs(dx) < 2 * Math.abs(e.clientY - swipe.y)) return;
    // Like turning a page: a swipe to the left brings the next event (in right-to-left, the previous).
    this.step((dx < 0) !== this.#rtl() ? 1 : -1);
  };

  /** The browser took the touch (a vertical scroll): no swipe. */
  readonly onPointerCancel = (): void => {
    this.#swipe = null;
  };
}
