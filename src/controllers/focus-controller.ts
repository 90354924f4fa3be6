import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimelineItem } from '../model/items.js';
import { nearestInNextRow } from '../layout/navigation.js';
import { keyIntent } from './key-intents.js';
import type { SceneController } from './scene-controller.js';
import type { ViewportController } from './viewport-controller.js';

/** What roving focus asks of its element. */
export interface FocusHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The events shown, in time order (`index` is the position). */
  shownItems(): TimelineItem[];
  itemById(id: string): TimelineItem | undefined;
  isRtl(): boolean;
  /** True while the element renders (a focus loss then comes from its DOM changes, not the reader). */
  isUpdating(): boolean;
  /** Moves the view so the event has a mark of its own in view. */
  bringIntoView(item: TimelineItem, animate: boolean): void;
  /** Fit everything, as the reader asked. */
  fitByUser(): void;
  /** Close the card if one is open. */
  closeCard(): void;
}

type Direction = 'previous' | 'next' | 'up' | 'down' | 'first' | 'last';

/**
 * The timeline's one Tab stop and its keys: arrows between events (and "+N" marks), Home/End,
 * PageUp/PageDown, +/−, 0 and Escape. The focused event's mark stays in the DOM while focus is
 * inside, even out of view, so focus is never lost to the page.
 */
export class FocusController implements ReactiveController {
  /** The event that last had focus: it holds the Tab stop. */
  activeId: string | null = null;
  /** The "+N" mark that has focus instead of the active event, which it holds. */
  activeCluster: string | null = null;
  /** Keyboard focus is inside the plot. */
  inside = false;

  constructor(
    private readonly host: FocusHost,
    private readonly viewport: ViewportController,
    private readonly scene: SceneController,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Focus was dropped by a render (a mark moved in the DOM): give it back after the render. */
  private restore = false;

  /** Call after each render: puts back focus that the render's DOM moves dropped. */
  restoreFocus(): void {
    if (!this.restore) return;
    this.restore = false;
    if (!(this.host.renderRoot as ShadowRoot).activeElement) this.focusMark();
  }

  /** Focuses the mark of the active "+N" or, else, of the active event. */
  private focusMark(): void {
    const selector = this.activeCluster ? `[data-cluster="${this.activeCluster}"]` : this.activeId ? `[part~="event"][data-event-id="${CSS.escape(this.activeId)}"]` : null;
    if (selector) this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus({ preventScroll: true });
  }

  /** The event whose mark must stay drawn: the focused one. */
  get keepId(): string | null {
    return this.inside && !this.activeCluster ? this.activeId : null;
  }

  readonly onKeydown = (e: KeyboardEvent): void => {
    const intent = keyIntent(e, this.host.isRtl());
    const { range } = this.viewport;
    if (!intent || !this.viewport.limits) return;
    e.preventDefault();
    e.stopPropagation();
    let current = this.activeId ? this.host.itemById(this.activeId) : undefined;
    switch (intent.type) {
      case 'move': {
        // On a "+N" mark, Left and Right step past all the events it holds.
        const key = (e.target as HTMLElement).dataset?.cluster;
        if (key && (intent.to === 'next' || intent.to === 'previous')) {
          const members = this.scene.clusterMembers(key).map((i) => this.host.shownItems()[i]!);
          current = (intent.to === 'next' ? members[members.length - 1] : members[0]) ?? current;
        }
        const target = this.neighbour(current, intent.to);
        if (target) void this.focusItem(target);
        return;
      }
      case 'page': {
        // Focus follows the page: the event nearest the middle of the new view.
        const to = this.viewport.page(intent.direction);
        const target = this.nearestTo((to.start + to.end) / 2);
        if (target) void this.focusItem(target);
        return;
      }
      case 'zoom':
        this.viewport.zoomAroundTime(intent.factor, current ? current.start : (range.start + range.end) / 2);
        return;
      case 'fit':
        this.host.fitByUser();
        return;
      case 'close':
        this.host.closeCard();
        return;
    }
  };

  /** Focus moved to an event's mark, to a "+N" mark, or out of the plot (both null). */
  readonly onFocusChange = (id: string | null, clusterKey: string | null): void => {
    if (id === null && clusterKey === null && this.host.isUpdating()) {
      // Not the reader: the render moved the focused mark in the DOM, which drops focus.
      this.restore = true;
      return;
    }
    this.inside = id !== null || clusterKey !== null;
    if (clusterKey) {
      this.activeCluster = clusterKey;
      return;
    }
    if (!id) return;
    this.activeCluster = null;
    if (id !== this.activeId) {
      this.activeId = id;
      this.host.requestUpdate();
      const item = this.host.itemById(id);
      // The view follows focus (for example after Tab from outside).
      if (item) this.host.bringIntoView(item, true);
    }
  };

  /**
   * Moves keyboard focus to an event: to its mark, brought into view; or, when at this zoom it is
   * folded into a "+N" mark that is in view, to that mark (Enter opens it) unless `ownMark`.
   */
  async focusItem(item: TimelineItem, animate = true, ownMark = false, reveal = true): Promise<void> {
    this.activeId = item.id;
    this.inside = true;
    const { range } = this.viewport;
    const key = ownMark ? null : this.scene.clusterKeyOf(item.index);
    this.activeCluster = key && item.start >= range.start && item.start <= range.end ? key : null;
    if (!this.activeCluster && reveal) this.host.bringIntoView(item, animate);
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.focusMark();
  }

  private neighbour(current: TimelineItem | undefined, to: Direction): TimelineItem | undefined {
    const items = this.host.shownItems();
    if (!items.length) return undefined;
    if (to === 'first') return items[0];
    if (to === 'last') return items[items.length - 1];
    if (!current) return this.nearestTo((this.viewport.range.start + this.viewport.range.end) / 2);
    if (to === 'previous') return items[Math.max(0, current.index - 1)];
    if (to === 'next') return items[Math.min(items.length - 1, current.index + 1)];
    return items[nearestInNextRow(items, current.index, to === 'up' ? -1 : 1)];
  }

  /** The event whose start is nearest to `time` (binary search over the time order). */
  private nearestTo(time: number): TimelineItem | undefined {
    const items = this.host.shownItems();
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (items[mid]!.start < time) lo = mid + 1;
      else hi = mid;
    }
    const after = items[lo];
    const before = items[lo - 1];
    if (!before) return after;
    if (!after) return before;
    return time - before.start <= after.start - time ? before : after;
  }
}
