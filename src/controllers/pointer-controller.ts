import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { hitKey, hitTest } from '../scene/hit.js';
import type { Hit } from '../scene/hit.js';
import type { Scene } from '../scene/types.js';
import { CachedQuery } from './cached-query.js';
import type { SceneController } from './scene-controller.js';
import type { PaintController } from './paint-controller.js';

/** What a click or tap on the plot asks for. */
export interface PointerIntents {
  /** An event's mark or a deadline's label was clicked. */
  activate(id: string): void;
  /** A "+N" mark was clicked. */
  open(hit: Extract<Hit, { kind: 'cluster' }>['cluster']): void;
  /** A density strip's bucket was clicked: show its span. */
  zoom(span: { start: number; end: number }): void;
}

/** Whether the view is moving in a burst (a gesture, an animation, quick scripted moves). */
export interface MovingView {
  readonly busy: boolean;
}

/**
 * Clicks, taps and hover on the plot, hit-tested against the frame's scene: the boxes the canvas
 * drew are the boxes a pointer hits, whatever the DOM overlay shows during a move. A click that
 * ends a drag never gets here (the gesture controller swallows it).
 *
 * Hover follows the view as well as the mouse: marks slide under a still mouse (a wheel pan, a
 * drag, the keys, an animation, the page's own calls), and no pointer move says what is under it
 * now, so a highlight or tooltip left on would point at a mark that has moved away. While the
 * view moves in a burst hover rests, as a page's hover rests while it scrolls: the highlight goes
 * when the move starts; once the view is still (after a burst, or after a single move) what is
 * under the mouse's last place is hit-tested again.
 */
export class PointerController implements ReactiveController {
  #element: HTMLElement | null = null;
  /** Where the mouse last was over the plot (client px), buttons held or not; null when it is not over the plot. */
  #lastAt: { x: number; y: number } | null = null;
  /** The view (and width) whose scene hover was last tested against: another one is tested again. */
  #testedFor = '';

  readonly #scene: SceneController;
  readonly #paint: PaintController;
  readonly #view: MovingView;
  readonly #intents: PointerIntents;
  /** What the plot shows while a pan slides it (see `SlideController`): a click hits what is seen. */
  readonly #shown: () => { scene: Scene; dx: number } | null;

  constructor(
    host: ReactiveControllerHost,
    scene: SceneController,
    paint: PaintController,
    view: MovingView,
    shown: () => { scene: Scene; dx: number } | null,
    intents: PointerIntents,
  ) {
    this.#shown = shown;
    this.#scene = scene;
    this.#paint = paint;
    this.#view = view;
    this.#intents = intents;
    host.addController(this);
  }

  hostUpdate(): void {
    // The move started: the highlight goes with this frame's paint (no paint of its own).
    if (this.#view.busy && this.#paint.hovered !== null) {
      this.#element?.classList.remove('over-mark');
      this.#paint.forget();
    }
  }

  hostUpdated(): void {
    const at = this.#lastAt;
    if (!at || this.#view.busy || !this.#element || this.#testedFor === this.#viewKey()) return;
    this.#hover(at.x, at.y);
  }

  /** What a hover test depends on besides the mouse: the scene's view and width. */
  #viewKey(): string {
    const scene = this.#scene.scene;
    return scene ? `${scene.view.start}|${scene.view.end}|${scene.width}` : '';
  }

  hostConnected(): void {
    if (this.#element) this.#listen(this.#element);
  }

  hostDisconnected(): void {
    if (this.#element) this.#unlisten(this.#element);
  }

  /** Listens on `plot` (the plot element; call after each render, it is cheap when unchanged). */
  attach(plot: HTMLElement): void {
    if (plot === this.#element) return;
    if (this.#element) this.#unlisten(this.#element);
    this.#element = plot;
    this.#listen(plot);
  }

  /** The plot's axis box, found again only when a render replaced it (asked on every pointer move). */
  readonly #axis = new CachedQuery('[part~="axis"]');

  /**
   * What is under the point (client px), in the frame's scene: nothing on the axis, which covers
   * the marks it stands over while it sticks to the window's top (they are not seen there).
   */
  #hitAt(x: number, y: number): Hit | null {
    const shown = this.#shown() ?? { scene: this.#scene.scene, dx: 0 };
    if (!shown.scene || !this.#element) return null;
    const axis = this.#axis.in(this.#element)?.getBoundingClientRect();
    if (axis && y >= axis.top && y < axis.bottom) return null;
    const box = this.#element.getBoundingClientRect();
    return hitTest(shown.scene, x - box.left - shown.dx, y - box.top);
  }

  #hover(x: number, y: number): void {
    this.#testedFor = this.#viewKey();
    const hit = this.#hitAt(x, y);
    this.#element!.classList.toggle('over-mark', !!hit);
    this.#paint.hover(hitKey(hit));
  }

  #listen(el: HTMLElement): void {
    el.addEventListener('pointermove', this.#onMove);
    el.addEventListener('pointerleave', this.#onLeave);
    el.addEventListener('click', this.#onClick);
  }

  #unlisten(el: HTMLElement): void {
    el.removeEventListener('pointermove', this.#onMove);
    el.removeEventListener('pointerleave', this.#onLeave);
    el.removeEventListener('click', this.#onClick);
  }

  readonly #onMove = (e: PointerEvent): void => {
    if (e.pointerType !== 'mouse') return;
    // Held buttons drag the view: the mouse's place still counts once it settles.
    this.#lastAt = { x: e.clientX, y: e.clientY };
    if (!e.buttons && !this.#view.busy) this.#hover(e.clientX, e.clientY);
  };

  readonly #onLeave = (): void => {
    this.#lastAt = null;
    this.#element?.classList.remove('over-mark');
    this.#paint.hover(null);
  };

  readonly #onClick = (e: MouseEvent): void => {
    // Keyboard activation of an overlay button arrives as a click on that button: it has its own handler.
    if ((e.target as Element).closest?.('button')) return;
    const hit = this.#hitAt(e.clientX, e.clientY);
    if (!hit) return;
    if (hit.kind === 'cluster') this.#intents.open(hit.cluster);
    else if (hit.kind === 'bucket') this.#intents.zoom(hit.bucket);
    else this.#intents.activate(hit.kind === 'mark' ? hit.mark.item.id : hit.rule.item!.id);
  };
}
