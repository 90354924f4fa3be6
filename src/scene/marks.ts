/**
 * Event marks and their labels for one frame. Positions come from the time scale; a label goes
 * after its mark, or before a point marker (or a box running past the view) when it has no room
 * after (at the view's end), and is cut with an ellipsis only when neither side has room. A range that began before the view keeps
 * its label at the view's start while any of it shows.
 */
import type { TimelineItem } from '../model/items.js';
import type { TimeScale } from '../layout/scale.js';
import type { Metrics } from './metrics.js';
import { cutToWidth, ELLIPSIS } from './label-text.js';
import type { Measure, SceneBar, SceneLabel, SceneMark } from './types.js';
import { markKind, unitOnly } from './mark-kind.js';
import { fadeFrom } from '../layout/fade.js';

/** What placing marks needs besides the marks themselves. */
export interface MarkContext {
  readonly scale: TimeScale;
  readonly width: number;
  readonly rtl: boolean;
  readonly metrics: Metrics;
  readonly measure: Measure;
  /** Bars are cut this far outside the view (a year-long range at an hour's zoom would be millions of px). */
  readonly overscanPx: number;
}

/** One mark to place: an item, its row and the y of its row's top. */
export interface MarkSlot {
  readonly item: TimelineItem;
  readonly row: number;
  readonly rowTop: number;
  /**
   * The mark is one of a sample: its lane shows a density strip that counts every event, and
   * beside it the events whose labels fit. Such a point (or thin bar) is drawn with its whole label or not at
   * all: where the view's end would cut its label, it is left out (as a map leaves out a place
   * name that does not fit) and comes in, whole, as the view moves to it.
   */
  readonly sampled?: boolean;
}

/** A box already in a row that a label must not run into (a "+N" mark), in inline px. */
export interface Obstacle {
  readonly row: number;
  readonly start: number;
  readonly end: number;
}

/** Titles longer than this are cut for their label (the card shows them whole). */
const MAX_LABEL_CHARS = 120;

/**
 * A label's text as the reader sees it: the title, cut at {@link MAX_LABEL_CHARS}. An approximate
 * event says so by its dashed outline, and "c." before its date in the card, the list and its
 * name: "c." before a headline read as a list marker ("c. Protests across the U.S.").
 */
export function labelText(item: TimelineItem): string {
  const title = item.title;
  return title.length > MAX_LABEL_CHARS ? `${title.slice(0, MAX_LABEL_CHARS - 1).trimEnd()}${ELLIPSIS}` : title;
}

/**
 * A thin bar's height: a quarter of the font, at least 2 px, and never below the top of the
 * label's em box (centred in the mark), so it stays above the letters at the smallest rows.
 */
export function thinBarPx(m: Metrics): number {
  return Math.max(2, Math.min(Math.round(m.fontPx / 4), Math.floor((m.markPx - m.fontPx) / 2)));
}

/**
 * A thin bar's top below its mark's: its lower edge a px above the top of the label's em box, so
 * the bar reads with its own title (just under it), not with the row above (a row's gap further
 * up). On the em box itself it touched the capitals and accents of a sans-serif title, whose tops
 * come within a px of it.
 */
function thinBarOffset(m: Metrics): number {
  return Math.max(0, Math.floor((m.markPx - m.fontPx) / 2) - thinBarPx(m) - THIN_BAR_GAP_PX);
}

/** Clear px between a thin bar and the top of its label's em box. */
const THIN_BAR_GAP_PX = 1;

interface Draft {
  slot: MarkSlot;
  /** Inline px (distance from the view's inline start). */
  x: number;
  glyphStart: number;
  glyphEnd: number;
  bar: { start: number; end: number; fade: number; fadeBeyond: number; imprecise: boolean } | null;
  text: string;
  textWidth: number;
}

/**
 * The marks of one lane. `slots` are in time order; `obstacles` are the lane's "+N" boxes. Marks
 * in a row are placed in inline order, each label taking the room up to the next glyph or box.
 */
