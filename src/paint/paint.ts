/**
 * Paints a scene on 2D canvases: grid, rules, bars, markers, "+N" marks and labels on the plot's,
 * the axis's labels on the axis box's own (it sticks to the window's top), crisp at any device
 * pixel ratio. It only reads the scene and the theme; every position comes
 * from the scene. Labels are drawn last, each over a box of the background colour, so no rule,
 * grid line or box edge ever runs through their text; inside its own bar a label keeps the
 * bar's fill. Work is grouped by style (one font set for all labels, one fill for all their
 * boxes) because a canvas pays for every change of state, not for every shape.
 */
import type { Scene, SceneBar, SceneCluster, SceneMark, SceneRule, SceneStrip, SceneTick } from '../scene/types.js';
import type { LaneColors, TextStyle, Theme } from './theme.js';
import { laneColors } from './theme.js';
import { FADE_TO } from '../layout/fade.js';

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

const FULL = Math.PI * 2;

/** Sizes the canvas's backing store for `width` × `height` CSS px at `dpr`; returns its context, cleared. */
export function prepareCanvas(canvas: HTMLCanvasElement, width: number, height: number, dpr: number): CanvasRenderingContext2D | null {
  const w = Math.max(1, Math.round(width * dpr));
  const h = Math.max(1, Math.round(height * dpr));
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  // Its CSS size follows the plot's whatever the pixels did: a browser zoom that doubles the
  // pixel ratio and halves a full-width plot's CSS width keeps the same backing store.
  const cssWidth = `${width}px`;
  const cssHeight = `${height}px`;
  if (canvas.style.width !== cssWidth) canvas.style.width = cssWidth;
  if (canvas.style.height !== cssHeight) canvas.style.height = cssHeight;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  return ctx;
}

/** Paints `scene` with `theme`: all but the axis's labels, which have a canvas of their own (see {@link paintAxis}). */
export function paintScene(ctx: CanvasRenderingContext2D, scene: Scene, theme: Theme, state: PaintState, dpr: number): void {
  const top = scene.band.top;
  const m = scene.metrics;
  ctx.textBaseline = 'middle';
  paintGrid(ctx, scene, theme, top);
  for (const rule of scene.rules) paintRuleLine(ctx, rule, theme, top, scene.height);
  for (const lane of scene.lanes) {
    const colors = laneColors(theme, lane.index);
    if (lane.strip) paintStrip(ctx, lane.strip, scene.width, colors, theme, state.hovered);
    for (const mark of lane.marks) paintGlyph(ctx, mark, colors, theme, state.selectedId === mark.item.id, dpr, scene.rtl);
    paintClusters(ctx, lane.clusters, colors.stroke, theme, state.hovered, m.tipPx, (m.rowPx - m.markPx) / 2, scene.rtl);
  }
  paintLabels(ctx, scene, theme, state);
  paintClusters(ctx, scene.band.clusters, theme.deadline, theme, state.hovered, m.tipPx, (m.bandRowPx - m.ruleLabelPx) / 2, scene.rtl);
  for (const rule of scene.rules) paintRuleLabel(ctx, rule, theme, state, scene.rtl, m.ruleLabelPadPx, m.tipPx);
}

function setText(ctx: CanvasRenderingContext2D, style: TextStyle, color = style.color): void {
  ctx.font = style.font;
  ctx.fillStyle = color;
  ctx.letterSpacing = style.letterSpacing;
  ctx.wordSpacing = style.wordSpacing;
}

/** Text with its left edge at `left` and its middle at `y`, `width` px wide, in its own base direction. */
function text(ctx: CanvasRenderingContext2D, value: string, left: number, y: number, width: number): void {
  if (RTL_FIRST.test(value)) {
    ctx.direction = 'rtl';
    ctx.textAlign = 'right';
    ctx.fillText(value, left + width, y);
  } else {
    ctx.direction = 'ltr';
    ctx.textAlign = 'left';
    ctx.fillText(value, left, y);
  }
}

function vline(ctx: CanvasRenderingContext2D, x: number, top: number, bottom: number, width: number): void {
  // Odd widths sit on pixel centres, so lines stay sharp.
  const px = width % 2 === 1 ? Math.round(x - 0.5) + 0.5 : Math.round(x);
  ctx.moveTo(px, top);
  ctx.lineTo(px, bottom);
}

