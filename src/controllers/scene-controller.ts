import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimelineItem } from '../model/items.js';
import type { PreparedItems } from '../layout/prepare.js';
import { LayoutLevels, levelMsPerPx, levelOf } from '../layout/levels.js';
import { MAX_LANE_ROWS, rowsNeededWork, shareRows } from '../layout/rows.js';
import { clusterKey, parseClusterKey } from '../scene/cluster-key.js';
import { countInRange, countStartingIn } from '../layout/visible.js';
import type { LevelLayout } from '../layout/layout.js';
import { clusterAt, clusterMembers } from '../layout/cluster.js';
import { stepBucket, stripTable } from '../layout/strip.js';
import { weekStart } from '../time/week-start.js';
import { clampView, DAY, msPerPx } from '../layout/view.js';
import type { ViewState } from '../layout/view.js';
import { buildScene } from '../scene/scene.js';
import { labelRoomEnd, MAX_LABEL_ROOM } from '../scene/label-room.js';
import type { Metrics } from '../scene/metrics.js';
import { bandHeight, laneHeight } from '../scene/metrics.js';
import { prepareForSceneWork, stackOptions } from '../scene/prepare.js';
import { phase, type Progress, type Work } from '../model/work.js';
import { atOnceFor, Slices } from './slices.js';
import type { Scene } from '../scene/types.js';
import type { DocumentController } from './document-controller.js';
import type { ViewportController } from './viewport-controller.js';
import type { ThemeController } from './theme-controller.js';
import type { LocaleController } from './locale-controller.js';

/** What the scene is built from besides the controllers it reads. */
export interface SceneOptions {
  /** The plot's width, px (0 before it is measured). */
  width(): number;
  /** "Now", UTC ms. */
  now(): number;
  /** What the "now" rule's label says. */
  nowLabel(): string;
  /** An event whose mark must stay drawn even out of view (it has keyboard focus). */
  keep(): TimelineItem | undefined;
  /** The selected event: drawn even where it would be left out of a strip lane's sample (see `MarkSlot.sampled`). */
  selected(): TimelineItem | undefined;
  /** Most rows of events in a lane before the rest fold into "+N" marks; null for as many as fit. */
  maxRows(): number | null;
  /**
   * The height the plot may take, px: `cap` when the element sizes itself to its content (the
   * `--timeline-max-height` less the toolbar and overview), or the height the page gave it.
   */
  room(): { cap: number; fixed: number | null };
  /** The overlay must follow every frame (keyboard focus is in the plot). */
  live(): boolean;
  /**
   * Whether the plot is what shows the document: not the vertical reading, the list or paper, nor
   * hidden (`display: none`). Out of the page it is, once back (its size is not known meanwhile).
   */
  plotted(): boolean;
}

/**
 * Keeps what scenes are built from between frames: the items as typed arrays, their layouts per
 * zoom level (computed once per level, for all items, so rows and "+N" marks stay put while
 * panning), and how many rows each lane gets. Rows fit the story: each lane gets the rows its
 * events need in the view shown first (so none folds into "+N"), as long as the plot's room
 * allows; beyond it the room is shared (see `shareRows`). The rows stay while the reader zooms,
 * so lanes do not jump; a new document, width, font or room shares them out again. Before each
 * render it builds the frame's {@link Scene} with `buildScene`.
 *
 * Large documents are arranged a slice at a time between frames (`progress` says how far), and a
 * zoom level that takes long to lay out is computed in slices while the nearest coarser level
 * stands in (it never overlaps; it folds a little more into "+N" for a few frames).
 *
 * Two scenes: `scene` is this frame's, which the canvas paints; `overlay` is what the DOM overlay
 * (focusable buttons for keyboards and screen readers) shows. Until the view rests (a gesture, an
 * animation, quick scripted moves, or a single move, which may be a burst's first) the overlay
 * keeps the last settled scene, unless focus is in the plot, so a frame costs a canvas paint and
 * no DOM work; pointer hits are tested against `scene`.
 */
export class SceneController implements ReactiveController {
  scene: Scene | null = null;
  overlay: Scene | null = null;
  #prepared: PreparedItems | null = null;
  #levels: LayoutLevels | null = null;
  #preparedFrom: TimelineItem[] | null = null;
  #preparedKey = '';
  #laneRows: number[] = [];
  #bandRows = 0;
  #nowRow = false;
  /** What the rows were shared for. */
  #sharedFor = '';
  /** Rows each shown lane and the deadline band need (at the view shown when they were counted), and for what. */
  #needed: { lanes: number[]; band: number } | null = null;
  #neededFor = '';
  /** The plot's height when the element sizes itself to its content (the rows it needs, within the cap). */
  autoHeight = 0;
  /** The layout of the last frame built. */
  #drawn: LevelLayout | null = null;
  /** The items the overlay's scene was built from. */
  #overlayFrom: TimelineItem[] | null = null;
  /** Measuring and ordering a large document's events, counting their rows: what for. */
  readonly #arranging = new Slices();
  #arrangingFor = '';
  /** A zoom level laid out in slices, and which. */
  readonly #leveling = new Slices();
  /** The widest view's level, laid out in the background so that it can stand in (see {@link #standInLater}). */
  readonly #standIn = new Slices();
  #levelingFor = '';
  readonly #host: ReactiveControllerHost;

