import type { TimelineItem } from '../model/items.js';
import type { TimelineLane } from '../model/types.js';
import type { ViewState } from '../layout/view.js';
import { prepareItems } from '../layout/prepare.js';
import type { PreparedItems } from '../layout/prepare.js';
import { LayoutLevels } from '../layout/levels.js';
import { countInRange, visibleIn } from '../layout/visible.js';
import type { Visible } from '../layout/visible.js';
import type { LevelLayout } from '../layout/layout.js';
import { clusterAt, clusterMembers, DEADLINE_BAND } from '../layout/cluster.js';
import type { Cluster } from '../layout/cluster.js';
import { LabelMeasure } from './label-measure.js';
import { relativeTime } from '../i18n/relative.js';

/** Height of one row of events, px (matches `--timeline-row-height`'s default). */
export const ROW_PX = 32;
/** Height of a lane's label line above its rows, px. */
export const LANE_HEADER_PX = 24;
/** Space after a label before the next box in its row, px. */
export const LABEL_GAP_PX = 14;
/** Width of a point marker plus the gap before its label, px. */
export const MARKER_PX = 12;
/** Width of a "+N" mark, px. */
export const CLUSTER_PX = 48;
/** Height of one row of the deadline band, px. */
export const BAND_ROW_PX = 26;
/** Space between a bar's start and its label, px (`.label` padding). */
const BAR_INSET_PX = 8;
/** Gap between a point marker and its label, px. */
const MARKER_GAP_PX = 6;
/** Padding after a label inside its mark, px. */
const END_PADDING_PX = 6;
/** Room for the "now" label, px. */
const NOW_LABEL_PX = 64;
/** A deadline label's padding (8 + 8), gap (6) and rounding, px. */
const RULE_LABEL_CHROME_PX = 24;
/** Rule labels are 0.85em and semi-bold: measured at the base font, scaled up for the weight. */
const RULE_FONT_SCALE = 0.85 * 1.08;
/** Narrowest bar drawn for a short range, px. */
const MIN_BAR_PX = 6;
/**
 * Marks this far outside the view (in view widths) stay rendered. Marks are redrawn in the same
 * frame as every pan, so a small margin does: each mark in the DOM costs in every frame.
 */
const OVERSCAN = 0.1;

/** An event mark to draw. */
export interface SceneMark {
  item: TimelineItem;
  row: number;
  /** Left edge in px from the plot's left (the start time). */
  x: number;
  /** Width of the whole box (bar or marker, plus label), px. */
  width: number;
  /** Width of the bar for ranges and coarse dates; null for point markers. */
  barWidth: number | null;
  /** Width of the faded end of a bar whose end is known only to the month or year, px. */
  fuzzyEnd: number;
  /** How far the label is pushed right to stay in view when the bar starts left of it, px. */
  labelShift: number;
  /** What the accessible name adds after the visible label (", 2 June 2020, Police"). */
  details: string;
  /** Whether this mark is the timeline's one Tab stop. */
  tabbable: boolean;
}

/** A "+N" mark standing for events that did not fit their lane's rows. */
export interface SceneCluster {
  /** `lane:first member's sorted position`: stable across zoom levels while the first member stays first. */
  key: string;
  row: number;
  x: number;
  count: number;
  start: number;
  end: number;
  label: string;
  /** Whether this mark holds the timeline's one Tab stop (the active event is inside it). */
  tabbable: boolean;
}

/** Something in the band above the lanes: a deadline (with its full-height rule), now, or a "+N" of deadlines. */
export interface SceneRule {
  kind: 'deadline' | 'now' | 'cluster';
  x: number;
  /** Where its label starts, px. */
  labelX: number;
  /** Row in the band. */
  row: number;
  item?: TimelineItem;
  cluster?: SceneCluster;
  label: string;
  tabbable: boolean;
}

export interface SceneLane {
  index: number;
  id: string | null;
  label: string;
  color: string | null;
  height: number;
  rows: number;
  marks: SceneMark[];
  clusters: SceneCluster[];
}

/** Everything the plot draws for one frame. */
export interface Scene {
  lanes: SceneLane[];
  rules: SceneRule[];
  /** Rows of the band above the lanes. */
  bandRows: number;
  /** How far the view has panned from the marks' origin, px: layers are drawn moved back by it. */
  shift: number;
}

