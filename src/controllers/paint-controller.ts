import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { paintScene, prepareCanvas } from '../paint/paint.js';
import { parseStripKey } from '../scene/strip.js';
import { cutLabelOf } from '../scene/cut-label.js';
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
  #canvas: HTMLCanvasElement | null = null;

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

  /** What the canvas shows: a render that changes none of it (the live region's words) paints nothing. */
  #painted: unknown[] = [];

  /** Paints the current scene now (unless the canvas already shows it, as it is). */
  paint(): void {
    if (!this.#canvas?.isConnected) {
      const found = this.#host.renderRoot.querySelector<HTMLCanvasElement>('canvas[part~="canvas"]');
      // A context lost (memory pressure, a GPU reset) comes back blank: paint it again.
      if (found !== this.#canvas)
        found?.addEventListener('contextrestored', () => {
          this.#painted = [];
          this.paint();
        });
      this.#canvas = found;
    }
    const scene = this.#scene.scene;
    const canvas = this.#canvas;
    // Nothing to paint: the last scene painted (and the document it holds) is let go.
    if (!canvas || !scene) return void (this.#painted = []);
    const { dpr, theme } = this.#theme;
    const state = { selectedId: this.#selected(), hovered: this.hovered };
    const painted = [canvas, scene, theme, dpr, state.selectedId, state.hovered];
    if (painted.every((v, i) => v === this.#painted[i])) return;
    this.#painted = painted;
    const ctx = prepareCanvas(canvas, scene.width, scene.height, dpr);
    if (ctx) paintScene(ctx, scene, theme, state, dpr);
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
