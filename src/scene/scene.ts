/**
 * `buildScene`: items, the zoom level's layout, the view, the plot's size, the metrics and a text
 * measure in; a {@link Scene} out. Pure: no DOM, no caches, nothing kept between calls (the
 * caller keeps the layout levels and the rows each lane has grown to).
 */
import { clusterKey } from './cluster-key.js';
import type { TimelineItem } from '../model/items.js';
import type { TimelineLane } from '../model/types.js';
import type { ViewState } from '../layout/view.js';
import type { PreparedItems } from '../layout/prepare.js';
import type { LevelLayout } from '../layout/layout.js';
import { visibleIn } from '../layout/visible.js';
import { clusterMembers, DEADLINE_BAND } from '../layout/cluster.js';
import { sharedTimeScale } from '../layout/scale.js';
import type { Metrics } from './metrics.js';
import { bandHeight, laneHeight } from './metrics.js';
import { sceneAxis } from './axis.js';
import { placeMarks } from './marks.js';
import type { MarkContext, MarkSlot, Obstacle } from './marks.js';
import { deadlineRules, placeRule } from './rules.js';
import { unitOf } from './reveal.js';
import { bucketUnit, showsStrip, stripTable } from '../layout/strip.js';
import { weekStart } from '../time/week-start.js';
import { placeStrip } from './strip.js';
import type { Measure, Scene, SceneCluster, SceneLane, SceneRule } from './types.js';
import { formatNumber } from '../i18n/numbers.js';

/** Marks this far outside the view (in view widths) are placed too, so a pan never shows a gap. */
export const OVERSCAN = 0.1;

/** The most a point is drawn after its start: half a day (its date's unit is a day or finer; see `TimelineItem.at`). */
const POINT_DRAWN_AFTER_MS = 12 * 3_600_000;

/** What a scene is built from. */
export interface SceneInput {
  /** The events shown, in time order (`index` is the position). */
  readonly items: readonly TimelineItem[];
  /** The same items as typed arrays (`prepareItems(items, …)`). */
  readonly prepared: PreparedItems;
  /** The layout of the zoom level to draw (its own, or a coarser one standing in). */
  readonly layout: LevelLayout;
  /** The document's lanes; the default lane (for events without one) comes after them. */
  readonly lanes: readonly TimelineLane[];
  /** The default lane's label. */
  readonly defaultLaneLabel: string;
  /** Rows each lane shows (at least what the layout needs; a lane never shrinks while zooming). */
  readonly laneRows: readonly number[];
  /** Rows of the deadline band. */
  readonly bandRows: number;
  /**
   * Whether the band keeps a row for the "now" rule's label: when the view can reach `now`, so the
   * plot keeps one height while the reader pans to it and away.
   */
  readonly nowRow: boolean;
  readonly view: ViewState;
  readonly width: number;
  readonly rtl: boolean;
  readonly metrics: Metrics;
  readonly measure: Measure;
  readonly locale: string;
  /** The reference "now", UTC ms, and what its label says ("Now", "Article published", a date). */
  readonly now: number;
  readonly nowLabel: string;
  /** An event whose mark must be in the scene even out of view (it has keyboard focus). */
  readonly keep?: TimelineItem;
  /** The selected event (its card is open): beside a strip its mark is drawn even where the view's end cuts its title. */
  readonly selected?: TimelineItem;
  /** Whether dense lanes may show density strips: not at the finest zoom, where a bucket could not be opened (a "+N" lists its events). Default true. */
  readonly strips?: boolean;
  /** Lanes that showed a strip in the last frame drawn with this same layout: they keep it down to half the threshold. */
  readonly stripped?: ReadonlySet<number>;
  /**
   * A scene drawn wider than the plot, to slide under it while the reader pans (see
   * `SlideController`), decides as the plot's own scene of `like.view` did: the lanes in
   * `like.strips` show strips and no others, and the band keeps the "now" row only when that view
   * holds "now", and the axis keeps its level, `axisKey` (counted over the wider view, a lane could
   * turn into a strip, the band grow a row or the axis change its labels the moment the slide
   * starts).
   */
  readonly like?: { readonly view: ViewState; readonly strips: ReadonlySet<number>; readonly axisKey: string };
}