export interface SceneOptions {
  items: TimelineItem[];
  lanes: TimelineLane[];
  view: ViewState;
  width: number;
  maxRows: number;
  now: number;
  defaultLaneLabel: string;
  locale: string;
  /** What an event's accessible name adds after its visible label: date, lane, kind. */
  describe: (item: TimelineItem) => string;
  /** Accessible name of a cluster. */
  describeCluster: (count: number, start: number, end: number) => string;
  /** The id of the event that holds the Tab stop. */
  tabStopId: string | null;
  /** An event (of `items`) whose mark must stay in the DOM even out of view (it has keyboard focus). */
  keep: TimelineItem | undefined;
  /** The "+N" mark that holds the Tab stop, when the active event is folded into one. */
  tabStopCluster: string | null;
  /** Changes whenever accessible labels would read differently (locale, strings, now). */
  labelsKey: string;
  /** A gesture or an animation is moving the view: a stand-in layout will do until it ends. */
  moving: boolean;
}

/**
 * Turns items and the current view into what to draw. Rows and clusters come from the layout
 * cached for the current zoom level (computed once per level, for all items, so they stay put
 * while panning); per frame only the marks in or near the view are positioned. It keeps the
 * element's layout caches; it needs no lifecycle hooks (nothing is scheduled), so it is a plain
 * object the element calls while rendering.
 */
export class SceneController {
  private readonly measure = new LabelMeasure();
  private prepared: PreparedItems | null = null;
  private levels: LayoutLevels | null = null;
  private preparedFrom: TimelineItem[] | null = null;
  private preparedKey = '';
  /** Rows each lane keeps, so lanes do not change height while zooming. */
  private laneRows: number[] = [];
  private deadlineRows = 0;
  /** Sorted position of each item (inverse of `prepared.order`). */
  private position: Int32Array | null = null;

  /** Forgets cached layouts (new data, or fonts changed). */
  reset(): void {
    this.prepared = null;
    this.levels = null;
    this.preparedFrom = null;
    this.position = null;
    this.drawn = null;
  }

  /**
   * Whether the item at time-order `index` gets its own mark (is not in a "+N" cluster) at
   * `msPerPx`; undefined before the first `compute`.
   */
  isPlaced(index: number, msPerPx: number): boolean | undefined {
    if (!this.prepared || !this.levels || !this.position) return undefined;
    const layout = this.levels.layoutAt(msPerPx);
    return layout.row[this.position[index]!]! >= 0;
  }

  /**
   * The key of the drawn "+N" mark that holds the item at time-order `index`, or null when the
   * item has its own mark. About what is on screen, so it reads the layout last drawn (while the
   * view moves, that may be a coarser stand-in for the exact level).
   */
  clusterKeyOf(index: number): string | null {
    const layout = this.drawn;
    if (!layout || !this.position) return null;
    const id = layout.clusterOf[this.position[index]!]!;
    return id < 0 ? null : clusterKey(clusterAt(layout.clusterTable, id));
  }

  /** Time-order indices of the events a drawn "+N" mark (by key) holds. */
  clusterMembers(key: string): number[] {
    const layout = this.drawn;
    if (!layout || !this.prepared) return [];
    const id = layout.clusterOf[Number(key.split(':')[1])]!;
    if (!(id >= 0)) return [];
    const cluster = clusterAt(layout.clusterTable, id);
    if (clusterKey(cluster) !== key) return [];
    return clusterMembers(layout.clusterOf, cluster).map((position) => this.prepared!.order[position]!);
  }

  /** How many events intersect [start, end) (after a `compute`). */
  countIn(start: number, end: number): number | undefined {
    return this.prepared ? countInRange(this.prepared, start, end) : undefined;
  }

  /** The prepared items (after a `compute`), for counting and level-of-detail queries. */
  get items(): PreparedItems | null {
    return this.prepared;
  }