function paintGrid(ctx: CanvasRenderingContext2D, scene: Scene, theme: Theme, top: number): void {
  ctx.lineWidth = 1;
  ctx.setLineDash([]);
  ctx.strokeStyle = theme.grid;
  ctx.beginPath();
  for (const t of scene.axis.minor) vline(ctx, t.x, top, scene.height, 1);
  ctx.stroke();
  ctx.strokeStyle = theme.gridMajor;
  ctx.beginPath();
  for (const t of scene.axis.major) if (!t.sticky) vline(ctx, t.x, top, scene.height, 1);
  ctx.stroke();
}

/**
 * Paints the axis's labels, on the canvas of the axis's box (`scene.metrics.axisPx` tall), which
 * sticks to the window's top while the plot scrolls on under it.
 */
export function paintAxis(ctx: CanvasRenderingContext2D, scene: Scene, theme: Theme): void {
  ctx.textBaseline = 'middle';
  const half = scene.metrics.axisPx / 2;
  const draw = (ticks: readonly SceneTick[], style: TextStyle, y: number) => {
    setText(ctx, style);
    for (const t of ticks) if (t.shown) text(ctx, t.label, t.left, y, t.width);
  };
  draw(scene.axis.major, theme.text.major, half * 0.55);
  draw(scene.axis.minor, theme.text.minor, half * 1.45);
}

function paintRuleLine(ctx: CanvasRenderingContext2D, rule: SceneRule, theme: Theme, top: number, bottom: number): void {
  ctx.lineWidth = 2;
  ctx.strokeStyle = rule.kind === 'now' ? theme.now : theme.deadline;
  ctx.setLineDash(rule.kind === 'now' ? [5, 4] : []);
  ctx.beginPath();
  vline(ctx, rule.x, top, bottom, 2);
  ctx.stroke();
  ctx.setLineDash([]);
}

function paintRuleLabel(ctx: CanvasRenderingContext2D, rule: SceneRule, theme: Theme, state: PaintState, rtl: boolean, pad: number, tipPx: number): void {
  const { label } = rule;
  const now = rule.kind === 'now';
  const selected = !!rule.item && state.selectedId === rule.item.id;
  ctx.fillStyle = now ? theme.now : theme.deadline;
  ctx.beginPath();
  tagPath(ctx, label.left, label.top, label.width, label.height, label.tip, theme.radius, tipPx);
  ctx.fill();
  if (theme.forced || selected) {
    // Forced colours draw every label as an outlined box; the selected one in Highlight.
    ctx.lineWidth = selected ? 3 : 1;
    ctx.strokeStyle = selected ? theme.accent : theme.deadlineText;
    ctx.setLineDash(SOLID);
    ctx.stroke();
  }
  const style = theme.text.rule;
  // A deadline's words in `::part(deadline-label)`'s colour (by default the deadline's text colour);
  // in forced colours the system's, on the system's box.
  setText(ctx, style, now ? theme.nowText : theme.forced ? theme.deadlineText : style.color);
  const y = label.top + label.height / 2;
  const titleWidth = ctx.measureText(label.title).width;
  // The title reads first: from the left, or from the right in right-to-left layouts.
  const x = rtl ? label.left + label.width - pad - titleWidth : label.left + pad;
  text(ctx, label.title, x, y, titleWidth);
  if (state.hovered === rule.item?.id) ctx.fillRect(x, y + style.size * 0.62, titleWidth, 1);
  if (label.relative) {
    ctx.font = style.font.replace(/\b(600|700|bold|semibold)\b/, '400');
    const rel = ctx.measureText(label.relative).width;
    text(ctx, label.relative, rtl ? label.left + pad : label.left + label.width - pad - rel, y, rel);
  }
}

/**
 * A label's outline, added to the current path: a rounded box, its side `tip` pointed at the time
 * it stands for (`depth` px deep, inside its padding). A box along a time axis reads as a span of
 * time; pointed, it reads as a sign for one moment. A box too narrow for a tip and its corners (a
 * sliver cut by the plot's end) keeps its corners.
 */
function tagPath(ctx: CanvasRenderingContext2D, l: number, top: number, width: number, h: number, tip: 'left' | 'right' | null, radius: number, depth: number): void {
  if (!tip || width < 2 * (depth + radius)) {
    ctx.roundRect(l, top, width, h, radius);
    return;
  }
  // The tip's side, the side its slopes start from, and the far side: the box pointed right,
  // mirrored about its middle when it points left.
  const right = tip === 'right';
  const point = right ? l + width : l;
  const back = right ? point - depth : point + depth;
  const far = right ? l : l + width;
  const bottom = top + h;
  ctx.moveTo(back, top);
  ctx.lineTo(point, top + h / 2);
  ctx.lineTo(back, bottom);
  ctx.arcTo(far, bottom, far, top, radius);
  ctx.arcTo(far, top, back, top, radius);
  ctx.closePath();
}

