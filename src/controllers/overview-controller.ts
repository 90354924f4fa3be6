import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { density } from '../layout/visible.js';
import { sharedTimeScale, timeAt } from '../layout/scale.js';
import type { TimeScale } from '../layout/scale.js';
import { pan } from '../layout/view.js';
import { laneColors } from '../paint/theme.js';
import { CachedQuery } from './cached-query.js';
import type { ViewportController } from './viewport-controller.js';
import type { SceneController } from './scene-controller.js';
import type { ThemeController } from './theme-controller.js';
import type { LocaleController } from './locale-controller.js';
import { ResizeController } from './resize-controller.js';

/** What the overview needs of its element: its shadow root, where the strip is. */
export interface OverviewHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** Keys on the strip and how far they move the view, in views (signed: later is +). */
const STEPS: Record<string, number> = { ArrowLeft: -0.1, ArrowRight: 0.1, PageUp: -1, PageDown: 1 };

/**
 * The overview strip under the plot: the whole extent of the events, their density per lane, and
 * the visible span as a thumb. Dragging the thumb, pressing on the strip, the arrow, page, Home
 * and End keys and touch all move the view, so it is the single-pointer way to move (WCAG 2.5.7)
 * and a scroll bar that says where the reader is. The density is counted once per document and
 * width (one pass over the starts), so it costs nothing while moving, at any size.
 */
export class OverviewController implements ReactiveController {
  readonly #host: OverviewHost;
  readonly #viewport: ViewportController;
  readonly #scenes: SceneController;
  readonly #theme: ThemeController;
  readonly #locale: LocaleController;
  /** The strip's track (its content box is the overview's range). */
  readonly track: ResizeController;
  #densityFor: unknown[] = [];
  #density: { counts: Uint32Array[]; max: number } | null = null;
  #densityCounted: unknown[] = [];
  /** The pointer dragging the thumb, and the time under it when it was pressed. */
  #drag: { pointer: number; grip: number } | null = null;

  constructor(host: OverviewHost, viewport: ViewportController, scenes: SceneController, theme: ThemeController, locale: LocaleController) {
    this.#host = host;
    this.#viewport = viewport;
    this.#scenes = scenes;
    this.#theme = theme;
    this.#locale = locale;
    this.track = new ResizeController(host);
    host.addController(this);
  }

  hostConnected(): void {}