  readonly #document: DocumentController;
  readonly #viewport: ViewportController;
  readonly #theme: ThemeController;
  readonly #locale: LocaleController;
  readonly #options: SceneOptions;

  constructor(
    host: ReactiveControllerHost,
    document: DocumentController,
    viewport: ViewportController,
    theme: ThemeController,
    locale: LocaleController,
    options: SceneOptions,
  ) {
    this.#host = host;
    this.#document = document;
    this.#viewport = viewport;
    this.#theme = theme;
    this.#locale = locale;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    // Back in the page: what was cut short out of it is arranged again from the next render.
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    // Out of the page nothing is arranged on: the next render back in the page starts again.
    this.#arranging.cancel();
    this.#leveling.cancel();
    this.#standIn.cancel();
    clearTimeout(this.#restTimer);
    this.#restTimer = undefined;
    this.#arrangingFor = '';
    this.#levelingFor = '';
  }

  hostUpdate(): void {
    this.build();
  }

  /** Builds this frame's scene (and the overlay's, once the view rests or while focus is in the plot). */
  build(): Scene | null {
    const items = this.#document.items;
    const width = this.#options.width();
    if (width <= 0 || !items.length || !this.#viewport.limits) return this.#nothingYet();
    const metrics = this.#theme.metrics;
    const now = this.#options.now();
    if (!this.#prepare(items, metrics, now)) return this.#nothingYet();
    // A view as fitted makes room for its labels again for new labels, a new width or font.
    if (this.#roomFor.prepared !== this.#prepared || this.#roomFor.width !== width) {
      this.#roomFor = { prepared: this.#prepared, width };
      this.#viewport.refit();
    }
    let view = this.#viewport.range;
    // Read once: a level and the overlay decide on the same moment (near the boundary, the level
    // could wait while the overlay followed the stand-in, and be built again 120 ms later).
    const restsIn = this.#viewport.restsIn;
    let layout = this.#share(metrics, msPerPx(view, width), width, now) && this.#layoutFor(msPerPx(view, width), restsIn);
    if (!layout) return this.#nothingYet();
    const stripped = layout === this.#drawn && this.scene ? new Set(stripLanes(this.scene)) : undefined;
    this.scene = this.#compose(items, layout, view, width, now, stripped);
    // Labels cut by a fitted view's end: the end moves later until they are whole. Only where a
    // zoom level is laid out at once: a larger document's first view is dense (strips, "+N"), and
    // a new zoom would be laid out in slices behind a second progress bar.
    const small = items.length <= LEVEL_AT_ONCE_EVENTS;
    const fitted = small ? this.#viewport.fittedView : null;
    if (fitted && this.#viewport.makeRoom(this.#roomEndFor(items, view, fitted, width, now, this.scene))) {
      view = this.#viewport.range;
      // The lanes' rows are counted again at the new zoom (and the "now" row for the new bounds).
      this.#neededFor = this.#sharedFor = '';
      layout = this.#share(metrics, msPerPx(view, width), width, now) && this.#layoutFor(msPerPx(view, width), restsIn);
      if (!layout) return this.#nothingYet();
      this.scene = this.#compose(items, layout, view, width, now, undefined);
    }
    // The data's "Show all" view gets its room made now, off screen, so that "Show all" moves once.
    const wanted = small ? this.#viewport.roomWanted : null;
    if (wanted) this.#viewport.keepRoom(wanted, this.#roomEndFor(items, wanted, wanted, width, now));
    this.#drawn = layout;
    // Only moves of the view wait: new data, a new width or new metrics are shown at once. A
    // single move waits too, as it may be a burst's first: the buttons are seen only as a focus
    // ring (the pointer hit-tests the drawing), and building and naming them took 2–4 ms of a
    // 1,000-event zoom's first frame, 5–10 ms at 100,000. Not while focus is in the plot: the
    // focused mark and its ring follow every move.
    const same = this.overlay && this.#overlayFrom === items && this.overlay.width === width && this.overlay.metrics === metrics;
    if (restsIn === 0 || !same || this.#options.live()) {
      this.overlay = this.scene;
      this.#overlayFrom = items;
    }
    if (this.overlay !== this.scene || this.#deferred || this.#standInWaits) this.#restLater(restsIn);
    return this.scene;
  }

  /** What the view and the width last made room for labels for (see {@link build}). */
  #roomFor: { prepared: PreparedItems | null; width: number } = { prepared: null, width: 0 };

  /**
   * How late `view` (fitted as `fitted`) must end for the labels cut at its end to be whole, from
   * its scene (`scene` when already built) and, twice more at most, from scenes built for the later
   * end and not drawn: a later end is a coarser zoom, where rows may hold other events.
   */
  #roomEndFor(items: TimelineItem[], view: ViewState, fitted: ViewState, width: number, now: number, scene?: Scene): number {
    const prepared = this.#prepared!;
    const limit = fitted.end + (fitted.end - fitted.start) * MAX_LABEL_ROOM;
    let at = view;
    for (let tries = 0; tries < 3; tries++) {
      const drawn = (tries === 0 && scene) || this.#compose(items, this.#levels!.layoutAt(msPerPx(at, width)), at, width, now, undefined, false);
      const end = labelRoomEnd(drawn, at, limit, (i) => prepared.labelPx[i]!);
      if (!(end > at.end + msPerPx(at, width) / 2)) break;
      at = { start: at.start, end };
    }
    return at.end;
  }

  /**
   * `view`, as the viewport will clamp it, ended later where that makes the labels its end would
   * cut whole, as a fitted view's end is (half its span later at most, and no later than the
   * data's bounds): opening a "+N" near the end zoomed to its events and cut their titles
   * ("Microsoft…"). The clamped view itself for a larger document (see {@link build}), before the
   * first scene, when the later end would zoom out past the view shown now, or when that coarser
   * zoom would fold any of `kept` (time-order indices) into a "+N" again.
   */
  withLabelRoom(view: ViewState, kept: readonly number[]): ViewState {
    const items = this.#document.items;
    const width = this.#options.width();
    const { limits, range } = this.#viewport;
    if (!limits) return view;
    const at = clampView(view, limits);
    if (!this.placing || width <= 0 || items.length > LEVEL_AT_ONCE_EVENTS) return at;
    const end = Math.min(this.#roomEndFor(items, at, at, width, this.#options.now()), limits.bounds.end);
    const later = { start: at.start, end };
    if (!(end > at.end) || end - at.start >= range.end - range.start) return at;
    return kept.every((i) => this.isPlaced(i, msPerPx(later, width)) !== false) ? later : at;
  }

  /** Nothing to draw (yet: a large document is arranged while the element shows `progress`). */
  #nothingYet(): null {
    // The last scene composed goes too: it holds the document it was drawn from.
    this.scene = this.overlay = this.#composed = null;
    return null;
  }

  /**
   * The last scene composed and what it was composed from: a render that changes none of it (the
   * gesture's end, the live region's words) keeps that scene, and the canvas is not painted again.
   */
  #composed: { from: unknown[]; inputs: unknown[]; now: number; scene: Scene; strips: string; strippedKey: string | undefined } | null = null;

  /**
   * The scene of `view` drawn from `layout`. `keep`: it is the scene drawn, kept for the next render
   * to reuse (a trial scene for a later end, see {@link #roomEndFor}, must not replace it).
   */
  #compose(items: TimelineItem[], layout: LevelLayout, view: ViewState, width: number, now: number, stripped: ReadonlySet<number> | undefined, keep = true): Scene {
    const kept = this.#inputs(items, layout, width);
    const last = this.#composed;
    // Lanes told to keep the strips the last scene drew, from the same inputs, draw that scene
    // again (a lane above the threshold stays above half of it; one below it is judged as before):
    // the same key. The frame after a first drawing is told its strips for the first time, and
    // composed a scene of its own, which the overlay, waiting for the view to rest, did not follow
    // (a render more at rest: a 10,000-event mount settled 60–90 ms after its first paint).
    const strips = stripped && [...stripped].join();
    const strippedKey = strips !== undefined && strips === last?.strips ? last.strippedKey : strips;
    // The words too: the overlay's buttons are named under a guard on the scene (see `renderPlot`).
    const inputs = [...Object.values(kept), this.#locale.strings];
    const from = [...inputs, view.start, view.end, strippedKey];
    // The real "now" moves on every frame: the same scene while its rule moves less than a
    // quarter px and its day (the deadlines' "in 27 days") stays.
    const sameNow = last && Math.abs(now - last.now) < msPerPx(view, width) / 4 && Math.floor(now / DAY) === Math.floor(last.now / DAY);
    if (sameNow && from.every((v, i) => v === last.from[i])) return last.scene;
    const scene = buildScene({ ...kept, view, now, stripped });
    if (keep) this.#composed = { from, inputs, now, scene, strips: stripLanes(scene).join(), strippedKey };
    return scene;
  }

  /** What a scene is built from besides the view, "now" and `stripped`: kept by identity. */
  #inputs(items: TimelineItem[], layout: LevelLayout, width: number) {
    return {
      items,
      prepared: this.#prepared!,
      layout,
      lanes: this.#document.lanes,
      defaultLaneLabel: this.#locale.strings.defaultLane,
      laneRows: this.#laneRows,
      bandRows: this.#bandRows,
      nowRow: this.#nowRow,
      width,
      rtl: this.#locale.rtl,
      metrics: this.#theme.metrics,
      measure: this.#theme.measure,
      locale: this.#locale.locale,
      nowLabel: this.#options.nowLabel(),
      keep: this.#options.keep(),
      selected: this.#options.selected(),
      strips: this.#viewport.canZoomIn,
    };
  }

  /**
   * What the scene shown was composed from but its view, "now" and strips (compared by identity),
   * or null when it is not the last composed: a drawing made while these were the same fits any
   * view at the same zoom (see `SlideController`).
   */
  get inputs(): readonly unknown[] | null {
    const last = this.#composed;
    return last && last.scene === this.scene ? last.inputs : null;
  }

  /**
   * The scene shown now drawn `margin` px wider on each side, at the same zoom, from the same
   * layout and inputs, deciding its strips, its band's rows and its axis's level as the scene shown
   * did (see `SceneInput.like`): what slides under the plot while the reader pans (see
   * `SlideController`). Null when nothing is shown or the scene shown is not the last composed.
   */
  wider(margin: number): Scene | null {
    const shown = this.scene;
    const last = this.#composed;
    if (!shown || !last || last.scene !== shown || !this.#drawn) return null;
    const { view, width } = shown;
    const extra = ((view.end - view.start) / width) * margin;
    return buildScene({
      ...this.#inputs(this.#document.items, this.#drawn, width + 2 * margin),
      view: { start: view.start - extra, end: view.end + extra },
      now: last.now,
      like: { view, strips: new Set(stripLanes(shown)), axisKey: shown.axis.key },
    });
  }

  /** A coarser layout stands in for the zoom shown until the view rests (see {@link #layoutFor}). */
  #deferred = false;
  /** The widest view's level waits for the view to rest before it is laid out (see {@link #standInLater}). */
  #standInWaits = false;
  /** How many zoom levels have been laid out to be drawn so far: what zooming has cost. */
  levelsLaidOut = 0;

  /**
   * Whether the widest view's level is laid out (in the background after the first drawing, see
   * {@link #standInLater}), so that every zoom out has a stand-in.
   */
  get standInReady(): boolean {
    const widest = this.#widestLevel();
    return !!this.#levels && widest !== null && this.#levels.coarsest >= widest;
  }

  /** The zoom level of the widest view the reader can reach; null before the limits and width are known. */
  #widestLevel(): number | null {
    const limits = this.#viewport.limits;
    const width = this.#options.width();
    return limits && width > 0 ? levelOf(limits.maxSpan / width) : null;
  }

  /** Whether a coarser layout stands in for the zoom shown while its own waits or is computed in slices. */
  get provisional(): boolean {
    return this.#deferred || this.#leveling.busy;
  }

  /** How far arranging a large document has got, while it is arranged; null otherwise. */
  get progress(): Progress | null {
    return this.#arranging.progress ?? (this.#levelingShown ? this.#leveling.progress : null);
  }

  /** Forgets cached layouts (new data, a new filter, new fonts). */
  reset(): void {
    this.#arranging.cancel();
    this.#leveling.cancel();
    this.#standIn.cancel();
    this.#arrangingFor = this.#levelingFor = '';
    this.#prepared = null;
    this.#levels = null;
    this.#preparedFrom = null;
    this.#drawn = null;
    this.#composed = null;
    this.#deferred = false;
    this.#standInWaits = false;
    this.#laneRows = [];
    this.#bandRows = 0;
    this.#sharedFor = '';
    this.#neededFor = '';
  }

  /** Whether the layout has been prepared (a scene was built for the current items). */
  get ready(): boolean {
    return !!this.#prepared && this.#preparedFrom === this.#document.items;
  }

  /** Whether the zoom levels of the document shown are made: {@link isPlaced} can tell. */
  get placing(): boolean {
    return !!this.#levels && this.ready;
  }

  /**
   * Whether the plot will make zoom levels for the document shown that are not made yet (a large
   * one is arranged a slice at a time): what brings an event into view waits for them (see
   * {@link isPlaced}). Not while the document is read vertically, as a list or on paper, or hidden:
   * no levels come then, and a wait for them never ended.
   */
  get levelsComing(): boolean {
    return !this.placing && this.#document.items.length > 0 && this.#options.plotted();
  }

  /**
   * Whether the event at time-order `index` gets its own mark (is not in a "+N") when one px is
   * `msPerPx` ms; undefined before the first scene.
   */
  isPlaced(index: number, msPerPx: number): boolean | undefined {
    if (!this.#levels || !this.ready) return undefined;
    const layout = this.#levels.layoutAt(msPerPx);
    if (layout.row[index]! >= 0) return true;
    // A cluster of one is drawn as its event.
    return layout.clusterTable.count[layout.clusterOf[index]!] === 1;
  }

  /**
   * Whether `item` is folded into its lane's density strip as last drawn: the lane shows a strip and
   * the layout gave the event no row of its own (its bucket stands for it). An event left out of a
   * strip lane's sample because the view's end cut its title has a row, and is not folded.
   */
  inStrip(item: TimelineItem): boolean {
    const layout = this.#drawn;
    const lane = this.overlay?.lanes.find((l) => l.index === item.laneIndex);
    if (!layout || !lane?.strip || item.kind === 'deadline') return false;
    const row = layout.row[item.index]!;
    return row < 0 || row === layout.lanes[item.laneIndex]?.clusterRow;
  }

  /**
   * The key of the drawn "+N" mark that holds the event at time-order `index`, or null when it
   * has its own mark. About what is on screen, so it reads the layout last drawn.
   */
  clusterKeyOf(index: number): string | null {
    const layout = this.#drawn;
    if (!layout || !this.ready) return null;
    const id = layout.clusterOf[index]!;
    if (id < 0) return null;
    const cluster = clusterAt(layout.clusterTable, id);
    return cluster.count > 1 ? clusterKey(cluster.laneIndex, cluster.firstIndex) : null;
  }

  /** Time-order indices of the events a drawn "+N" mark (by key) holds. */
  clusterMembers(key: string): number[] {
    const layout = this.#drawn;
    if (!layout || !this.ready) return [];
    const first = parseClusterKey(key)?.firstIndex;
    const id = first === undefined ? -1 : layout.clusterOf[first]!;
    if (!(id >= 0)) return [];
    const cluster = clusterAt(layout.clusterTable, id);
    if (clusterKey(cluster.laneIndex, cluster.firstIndex) !== key) return [];
    return clusterMembers(layout.clusterOf, cluster);
  }

  /**
   * When the events of a drawn "+N" mark (by key) begin: from the first of their dates (a day's
   * event is drawn at its middle, and its "+N" there, but it begins at the day's start) to the
   * latest end of their dates (exclusive, UTC ms; "February 2010" ends with February), what its
   * name says. Not the latest end of the events (a range running on to December 2012 named a "+14"
   * of 4 and 5 March "4 March 2011 – 14 December 2012"), nor the last one's date (a month-dated
   * event sorts by its first day). A pass over its members, once per mark and level: a mark may
   * hold a million. `orElse` when the key names no drawn mark.
   */
  clusterDates(key: string, orElse: { start: number; end: number }): { start: number; end: number } {
    if (this.#datesOf !== this.#drawn) {
      this.#datesOf = this.#drawn;
      this.#dates.clear();
    }
    let dates = this.#dates.get(key);
    if (dates === undefined) {
      let start = Infinity;
      let end = -Infinity;
      for (const i of this.clusterMembers(key)) {
        const { startDate } = this.#document.items[i]!;
        start = Math.min(start, startDate.start);
        end = Math.max(end, startDate.end);
      }
      if (end === -Infinity) return orElse;
      this.#dates.set(key, (dates = { start, end }));
    }
    return dates;
  }
  #datesOf: LevelLayout | null = null;
  readonly #dates = new Map<string, { start: number; end: number }>();

  /** Lane `laneIndex`'s non-empty strip bucket after (+1) or before (−1) the one starting at `start`, at the zoom drawn; null at either end. */
  stepBucket(laneIndex: number, start: number, direction: -1 | 1): { start: number; end: number } | null {
    const layout = this.#drawn;
    const levels = this.#levels;
    const lane = layout && levels && this.ready ? stripTable(this.#prepared!, layout, levels.weekDay).lanes[laneIndex] : undefined;
    return lane ? stepBucket(lane, start, direction) : null;
  }

  /** The shown events as typed arrays (after a scene was built), for counts and density. */
  get prepared(): PreparedItems | null {
    return this.ready ? this.#prepared : null;
  }

  /** How many events intersect `view` (after a scene was built). */
  countIn(view: ViewState): number {
    return this.#prepared ? countInRange(this.#prepared, view.start, view.end) : 0;
  }

  /**
   * Whether an event starts in `[from, to)` (so its mark may be drawn there). With {@link anyIn},
   * what `formatViewRange` asks of the view's edges: about the events shown (false for every
   * stretch before their first scene, and while a new document is arranged).
   */
  startsIn(from: number, to: number): boolean {
    const prepared = this.prepared;
    return !!prepared && countStartingIn(prepared, from, to) > 0;
  }

  /**
   * From the document's first start to its last end, every event counted (the span the view is
   * fitted to and kept within, which a filter does not change); null before the first scene, or
   * with no event shown (see {@link startsIn}).
   */
  get extent(): ViewState | null {
    const prepared = this.prepared;
    return prepared && prepared.n > 0 ? this.#viewport.extent : null;
  }

  /** The span `view` was opened to show (a strip's bucket), while it is that view (see `ViewportController.open`). */
  opened(view: ViewState): ViewState | null {
    return this.#viewport.openedSpan(view);
  }

  /** Whether any event lies (in part) in `[from, to)` (see {@link startsIn}). */
  anyIn(from: number, to: number): boolean {
    const prepared = this.prepared;
    return !!prepared && countInRange(prepared, from, to) > 0;
  }

  /**
   * Whether the events are measured and in typed arrays for these metrics, locale and day: for a
   * new key they are measured now, or (a large document) a slice at a time, and false until done.
   */
  #prepare(items: TimelineItem[], metrics: Metrics, now: number): boolean {
    const locale = this.#locale.locale;
    const { measure, measureOnce } = this.#theme;
    // Deadline labels read "in 27 days": they change with the day of `now` and the locale.
    const maxRows = this.#options.maxRows();
    const key = `${maxRows}|${metrics.fontPx}|${metrics.rowPx}|${measure('Mw', 'label')}|${measure('Mw', 'rule')}|${locale}|${Math.floor(now / DAY)}`;
    if (this.#preparedFrom === items && this.#preparedKey === key && this.#prepared) return true;
    const job = `prepare|${key}`;
    if (this.#arrangingFor === job && this.#arranging.busy && this.#arrangingItems === items) return false;
    this.#arrangingFor = job;
    this.#arrangingItems = items;
    this.#leveling.cancel();
    this.#levelingFor = '';
    return this.#run(
      this.#arranging,
      phase(prepareForSceneWork(items, metrics, measureOnce, locale, now), 0, ARRANGED.prepared),
      (prepared) => {
        this.#preparedFrom = items;
        this.#preparedKey = key;
        this.#prepared = prepared;
        // The closest zoom follows the finest date of the events shown (a filter changes them).
        this.#viewport.setClosest(prepared.finestUnitMs ?? Infinity);
        this.#levels = null;
        this.#sharedFor = '';
        this.#neededFor = '';
        this.#arrangingFor = '';
      },
      true,
    );
  }

  #arrangingItems: TimelineItem[] | null = null;
  /** Whether the level being computed is the first (nothing to draw meanwhile: its progress is shown). */
  #levelingShown = false;

  /**
   * Shares the plot's rows among the lanes (see the class), at the zoom `msPerPx` of the view
   * shown when it is done: again only for a new document, width, font, `max-rows` or room.
   */
  #share(metrics: Metrics, msPerPx: number, width: number, now: number): boolean {
    const maxRows = this.#options.maxRows();
    const prepared = this.#prepared!;
    const options = stackOptions(metrics, maxRows ?? MAX_LANE_ROWS);
    const neededKey = `${this.#preparedKey}|${width}`;
    if (this.#neededFor !== neededKey) {
      const job = `needed|${neededKey}`;
      if (this.#arrangingFor === job && this.#arranging.busy) return false;
      this.#arrangingFor = job;
      // At the level's own scale (its coarse edge), as its layout will be computed.
      const counting = phase(rowsNeededWork(prepared, levelMsPerPx(levelOf(msPerPx)), options, maxRows ?? MAX_LANE_ROWS), ARRANGED.prepared, ARRANGED.counted);
      const counted = this.#run(
        this.#arranging,
        counting,
        (needed) => {
          this.#neededFor = neededKey;
          this.#arrangingFor = '';
          // Every declared lane is drawn (an empty one with one row), the default lane only when events are in it.
          const declared = this.#document.lanes.length;
          const shown = Array.from({ length: Math.max(declared, prepared.laneCount) }, (_, i) => needed.lanes[i] ?? 1);
          if (prepared.laneCount <= declared) shown.length = declared;
          // Deadline labels get up to 3 rows.
          this.#needed = { lanes: shown, band: Math.min(3, needed.band) };
        },
        true,
      );
      if (!counted) return false;
    }
    const { lanes: shown, band } = this.#needed!;
    const bounds = this.#viewport.limits!.bounds;
    // The band has a row for the "now" rule's label when the view can reach it.
    const nowRow = now >= bounds.start && now <= bounds.end;
    // Everything but the rows themselves: the axis, the band, each lane's header and padding.
    const chrome = metrics.axisPx + bandHeight(metrics, band + (nowRow ? 1 : 0)) + shown.length * (laneHeight(metrics, 1) - metrics.rowPx);
    const budget = (height: number) => Math.max(shown.length, Math.floor((height - chrome) / metrics.rowPx));
    // The height asked for: the rows shared within the cap (no empty strip below them). It does
    // not depend on the height a page may have set, so a plot of another height tells that it did.
    const room = this.#options.room();
    const cap = budget(Math.max(room.cap, chrome + shown.length * 2 * metrics.rowPx));
    const fixed = room.fixed === null ? null : budget(room.fixed);
    // Shared again only when the rows that fit change, not for every px the room moves.
    const key = `${neededKey}|${cap}|${fixed}|${nowRow}`;
    if (key === this.#sharedFor && this.#levels) return true;
    this.#sharedFor = key;
    this.#leveling.cancel();
    this.#levelingFor = '';
    this.#bandRows = band;
    this.#nowRow = nowRow;
    const capped = shareRows(shown, cap);
    this.autoHeight = chrome + capped.reduce((a, n) => a + n, 0) * metrics.rowPx;
    this.#laneRows = fixed === null ? capped : shareRows(shown, fixed);
    this.#standIn.cancel();
    this.#levels = new LayoutLevels(prepared, { ...options, laneRows: this.#laneRows, deadlineRows: Math.max(1, band) }, levelCapacity(prepared.n), weekStart(this.#locale.locale));
    return true;
  }

  /**
   * The layout to draw at `msPerPx`: its own level when cached, or computed at once when that is
   * quick. A level that does not end within {@link LEVEL_AT_ONCE_MS} is computed a slice at a time
   * while the finest cached coarser one stands in (a coarser layout never overlaps when zoomed in
   * further, it just folds more into "+N"); null only when no level stands in yet (then the level
   * is computed under the progress bar).
   *
   * Until the view rests a document of more than {@link LEVEL_WHILE_MOVING_EVENTS} does not even
   * start such a level: a burst (a wheel or pinch zoom, an animation, API calls in a row) crosses
   * a level every step or two, and each would be dropped half-done by the next while its slices
   * took the frames' time. A single move waits too, as it may be a burst's first (at 100,000
   * events the first step of an API zoom took 15–27 ms with a level laid out in its frames, its
   * others 3–5). The stand-in is drawn until the view rests ({@link ViewportController.restsIn}:
   * 120 ms after the last move, or when a gesture lifts, and then drawn again), as a map
   * shows its coarser tiles while it zooms. A level already under way for this very zoom (a drag
   * after a zoom) goes on.
   */
  #layoutFor(msPerPx: number, restsIn: number): LevelLayout | null {
    const layout = this.#levelFor(msPerPx, restsIn);
    // Once something is drawn, the widest view's level may follow in the background.
    if (layout) this.#standInLater(this.#levels!, restsIn);
    return layout;
  }

  /** {@link #layoutFor} without what follows a drawing. */
  #levelFor(msPerPx: number, restsIn: number): LevelLayout | null {
    const levels = this.#levels!;
    const level = levelOf(msPerPx);
    this.#deferred = false;
    const cached = levels.has(level);
    const standIn = cached ? undefined : levels.bestCachedLayout(msPerPx);
    if (cached) return levels.computeLevel(level);
    const job = `${level}`;
    const underWay = this.#levelingFor === job && this.#leveling.busy;
    if (standIn && !underWay && levels.items.n > LEVEL_WHILE_MOVING_EVENTS && restsIn > 0) {
      this.#leveling.cancel();
      this.#levelingFor = '';
      this.#deferred = true;
      return standIn;
    }
    if (!underWay) {
      this.#levelingFor = job;
      this.#levelingShown = !standIn;
      const done = () => {
        this.#levelingFor = '';
        this.levelsLaidOut++;
      };
      // With a stand-in, only a few ms at once: the frame must not wait for a big level.
      const atOnce = this.#run(this.#leveling, phase(levels.levelWork(level), ARRANGED.counted, 1), done, !standIn, standIn ? LEVEL_AT_ONCE_MS : undefined);
      if (atOnce) return levels.computeLevel(level);
    }
    return standIn ?? null;
  }

  #restTimer?: ReturnType<typeof setTimeout>;

  /**
   * Draws again when the view rests, in `ms` (a gesture's end draws again itself: `ms` is then
   * Infinity), if the overlay or the level still wait by then (the viewport's own timer at a
   * burst's end, or focus coming into the plot, may have drawn them already); and starts the
   * widest level's background layout if it waits (that draws nothing, so the host does not render
   * for it). The one timer for a single move, and for an element put back in the page within a
   * burst, whose viewport timer was cancelled when it left. Set once, not again on every frame of
   * a burst: when it fires while the view still moves it waits again for what is left.
   */
  #restLater(ms: number): void {
    if (this.#restTimer !== undefined || !Number.isFinite(ms)) return;
    this.#restTimer = setTimeout(() => {
      this.#restTimer = undefined;
      const drawn = this.overlay === this.scene && !this.#deferred;
      if (drawn && !this.#standInWaits) return;
      const left = this.#viewport.restsIn;
      if (left > 0) return this.#restLater(left);
      if (this.#standInWaits && this.#levels) this.#standInLater(this.#levels, 0);
      if (!drawn) this.#host.requestUpdate();
    }, ms + 1);
  }

  /**
   * Lays out the level of the widest view the reader can reach, in the background (between
   * frames, drawing nothing), when no cached level is as coarse: a document opened at a close
   * `start`/`end` view then has a stand-in for every zoom out, instead of the progress bar at each
   * step. Called on a frame that drew its own level or a stand-in; the coarsest level is never
   * evicted (see `LayoutLevels`). Not while the view moves (its slices would take a burst's
   * frames): it waits for the view to rest, and the rest timer starts it (see {@link #restLater}).
   * A view set just before the first drawing (a `start`/`end` view) rests only after it, and with
   * nothing else to draw then, the level never came (seen on a slower machine: no stand-in, a progress bar
   * at every step of a zoom out).
   */
  #standInLater(levels: LayoutLevels, restsIn: number): void {
    const widest = this.#widestLevel();
    this.#standInWaits = false;
    if (widest === null || this.#standIn.busy || levels.coarsest >= widest) return;
    if (restsIn > 0) {
      this.#standInWaits = true;
      return;
    }
    this.#standIn.run(levels.levelWork(widest), () => {}, () => {}, 0);
  }

  /**
   * Runs `work` with `slices` (see `Slices.run`); when it ends later, in a slice, the host draws
   * again. `showProgress`: the host draws after each slice too (its progress is shown).
   */
  #run<T>(slices: Slices, work: Work<T>, done: (result: T) => void, showProgress: boolean, atOnceMs?: number): boolean {
    // A document this large never arranges within the usual time at once: it runs its first step
    // only, then goes on in slices, so the frame that starts it (with its render) stays under a long task.
    atOnceMs ??= atOnceFor(this.#document.items.length);
    let inline = true;
    const atOnce = slices.run(
      work,
      (result) => {
        done(result);
        if (!inline) this.#host.requestUpdate();
      },
      () => {
        if (showProgress) this.#host.requestUpdate();
      },
      atOnceMs,
    );
    inline = false;
    return atOnce;
  }
}

/** How long a frame may spend laying out a zoom level when a coarser one can stand in. */
const LEVEL_AT_ONCE_MS = 6;
/**
 * Up to this many events a zoom level is laid out in a few ms (about 4 ms at 10,000 events and
 * 10 ms at 100,000 on this project's 2-core machine): a fitted view makes room for the labels its
 * end cuts (trying the zooms that room would take) only up to here.
 */
const LEVEL_AT_ONCE_EVENTS = 12_000;
/**
 * Up to this many events a zoom level is laid out even while the view moves (a gesture, or a
 * single move that may be a burst's first): about 2 ms, so a step that crosses into a new level
 * stays within half a frame. Above, the frames draw a coarser level, which costs nothing, until
 * the view rests (at 10,000 events a level laid out in a step took wheel-zoom and pinch steps to
 * 9–13 ms at p95, 5–7.5 without).
 */
const LEVEL_WHILE_MOVING_EVENTS = 5_000;
/**
 * Where each phase of arranging a large document ends, as a share of one progress bar: measuring
 * labels, then counting the rows each lane needs, then the first layout (roughly as long as each takes).
 */
const ARRANGED = { prepared: 0.6, counted: 0.75 } as const;

/**
 * Zoom levels kept: as many as fit in about 48 MB (a level takes about 16 bytes an event: rows,
 * "+N" ids, box index), between 4 (a million events) and 32 (about eight octaves of zoom, so a
 * reader zooming in and back out again finds every level laid out).
 */
function levelCapacity(n: number): number {
  return Math.max(4, Math.min(32, Math.floor(48e6 / (16 * Math.max(1, n)))));
}

/** The lanes `scene` draws a density strip in, by index, in its lanes' order. */
function stripLanes(scene: Scene): number[] {
  return scene.lanes.filter((l) => l.strip).map((l) => l.index);
}