export function placeMarks(slots: readonly MarkSlot[], obstacles: readonly Obstacle[], c: MarkContext): SceneMark[] {
  const { metrics: m, width } = c;
  const inline = (px: number) => (c.rtl ? width - px : px);
  const drafts: Draft[] = slots.map((slot) => {
    const { item } = slot;
    const x = inline(c.scale(item.at));
    const text = labelText(item);
    const textWidth = c.measure(text, 'label');
    const xEnd = item.isRange ? inline(c.scale(item.end)) : x;
    if (!item.isRange || asPoint(item, Math.abs(xEnd - x), m)) return { slot, x, glyphStart: x - m.markerPx / 2, glyphEnd: x + m.markerPx / 2, bar: null, text, textWidth };
    const end = Math.max(x + m.minBarPx, xEnd);
    const start = Math.max(x, -c.overscanPx);
    const cutEnd = Math.min(end, width + c.overscanPx);
    const endDate = item.endDate;
    const fadesFrom = fadeFrom(item);
    let fade = 0;
    let fadeBeyond = 0;
    if (fadesFrom !== null) {
      // From where its fade starts (see `fadeFrom`), and over half the drawn bar at most (one
      // drawn longer than its time, at the shortest a bar is): a bar running on past the view
      // shows as much of its fade as is in view ("June" fading out through a view that ends on 24
      // June), not a solid bar that reads as a known end.
      const fadeStart = Math.max(inline(c.scale(fadesFrom)), x + (end - x) / 2);
      if (fadeStart < cutEnd) {
        // From where it starts, which may lie before the drawn start (then the drawn part is
        // already part-way faded).
        fade = cutEnd - fadeStart;
        fadeBeyond = end - cutEnd;
      }
    }
    return { slot, x, glyphStart: start, glyphEnd: Math.max(start + m.minBarPx, cutEnd), bar: { start, end: cutEnd, fade, fadeBeyond, imprecise: !endDate }, text, textWidth };
  });
  // Rows, each in inline order, with the lane's "+N" boxes as fixed neighbours.
  const rows = new Map<number, Draft[]>();
  for (const d of drafts) {
    const list = rows.get(d.slot.row);
    if (list) list.push(d);
    else rows.set(d.slot.row, [d]);
  }
  const out: SceneMark[] = [];
  for (const [row, all] of rows) {
    all.sort((a, b) => a.glyphStart - b.glyphStart);
    const blocks = obstacles.filter((o) => o.row === row);
    // A mark left out no longer bounds the one before it: the row is placed again without it
    // (that one may now be whole, or be cut by the view's end and left out in turn).
    let list = all;
    for (;;) {
      const { marks, leftOut } = placeRow(list, blocks, c);
      if (!leftOut.size) {
        out.push(...marks);
        break;
      }
      list = list.filter((d) => !leftOut.has(d));
    }
  }
  return out;
}

/**
 * One row's marks in inline order, each label taking the room up to the next glyph or "+N" box,
 * and the sampled marks left out (see {@link MarkSlot.sampled}). Drafts are not changed.
 */
function placeRow(list: readonly Draft[], blocks: readonly Obstacle[], c: MarkContext): { marks: SceneMark[]; leftOut: Set<Draft> } {
  const { metrics: m, width } = c;
  const marks: SceneMark[] = [];
  const leftOut = new Set<Draft>();
  let freeFrom = -Infinity;
  for (let i = 0; i < list.length; i++) {
    let d = list[i]!;
    const next = list[i + 1];
    let nextStart = next ? next.glyphStart - m.gapPx / 2 : Infinity;
    let floor = freeFrom;
    for (const o of blocks) {
      if (o.start > d.glyphStart) nextStart = Math.min(nextStart, o.start - m.gapPx / 2);
      else if (o.end <= d.glyphStart) floor = Math.max(floor, o.end);
    }
    // Only a range standing in for a cluster of one runs on over the next mark: its bar fades out before it.
    // (A copy: the draft stays as it was for a row placed again without a mark left out.)
    if (d.bar && d.bar.end > nextStart) {
      const end = Math.max(d.bar.start + m.minBarPx, nextStart);
      d = { ...d, bar: { ...d.bar, end, fade: Math.min((end - d.bar.start) / 2, m.clusterPx), fadeBeyond: 0 }, glyphEnd: end };
    }
    const limit = Math.min(width, nextStart);
    const thin = isThin(d, limit, c);
    // A bar ended before the view (in the overscan) has no label: at the plot's start it would
    // read as dated there ("ByteDance buys Musical.ly", November 2017, in a view from May 2018).
    const gone = !!d.bar && d.glyphEnd <= 0;
    const placed = gone ? { start: d.glyphEnd, width: 0, text: '', before: false } : thin ? placeUnderThinBar(d, limit, floor, c) : placeLabel(d, limit, floor, c);
    // A sampled point or thin bar whose label the view's end cuts (not a neighbour) is left out;
    // a range drawn as a box shows by its length that it runs on, and stays.
    if (d.slot.sampled && (!d.bar || thin) && placed.text !== d.text && nextStart >= width) {
      leftOut.add(list[i]!);
      continue;
    }
    marks.push(toMark(d, placed, thin, c));
    freeFrom = Math.max(d.glyphEnd, placed.start + placed.width);
  }
  return { marks, leftOut };
}