  /** The scene for this frame. */
  compute(o: SceneOptions, font: string): Scene {
    this.measure.font = font;
    const laneCount = o.lanes.length + 1;
    this.ensurePrepared(o, font);
    const prepared = this.prepared!;
    const levels = this.levels!;
    const msPerPx = (o.view.end - o.view.start) / o.width;
    const layout = this.layoutFor(levels, msPerPx, o.moving);
    this.drawn = layout;
    const marginMs = (o.view.end - o.view.start) * OVERSCAN;
    const visible = visibleIn(prepared, layout, o.view, marginMs);
    const frame = this.frameFor(o.view.start, msPerPx, o.width);
    const { x, shift } = frame;
    const labels = this.labelsFor(o.labelsKey);
    const sceneLanes: SceneLane[] = [];
    for (let li = 0; li < laneCount; li++) {
      const declared = o.lanes[li];
      const laneLayout = layout.lanes[li];
      if (!declared && (!laneLayout || laneLayout.placed + laneLayout.clustered === 0)) continue;
      this.laneRows[li] = Math.max(this.laneRows[li] ?? 1, laneLayout?.rows ?? 1);
      sceneLanes.push({
        index: li,
        id: declared?.id ?? null,
        label: declared?.label ?? o.defaultLaneLabel,
        color: declared?.color ?? null,
        height: LANE_HEADER_PX + this.laneRows[li]! * ROW_PX + 4,
        rows: this.laneRows[li]!,
        marks: [],
        clusters: [],
      });
    }
    const laneByIndex = new Map(sceneLanes.map((l) => [l.index, l]));
    for (const p of visible.placed) {
      const item = o.items[prepared.order[p.index]!]!;
      laneByIndex.get(p.laneIndex)?.marks.push(this.mark(item, p.row, prepared.labelPx[p.index]!, frame, o, labels));
    }
    const rules: SceneRule[] = [];
    if (o.keep) {
      this.keep(o, laneByIndex, visible, layout, frame, labels);
      // Marks keep one order (time), so a kept mark that becomes visible is not moved in the
      // DOM (moving a focused element would drop its focus).
      for (const lane of sceneLanes) lane.marks.sort((a, b) => a.item.index - b.item.index);
      visible.deadlines.sort((a, b) => a.index - b.index);
    }
    for (const p of visible.deadlines) {
      const item = o.items[prepared.order[p.index]!]!;
      const rx = x(item.start);
      // The label starts at its rule, but slides left to stay inside the plot near the right edge.
      const labelWidth = prepared.labelPx[p.index]!;
      const inView = rx - shift;
      const labelX = inView + labelWidth > o.width && inView <= o.width ? Math.max(Math.min(inView, 0), o.width - labelWidth) + shift : rx;
      rules.push({ kind: 'deadline', x: rx, labelX, row: p.row, item, tabbable: item.id === o.tabStopId, label: this.details(item, o, labels) });
    }
    const clusterLabels = this.clusterLabelsFor(layout);
    let clusterTabStop = false;
    for (const c of visible.clusters) {
      let label = clusterLabels.get(c.id);
      if (label === undefined) {
        label = o.describeCluster(c.count, c.start, c.end);
        clusterLabels.set(c.id, label);
      }
      const key = clusterKey(c);
      // The "+N" mark holding the active event keeps the Tab stop while it is drawn.
      if (key === o.tabStopCluster) clusterTabStop = true;
      const cluster: SceneCluster = {
        key,
        tabbable: key === o.tabStopCluster,
        row: c.row,
        x: x(c.start),
        count: c.count,
        start: c.start,
        end: c.end,
        label,
      };
      if (c.laneIndex === DEADLINE_BAND) rules.push({ kind: 'cluster', x: cluster.x, labelX: cluster.x, row: c.row, cluster, tabbable: false, label: cluster.label });
      else laneByIndex.get(c.laneIndex)?.clusters.push(cluster);
    }
    this.deadlineRows = Math.max(this.deadlineRows, layout.deadlineBand.rows);
    if (o.now >= o.view.start && o.now <= o.view.end) {
      const nx = x(o.now);
      // The "now" label slides left to stay inside the plot near its right edge.
      rules.push({ kind: 'now', x: nx, labelX: Math.min(nx, shift + o.width - NOW_LABEL_PX), row: this.deadlineRows, tabbable: false, label: '' });
    }
    if (!clusterTabStop) ensureTabStop(sceneLanes, rules, shift);
    return {
      lanes: sceneLanes,
      rules,
      bandRows: this.deadlineRows + (rules.some((r) => r.kind === 'now') ? 1 : 0),
      shift,
    };
  }

