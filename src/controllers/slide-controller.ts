import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { paintAxis, paintScene, prepareCanvas } from '../paint/paint.js';
import type { ViewState } from '../layout/view.js';
import { isDeepScale, sharedTimeScale } from '../layout/scale.js';
import type { Scene } from '../scene/types.js';
import { CachedQuery } from './cached-query.js';
import { sameValues } from './same-values.js';
import type { ThemeController } from './theme-controller.js';
import type { SceneController } from './scene-controller.js';
import type { PaintController } from './paint-controller.js';

/** What the slide needs of its element: its render root (the plot's canvases and their twins). */
export interface SlideHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly isUpdatePending: boolean;
}

export interface SlideOptions {
  /** The plot's width in CSS px. */
  width(): number;
  /** How long until the view rests, ms (see `ViewportController.restsIn`): 0 once it does. */
  restsIn(): number;
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
  /** The words a render would show for a view: they follow every step of a slide. */
  words(range: ViewState): SlideWords;
}

/** What a render names for a view, and a slide writes at each step. */
export interface SlideWords {
  /** The toolbar's: the visible span ("May – June 2020"). */
  readonly span: string;
  /** The overview's: how many events lie before the view ("4 earlier events") and after it. */
  readonly earlier: string;
  readonly later: string;
  /** How many events lie before and after the view: the overview's buttons show when there are any. */
  readonly before: number;
  readonly after: number;
}

/** How much wider than the plot the sliding canvases are drawn, on each side, in plot widths. */
export const SLIDE_MARGIN = 1.25;

/**
 * The most device pixels the plot's sliding twin may hold (32 MB at 4 bytes a pixel; the axis's
 * is a strip of the same width): at a device pixel ratio of 2 or 3 its margins are narrower.
 */
export const SLIDE_PIXELS = 8e6;

/** The widest canvas drawn, device px: browsers refuse wider ones (Chromium 32,767, Safari less). */
const MAX_CANVAS_PX = 16_384;

/**
 * A sliding canvas's margin, px on each side of a plot `width` × `height` drawn at `dpr`: at most
 * {@link SLIDE_MARGIN} plot widths, within {@link SLIDE_PIXELS} and {@link MAX_CANVAS_PX}; 0 (none
 * drawn) under a quarter of the plot, which would run out at the first steps of a pan.
 */
export function slideMargin(width: number, height: number, dpr: number): number {
  const byArea = (SLIDE_PIXELS / Math.max(1, height * dpr * dpr) - width) / 2;
  const byWidth = (MAX_CANVAS_PX / dpr - width) / 2;
  const margin = Math.floor(Math.min(SLIDE_MARGIN * width, byArea, byWidth));
  return margin >= width / 4 ? margin : 0;
}

/** What the sliding canvases show: the scene `base` drawn `margin` px wider on each side, as `scene`. */
interface Drawn {
  readonly base: Scene;
  /** What `base` was composed from but its view (see `SceneController.inputs`). */
  readonly inputs: readonly unknown[];
  readonly scene: Scene;
  readonly margin: number;
  /** The twins it was painted on (a render that replaces them leaves it behind). */
  readonly canvases: readonly HTMLCanvasElement[];
  /** What else the drawing depends on: the theme, the pixel ratio, the selection. */
  readonly theme: unknown;
  readonly dpr: number;
  readonly selected: string | null;
}

/**
 * Pans without drawing. Once the view rests, the plot's scene is drawn again, in an idle moment,
 * on twins of the plot's canvas and the axis's that wait out of sight, as many px wider on each
 * side as {@link slideMargin} allows. A pan that keeps the zoom and stays within those margins is
 * then shown by a compositor transform of the twins (and of the overview's thumb): no scene, no
 * drawing, no render. The plot is drawn exactly again when the view rests (the viewport asks for
 * that render), and every render ends a slide.
 *
 * Why: in the benchmark's traces a pan step that changes only a transform costs the main thread
 * about 3.5–5 ms here, one that draws the plot 7–12 (see `bench/HISTORY.md`), most of it the
 * browser's own work of handing a newly drawn canvas to the compositor. The toolbar's span and the
 * overview's counts follow each step (written here, see `shownText`). What a slide leaves as it
 * was until the view rests: the buttons over the marks (they wait for rest anyway, see `SceneController.build`), and the "now"
 * rule where the band keeps no row for it. A label cut by the plot's edge shows cut while it
 * slides, as a map's do, and is drawn whole again at rest. Zooms, moves with focus in the plot, a
 * hovered mark, moves past the margins and a view not drawn yet are rendered as before.
 */