/**
 * Whether a range `widthPx` wide is drawn as a point: one known only to its date's unit ("1969",
 * "June 2020", a year of deep time) where that unit is narrower than a marker. At the zoom where a year is
 * under a pixel, a dash a few px long next to its title read as a speck, not a moment; a marker
 * reads as one (the card still says the year). A range with an end of its own stays a bar.
 */
export function asPoint(item: TimelineItem, widthPx: number, m: Metrics): boolean {
  return unitOnly(item) && widthPx < m.markerPx;
}

interface PlacedLabel {
  /** Inline px. */
  start: number;
  width: number;
  text: string;
  before: boolean;
}

/**
 * Whether a range is drawn as a thin bar above its label: its whole label, inset in its bar,
 * would cross the bar's end (less than the border's width inside it) into room the row has past
 * it. Decided from the whole title, not a cut one, so a bar keeps its form while zooming; a bar
 * that runs to the room's end keeps its label inside, cut.
 */
function isThin(d: Draft, limit: number, c: MarkContext): boolean {
  if (!d.bar || !d.text) return false;
  return insideBar(d.bar, c.metrics) + d.textWidth > d.bar.end - 2 && d.bar.end < limit;
}

/** Where a label inside its bar starts: inset from the bar's start, or from the view's when the bar began before it. */
function insideBar(bar: { start: number }, m: Metrics): number {
  return Math.max(bar.start, 0) + m.barInsetPx;
}

/**
 * `d`'s label from `start`, cut with an ellipsis to `room` px after a whole word (see
 * {@link cutToWidth}); none when not even its first word fits (the mark then shows its title on
 * hover and focus, as any cut label does).
 */
function cutLabel(d: Draft, start: number, room: number, c: MarkContext): PlacedLabel {
  const text = room > 0 ? cutToWidth(d.text, room, c.measure, 'label') : '';
  return { start, width: text ? c.measure(text, 'label') : 0, text, before: false };
}

/**
 * The label under a thin bar: from the bar's start (no box to keep it off the bar's edge), though
 * a little inside the plot when the bar began before the view and clear of a "+N" box before it.
 * With no room for it whole after that (at the view's end, before the next mark), it ends where
 * the bar ends, whole, when there is room before (as a point's label goes before its marker);
 * else it is cut to the row's room.
 */
function placeUnderThinBar(d: Draft, limit: number, floor: number, c: MarkContext): PlacedLabel {
  const m = c.metrics;
  const bar = d.bar!;
  const clear = Math.max(0, floor + m.gapPx / 2);
  const start = Math.min(insideBar(bar, m), Math.max(bar.start, m.barInsetPx / 2, clear));
  const room = limit - start;
  if (d.textWidth <= room) return { start, width: d.textWidth, text: d.text, before: false };
  // The drawn bar's end: a thin bar is never clamped (its end is before the room's), so its
  // glyph ends there, or at the narrowest bar's length.
  const end = d.glyphEnd;
  if (end - d.textWidth >= clear && end <= limit) return { start: end - d.textWidth, width: d.textWidth, text: d.text, before: true };
  return cutLabel(d, start, room, c);
}