  /**
   * The layout to draw at `msPerPx`: its own level when cached. While a gesture or an animation
   * moves the view, a missing level is not computed: the finest cached coarser one stands in (the
   * coarsest ever computed is always kept; a coarser layout never overlaps when zoomed in further,
   * it just folds more into "+N"), and the move's end draws the exact level. Otherwise the level
   * is computed now (a few ms at 100,000 events), so a single move is drawn once, exactly.
   */
  private layoutFor(levels: LayoutLevels, msPerPx: number, moving: boolean): LevelLayout {
    return (moving && levels.bestCachedLayout(msPerPx)) || levels.layoutAt(msPerPx);
  }

  /** The layout of the last frame drawn. */
  private drawn: LevelLayout | null = null;

  /**
   * Where marks are drawn: at px from a fixed origin time, kept while only panning, so a pan
   * moves one transform per layer instead of restyling every mark. A zoom (new msPerPx) or a
   * pan far from the origin starts a new one.
   */
  private frameFor(viewStart: number, msPerPx: number, width: number): Frame {
    let shift = (viewStart - this.origin) / msPerPx;
    if (msPerPx !== this.originMsPerPx || !(Math.abs(shift) < MAX_SHIFT_PX)) {
      this.origin = viewStart;
      this.originMsPerPx = msPerPx;
      shift = 0;
    }
    const origin = this.origin;
    return { x: (t) => (t - origin) / msPerPx, shift, msPerPx, width };
  }

  private origin = 0;
  private originMsPerPx = 0;

  /** Accessible details per item, made once per locale, strings and now (at most about 10,000 kept). */
  private labelsFor(key: string): Map<TimelineItem, string> {
    // Panning through 100,000 events would otherwise keep a label for every one seen.
    if (key !== this.labelsKey || this.itemLabels.size > MAX_CACHED_LABELS) {
      this.labelsKey = key;
      this.itemLabels = new Map();
      this.clusterLabels = new WeakMap();
    }
    return this.itemLabels;
  }

  private details(item: TimelineItem, o: SceneOptions, labels: Map<TimelineItem, string>): string {
    let text = labels.get(item);
    if (text === undefined) {
      text = o.describe(item);
      labels.set(item, text);
    }
    return text;
  }

  /** Cluster labels of `layout`, made with the strings of the last {@link labelsFor}. */
  private clusterLabelsFor(layout: LevelLayout): Map<number, string> {
    let labels = this.clusterLabels.get(layout);
    if (!labels) this.clusterLabels.set(layout, (labels = new Map()));
    return labels;
  }

  private labelsKey = '';
  private itemLabels = new Map<TimelineItem, string>();
  private clusterLabels = new WeakMap<LevelLayout, Map<number, string>>();

  /** Adds the focused event to what is drawn when it is out of view, so focus is never lost. */
  private keep(o: SceneOptions, lanes: Map<number, SceneLane>, visible: Visible, layout: LevelLayout, frame: Frame, labels: Map<TimelineItem, string>): void {
    const item = o.keep!;
    const index = item.index;
    const position = this.position![index]!;
    if (item.kind === 'deadline') {
      if (!visible.deadlines.some((p) => p.index === position)) {
        visible.deadlines.push({ id: item.id, index: position, itemIndex: index, laneIndex: item.laneIndex, deadline: true, row: Math.max(0, layout.row[position]!), x0Ms: item.start, x1Ms: item.end });
      }
      return;
    }
    const lane = lanes.get(item.laneIndex);
    if (!lane || lane.marks.some((m) => m.item === item)) return;
    const row = layout.row[position]!;
    lane.marks.push(this.mark(item, row >= 0 ? row : Math.max(0, lane.rows - 1), this.prepared!.labelPx[position]!, frame, o, labels));
  }

  private ensurePrepared(o: SceneOptions, font: string): void {
    // Deadline labels read "in 27 days": they change with the day of `now` and the locale.
    const key = `${font}|${o.maxRows}|${o.locale}|${Math.floor(o.now / 86_400_000)}`;
    if (this.preparedFrom === o.items && this.preparedKey === key && this.prepared) return;
    this.preparedFrom = o.items;
    this.preparedKey = key;
    this.prepared = prepareItems(o.items, (item) => this.labelWidth(item, o));
    this.levels = new LayoutLevels(this.prepared, {
      maxRows: o.maxRows,
      deadlineRows: 2,
      markerPx: MARKER_PX / 2,
      paddingPx: LABEL_GAP_PX,
      clusterPx: CLUSTER_PX,
    });
    this.laneRows = [];
    this.deadlineRows = 0;
    const position = new Int32Array(this.prepared.n);
    this.prepared.order.forEach((input, sorted) => (position[input] = sorted));
    this.position = position;
  }