  hostUpdated(): void {
    const track = this.#trackElement();
    if (!track) return;
    // A track that just appeared is measured now, so its thumb and density show in this frame.
    if (this.track.observe(track) && this.track.measure()) queueMicrotask(() => this.#host.requestUpdate());
    this.#paint(track);
  }

  /** The overview's scale: the whole extent over the track's width (mirrored right to left). */
  get scale(): TimeScale | null {
    const bounds = this.#viewport.limits?.bounds;
    const width = this.track.width;
    return bounds && width > 0 ? sharedTimeScale(bounds, width, this.#locale.rtl) : null;
  }

  /** Where the thumb is: its left edge and width in px of the track (at least a 24 px target). */
  get thumb(): { left: number; width: number } | null {
    const scale = this.scale;
    if (!scale) return null;
    const { start, end } = this.#viewport.range;
    const a = scale(start);
    const b = scale(end);
    const width = Math.max(24, Math.abs(b - a));
    const mid = (a + b) / 2;
    return { left: Math.min(Math.max(0, mid - width / 2), this.track.width - width), width };
  }

  /** How far through the extent the view is, 0…100, for `aria-valuenow`. */
  get position(): number {
    const bounds = this.#viewport.limits?.bounds;
    const { start, end } = this.#viewport.range;
    if (!bounds) return 0;
    const room = bounds.end - bounds.start - (end - start);
    return room > 0 ? Math.round(((start - bounds.start) / room) * 100) : 0;
  }

  readonly onKeydown = (e: KeyboardEvent): void => {
    const limits = this.#viewport.limits;
    if (!limits || e.ctrlKey || e.metaKey || e.altKey) return;
    const { range } = this.#viewport;
    const span = range.end - range.start;
    let step = STEPS[e.key];
    if (step !== undefined && e.key.startsWith('Arrow') && this.#locale.rtl) step = -step;
    if (step !== undefined) this.#viewport.moveTo(pan(range, step * span, limits), false, true);
    else if (e.key === 'Home') this.#viewport.moveTo({ start: limits.bounds.start, end: limits.bounds.start + span }, false, true);
    else if (e.key === 'End') this.#viewport.moveTo({ start: limits.bounds.end - span, end: limits.bounds.end }, false, true);
    else return;
    e.preventDefault();
  };

  /** A press on the thumb grips it; a press elsewhere on the strip centres the view there first. */
  readonly onPointerDown = (e: PointerEvent): void => {
    const scale = this.scale;
    const limits = this.#viewport.limits;
    if (!scale || !limits || (e.pointerType === 'mouse' && e.button !== 0)) return;
    const x = this.#x(e);
    const thumb = this.thumb!;
    const { range } = this.#viewport;
    if (x < thumb.left || x > thumb.left + thumb.width) {
      const at = timeAt(scale, x);
      const half = (range.end - range.start) / 2;
      this.#viewport.moveTo({ start: at - half, end: at + half }, false, true);
    }
    this.#drag = { pointer: e.pointerId, grip: timeAt(scale, x) - this.#viewport.range.start };
    (e.currentTarget as Element).setPointerCapture?.(e.pointerId);
    this.#viewport.gesture(true);
    e.preventDefault();
  };

  readonly onPointerMove = (e: PointerEvent): void => {
    const scale = this.scale;
    const drag = this.#drag;
    const limits = this.#viewport.limits;
    if (!drag || drag.pointer !== e.pointerId || !scale || !limits) return;
    const { range } = this.#viewport;
    const start = timeAt(scale, this.#x(e)) - drag.grip;
    this.#viewport.moveTo({ start, end: start + (range.end - range.start) }, false, true);
  };

  readonly onPointerUp = (e: PointerEvent): void => {
    if (this.#drag?.pointer !== e.pointerId) return;
    this.#drag = null;
    this.#viewport.gesture(false);
  };

  #x(e: PointerEvent): number {
    return e.clientX - (e.currentTarget as Element).getBoundingClientRect().left;
  }

  #trackElement(): HTMLElement | null {
    return this.#trackQuery.in(this.#host.renderRoot);
  }

  readonly #trackQuery = new CachedQuery('[part~="overview-track"]');
  readonly #canvasQuery = new CachedQuery<HTMLCanvasElement>('canvas');

  /** The density strip: per slice of the extent, the events of each lane stacked in its colour. */
  #paint(track: HTMLElement): void {
    const canvas = this.#canvasQuery.in(track);
    const prepared = this.#scenes.prepared;
    const bounds = this.#viewport.limits?.bounds;
    const { width, height } = this.track;
    if (!canvas || !prepared || !bounds || width <= 0 || height <= 0) return;
    const dpr = this.#theme.dpr;
    const theme = this.#theme.theme;
    const key = [prepared, bounds.start, bounds.end, width, height, dpr, theme, this.#locale.rtl];
    if (key.every((k, i) => k === this.#densityFor[i])) return;
    this.#densityFor = key;
    const slices = Math.max(1, Math.floor(width / 3));
    // Counted again only for other events, extent or width: a new theme, height or pixel ratio only repaints.
    const countKey = [prepared, bounds.start, bounds.end, slices];
    if (!this.#density || countKey.some((k, i) => k !== this.#densityCounted[i])) {
      this.#densityCounted = countKey;
      this.#density = density(prepared, bounds, slices);
    }
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    const { counts, max } = this.#density;
    if (!max) return;
    const slice = width / slices;
    // Square-root heights: a quiet stretch still shows beside a busy one.
    const scaleY = (height - 2) / Math.sqrt(max);
    const base = new Float64Array(slices);
    counts.forEach((lane, li) => {
      ctx.fillStyle = laneColors(theme, li).stroke;
      for (let b = 0; b < slices; b++) {
        if (!lane[b]) continue;
        const total = Math.sqrt(base[b]! + lane[b]!) * scaleY;
        const below = Math.sqrt(base[b]!) * scaleY;
        base[b]! += lane[b]!;
        const x = this.#locale.rtl ? width - (b + 1) * slice : b * slice;
        ctx.fillRect(x, height - total, Math.max(1, slice - 0.5), total - below);
      }
    });
  }
}
