import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { paintAxis, paintScene, prepareCanvas } from '../paint/paint.js';
import type { ViewState } from '../layout/view.js';
import { sharedTimeScale } from '../layout/scale.js';
import type { Scene } from '../scene/types.js';
import { CachedQuery } from './cached-query.js';
import type { ThemeController } from './theme-controller.js';
import type { SceneController } from './scene-controller.js';
import type { PaintController } from './paint-controller.js';

/** What the slide needs of its element: its render root, and whether a move must be drawn exactly. */
export interface SlideHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface SlideOptions {
  /** The plot's width in CSS px. */
  width(): number;
  /** The view rests: nothing moves it, and no move came for a burst's length. */
  resting(): boolean;
  /** The view can pan at all (it shows less than the data's whole extent). */
  canPan(): boolean;
  /** Focus is in the plot: the focused mark's ring follows every move, which only a render does. */
  focused(): boolean;
  /** The selected event (its mark is drawn selected). */
  selected(): string | null;
  /** A pointer gesture (a drag, a wheel's turn, a pinch) moves the view: the plot shows it is grabbed. */
  dragging(): boolean;
  /** The overview's thumb now, in px of its track (it slides as the plot does), or null. */
  thumb(): { left: number } | null;
}

/** How much wider than the plot the sliding canvas is drawn, on each side, in plot widths. */
export const SLIDE_MARGIN = 1.25;

/**
 * The most device pixels the sliding plot canvas may hold (32 MB at 4 bytes a pixel): at a device
 * pixel ratio of 2 or 3 its margins are narrower, and under a quarter of the plot it is not drawn.
 */
export const SLIDE_PIXELS = 8e6;

/** A sliding canvas's margin, px on each side of a plot `width` × `height` drawn at `dpr`; 0: none. */
export function slideMargin(width: number, height: number, dpr: number): number {
  const room = (SLIDE_PIXELS / Math.max(1, height * dpr * dpr) - width) / 2;
  const margin = Math.floor(Math.min(SLIDE_MARGIN * width, room));
  return margin >= width / 4 ? margin : 0;
}