export class SlideController implements ReactiveController {
  readonly #plotCanvas = new CachedQuery<HTMLCanvasElement>('canvas[part~="canvas"]');
  readonly #axisCanvas = new CachedQuery<HTMLCanvasElement>('[part~="axis"] > canvas:not(.slide)');
  readonly #plotSlide = new CachedQuery<HTMLCanvasElement>('[part~="plot"] > canvas.slide');
  readonly #axisSlide = new CachedQuery<HTMLCanvasElement>('[part~="axis"] > canvas.slide');
  readonly #thumbBox = new CachedQuery('[part~="overview-thumb"]');
  readonly #plot = new CachedQuery('[part~="plot"]');
  readonly #rangeLabel = new CachedQuery('#range-label');
  readonly #earlierButton = new CachedQuery<HTMLButtonElement>('[part~="overview-earlier"]');
  readonly #laterButton = new CachedQuery<HTMLButtonElement>('[part~="overview-later"]');
  readonly #earlierWords = new CachedQuery('[part~="overview-earlier"] > .words:not(.sizer) > .count');
  readonly #laterWords = new CachedQuery('[part~="overview-later"] > .words:not(.sizer) > .count');
  /** Twins listened to for a lost context (their pixels gone, the drawing no longer shows). */
  readonly #listened = new WeakSet<HTMLCanvasElement>();

  #drawn: Drawn | null = null;
  /** Showing the sliding canvases instead of the drawn ones. */
  #sliding = false;
  /** The thumb's left edge as the last render placed it. */
  #thumbLeft: number | null = null;
  /** Where the sliding canvases stand (px of translation): what a pointer hits is `drawn.scene` there. */
  #dx = 0;
  #connected = false;
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

  hostConnected(): void {
    this.#connected = true;
  }

  /** Out of the page: nothing is drawn later, and the twins' pixels are let go. */
  hostDisconnected(): void {
    this.#connected = false;
    this.#cancel();
    this.#stop();
    this.#forget();
  }

