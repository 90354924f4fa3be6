/**
 * Paints a scene on a 2D canvas: grid, rules, bars, markers, "+N" marks, labels and the axis,
 * crisp at any device pixel ratio. It only reads the scene and the theme; every position comes
 * from the scene. Labels are drawn last, over a halo in the background colour, so no rule, grid
 * line or box edge ever runs through their text.
 */
import type { Scene, SceneCluster, SceneMark, SceneRule, SceneTick } from '../scene/types.js';
import type { TextStyle, Theme } from './theme.js';
import { laneColors } from './theme.js';

/** What changes how a mark looks without moving it. */
export interface PaintState {
  readonly selectedId: string | null;
  /** The event or "+N" mark under the pointer (its id or cluster key). */
  readonly hovered: string | null;
}

/** Canvas patterns for hatching, by colour and pixel ratio (made once each). */
const patterns = new Map<string, CanvasPattern | null>();

/** A strong right-to-left character before any left-to-right one: the text's base direction. */
const RTL_FIRST = /^[^A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]*[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/** Sizes the canvas's backing store for `width` × `height` CSS px at `dpr`; returns its context. */
export function prepareCanvas(canvas: HTMLCanvasElement, width: number, height: number, dpr: number): CanvasRenderingContext2D | null {
  const w = Math.max(1, Math.round(width * dpr));
  const h = Math.max(1, Math.round(height * dpr));
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  return ctx;
}

/** Paints `scene` with `theme`. */
export function paintScene(ctx: CanvasRenderingContext2D, scene: Scene, theme: Theme, state: PaintState, dpr: number): void {
  const plotTop = scene.band.top;
  ctx.save();
  paintGrid(ctx, scene, theme, plotTop);
  for (const rule of scene.rules) paintRuleLine(ctx, rule, theme, plotTop, scene.height);
  const labels: Array<() => void> = [];
  for (const lane of scene.lanes) {
    const colors = laneColors(theme, lane.index);
    for (const mark of lane.marks) {
      paintGlyph(ctx, mark, colors, theme, state.selectedId === mark.item.id, dpr, scene.rtl);
      if (mark.label.text) labels.push(() => paintLabel(ctx, mark, theme, state));
    }
    for (const cluster of lane.clusters) paintCluster(ctx, cluster, colors.stroke, theme, state.hovered === cluster.key);
  }
  for (const fn of labels) fn();
  for (const cluster of scene.band.clusters) paintCluster(ctx, cluster, theme.deadline, theme, state.hovered === cluster.key);
  for (const rule of scene.rules) paintRuleLabel(ctx, rule, theme, state, scene.rtl, scene.metrics.ruleLabelPadPx);
  paintAxis(ctx, scene, theme);
  ctx.restore();
}

function setText(ctx: CanvasRenderingContext2D, style: TextStyle): void {
  ctx.font = style.font;
  ctx.fillStyle = style.color;
  ctx.letterSpacing = style.letterSpacing;
  ctx.wordSpacing = style.wordSpacing;
}

function directionOf(text: string): CanvasDirection {
  return RTL_FIRST.test(text) ? 'rtl' : 'ltr';
}

/** A rectangle the halo leaves alone (a bar's inside, where the label reads on the bar's own fill). */
interface Hole {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/**
 * Text drawn with its left edge at `left` and its middle at `y`, over a halo in `halo` when
 * given: a stroke around the glyphs that hides any line under them (grid, rules, a box's edge).
 * Inside `hole` there is no halo, so a label keeps its bar's fill behind it.
 */
function text(ctx: CanvasRenderingContext2D, value: string, left: number, y: number, halo: string | null, width?: number, hole?: Hole): void {
  ctx.direction = directionOf(value);
  ctx.textAlign = ctx.direction === 'rtl' ? 'right' : 'left';
  const w = width ?? ctx.measureText(value).width;
  const x = ctx.direction === 'rtl' ? left + w : left;
  if (halo) {
    ctx.save();
    if (hole) {
      ctx.beginPath();
      ctx.rect(left - 4, y - 20, w + 8, 40);
      ctx.rect(hole.left, hole.top, hole.right - hole.left, hole.bottom - hole.top);
      ctx.clip('evenodd');
    }
    ctx.strokeStyle = halo;
    ctx.lineWidth = 3;
    ctx.lineJoin = 'round';
    ctx.strokeText(value, x, y);
    ctx.restore();
  }
  ctx.fillText(value, x, y);
}

function vline(ctx: CanvasRenderingContext2D, x: number, top: number, bottom: number, width: number): void {
  // Odd widths sit on pixel centres, so lines stay sharp.
  const px = width % 2 === 1 ? Math.round(x - 0.5) + 0.5 : Math.round(x);
  ctx.beginPath();
  ctx.moveTo(px, top);
  ctx.lineTo(px, bottom);
  ctx.stroke();
}

function paintGrid(ctx: CanvasRenderingContext2D, scene: Scene, theme: Theme, top: number): void {
  ctx.lineWidth = 1;
  ctx.strokeStyle = theme.grid;
  for (const t of scene.axis.minor) vline(ctx, t.x, top, scene.height, 1);
  ctx.strokeStyle = theme.gridMajor;
  for (const t of scene.axis.major) if (!t.sticky) vline(ctx, t.x, top, scene.height, 1);
}

function paintAxis(ctx: CanvasRenderingContext2D, scene: Scene, theme: Theme): void {
  const m = scene.metrics;
  ctx.textBaseline = 'middle';
  const row = m.axisPx / 2;
  const draw = (ticks: readonly SceneTick[], style: TextStyle, y: number) => {
    setText(ctx, style);
    for (const t of ticks) text(ctx, t.label, t.left, y, null, t.width);
  };
  draw(scene.axis.major, theme.text.major, row * 0.55);
  draw(scene.axis.minor, theme.text.minor, row * 1.45);
}

function paintRuleLine(ctx: CanvasRenderingContext2D, rule: SceneRule, theme: Theme, top: number, bottom: number): void {
  ctx.save();
  ctx.lineWidth = 2;
  ctx.strokeStyle = rule.kind === 'now' ? theme.now : theme.deadline;
  if (rule.kind === 'now') ctx.setLineDash([5, 4]);
  vline(ctx, rule.x, top, bottom, 2);
  ctx.restore();
}

function paintRuleLabel(ctx: CanvasRenderingContext2D, rule: SceneRule, theme: Theme, state: PaintState, rtl: boolean, m: number): void {
  const { label } = rule;
  const now = rule.kind === 'now';
  const selected = !!rule.item && state.selectedId === rule.item.id;
  ctx.fillStyle = now ? theme.now : theme.deadline;
  ctx.beginPath();
  ctx.roundRect(label.left, label.top, label.width, label.height, theme.radius);
  ctx.fill();
  if (selected) {
    ctx.lineWidth = 3;
    ctx.strokeStyle = theme.accent;
    ctx.stroke();
  }
  const style = theme.text.rule;
  const color = now ? theme.nowText : theme.deadlineText;
  const y = label.top + label.height / 2;
  ctx.textBaseline = 'middle';
  setText(ctx, { ...style, color });
  const titleWidth = ctx.measureText(label.title).width;
  // The title reads first: from the left, or from the right in right-to-left layouts.
  const x = rtl ? label.left + label.width - m - titleWidth : label.left + m;
  text(ctx, label.title, x, y, null, titleWidth);
  if (label.relative) {
    ctx.font = style.font.replace(/\b(600|700|bold|semibold)\b/, '400');
    const rel = ctx.measureText(label.relative).width;
    text(ctx, label.relative, rtl ? label.left + m : label.left + label.width - m - rel, y, null, rel);
  }
  if (state.hovered === rule.item?.id) {
    ctx.fillRect(label.left + m, label.top + label.height - 5, titleWidth, 1);
  }
}

function paintGlyph(ctx: CanvasRenderingContext2D, mark: SceneMark, colors: ReturnType<typeof laneColors>, theme: Theme, selected: boolean, dpr: number, rtl: boolean): void {
  const cy = mark.top + mark.height / 2;
  const approximate = mark.item.event.approximate === true;
  const bar = mark.bar;
  ctx.save();
  if (bar) {
    const top = mark.top + 3;
    const h = mark.height - 6;
    const w = Math.max(1, bar.right - bar.left);
    ctx.beginPath();
    ctx.roundRect(bar.left + 0.75, top + 0.75, w - 1.5, h - 1.5, theme.radius);
    ctx.fillStyle = bar.imprecise && !theme.forced ? hatch(ctx, colors.hatch, theme.background, dpr) : theme.forced ? theme.background : colors.fill;
    ctx.fill();
    if (bar.fade > 0) {
      // An end known only to its month or year fades into the background over that unit.
      const from = rtl ? bar.left + bar.fade : bar.right - bar.fade;
      const to = rtl ? bar.left : bar.right;
      const gradient = ctx.createLinearGradient(from, 0, to, 0);
      gradient.addColorStop(0, transparent(theme.background));
      gradient.addColorStop(1, theme.background);
      ctx.save();
      ctx.clip();
      ctx.globalAlpha = 0.85;
      ctx.fillStyle = gradient;
      ctx.fillRect(Math.min(from, to), top, Math.abs(to - from), h);
      ctx.restore();
    }
    ctx.lineWidth = selected ? 2.5 : 1.5;
    ctx.strokeStyle = selected ? theme.accent : colors.stroke;
    if (bar.imprecise) ctx.setLineDash([4, 3]);
    ctx.stroke();
  } else {
    const r = mark.height >= 20 ? 6 : 5;
    ctx.beginPath();
    ctx.arc(mark.x, cy, r + 2, 0, Math.PI * 2);
    ctx.fillStyle = theme.background;
    ctx.fill();
    ctx.beginPath();
    ctx.arc(mark.x, cy, r, 0, Math.PI * 2);
    ctx.fillStyle = colors.stroke;
    ctx.fill();
    ctx.beginPath();
    ctx.arc(mark.x, cy, r + 2.75, 0, Math.PI * 2);
    ctx.lineWidth = selected ? 3 : 1.5;
    ctx.strokeStyle = selected ? theme.accent : colors.stroke;
    if (approximate) ctx.setLineDash([2.5, 2]);
    ctx.stroke();
  }
  ctx.restore();
}

function paintLabel(ctx: CanvasRenderingContext2D, mark: SceneMark, theme: Theme, state: PaintState): void {
  const selected = state.selectedId === mark.item.id;
  const style = selected ? theme.selectedText : theme.text.label;
  setText(ctx, style);
  ctx.textBaseline = 'middle';
  const y = mark.top + mark.height / 2;
  const bar = mark.bar;
  // Inside its bar a label reads on the bar's fill; only the part past the bar's edge gets a halo.
  const hole = bar ? { left: bar.left + 2, right: bar.right - 2, top: mark.top, bottom: mark.top + mark.height } : undefined;
  text(ctx, mark.label.text, mark.label.left, y, theme.background, mark.label.width, hole);
  if (selected || state.hovered === mark.item.id) {
    // Underlined, as a link is, when selected or under the pointer.
    ctx.fillRect(mark.label.left, y + theme.text.label.size * 0.62, mark.label.width, selected ? 2 : 1);
  }
}

function paintCluster(ctx: CanvasRenderingContext2D, c: SceneCluster, color: string, theme: Theme, hovered: boolean): void {
  ctx.beginPath();
  ctx.roundRect(c.left + 0.75, c.top + 0.75, c.right - c.left - 1.5, c.height - 1.5, theme.radius);
  ctx.fillStyle = theme.surface;
  ctx.fill();
  ctx.lineWidth = hovered ? 2.5 : 1.5;
  ctx.strokeStyle = color;
  ctx.stroke();
  setText(ctx, theme.text.cluster);
  ctx.textBaseline = 'middle';
  ctx.direction = 'ltr';
  ctx.textAlign = 'center';
  ctx.fillText(c.text, (c.left + c.right) / 2, c.top + c.height / 2);
}

/** `color` (as `getComputedStyle` writes it, `rgb(…)`) with no opacity: gradients fade through it without greying. */
function transparent(color: string): string {
  const m = /^rgba?\(([^,]+),([^,]+),([^,)]+)/.exec(color);
  return m ? `rgba(${m[1]},${m[2]},${m[3]},0)` : 'rgba(255,255,255,0)';
}

/** Diagonal stripes of `color` over `background`, 8 px apart, for boxes known only to a month or year. */
function hatch(ctx: CanvasRenderingContext2D, color: string, background: string, dpr: number): CanvasPattern | string {
  const key = `${color}|${background}|${dpr}`;
  let pattern = patterns.get(key);
  if (pattern === undefined) {
    const size = Math.round(8 * dpr);
    const tile = document.createElement('canvas');
    tile.width = tile.height = size;
    const t = tile.getContext('2d');
    if (t) {
      t.fillStyle = background;
      t.fillRect(0, 0, size, size);
      t.strokeStyle = color;
      t.lineWidth = 4 * dpr * Math.SQRT1_2;
      t.beginPath();
      for (const o of [-size, 0, size]) {
        t.moveTo(o, size);
        t.lineTo(o + size, 0);
      }
      t.stroke();
    }
    pattern = ctx.createPattern(tile, 'repeat');
    pattern?.setTransform(new DOMMatrix().scale(1 / dpr));
    if (patterns.size > 64) patterns.clear();
    patterns.set(key, pattern);
  }
  return pattern ?? color;
}