/** Whether two lists hold the same values, one by one. */
function same(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** What the sliding canvases show: the scene `base` drawn `margin` px wider on each side, as `scene`. */
interface Drawn {
  readonly base: Scene;
  /** What `base` was composed from but its view (see `SceneController.inputs`). */
  readonly inputs: readonly unknown[];
  readonly scene: Scene;
  readonly margin: number;
  /** What else the drawing depends on: the theme, the pixel ratio, the selection. */
  readonly with: readonly unknown[];
}

/**
 * Pans without drawing. Once the view rests, the plot's scene is drawn again, in an idle moment,
 * on two canvases that wait out of sight (the plot's and the axis's), as many px wider on each side as
 * {@link slideMargin} allows. A pan that keeps the zoom and stays within those margins is then shown
 * by a compositor transform of those canvases (and of the overview's thumb): no scene, no drawing,
 * no render. The plot is drawn exactly again when the view rests (the viewport asks for that
 * render), and every render ends a slide.
 *
 * Why: a pan step that changes only a transform costs the main thread 2.5–4 ms here, one that
 * draws the plot 7–10 (see `bench/HISTORY.md`), most of it the browser's own work of handing
 * a newly drawn canvas to the compositor. What a slide leaves as it was until the view rests:
 * the toolbar's words for the visible span, the overview's counts, and the buttons over the
 * marks (they already wait for rest, see `SceneController.build`). A label cut by the plot's edge
 * shows cut while it slides, as a map's do, and is drawn whole again at rest. Zooms, moves with
 * focus in the plot, a hovered mark and a view not drawn yet are rendered as before.
 */
export class SlideController implements ReactiveController {
  readonly #plotCanvas = new CachedQuery<HTMLCanvasElement>('canvas[part~="canvas"]');
  readonly #axisCanvas = new CachedQuery<HTMLCanvasElement>('[part~="axis"] > canvas:not(.slide)');
  readonly #plotSlide = new CachedQuery<HTMLCanvasElement>('[part~="plot"] > canvas.slide');
  readonly #axisSlide = new CachedQuery<HTMLCanvasElement>('[part~="axis"] > canvas.slide');
  readonly #thumbBox = new CachedQuery('[part~="overview-thumb"]');
  readonly #plot = new CachedQuery('[part~="plot"]');

  #drawn: Drawn | null = null;
  /** Showing the sliding canvases instead of the drawn ones. */
  #sliding = false;
  /** The thumb's left edge as the last render placed it. */
  #thumbLeft: number | null = null;
  /** Where the sliding canvases stand (px of translation): what a pointer hits is `drawn.scene` there. */
  #dx = 0;
  #idle = 0;
  #timer?: ReturnType<typeof setTimeout>;

  readonly #host: SlideHost;
  readonly #scenes: SceneController;
  readonly #theme: ThemeController;
  readonly #paint: PaintController;
  readonly #options: SlideOptions;

  constructor(host: SlideHost, scenes: SceneController, theme: ThemeController, paint: PaintController, options: SlideOptions) {
    this.#host = host;
    this.#scenes = scenes;
    this.#theme = theme;
    this.#paint = paint;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.#cancel();
    this.#drawn = null;
  }

  /** After every render (and its painting): the drawn canvases show again, and the sliding ones are drawn anew once the view rests. */
  hostUpdated(): void {
    this.#stop();
    this.#grabbed();
    this.#thumbLeft = this.#options.thumb()?.left ?? null;
    const drawn = this.#drawn;
    if (drawn && !this.#fits(drawn)) this.#drawn = null;
    // Drawn again around the view shown once it rests (a drawing that still fits slides until then).
    if (!this.#drawn || this.#drawn.base !== this.#scenes.scene) this.#later();
  }

  /**
   * Shows the view `range` by sliding what was drawn, when it can: the zoom unchanged, within the
   * margins drawn, nothing hovered, no focus in the plot. Returns whether it did (else the host
   * must render).
   */
  to(range: ViewState): boolean {
    const drawn = this.#drawn;
    const scene = this.#scenes.scene;
    if (!drawn || !scene || !this.#fits(drawn)) return false;
    const base = drawn.base;
    if (this.#options.focused() || this.#paint.hovered !== null || this.#options.width() !== base.width) return false;
    const span = base.view.end - base.view.start;
    if (Math.abs(range.end - range.start - span) > span * 1e-9) return false;
    // Where the wide canvas's origin goes so that `range` lies over the plot as a render would draw it.
    const dx = sharedTimeScale(range, base.width, base.rtl)(range.start) - drawn.scene.scale(range.start);
    if (!(dx <= 0.5 && dx >= -2 * drawn.margin - 0.5)) return false;
    const root = this.#host.renderRoot;
    const slides = [this.#plotSlide.in(root), this.#axisSlide.in(root)];
    if (!slides[0] || !slides[1]) return false;
    if (!this.#sliding) {
      this.#sliding = true;
      for (const c of [this.#plotCanvas.in(root), this.#axisCanvas.in(root)]) if (c) c.style.opacity = '0';
      for (const c of slides) c!.style.opacity = '1';
      this.#mark(true);
    }
    this.#grabbed();
    this.#dx = dx;
    const transform = `translateX(${dx}px)`;
    for (const c of slides) c!.style.transform = transform;
    const thumb = this.#thumbBox.in(root);
    const at = this.#options.thumb();
    if (thumb && at && this.#thumbLeft !== null) thumb.style.transform = `translateX(${at.left - this.#thumbLeft}px)`;
    return true;
  }

  /** What the plot shows now, for hit-testing: the sliding scene and its offset while sliding, else null (the scene drawn). */
  get shown(): { scene: Scene; dx: number } | null {
    return this.#sliding && this.#drawn ? { scene: this.#drawn.scene, dx: this.#dx } : null;
  }

  /**
   * Whether `drawn` shows what a render would draw now, at its own view: composed from the same
   * document, layout, lanes, words and sizes, with the theme, pixel ratio and selection of now. A
   * render during a gesture (its first move marks the plot as dragged) keeps it.
   */
  #fits(drawn: Drawn): boolean {
    const inputs = this.#scenes.inputs;
    return !!inputs && same(inputs, drawn.inputs) && same(drawn.with, this.#with());
  }

  #with(): unknown[] {
    return [this.#theme.theme, this.#theme.dpr, this.#options.selected()];
  }

  /** The drawn canvases show again; the sliding ones hide, and the thumb stands where the render put it. */
  #stop(): void {
    if (!this.#sliding) return;
    this.#sliding = false;
    const root = this.#host.renderRoot;
    for (const c of [this.#plotCanvas.in(root), this.#axisCanvas.in(root), this.#plotSlide.in(root), this.#axisSlide.in(root)]) if (c) c.style.opacity = '';
    const thumb = this.#thumbBox.in(root);
    if (thumb) thumb.style.transform = '';
    this.#mark(false);
  }

  /**
   * The plot says it slides (class `sliding`, which a page or test can wait on), and is
   * `aria-busy` until the buttons over the marks follow at rest: the render at rest writes its own
   * `aria-busy` again (the template binds it `live`), and a render that keeps its class string
   * leaves `sliding` to be taken off here.
   */
  #mark(on: boolean): void {
    const plot = this.#plot.in(this.#host.renderRoot);
    plot?.classList.toggle('sliding', on);
    if (on) plot?.setAttribute('aria-busy', 'true');
  }

  /**
   * The plot's `dragging` class (its grabbing cursor) follows the gesture: a gesture's first move
   * may slide, with no render to set it, and a render that keeps its class string would leave it.
   */
  #grabbed(): void {
    this.#plot.in(this.#host.renderRoot)?.classList.toggle('dragging', this.#options.dragging());
  }

  /** Draws the sliding canvases in the next idle moment (a second at most), if the view rests then. */
  #later(): void {
    this.#cancel();
    const run = () => {
      this.#idle = 0;
      this.#timer = undefined;
      this.#draw();
    };
    if (typeof requestIdleCallback === 'function') this.#idle = requestIdleCallback(run, { timeout: 1000 });
    else this.#timer = setTimeout(run, 50);
  }

  #cancel(): void {
    if (this.#idle) cancelIdleCallback(this.#idle);
    clearTimeout(this.#timer);
    this.#idle = 0;
    this.#timer = undefined;
  }

  #draw(): void {
    const base = this.#scenes.scene;
    const root = this.#host.renderRoot;
    const plot = this.#plotSlide.in(root);
    const axis = this.#axisSlide.in(root);
    // Only a view that rests, drawn from its own level, and one that can pan at all.
    if (!base || !plot || !axis || !this.#options.resting() || !this.#options.canPan() || this.#scenes.provisional) return;
    const { dpr, theme } = this.#theme;
    const margin = slideMargin(base.width, base.height, dpr);
    const scene = margin > 0 ? this.#scenes.wider(margin) : null;
    const inputs = this.#scenes.inputs;
    if (!scene || !inputs) return;
    const ctx = prepareCanvas(plot, scene.width, scene.height, dpr);
    const axisCtx = prepareCanvas(axis, scene.width, scene.metrics.axisPx, dpr);
    if (!ctx || !axisCtx) return;
    const selectedId = this.#options.selected();
    paintScene(ctx, scene, theme, { selectedId, hovered: null }, dpr);
    paintAxis(axisCtx, scene, theme);
    this.#drawn = { base, inputs, scene, margin, with: this.#with() };
  }
}