  /** After every render (and its painting): the drawn canvases show again, and the twins are drawn anew once the view rests. */
  hostUpdated(): void {
    this.#stop();
    this.#grabbed();
    this.#thumbLeft = this.#options.thumb()?.left ?? null;
    const drawn = this.#drawn;
    if (drawn && !this.#fits(drawn)) this.#forget();
    // Drawn again around the view shown once it rests (a drawing that still fits slides until then).
    if (!this.#drawn || this.#drawn.base !== this.#scenes.scene) this.#later(this.#options.restsIn());
  }

  /**
   * Shows the view `range` by sliding what was drawn, when it can: the zoom unchanged, within the
   * margins drawn, nothing hovered, no focus in the plot, no render already on its way. Returns
   * whether it did (else the host must render).
   */
  to(range: ViewState): boolean {
    const drawn = this.#drawn;
    if (!drawn || this.#host.isUpdatePending || !this.#fits(drawn)) return false;
    const base = drawn.base;
    if (this.#options.focused() || this.#paint.hovered !== null || this.#options.width() !== base.width) return false;
    const span = base.view.end - base.view.start;
    if (Math.abs(range.end - range.start - span) > span * 1e-9) return false;
    const root = this.#host.renderRoot;
    const slides = [this.#plotSlide.in(root), this.#axisSlide.in(root)];
    if (!sameValues(slides, drawn.canvases)) return false;
    // Where the twins' origin goes so that `range` lies over the plot as a render would draw it,
    // on a whole device pixel (text between pixels would blur at a pixel ratio of 1.5).
    const dpr = this.#theme.dpr;
    const dx = Math.round((sharedTimeScale(range, base.width, base.rtl)(range.start) - drawn.scene.scale(range.start)) * dpr) / dpr;
    if (!(dx <= 0.5 && dx >= -2 * drawn.margin - 0.5)) return false;
    if (!this.#sliding) {
      this.#sliding = true;
      // Important: a page's `::part(canvas)` opacity must not show the drawn canvas over its twin.
      for (const c of [this.#plotCanvas.in(root), this.#axisCanvas.in(root)]) c?.style.setProperty('opacity', '0', 'important');
      for (const c of drawn.canvases) c.style.setProperty('opacity', '1', 'important');
      this.#mark(true);
    }
    this.#grabbed();
    this.#dx = dx;
    const transform = `translateX(${dx}px)`;
    for (const c of drawn.canvases) c.style.transform = transform;
    const thumb = this.#thumbBox.in(root);
    const at = this.#options.thumb();
    if (thumb && at && this.#thumbLeft !== null) thumb.style.transform = `translateX(${at.left - this.#thumbLeft}px)`;
    this.#retitle(range);
    return true;
  }

  /**
   * The toolbar names the span slid to ("May – June 2020") and the overview counts the events
   * beyond it, as a render would: the text nodes the template rendered (with `shownText`, so the
   * next render shows its own words whatever was written here) are given the words, and a button
   * with nothing beyond it is hidden (its state bound `live`).
   */
  #retitle(range: ViewState): void {
    const root = this.#host.renderRoot;
    const words = this.#options.words(range);
    write(this.#rangeLabel.in(root), words.span);
    write(this.#earlierWords.in(root), words.earlier);
    write(this.#laterWords.in(root), words.later);
    offer(this.#earlierButton.in(root), words.before > 0);
    offer(this.#laterButton.in(root), words.after > 0);
  }

  /** What the plot shows now, for hit-testing: the sliding scene and its offset while sliding, else null (the scene drawn). */
  get shown(): { scene: Scene; dx: number } | null {
    return this.#sliding && this.#drawn ? { scene: this.#drawn.scene, dx: this.#dx } : null;
  }

  /**
   * Whether `drawn` shows what a render would draw now, at its own view: composed from the same
   * document, layout, lanes, words and sizes, with the theme, pixel ratio and selection of now. A
   * render during a gesture keeps it.
   */
  #fits(drawn: Drawn): boolean {
    const inputs = this.#scenes.inputs;
    const { theme, dpr } = this.#theme;
    return !!inputs && drawn.theme === theme && drawn.dpr === dpr && drawn.selected === this.#options.selected() && sameValues(inputs, drawn.inputs);
  }

  /** The drawing no longer fits (or its pixels are gone): the twins' pixels are let go too. */
  #forget(): void {
    if (!this.#drawn) return;
    for (const c of this.#drawn.canvases) {
      c.width = c.height = 0;
      delete c.dataset.view;
    }
    this.#drawn = null;
  }

  /** The drawn canvases show again; the twins hide, and the thumb stands where the render put it. */
  #stop(): void {
    if (!this.#sliding) return;
    this.#sliding = false;
    const root = this.#host.renderRoot;
    for (const c of [this.#plotCanvas.in(root), this.#axisCanvas.in(root), this.#plotSlide.in(root), this.#axisSlide.in(root)]) c?.style.removeProperty('opacity');
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

  /**
   * Draws the twins in an idle moment (a second at most) once the view rests: `wait` ms from now
   * first, when it is known not to rest before. Not while a gesture or animation moves the view
   * (`wait` Infinity): its end renders, and asks again.
   */
  #later(wait = 0): void {
    this.#cancel();
    if (!this.#connected || !Number.isFinite(wait)) return;
    const run = () => {
      this.#idle = 0;
      this.#timer = undefined;
      this.#draw();
    };
    const idle = () => {
      this.#timer = undefined;
      if (typeof requestIdleCallback === 'function') this.#idle = requestIdleCallback(run, { timeout: 1000 });
      else this.#timer = setTimeout(run, 50);
    };
    if (wait > 0) this.#timer = setTimeout(idle, wait);
    else idle();
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
    if (!this.#connected || !base || !plot || !axis || this.#scenes.provisional) return;
    // Not under a slide (the twins are what the reader sees), nor before the view rests.
    const restsIn = this.#options.restsIn();
    if (this.#sliding || restsIn > 0) {
      this.#later(restsIn + 1);
      return;
    }
    // A view that cannot pan needs no twins: their pixels are let go.
    const margin = this.#options.canPan() ? slideMargin(base.width, base.height, this.#theme.dpr) : 0;
    const scene = margin > 0 ? this.#scenes.wider(margin) : null;
    const inputs = this.#scenes.inputs;
    // A wider view that crosses into deep time (or out of it) would draw another axis.
    if (!scene || !inputs || isDeepScale(scene.scale) !== isDeepScale(base.scale)) {
      this.#forget();
      return;
    }
    const { dpr, theme } = this.#theme;
    const ctx = prepareCanvas(plot, scene.width, scene.height, dpr);
    const axisCtx = prepareCanvas(axis, scene.width, scene.metrics.axisPx, dpr);
    if (!ctx || !axisCtx) return;
    paintScene(ctx, scene, theme, { selectedId: this.#options.selected(), hovered: null }, dpr);
    paintAxis(axisCtx, scene, theme);
    for (const c of [plot, axis]) {
      this.#listen(c);
      // What view the twin holds around (a page or test can tell it is drawn for the view shown).
      c.dataset.view = `${base.view.start}/${base.view.end}`;
    }
    this.#drawn = { base, inputs, scene, margin, canvases: [plot, axis], theme, dpr, selected: this.#options.selected() };
  }

  /** A twin's context lost (memory pressure, a GPU reset) leaves it blank: it is not slid until drawn again. */
  #listen(canvas: HTMLCanvasElement): void {
    if (this.#listened.has(canvas)) return;
    this.#listened.add(canvas);
    canvas.addEventListener('contextlost', () => {
      if (this.#drawn?.canvases.includes(canvas)) this.#drawn = null;
    });
    canvas.addEventListener('contextrestored', () => this.#later());
  }
}

/** Writes `words` into the text node of `box` (its only one: the template's `shownText`), if it has one. */
function write(box: Element | null, words: string): void {
  const nodes = box?.childNodes;
  if (!nodes) return;
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i]!;
    if (node.nodeType !== Node.TEXT_NODE) continue;
    const text = node as Text;
    if (text.data !== words) text.data = words;
    return;
  }
}

/** Enables an overview button (disabled, it is hidden) when there is something beyond the view, as the template does. */
function offer(button: HTMLButtonElement | null, on: boolean): void {
  if (button && button.disabled === on) button.disabled = !on;
}