function paintGlyph(ctx: CanvasRenderingContext2D, mark: SceneMark, colors: LaneColors, theme: Theme, selected: boolean, dpr: number, rtl: boolean): void {
  const bar = mark.bar;
  // A thin bar is drawn with the labels, over its label's box (see paintLabels).
  if (bar?.thin) return;
  if (bar) {
    const { top, height: h } = bar;
    const w = Math.max(1, bar.right - bar.left);
    ctx.beginPath();
    ctx.roundRect(bar.left + 0.75, top + 0.75, w - 1.5, h - 1.5, Math.min(theme.radius, h / 2));
    ctx.fillStyle = theme.forced ? theme.background : bar.imprecise ? hatch(ctx, colors.hatch, theme.background, dpr, bar.left, top) : colors.fill;
    ctx.fill();
    fadeEnd(ctx, bar, theme, rtl, () => ctx.fill());
    ctx.lineWidth = selected ? 2.5 : 1.5;
    ctx.strokeStyle = selected ? theme.accent : colors.stroke;
    ctx.setLineDash(dashes(bar, mark.item.approximate));
    ctx.stroke();
    return;
  }
  const cy = mark.top + mark.height / 2;
  const r = mark.height >= 20 ? 6 : 5;
  ctx.beginPath();
  ctx.arc(mark.x, cy, r + 2, 0, FULL);
  ctx.fillStyle = theme.background;
  ctx.fill();
  ctx.beginPath();
  ctx.arc(mark.x, cy, r, 0, FULL);
  ctx.fillStyle = colors.stroke;
  ctx.fill();
  ctx.beginPath();
  ctx.arc(mark.x, cy, r + 2.75, 0, FULL);
  ctx.lineWidth = selected ? 3 : 1.5;
  ctx.strokeStyle = selected ? theme.accent : colors.stroke;
  ctx.setLineDash(mark.item.approximate ? APPROXIMATE_DASH : SOLID);
  ctx.stroke();
}

/**
 * A bar's outline: short dashes for an approximate event (as a marker's ring), whatever its
 * precision, so "c. June 2020" differs from "June 2020"; longer ones for a date known only to its
 * month or year; solid otherwise.
 */
function dashes(bar: SceneBar, approximate: boolean): number[] {
  return approximate ? APPROXIMATE_DASH : bar.imprecise ? IMPRECISE_DASH : SOLID;
}

/** Dash patterns, made once (`setLineDash` copies them): an approximate event's, an imprecise date's, none. */
const APPROXIMATE_DASH = [2.5, 2];
const IMPRECISE_DASH = [4, 3];
const SOLID: number[] = [];

/**
 * A thin bar (a range shorter than its label, drawn above it): a band in the lane's colour,
 * dashed for a date known only to its month or year or an approximate event, fading into the
 * background over an end known only to its month or year, as a box's fill does. Selected, it is
 * framed in the selection's colour, as a box's outline and a marker's ring are, and keeps its
 * lane's: a selected bar in the accent read as another lane's (the accent is the first lane's
 * blue). The frame stays above the bar's foot, clear of its label's letters below it.
 */
function paintThinBar(ctx: CanvasRenderingContext2D, bar: SceneBar, color: string, theme: Theme, rtl: boolean, approximate: boolean, selected: boolean): void {
  const { top, height } = bar;
  if (selected) {
    const right = Math.max(bar.left + 1, bar.right);
    ctx.beginPath();
    // Its lower edge's stroke (half its width each side) ends at the bar's foot, not below it.
    ctx.rect(bar.left - 1.5, top - 1.5, right - bar.left + 3, height + 0.75);
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = theme.accent;
    ctx.setLineDash(SOLID);
    ctx.stroke();
  }
  ctx.beginPath();
  ctx.moveTo(bar.left, top + height / 2);
  ctx.lineTo(Math.max(bar.left + 1, bar.right), top + height / 2);
  ctx.lineWidth = height;
  ctx.lineCap = 'butt';
  ctx.strokeStyle = color;
  ctx.setLineDash(dashes(bar, approximate));
  ctx.stroke();
  ctx.setLineDash([]);
  fadeEnd(ctx, bar, theme, rtl, (from, to) => ctx.fillRect(Math.min(from, to), top, Math.abs(to - from), height));
}