/** Builds the scene for one frame. */
export function buildScene(input: SceneInput): Scene {
  const { items, prepared, layout, view, width, rtl, metrics: m, measure, locale } = input;
  const scale = sharedTimeScale(view, width, rtl);
  const span = view.end - view.start;
  // From half a day earlier too: a point is drawn up to that far after its start (the middle of
  // its day), and at a zoom of hours its marker is in view while its laid-out box is not.
  const visible = visibleIn(prepared, layout, { start: view.start - POINT_DRAWN_AFTER_MS, end: view.end }, span * OVERSCAN);
  const itemAt = (position: number) => items[prepared.order[position]!]!;

  const bandTop = m.axisPx;
  const shown = input.like?.view ?? view;
  const nowInView = input.now >= shown.start && input.now <= shown.end;
  const bandRows = input.bandRows + (input.nowRow || nowInView ? 1 : 0);
  const bandPx = bandHeight(m, bandRows);

  // Events folded into "+N" marks starting in view, per lane: too many, and the lane's "+N" row
  // becomes its density strip (the rule is `showsStrip`'s).
  const folded = new Map<number, number>();
  // Where the folded events start, first and last (the rule wants them across a few buckets).
  const starts = new Map<number, { first: number; last: number }>();
  for (const c of visible.clusters) {
    if (c.laneIndex !== DEADLINE_BAND && c.start >= view.start && c.start < view.end) {
      folded.set(c.laneIndex, (folded.get(c.laneIndex) ?? 0) + c.count);
      const span = starts.get(c.laneIndex);
      const last = itemAt(c.lastIndex).start;
      starts.set(c.laneIndex, { first: Math.min(span?.first ?? c.start, c.start), last: Math.max(span?.last ?? last, last) });
    }
  }
  const bucketMs = bucketUnit(layout.msPerPx, 0, prepared.finestBucketMs).ms;
  const spread = (li: number) => {
    const span = starts.get(li);
    return span ? span.last - span.first : 0;
  };

  // Lanes: every declared lane, and the default lane when it has events.
  const laneCount = input.lanes.length + 1;
  const lanes: Array<{ index: number; top: number; rows: number; stripRow: number; slots: MarkSlot[]; obstacles: Obstacle[]; clusters: SceneCluster[] }> = [];
  const laneOf = new Map<number, (typeof lanes)[number]>();
  let top = bandTop + bandPx;
  for (let li = 0; li < laneCount; li++) {
    const rowsOfLayout = layout.lanes[li];
    if (li === input.lanes.length && (!rowsOfLayout || rowsOfLayout.placed + rowsOfLayout.clustered === 0)) continue;
    const rows = Math.max(1, input.laneRows[li] ?? 1, rowsOfLayout?.rows ?? 1);
    const dense = input.like ? input.like.strips.has(li) : showsStrip(folded.get(li) ?? 0, rowsOfLayout?.rows ?? 1, input.stripped?.has(li), spread(li), bucketMs);
    const stripRow = input.strips !== false && rowsOfLayout && rowsOfLayout.clusterRow >= 0 && dense ? rowsOfLayout.clusterRow : -1;
    const lane = { index: li, top, rows, stripRow, slots: [], obstacles: [], clusters: [] };
    lanes.push(lane);
    laneOf.set(li, lane);
    top += laneHeight(m, rows);
  }
  const rowTop = (lane: { top: number }, row: number) => lane.top + m.laneHeaderPx + row * m.rowPx;

  for (const p of visible.placed) {
    const lane = laneOf.get(p.laneIndex);
    // A lone event placed in the "+N" row gives way to the strip, which counts it.
    // Beside a strip, the other events are a sample (the focused and the selected one are always drawn).
    if (lane && p.row !== lane.stripRow) {
      const item = itemAt(p.index);
      lane.slots.push({ item, row: p.row, rowTop: rowTop(lane, p.row), sampled: lane.stripRow >= 0 && item !== input.keep && item !== input.selected });
    }
  }
  const inline = (px: number) => (rtl ? width - px : px);
  const bandClusters: SceneCluster[] = [];
  for (const c of visible.clusters) {
    const lane = c.laneIndex === DEADLINE_BAND ? null : laneOf.get(c.laneIndex);
    if (c.laneIndex !== DEADLINE_BAND && (!lane || lane.stripRow >= 0)) continue;
    // A cluster of one (a range whose bar runs on over later marks) is drawn as the event itself.
    if (c.count === 1 && lane) {
      const [only] = clusterMembers(layout.clusterOf, c);
      if (only !== undefined) {
        lane.slots.push({ item: itemAt(only), row: c.row, rowTop: rowTop(lane, c.row) });
        continue;
      }
    }
    const text = `+${formatNumber(c.count, locale)}`;
    const w = Math.max(m.clusterPx, Math.ceil(measure(text, 'cluster')) + 2 * m.barInsetPx);
    const start = inline(scale(c.start));
    const [left, right] = rtl ? [width - start - w, width - start] : [start, start + w];
    const cluster: SceneCluster = {
      key: clusterKey(c.laneIndex, c.firstIndex),
      laneIndex: c.laneIndex,
      row: c.row,
      left,
      right,
      top: lane ? rowTop(lane, c.row) + (m.rowPx - m.markPx) / 2 : bandTop + c.row * m.bandRowPx + 1,
      height: lane ? m.markPx : m.ruleLabelPx,
      count: c.count,
      start: c.start,
      end: c.end,
      text,
    };
    if (lane) {
      lane.clusters.push(cluster);
      lane.obstacles.push({ row: c.row, start, end: start + w });
    } else bandClusters.push(cluster);
  }

  // The focused event, drawn when the layout left it out; after the lone "+N" marks, which are
  // drawn as their event (pushed again, one id had two buttons and Lit's keyed list threw on them).
  if (input.keep && input.keep.kind !== 'deadline') {
    const lane = laneOf.get(input.keep.laneIndex);
    if (lane && !lane.slots.some((s) => s.item === input.keep)) {
      const row = Math.max(0, Math.min(lane.rows - 1, layout.row[input.keep.index] ?? lane.rows - 1));
      // In a lane showing its strip, an event folded into it is not drawn: its bucket stands for it.
      if (lane.stripRow < 0 || (row !== lane.stripRow && layout.row[input.keep.index]! >= 0)) lane.slots.push({ item: input.keep, row, rowTop: rowTop(lane, row) });
    }
  }

  const context: MarkContext = { scale, width, rtl, metrics: m, measure, overscanPx: width * OVERSCAN };
  const strips = lanes.some((l) => l.stripRow >= 0) ? stripTable(prepared, layout, weekStart(input.locale)) : null;
  const sceneLanes: SceneLane[] = lanes.map((lane) => {
    const declared = input.lanes[lane.index];
    lane.slots.sort((a, b) => a.item.index - b.item.index);
    return {
      index: lane.index,
      id: declared?.id ?? null,
      label: declared?.label ?? input.defaultLaneLabel,
      color: declared?.color ?? null,
      top: lane.top,
      height: laneHeight(m, lane.rows),
      rows: lane.rows,
      marks: placeMarks(lane.slots, lane.obstacles, context),
      clusters: lane.clusters,
      strip:
        strips && lane.stripRow >= 0
          ? placeStrip(strips.lanes[lane.index]!, {
              laneIndex: lane.index,
              row: lane.stripRow,
              top: rowTop(lane, lane.stripRow) + (m.rowPx - m.markPx) / 2,
              height: m.markPx,
              view,
              overscanMs: span * OVERSCAN,
              unit: strips.unit,
              scale,
            })
          : null,
    };
  });

  const deadlines = visible.deadlines.map((p) => ({ item: itemAt(p.index), row: p.row }));
  const keep = input.keep;
  if (keep && keep.kind === 'deadline' && !deadlines.some((d) => d.item === keep)) {
    deadlines.push({ item: keep, row: Math.max(0, layout.row[keep.index] ?? 0) });
    deadlines.sort((a, b) => a.item.index - b.item.index);
  }
  const rules: SceneRule[] = deadlineRules(deadlines, bandClusters, bandTop, input.now, locale, context);
  // "Now" has a band row of its own, under the deadlines' labels, which their rules run down through.
  const deadlineXs = rules.map((r) => (rtl ? width - r.x : r.x));
  // (A wider scene's margins draw it where the band keeps its row.)
  if (input.now >= view.start && input.now <= view.end && (input.nowRow || nowInView)) rules.push(placeRule('now', null, input.now, input.nowLabel, '', bandTop + input.bandRows * m.bandRowPx + 1, context, -Infinity, deadlineXs));

  // The axis labels no finer than the finest date in view is known to (days for dates known to
  // the day), unless the reader zooms in so far that fewer than three such units show.
  let unitMs = Infinity;
  for (const lane of lanes) for (const slot of lane.slots) unitMs = Math.min(unitMs, unitOf(slot.item.startDate.precision));
  // Events folded into a "+N" are in view too (a view may show nothing else, as after opening a
  // "+N" of one day): its first and last members stand for it, as it may hold thousands.
  const unitAt = (position: number) => unitOf(itemAt(position).startDate.precision);
  for (const c of visible.clusters) unitMs = Math.min(unitMs, unitAt(c.firstIndex), unitAt(c.lastIndex));
  // A view with no event in it (between two stretches of events) goes no finer than the finest
  // date of all of them: three empty days of day-dated events were labelled with hours.
  if (!Number.isFinite(unitMs)) unitMs = input.prepared.finestUnitMs ?? Infinity;
  return {
    view,
    scale,
    width,
    height: top,
    rtl,
    metrics: m,
    axis: sceneAxis(scale, width, rtl, locale, m, measure, Number.isFinite(unitMs) ? unitMs : undefined, input.now, input.like?.axisKey),
    band: { top: bandTop, height: bandPx, rows: bandRows, clusters: bandClusters },
    lanes: sceneLanes,
    rules,
  };
}