  /**
   * Width of an event's mark from its start, as the CSS draws it: for points half the marker,
   * a gap, the text and the end padding; for bars the inset, the text and the end padding.
   */
  private labelWidth(item: TimelineItem, o: SceneOptions): number {
    const text = this.measure.width(item.event.approximate ? `c. ${item.event.title}` : item.event.title);
    if (item.kind === 'deadline') {
      // Title, gap and relative time ("in 27 days") in the smaller, bold rule-label font.
      const relative = this.measure.width(relativeTime(item.start, o.now, o.locale));
      return Math.ceil((text + relative) * RULE_FONT_SCALE) + RULE_LABEL_CHROME_PX;
    }
    return Math.ceil(text) + (item.isRange ? BAR_INSET_PX + END_PADDING_PX : MARKER_PX / 2 + MARKER_GAP_PX + END_PADDING_PX) + 2;
  }

  /** `labelPx`: the label's width as measured once when the items were prepared. */
  private mark(item: TimelineItem, row: number, labelPx: number, frame: Frame, o: SceneOptions, labels: Map<TimelineItem, string>): SceneMark {
    const { x, shift, msPerPx, width } = frame;
    const x0 = x(item.start);
    let left = x0;
    let barWidth: number | null = null;
    let fuzzyEnd = 0;
    let labelShift = 0;
    if (item.isRange) {
      const barEnd = x0 + Math.max(MIN_BAR_PX, (item.end - item.start) / msPerPx);
      // Bars are cut to the view and its overscan: a year-long range at an hour's zoom would
      // otherwise be millions of pixels wide.
      const overscan = width * OVERSCAN + labelPx;
      left = Math.max(x0, shift - overscan);
      const right = Math.min(barEnd, shift + width + overscan);
      barWidth = Math.max(MIN_BAR_PX, right - left);
      if (item.endDate && !FINE.has(item.endDate.precision) && right === barEnd) {
        fuzzyEnd = Math.min(barWidth / 2, (item.endDate.end - item.endDate.start) / msPerPx);
      }
      // A bar that starts left of the view keeps its label readable at the view's edge.
      if (x0 < shift && barEnd - shift > labelPx) labelShift = Math.min(shift, barEnd - labelPx) - left;
    }
    return {
      item,
      row,
      x: left,
      width: Math.max(barWidth ?? 0, labelPx + labelShift),
      barWidth,
      fuzzyEnd,
      labelShift,
      details: this.details(item, o, labels),
      tabbable: item.id === o.tabStopId,
    };
  }
}

/** How positions are computed for one frame. */
interface Frame {
  /** Px of a time from the origin. */
  x: (t: number) => number;
  /** How far the view has panned from the origin, px (the layers are moved back by this). */
  shift: number;
  msPerPx: number;
  width: number;
}

/** Accessible details kept for events drawn before; past this the cache starts afresh. */
const MAX_CACHED_LABELS = 10_000;

/** A pan this far from the origin starts a new one (keeps coordinates small). */
const MAX_SHIFT_PX = 20_000;

/** A "+N" mark's key: its lane and its first member's sorted position, so it stays while zooming splits the cluster. */
function clusterKey(c: Cluster): string {
  return `${c.laneIndex}:${c.firstIndex}`;
}

const FINE = new Set(['day', 'minute', 'second']);

/** Keeps the timeline one Tab stop: when the active event is not drawn, the first drawn one takes it. */
function ensureTabStop(lanes: SceneLane[], rules: SceneRule[], shift: number): void {
  let first: SceneMark | SceneRule | undefined;
  for (const lane of lanes) {
    for (const m of lane.marks) {
      if (m.tabbable) return;
      if (m.x >= shift && (!first || m.item.index < (first as SceneMark).item.index)) first = m;
    }
  }
  if (rules.some((r) => r.tabbable)) return;
  first ??= rules.find((r) => r.kind === 'deadline');
  if (first) first.tabbable = true;
}