function placeLabel(d: Draft, limit: number, floor: number, c: MarkContext): PlacedLabel {
  const m = c.metrics;
  const after = d.bar ? insideBar(d.bar, m) : d.glyphEnd + m.markerGapPx;
  // A point left of the view has its label there too: none of it is drawn (its tail would read
  // as a stray word, "media", at the plot's edge).
  if (!d.bar && after < 0) return { start: after, width: 0, text: '', before: false };
  if (after + d.textWidth <= limit) return { start: after, width: d.textWidth, text: d.text, before: false };
  if (!d.bar) {
    const end = d.glyphStart - m.markerGapPx;
    const start = end - d.textWidth;
    // Before its marker, whole; not for a marker not wholly in the plot: past its end (in the
    // overscan) the label would run out of the plot, cut with no ellipsis ("BlueLeak"), and a
    // marker cut by the end (a day's event at the next midnight, at a zoom of hours) would have
    // its title across the evening before, read as that evening's. It shows as the marker comes in.
    const from = Math.max(0, floor + m.gapPx / 2);
    // Nor where its date's own unit (a day) is wider on screen than its title: at a zoom of hours
    // a title before a day's marker (drawn at its midnight) lies across the day before, and reads
    // as that evening's.
    const date = d.slot.item.startDate;
    const ownUnit = Math.abs(c.scale(date.end) - c.scale(date.start));
    if (d.glyphEnd <= c.width + 0.5 && ownUnit < d.textWidth) {
      if (start >= from) return { start, width: d.textWidth, text: d.text, before: true };
      // Cut after the marker, as labels read; but where not even a first word fits there (a
      // marker near the plot's end), cut before it: it was no label at all, a bare dot beside
      // free room. (Only then, so a cut label does not change sides as the view pans.)
      const cutAfter = cutLabel(d, after, limit - after, c);
      if (cutAfter.text || end - from <= limit - after) return cutAfter;
      const cut = cutLabel(d, from, end - from, c);
      return cut.text ? { ...cut, start: end - cut.width, before: true } : cutAfter;
    }
  }
  // A box running on past the view's end with too little of it in view for its title: the title
  // goes whole before the box, as a point's before its marker ("Pompeo accuses TikTok" before
  // July at a view ending mid-July had no label at all, not even a first word fitting inside).
  // Only for a box whose start is in the plot, and where the row has that room free; half a
  // marker's gap from it, so it reads as the box's (a marker's gap read as the month before's).
  if (d.bar && limit >= c.width && d.bar.start >= 0 && d.bar.start <= c.width) {
    const end = d.bar.start - m.markerGapPx / 2;
    if (end - d.textWidth >= Math.max(0, floor + m.gapPx / 2)) return { start: end - d.textWidth, width: d.textWidth, text: d.text, before: true };
  }
  return cutLabel(d, after, limit - after, c);
}

function toMark(d: Draft, label: PlacedLabel, thin: boolean, c: MarkContext): SceneMark {
  const { width, rtl, metrics: m } = c;
  const px = (u: number) => (rtl ? width - u : u);
  const span = (a: number, b: number): [number, number] => (rtl ? [width - b, width - a] : [a, b]);
  const boxStart = Math.min(d.glyphStart, label.start);
  const boxEnd = Math.max(d.glyphEnd, label.start + label.width + (label.before ? 0 : m.labelEndPx));
  const [left, right] = span(boxStart, boxEnd);
  const [labelLeft] = span(label.start, label.start + label.width);
  const top = d.slot.rowTop + (m.rowPx - m.markPx) / 2;
  let bar: SceneBar | null = null;
  if (d.bar) {
    // A thin bar is drawn to its glyph's end, at least the narrowest bar long (a range of an hour
    // at a year's zoom is a dash, not a speck); a box keeps its own length (its mark's box holds
    // the narrowest width).
    const [bl, br] = span(d.bar.start, thin ? d.glyphEnd : d.bar.end);
    const height = thin ? thinBarPx(m) : m.markPx - 6;
    bar = { left: bl, right: br, fade: d.bar.fade, fadeBeyond: d.bar.fadeBeyond, imprecise: d.bar.imprecise, thin, top: thin ? top + thinBarOffset(m) : top + 3, height };
  }
  const sceneLabel: SceneLabel = {
    text: label.text,
    full: d.text,
    left: labelLeft,
    width: label.width,
    truncated: label.text !== d.text,
    before: label.before,
  };
  return {
    item: d.slot.item,
    kind: markKind(bar, d.slot.item),
    row: d.slot.row,
    x: px(d.x),
    left,
    right,
    top,
    height: m.markPx,
    bar,
    label: sceneLabel,
  };
}