/**
 * An end known only to its month or year fades into the background over that unit: `fill`
 * paints the bar's shape (or the stretch `from`–`to` of it) with the gradient set. A bar that runs
 * on past the view is drawn part-way through its fade (`fadeBeyond`).
 */
function fadeEnd(ctx: CanvasRenderingContext2D, bar: SceneBar, theme: Theme, rtl: boolean, fill: (from: number, to: number) => void): void {
  if (bar.fade <= 0) return;
  // The fade may begin before the drawn start (a bar coming in from far before the view).
  const from = rtl ? bar.left + bar.fade : bar.right - bar.fade;
  const to = rtl ? bar.left : bar.right;
  const gradient = ctx.createLinearGradient(from, 0, rtl ? to - bar.fadeBeyond : to + bar.fadeBeyond, 0);
  gradient.addColorStop(0, transparent(theme.background));
  gradient.addColorStop(1, theme.background);
  ctx.globalAlpha = 1 - FADE_TO;
  ctx.fillStyle = gradient;
  fill(rtl ? Math.min(from, bar.right) : Math.max(from, bar.left), to);
  ctx.globalAlpha = 1;
}

/**
 * Every event label: first one path of background boxes (the parts of each label outside its own
 * bar) filled once, then the texts in one style, then the selected one, then the underline of the
 * hovered or selected label.
 */
function paintLabels(ctx: CanvasRenderingContext2D, scene: Scene, theme: Theme, state: PaintState): void {
  const lineHeight = theme.text.label.size * 1.3;
  ctx.beginPath();
  let selected: SceneMark | null = null;
  let hovered: SceneMark | null = null;
  for (const lane of scene.lanes) {
    for (const mark of lane.marks) {
      const { label, bar } = mark;
      if (!label.text) continue;
      if (mark.item.id === state.selectedId) selected = mark;
      if (mark.item.id === state.hovered) hovered = mark;
      const y = mark.top + (mark.height - lineHeight) / 2;
      const a = label.left - 2;
      const b = label.left + label.width + 2;
      if (!bar || bar.thin) {
        ctx.rect(a, y, b - a, lineHeight);
        continue;
      }
      // Inside its bar a label reads on the bar's fill: only what is past the bar's edges gets a box.
      const inA = bar.left + 2;
      const inB = bar.right - 2;
      if (a < inA) ctx.rect(a, y, Math.min(b, inA) - a, lineHeight);
      if (b > inB) ctx.rect(Math.max(a, inB), y, b - Math.max(a, inB), lineHeight);
    }
  }
  ctx.fillStyle = theme.background;
  ctx.fill();
  // Thin bars over their labels' boxes: a box hides rules and grid lines behind a label's line,
  // and a thin bar reaches into that line's leading.
  for (const lane of scene.lanes) {
    const colors = laneColors(theme, lane.index);
    for (const mark of lane.marks) {
      if (mark.bar?.thin) paintThinBar(ctx, mark.bar, colors.stroke, theme, scene.rtl, mark.item.approximate, mark.item.id === state.selectedId);
    }
  }
  setText(ctx, theme.text.label);
  let fill = theme.text.label.color;
  for (const lane of scene.lanes) {
    for (const mark of lane.marks) {
      if (!mark.label.text || mark === selected) continue;
      const color = theme.labelColors.get(mark.kind) ?? theme.text.label.color;
      if (color !== fill) ctx.fillStyle = fill = color;
      text(ctx, mark.label.text, mark.label.left, mark.top + mark.height / 2, mark.label.width);
    }
  }
  if (selected) {
    setText(ctx, theme.selectedText);
    text(ctx, selected.label.text, selected.label.left, selected.top + selected.height / 2, selected.label.width);
  }
  // Underlined, as a link is, when selected or under the pointer: as long as the text as drawn
  // (a label's box is its estimated width, rounded up, a few px longer than its letters).
  for (const mark of hovered === selected ? [selected] : [selected, hovered]) {
    if (!mark?.label.text) continue;
    if (mark === selected) setText(ctx, theme.selectedText);
    else setText(ctx, theme.text.label, theme.labelColors.get(mark.kind));
    const { text: value, left, width } = mark.label;
    const drawn = Math.min(width, ctx.measureText(value).width);
    ctx.fillRect(RTL_FIRST.test(value) ? left + width - drawn : left, mark.top + mark.height / 2 + theme.text.label.size * 0.62, drawn, mark === selected ? 2 : 1);
  }
}

