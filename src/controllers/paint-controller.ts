import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { paintAxis, paintScene, prepareCanvas } from '../paint/paint.js';
import { parseStripKey } from '../scene/strip.js';
import { cutLabelOf } from '../scene/cut-label.js';
import { CachedQuery } from './cached-query.js';
import { sameValues } from './same-values.js';
import type { ThemeController } from './theme-controller.js';
import type { SceneController } from './scene-controller.js';

/** What the painter needs of its element: the canvas to paint on, and what is selected and hovered. */
export interface PaintHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}


/**
 * Paints the frame's scene on the plot's canvas after every render, and again (without a render)
 * when only the hovered mark changes. The canvas is sized to the plot at the device pixel ratio,
 * so text and lines stay crisp at 1×, 2× and 3×.
 */
export class PaintController implements ReactiveController {
  /** The event or "+N" mark under the pointer. */
  hovered: string | null = null;
  /** The plot's canvas and the axis's, found again only when a render replaced them. */
  readonly #canvas = new CachedQuery<HTMLCanvasElement>('canvas[part~="canvas"]');
  readonly #axisCanvas = new CachedQuery<HTMLCanvasElement>('[part~="axis"] > canvas:not(.slide)');
  /** Canvases listened to for a restored context. */
  readonly #listened = new WeakSet<HTMLCanvasElement>();

  readonly #host: PaintHost;
  readonly #scene: SceneController;
  readonly #theme: ThemeController;
  readonly #selected: () => string | null;

  constructor(
    host: PaintHost,
    scene: SceneController,
    theme: ThemeController,
    selected: () => string | null,
  ) {
    this.#host = host;
    this.#scene = scene;
    this.#theme = theme;
    this.#selected = selected;
    host.addController(this);
  }

  hostConnected(): void {}

  hostUpdated(): void {
    this.paint();
  }

  /** What the canvases show: a render that changes none of it (the live region's words) paints nothing. */
  #painted: unknown[] = [];
  #axisPainted: unknown[] = [];

  /**
   * Paints the current scene now (unless the canvases already show it, as it is): the plot's, and
   * the axis's labels on the axis box's own canvas (it sticks to the window's top while the page
   * scrolls the plot; hovering and selecting leave it as it is).
   */
  paint(): void {
    const canvas = this.#found(this.#canvas, () => (this.#painted = []));
    const axis = this.#found(this.#axisCanvas, () => (this.#axisPainted = []));
    const scene = this.#scene.scene;
    // Nothing to paint: the last scene painted (and the document it holds) is let go.
    if (!canvas || !scene) {
      this.#painted = [];
      this.#axisPainted = [];
      return;
    }
    const { dpr, theme } = this.#theme;
    const axisPainted = [axis, scene, theme, dpr];
    if (axis && !sameValues(axisPainted, this.#axisPainted)) {
      this.#axisPainted = axisPainted;
      const ctx = prepareCanvas(axis, scene.width, scene.metrics.axisPx, dpr);
      if (ctx) paintAxis(ctx, scene, theme);
    }
    const state = { selectedId: this.#selected(), hovered: this.hovered };
    const painted = [canvas, scene, theme, dpr, state.selectedId, state.hovered];
    if (sameValues(painted, this.#painted)) return;
    this.#painted = painted;
    const ctx = prepareCanvas(canvas, scene.width, scene.height, dpr);
    if (ctx) paintScene(ctx, scene, theme, state, dpr);
  }

  /**
   * The canvas `query` finds in the render root. A context lost (memory pressure, a GPU reset)
   * comes back blank: `forget` what it showed, and it is painted again.
   */
  #found(query: CachedQuery<HTMLCanvasElement>, forget: () => void): HTMLCanvasElement | null {
    const canvas = query.in(this.#host.renderRoot);
    if (canvas && !this.#listened.has(canvas)) {
      this.#listened.add(canvas);
      canvas.addEventListener('contextrestored', () => {
        forget();
        this.paint();
      });
    }
    return canvas;
  }

  /** The view started moving: no mark is hovered from this frame's paint on (none of its own). */
  forget(): void {
    this.hovered = null;
  }

  /**
   * The pointer moved onto another mark (or off marks): repaint its hover state. The host renders
   * again only when a cut label's whole title must show or hide.
   */
  hover(key: string | null): void {
    if (key === this.hovered) return;
    const cut = (k: string | null) => !!cutLabelOf(this.#scene.scene, k);
    // A density strip's bucket shows its words.
    const tip = (k: string | null) => cut(k) || !!parseStripKey(k);
    const rerender = tip(key) || tip(this.hovered);
    this.hovered = key;
    this.paint();
    if (rerender) this.#host.requestUpdate();
  }
}