/**
 * "+N" marks in one colour: their boxes as one path (one fill, one stroke), each pointed at its
 * first event (a box is as wide as its count needs; drawn plain, a "+2" of 10 and 24 August that
 * reached past a deadline in September read as events at the deadline), the hovered one's outline
 * thicker, then their counts in one text style.
 */
function paintClusters(ctx: CanvasRenderingContext2D, clusters: readonly SceneCluster[], color: string, theme: Theme, hovered: string | null, tipPx: number, tickPx: number, rtl: boolean): void {
  if (!clusters.length) return;
  const tip = rtl ? 'right' : 'left';
  const box = (c: SceneCluster) => tagPath(ctx, c.left + 0.75, c.top + 0.75, c.right - c.left - 1.5, c.height - 1.5, tip, theme.radius, tipPx);
  ctx.beginPath();
  for (const c of clusters) box(c);
  ctx.fillStyle = theme.surface;
  ctx.fill();
  // What the tip points at: a tick at the first event, through its row's gaps above and below the
  // box (`tickPx`), as a deadline's label points at its rule.
  for (const c of clusters) {
    const x = rtl ? c.right - 0.75 : c.left + 0.75;
    ctx.moveTo(x, c.top - tickPx);
    ctx.lineTo(x, c.top + c.height + tickPx);
  }
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = color;
  ctx.setLineDash([]);
  ctx.stroke();
  const over = clusters.find((c) => c.key === hovered);
  if (over) {
    ctx.beginPath();
    box(over);
    ctx.lineWidth = 2.5;
    ctx.stroke();
  }
  setText(ctx, theme.text.cluster);
  ctx.direction = 'ltr';
  ctx.textAlign = 'center';
  for (const c of clusters) ctx.fillText(c.text, (c.left + c.right) / 2, c.top + c.height / 2);
}

/**
 * A density strip: a band of the lane's tint, and a bar per bucket in the lane's colour standing
 * on its bottom, solid (a lighter bar fell to about 2.3:1 against the tint, under the 3:1 that
 * graphics carrying data need); the bucket under the pointer outlined.
 */
function paintStrip(ctx: CanvasRenderingContext2D, strip: SceneStrip, width: number, colors: LaneColors, theme: Theme, hovered: string | null): void {
  const bottom = strip.top + strip.height;
  if (!theme.forced) {
    ctx.fillStyle = colors.fill;
    ctx.fillRect(0, strip.top, width, strip.height);
  }
  ctx.fillStyle = colors.stroke;
  ctx.fillRect(0, bottom - 1, width, 1);
  ctx.beginPath();
  let over = null;
  for (const b of strip.buckets) {
    if (b.key === hovered) over = b;
    const w = b.right - b.left;
    // A px between bars wide enough to spare one.
    ctx.rect(b.left, b.top, Math.max(1, w >= 4 ? w - 1 : w), b.height);
  }
  ctx.fill();
  if (!over) return;
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = theme.accent;
  ctx.setLineDash([]);
  ctx.strokeRect(over.left - 1, strip.top - 0.75, over.right - over.left + 2, strip.height + 0.75);
}

/** `color` (as `getComputedStyle` writes it, `rgb(…)`) with no opacity: gradients fade through it without greying. */
function transparent(color: string): string {
  const m = /^rgba?\(([^,]+),([^,]+),([^,)]+)/.exec(color);
  return m ? `rgba(${m[1]},${m[2]},${m[3]},0)` : 'rgba(255,255,255,0)';
}

/**
 * Diagonal stripes of `color` over `background`, 8 px apart, for boxes known only to a month or
 * year, starting at the box's corner (`x`, `y`): they move with the box, not with the canvas, so a
 * pan drawn step by step and one slid (see `SlideController`) show the same stripes.
 */
function hatch(ctx: CanvasRenderingContext2D, color: string, background: string, dpr: number, x: number, y: number): CanvasPattern | string {
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
    if (patterns.size > 64) patterns.clear();
    patterns.set(key, pattern);
  }
  pattern?.setTransform(new DOMMatrix().translate(x, y).scale(1 / dpr));
  return pattern ?? color;
}
