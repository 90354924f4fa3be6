import { LitElement, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { TimelineDocument, TimelineEvent } from '../model/types.js';
import { parseTimeline } from '../model/parse.js';
import type { TimelineProblem } from '../model/parse.js';
import { toTimelineItems } from '../model/items.js';
import type { TimelineItem } from '../model/items.js';
import { parseDate, isDateError } from '../model/dates.js';
import { clampView, pan, viewLimits, zoomAround } from '../layout/view.js';
import type { ViewLimits, ViewState } from '../layout/view.js';
import { GestureController } from '../controllers/gesture-controller.js';
import { ResizeController } from '../controllers/resize-controller.js';
import { SourceController } from '../controllers/source-controller.js';
import type { SourceResult } from '../controllers/source-controller.js';
import { ChildrenController } from '../controllers/children-controller.js';
import type { MarkupTimeline } from '../controllers/children-controller.js';
import { ViewAnimator } from '../controllers/view-animator.js';
import { SceneController } from '../controllers/scene-controller.js';
import { stringsFor } from '../i18n/strings.js';
import type { TimelineStrings } from '../i18n/strings.js';
import {
  TimelineErrorEvent,
  TimelineLoadEvent,
  TimelineRangeChangeEvent,
  TimelineRangeChangedEvent,
  TimelineSelectEvent,
} from '../events/timeline-events.js';
import type { TimelineErrorDetail } from '../events/timeline-events.js';
import { timelineStyles } from './event-timeline.styles.js';
import { renderProblems, renderLoadError } from './render-problems.js';
import { itemDateText, renderCard, renderClusterList } from './render-card.js';
import type { Scene, SceneCluster } from '../controllers/scene-controller.js';
import { fill } from '../i18n/strings.js';
import { renderPlot } from './render-plot.js';
import { LIST_CHUNK, renderList } from './render-list.js';
import { keyIntent } from '../controllers/key-intents.js';
import { nearestInNextRow } from '../layout/navigation.js';
import { formatViewRange } from './format-view.js';

/** Quiet time after the view stops moving before the live region speaks, ms. */
const ANNOUNCE_DELAY = 500;
/** Most events rendered for printing (beyond it the print shows the first ones). */
const PRINT_LIMIT = 5_000;
/** One zoom button step. */
const ZOOM_STEP = 2;
/** Default time allowed for a `src` request, ms. */
const DEFAULT_TIMEOUT = 15_000;

/**
 * An interactive, zoomable timeline of dated events on a real time axis.
 *
 * Feed it in one of three ways (the newest wins): the `src` attribute (a JSON timeline
 * document), the `data` property (a document object), or `<timeline-event>` children.
 *
 * @tagname event-timeline
 * @summary A scrollable, zoomable time axis with lanes, ranges, deadlines and a detail card.
 *
 * @fires {TimelineSelectEvent} timeline-select - The user selected an event (or cleared the selection): `{ id, event }`.
 * @fires {TimelineRangeChangeEvent} timeline-rangechange - The user is moving the view (at most once a frame): `{ start, end }`.
 * @fires {TimelineRangeChangedEvent} timeline-rangechanged - The view settled after the user moved it: `{ start, end }`.
 * @fires {TimelineLoadEvent} timeline-load - A document was loaded and parsed: `{ document, problems }`.
 * @fires {TimelineErrorEvent} timeline-error - Loading failed or the data had problems: `{ cause, message, url?, status?, problems? }`.
 *
 * @slot - `<timeline-event>` (and optional `<timeline-lane>`) children describing the events.
 * @slot card - Internal: the selected markup event is shown in the card through this slot.
 *
 * @csspart base - The whole timeline.
 * @csspart controls - The zoom and fit buttons' group.
 * @csspart control - Each toolbar button.
 * @csspart plot - The pannable, zoomable area.
 * @csspart axis - The time axis.
 * @csspart tick - A tick label (with `major` or `minor` class).
 * @csspart lane - A lane.
 * @csspart lane-label - A lane's label.
 * @csspart event - An event mark (also `range`, `point`, `imprecise`, `approximate`, `selected`).
 * @csspart range - A range event's mark.
 * @csspart deadline - A deadline rule.
 * @csspart now - The "now" rule.
 * @csspart cluster - A "+N" mark standing for events that do not fit.
 * @csspart card - The detail card.
 * @csspart problems - The data problems panel.
 * @csspart error - The load error panel.
 *
 * @cssproperty [--timeline-color=#1b1e23] - Text colour.
 * @cssproperty [--timeline-muted-color=#596068] - Secondary text colour.
 * @cssproperty [--timeline-background=#ffffff] - Background.
 * @cssproperty [--timeline-surface=#f4f5f7] - Card and button background.
 * @cssproperty [--timeline-grid-color=#e2e5e9] - Grid lines and borders.
 * @cssproperty [--timeline-axis-color=#8a9099] - The axis line.
 * @cssproperty [--timeline-accent-color=#1d5fbf] - Links and the selected event.
 * @cssproperty [--timeline-event-color=#3b5b8c] - Events of lanes without a colour.
 * @cssproperty [--timeline-deadline-color=#b3261e] - Deadline rules.
 * @cssproperty [--timeline-deadline-text-color=#ffffff] - Text on deadline labels.
 * @cssproperty [--timeline-now-color=#0b7a45] - The "now" rule.
 * @cssproperty [--timeline-now-text-color=#ffffff] - Text on the "now" label.
 * @cssproperty [--timeline-focus-color=#1d5fbf] - The focus ring.
 * @cssproperty [--timeline-row-height=32px] - Height of one row of events.
 * @cssproperty [--timeline-radius=6px] - Corner radius of marks.
 * @cssproperty [--timeline-font-family=system-ui] - Font.
 * @cssproperty [--timeline-font-size=14px] - Base font size.
 * @cssproperty [--timeline-border-color] - The element's border (defaults to the grid colour).
 * @cssproperty [--timeline-border-radius=8px] - The element's corner radius.
 */
export class EventTimelineElement extends LitElement {
  static override styles = timelineStyles;
  static override shadowRootOptions: ShadowRootInit = { mode: 'open', slotAssignment: 'manual' };

  /** URL of a JSON timeline document to load. */
  @property({ reflect: true }) src: string | null = null;

  /** A timeline document object; takes precedence over `src` and children while set. */
  @property({ attribute: false }) data: TimelineDocument | null = null;

  /** Locale for dates and numbers (BCP 47); defaults to the nearest `lang` in the page. */
  @property({ reflect: true }) locale: string | null = null;

  /** The reference date for "now" and relative deadline times (ISO date); defaults to the real now. */
  @property({ reflect: true }) now: string | null = null;

  /** Initial view start (ISO date); with `end`, replaces "fit all" as the first view. */
  @property({ reflect: true }) start: string | null = null;

  /** Initial view end (ISO date). */
  @property({ reflect: true }) end: string | null = null;

  /** Do not read or write `#event=<id>` in the page URL. */
  @property({ type: Boolean, reflect: true, attribute: 'no-hash' }) noHash = false;

  /** Do not zoom with Ctrl/⌘ + wheel or trackpad pinch. */
  @property({ type: Boolean, reflect: true, attribute: 'no-wheel-zoom' }) noWheelZoom = false;

  /** Time allowed for loading `src`, in ms. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT;

  /** Most rows of events in one lane before the rest collapse into "+N" clusters. */
  @property({ type: Number, attribute: 'max-rows' }) maxRows = 3;

  /** `timeline` (the default) or `list`: every event as an ordered list of articles. */
  @property({ reflect: true }) view: 'timeline' | 'list' = 'timeline';

  /**
   * Shows only the events for which this returns true, in the timeline and the list alike
   * (for example `e => e.lane === 'police'`); null shows every event.
   */
  @property({ attribute: false }) filter: ((event: TimelineEvent) => boolean) | null = null;

  /** Replacements for the words the timeline shows (merged over the locale's defaults). */
  @property({ attribute: false }) strings: Partial<TimelineStrings> = {};

  @state() private doc: TimelineDocument | null = null;
  /** Every event of the document, in time order. */
  private allItems: TimelineItem[] = [];
  /** The events shown: all, or those the filter keeps (renumbered in time order). */
  @state() private items: TimelineItem[] = [];
  @state() private problems: TimelineProblem[] = [];
  @state() private problemsDismissed = false;
  @state() private loadError: TimelineErrorDetail | null = null;
  @state() private selectedId: string | null = null;
  @state() private range: ViewState = { start: 0, end: 1 };
  @state() private dragging = false;
  /** The events of a "+N" mark that zooming could not separate, listed in the card. */
  @state() private clusterList: { ids: string[]; label: string } | null = null;
  /** The event that last had focus (the roving Tab stop). */
  @state() private activeId: string | null = null;
  /** The "+N" mark that has focus instead of the active event, which it holds. */
  @state() private activeCluster: string | null = null;
  private labelFont = '';
  /** What the polite live region says: the visible span and its event count, once settled. */
  @state() private announcement = '';
  /** True between `beforeprint` and `afterprint`: the list is rendered for paper. */
  @state() private printing = false;
  /** How many list items are rendered (grows by chunks as the reader scrolls). */
  @state() private listLimit = LIST_CHUNK;
  private listObserver?: IntersectionObserver;
  /** True while keyboard focus is inside the plot. */
  private focusInside = false;
  private announceTimer?: ReturnType<typeof setTimeout>;

  private limits: ViewLimits | null = null;
  private markup: MarkupTimeline | null = null;
  private markupElements = new Map<string, Element>();
  private source: 'data' | 'src' | 'markup' | null = null;
  private viewInitialised = false;
  private pendingHashId: string | null = null;
  private rangeFrame = 0;
  private settleTimer?: ReturnType<typeof setTimeout>;
  private userMoving = false;
  private revealAfterRender: { id: string; animate: boolean } | null = null;
  /** The view and the time under the fingers when a pinch started. */
  private pinch: { view: ViewState; anchor: number } | null = null;

  private readonly resize = new ResizeController(this, () => {
    this.readFont();
    this.requestUpdate();
  });
  private readonly sourceLoader = new SourceController(this, (r) => this.onSourceResult(r));
  protected readonly markupReader = new ChildrenController(this, (m) => this.onMarkup(m));
  private readonly scene = new SceneController(this);
  private readonly animator = new ViewAnimator((view, done) => {
    this.range = view;
    if (this.userMoving) this.scheduleRangeEvents(done);
  });
  private readonly gestures = new GestureController(this, {
    panBy: (dx) => this.userPan(dx),
    zoomAt: (factor, x) => this.userZoom(factor, x),
    pinchStart: (x) => {
      this.pinch = { view: this.range, anchor: this.range.start + this.fromStart(x) * this.msPerPx };
    },
    pinchMove: (scale, x) => this.userPinch(scale, x),
    plotLeft: () => this.plotElement()?.getBoundingClientRect().left ?? 0,
    gesture: (active) => {
      this.dragging = active;
      if (!active) this.pinch = null;
      if (active) {
        this.animator.cancel();
        this.userMoving = true;
      } else this.scheduleRangeEvents(true);
    },
    wheelZoom: () => !this.noWheelZoom,
  });

  // ---------------------------------------------------------------- public API

  /** The parsed document currently shown (null before anything loaded). */
  get document(): TimelineDocument | null {
    return this.doc;
  }

  /** The visible span. */
  get visibleRange(): { start: Date; end: Date } {
    return { start: new Date(this.range.start), end: new Date(this.range.end) };
  }

  /** The id of the selected event, or null. */
  get selected(): string | null {
    return this.selectedId;
  }

  /** Shows every event (animated unless `animate` is false or motion is reduced). */
  fit(animate = true): void {
    if (!this.limits) return;
    this.moveTo(this.limits.bounds, animate);
  }

  /** Shows the span from `start` to `end` (Dates, ms, or ISO dates; ISO ends include their unit). */
  zoomTo(start: Date | number | string, end: Date | number | string, animate = true): void {
    const a = toMs(start, false);
    const b = toMs(end, true);
    if (a === null || b === null || !(b > a)) {
      console.warn(`<event-timeline>: zoomTo(${String(start)}, ${String(end)}) is not a valid span`);
      return;
    }
    this.moveTo({ start: a, end: b }, animate);
  }

  /** Brings the event into view and moves keyboard focus to its mark. */
  async focusEvent(id: string): Promise<void> {
    const item = this.itemById(id);
    if (!item) return;
    this.bringIntoView(item, false);
    await this.updateComplete;
    this.markElement(id)?.focus({ preventScroll: true });
  }

  /** Selects an event by id (opening its card), or clears the selection with null. Fires no event. */
  select(id: string | null): void {
    if (id !== null && !this.itemById(id)) {
      console.warn(`<event-timeline>: select("${id}"): no such event`);
      return;
    }
    this.setSelection(id, false);
  }

  // ---------------------------------------------------------------- lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    this.readHash();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    clearTimeout(this.announceTimer);
    this.listObserver?.disconnect();
    this.animator.cancel();
    cancelAnimationFrame(this.rangeFrame);
    this.rangeFrame = 0;
    clearTimeout(this.settleTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') && this.data) {
      this.source = 'data';
      this.sourceLoader.load(null, this.timeout);
      this.accept(parseTimeline(this.data), 'data');
    } else if (changed.has('data') && changed.get('data') && !this.data) {
      // `data` cleared: fall back to src or markup.
      this.source = null;
      if (this.src) this.sourceLoader.load(this.src, this.timeout, true);
      else this.onMarkup(this.markup);
    }
    if (changed.has('src') && !this.data) {
      if (this.src) {
        this.sourceLoader.load(this.src, this.timeout);
      } else if (changed.get('src')) {
        this.sourceLoader.load(null, this.timeout);
        this.onMarkup(this.markup);
      }
    }
    if (changed.has('filter') && changed.get('filter') !== undefined) {
      this.items = this.applyFilter(this.allItems);
      this.scene.reset();
      if (this.selectedId && !this.itemById(this.selectedId)) this.selectedId = null;
    }
    if ((changed.has('start') || changed.has('end')) && this.viewInitialised && this.start && this.end) {
      this.zoomTo(this.start, this.end, false);
    }
  }

  protected override firstUpdated(): void {
    this.readFont();
    const plot = this.plotElement();
    if (plot) {
      this.resize.observe(this.renderRoot.querySelector('.sizer')!);
      this.gestures.attach(plot);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('range' as keyof EventTimelineElement) || changed.has('items' as keyof EventTimelineElement)) this.announceSoon();
    if (this.revealAfterRender && this.resize.width > 0 && this.scene.items) {
      const { id, animate } = this.revealAfterRender;
      this.revealAfterRender = null;
      const item = this.itemById(id);
      if (item) this.bringIntoView(item, animate);
    }
    const plot = this.plotElement();
    if (plot) {
      // A zero-height sizer changes size only with the width, so re-rendering taller or shorter
      // never triggers another resize notification in the same frame.
      this.resize.observe(this.renderRoot.querySelector('.sizer')!);
      this.gestures.attach(plot);
    }
    this.assignCardSlot();
    this.observeListEnd();
  }

  /** In list view, the next chunk renders when the end of the list scrolls into view. */
  private observeListEnd(): void {
    const more = this.renderRoot.querySelector('.list-more');
    this.listObserver?.disconnect();
    if (!more) return;
    this.listObserver ??= new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) this.listLimit += LIST_CHUNK;
    });
    this.listObserver.observe(more);
  }

  // ---------------------------------------------------------------- rendering

  protected override render() {
    const strings = this.uiStrings;
    const locale = this.resolvedLocale;
    const width = this.resize.width;
    const title = this.doc?.title ?? '';
    const selected = this.selectedId ? this.itemById(this.selectedId) : undefined;
    const listView = this.view === 'list';
    const scene = !listView && width > 0 && this.items.length ? this.computeScene(width, locale, strings) : null;
    return html`
      <section part="base" class="base" aria-label=${title || strings.events}>
        <div class="toolbar">
          <div class="range-label" aria-hidden="true">${this.items.length && !listView ? formatViewRange(this.range, locale) : ''}</div>
          <div part="controls" role="group" aria-label=${title || strings.events}>
            ${listView ? nothing : html`<button part="control zoom-out" type="button" aria-label=${strings.zoomOut} title=${strings.zoomOut} @click=${() => this.zoomButton(1 / ZOOM_STEP)} ?disabled=${!this.canZoomOut}>−</button>
            <button part="control zoom-in" type="button" aria-label=${strings.zoomIn} title=${strings.zoomIn} @click=${() => this.zoomButton(ZOOM_STEP)} ?disabled=${!this.canZoomIn}>+</button>
            <button part="control fit" type="button" @click=${() => this.fitButton()} ?disabled=${!this.canZoomOut}>${strings.fitAll}</button>`}
            <button part="control view-toggle" type="button" aria-pressed=${listView ? 'true' : 'false'} @click=${() => this.toggleView()}>${strings.listView}</button>
          </div>
        </div>
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
        ${this.loadError ? renderLoadError(this.loadError, strings, () => (this.loadError = null)) : nothing}
        ${this.problems.length && !this.problemsDismissed ? renderProblems(this.problems, strings, locale, () => (this.problemsDismissed = true)) : nothing}
        ${listView || this.printing
          ? renderList({
              items: this.items,
              lanes: this.lanes,
              locale,
              strings,
              selectedId: this.selectedId,
              label: title || strings.events,
              limit: this.printing ? PRINT_LIMIT : this.listLimit,
              onSelect: (id) => this.setSelection(id, true),
              onMore: () => (this.listLimit += LIST_CHUNK),
            })
          : nothing}
        ${listView ? nothing : renderPlot({
          scene,
          items: this.items,
          lanes: this.lanes,
          range: this.range,
          width,
          locale,
          strings,
          now: this.nowMs,
          selectedId: this.selectedId,
          dragging: this.dragging,
          rtl: this.rtl,
          label: title || strings.events,
          onKeydown: (e) => this.onPlotKeydown(e),
          onFocusChange: (id, cluster) => this.onMarkFocus(id, cluster),
          onActivate: (id) => this.setSelection(id, true),
          onCluster: (cluster) => this.openCluster(cluster),
        })}
        ${this.clusterList && !selected
          ? renderClusterList(
              this.clusterList.label,
              this.clusterList.ids.map((id) => this.itemById(id)).filter((i): i is TimelineItem => !!i),
              locale,
              strings,
              (id) => {
                this.clusterList = null;
                this.setSelection(id, true);
              },
              () => (this.clusterList = null),
            )
          : nothing}
        ${selected
          ? renderCard({
              item: selected,
              lane: this.laneOf(selected),
              locale,
              strings,
              now: this.nowMs,
              hasMarkup: this.markupElements.has(selected.id) && this.source === 'markup',
              hasPrevious: selected.index > 0,
              hasNext: selected.index < this.items.length - 1,
              onClose: () => this.closeCard(),
              onStep: (delta) => this.step(delta),
            })
          : nothing}
      </section>
    `;
  }

  private computeScene(width: number, locale: string, strings: TimelineStrings): Scene {
    const now = this.nowMs;
    return this.scene.compute(
      {
        items: this.items,
        lanes: this.lanes,
        view: this.range,
        width,
        maxRows: Math.max(1, Math.min(20, Math.floor(this.maxRows) || 3)),
        now,
        defaultLaneLabel: strings.defaultLane,
        locale,
        tabStopId: this.tabStopId,
        keepId: this.focusInside && !this.activeCluster ? this.activeId : null,
        tabStopCluster: this.activeCluster,
        labelsKey: `${locale}|${JSON.stringify(strings)}`,
        describe: (item) => this.describe(item, locale, strings),
        describeCluster: (count, start, end) =>
          fill(strings.cluster, { count: count.toLocaleString(locale), range: formatViewRange({ start, end }, locale) }),
      },
      this.labelFont,
    );
  }

  /**
   * What an event's accessible name says after its visible label (the title, and for deadlines
   * the time from now): the date in its own precision, the lane, and the kind.
   */
  private describe(item: TimelineItem, locale: string, strings: TimelineStrings): string {
    const parts = ['', itemDateText(item, locale)];
    const lane = this.laneOf(item);
    if (lane) parts.push(lane.label);
    if (item.kind === 'deadline') parts.push(strings.deadline);
    return parts.join(', ');
  }

  /** The event that holds the timeline's one Tab stop. */
  private get tabStopId(): string | null {
    return this.activeId ?? this.selectedId ?? null;
  }

  // ---------------------------------------------------------------- data in

  private onSourceResult(result: SourceResult): void {
    if (this.data) return;
    if (!result.ok) {
      this.showError(result.error);
      return;
    }
    const parsed = parseTimeline(result.json);
    const structural = parsed.problems.filter((p) => p.severity === 'error' && (p.path === '(root)' || p.path === 'events'));
    if (structural.length && parsed.document.events.length === 0) {
      this.showError({ cause: 'data', url: result.url, message: `${result.url} is not a timeline document`, problems: parsed.problems });
      return;
    }
    this.source = 'src';
    this.accept(parsed, 'src');
  }

  private onMarkup(markup: MarkupTimeline | null): void {
    this.markup = markup;
    if (this.data || this.src) return;
    if (!markup) {
      if (this.source === 'markup') this.accept(parseTimeline({ title: '', lanes: [], events: [] }), 'markup');
      return;
    }
    this.source = 'markup';
    const title = this.getAttribute('aria-label') ?? this.querySelector(':scope > h1, :scope > h2')?.textContent?.trim() ?? '';
    const parsed = parseTimeline({ title: title || this.uiStrings.events, lanes: markup.lanes, events: markup.events });
    this.markupElements = new Map();
    markup.events.forEach((e, i) => {
      if (typeof e.id === 'string') this.markupElements.set(e.id, markup.elements[i]!);
    });
    // Paths point at the markup, not at a JSON document the author never wrote.
    const problems = parsed.problems.map((p) => ({ ...p, path: markupPath(p.path, markup) }));
    this.accept({ document: parsed.document, problems }, 'markup');
  }

  private accept(parsed: { document: TimelineDocument; problems: TimelineProblem[] }, from: 'data' | 'src' | 'markup'): void {
    // Editing markup children keeps the reader's view; a new document starts from its own view.
    const keepView = from === 'markup' && this.source === 'markup';
    this.source = from;
    this.doc = parsed.document;
    this.allItems = toTimelineItems(parsed.document);
    this.items = this.applyFilter(this.allItems);
    this.problems = parsed.problems;
    this.problemsDismissed = false;
    this.loadError = null;
    this.scene.reset();
    if (from !== 'markup') this.markupElements = new Map();
    const extent = extentOf(this.allItems);
    this.limits = extent ? viewLimits(extent, { minSpan: HOUR }) : null;
    if (this.selectedId && !this.itemById(this.selectedId)) this.selectedId = null;
    this.initialiseView(keepView);
    this.dispatchEvent(new TimelineLoadEvent({ document: parsed.document, problems: parsed.problems }));
    const errors = parsed.problems.filter((p) => p.severity === 'error');
    if (errors.length) {
      this.dispatchEvent(new TimelineErrorEvent({ cause: 'data', message: `${errors.length} problem(s) in the timeline data`, problems: parsed.problems }));
    }
    if (this.pendingHashId) this.applyHash();
  }

  private showError(error: TimelineErrorDetail): void {
    this.loadError = error;
    this.dispatchEvent(new TimelineErrorEvent(error));
  }

  private initialiseView(keepView: boolean): void {
    if (!this.limits) return;
    if (!this.viewInitialised || !keepView) {
      const first = !this.viewInitialised;
      this.viewInitialised = true;
      this.animator.cancel();
      const a = first && this.start ? toMs(this.start, false) : null;
      const b = this.end ? toMs(this.end, true) : null;
      this.range = a !== null && b !== null && b > a ? clampView({ start: a, end: b }, this.limits) : this.limits.bounds;
    } else {
      this.range = clampView(this.range, this.limits);
    }
  }

  // ---------------------------------------------------------------- moving

  private moveTo(target: ViewState, animate: boolean): void {
    if (!this.limits) return;
    const to = clampView(target, this.limits);
    if (animate) this.animator.animate(this.range, to);
    else {
      this.animator.cancel();
      this.range = to;
    }
  }

  private get msPerPx(): number {
    return (this.range.end - this.range.start) / Math.max(1, this.resize.width);
  }

  private userPan(dx: number): void {
    if (!this.limits) return;
    // Time flows right to left in RTL: dragging right shows later times.
    this.range = pan(this.range, (this.rtl ? dx : -dx) * this.msPerPx, this.limits);
    this.scheduleRangeEvents(false);
  }

  /** Distance from the plot's inline start of a point `x` px from its left edge. */
  private fromStart(x: number): number {
    return this.rtl ? this.resize.width - x : x;
  }

  private userPinch(scale: number, x: number): void {
    if (!this.limits || !this.pinch) return;
    const { view, anchor } = this.pinch;
    const span = Math.min(this.limits.maxSpan, Math.max(this.limits.minSpan, (view.end - view.start) / scale));
    const start = anchor - (this.fromStart(x) / Math.max(1, this.resize.width)) * span;
    this.range = clampView({ start, end: start + span }, this.limits);
    this.scheduleRangeEvents(false);
  }

  private userZoom(factor: number, x: number): void {
    if (!this.limits) return;
    const anchor = this.range.start + this.fromStart(x) * this.msPerPx;
    this.range = zoomAround(this.range, factor, anchor, this.limits);
    this.scheduleRangeEvents(false);
  }

  /**
   * Opens a "+N" mark: zooms in to its span so its events get their own marks, or, when zooming
   * cannot separate them (they share a moment, or the view is already as close as it goes), lists
   * them in the card.
   */
  private openCluster(cluster: SceneCluster): void {
    if (!this.limits) return;
    const ids = cluster.members();
    const members = ids.map((id) => this.itemById(id)).filter((i): i is TimelineItem => !!i);
    const width = Math.max(1, this.resize.width);
    const span = cluster.end - cluster.start;
    const current = this.range.end - this.range.start;
    // The closest view that still shows the whole cluster…
    const whole = Math.min(current, Math.max(this.limits.minSpan, span * 1.25));
    const placedAt = (s: number) => members.every((m) => this.scene.isPlaced(m.index, s / width) !== false);
    // …zoomed in step by step (an eighth of an octave, finer than a layout level) while it still
    // shows them all, until each has a mark of its own.
    let target = whole;
    while (!placedAt(target) && target * 0.917 >= Math.max(span, this.limits.minSpan)) target *= 0.917;
    const separable = placedAt(target);
    const zoomTo = separable ? target : whole;
    if (zoomTo < current * 0.95) {
      const mid = cluster.start + span / 2;
      this.userMoving = true;
      this.moveTo({ start: mid - zoomTo / 2, end: mid + zoomTo / 2 }, true);
    }
    if (separable) {
      // Opened from the keyboard: focus moves to the first of the events it held.
      if (this.activeCluster === cluster.key && members[0]) {
        this.activeCluster = null;
        this.activeId = members[0].id;
        void this.updateComplete.then(() => this.markElement(members[0]!.id)?.focus({ preventScroll: true }));
      }
      return;
    }
    // Zooming alone cannot show each of them in one view: list them to pick from as well.
    this.selectedId = null;
    this.clusterList = { ids, label: cluster.label };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="cluster-list"]')?.focus());
  }

  private zoomButton(factor: number): void {
    if (!this.limits) return;
    const selected = this.selectedId ? this.itemById(this.selectedId) : undefined;
    const mid = (this.range.start + this.range.end) / 2;
    const anchor = selected && selected.start >= this.range.start && selected.start <= this.range.end ? selected.start : mid;
    this.userMoving = true;
    this.moveTo(zoomAround(this.range, factor, anchor, this.limits), true);
  }

  private fitButton(): void {
    this.userMoving = true;
    this.fit();
  }

  private get canZoomIn(): boolean {
    return !!this.limits && this.range.end - this.range.start > this.limits.minSpan * 1.001;
  }

  private get canZoomOut(): boolean {
    if (!this.limits) return false;
    const b = this.limits.bounds;
    return this.range.end - this.range.start < (b.end - b.start) * 0.999;
  }

  /** Fires `timeline-rangechange` at most once a frame and `timeline-rangechanged` when settled. */
  private scheduleRangeEvents(settled: boolean): void {
    this.userMoving = true;
    if (!this.rangeFrame) {
      this.rangeFrame = requestAnimationFrame(() => {
        this.rangeFrame = 0;
        this.dispatchEvent(new TimelineRangeChangeEvent(this.rangeDetail()));
      });
    }
    clearTimeout(this.settleTimer);
    if (settled && !this.dragging && !this.animator.running) {
      this.settleTimer = setTimeout(() => {
        this.userMoving = false;
        this.dispatchEvent(new TimelineRangeChangedEvent(this.rangeDetail()));
      }, 0);
    }
  }

  private rangeDetail() {
    return { start: new Date(this.range.start), end: new Date(this.range.end) };
  }

  /**
   * Moves the view so the item is visible with its own mark: keeps the zoom when the item fits
   * and is not folded into a "+N" cluster, otherwise zooms in around it until it has a mark.
   */
  private bringIntoView(item: TimelineItem, animate: boolean): void {
    if (!this.limits) return;
    const width = this.resize.width;
    if (width === 0 || this.scene.isPlaced(item.index, 1) === undefined) {
      // Not laid out yet: reveal after the first render.
      this.revealAfterRender = { id: item.id, animate };
      return;
    }
    let span = this.range.end - this.range.start;
    let zoomed = false;
    while (width > 0 && span / 2 >= this.limits.minSpan && this.scene.isPlaced(item.index, span / width) === false) {
      span /= 2;
      zoomed = true;
    }
    if (zoomed) {
      const mid = item.isRange ? Math.min((item.start + item.end) / 2, item.start + span / 3) : item.start;
      this.moveTo({ start: mid - span / 2, end: mid + span / 2 }, animate);
      return;
    }
    const pad = span * 0.08;
    const itemEnd = item.isRange ? item.end : item.start;
    if (item.start >= this.range.start + pad && itemEnd <= this.range.end - pad) return;
    let target: ViewState;
    if (itemEnd - item.start > span - 2 * pad) {
      const margin = (itemEnd - item.start) * 0.1;
      target = { start: item.start - margin, end: itemEnd + margin };
    } else {
      const mid = (item.start + itemEnd) / 2;
      target = { start: mid - span / 2, end: mid + span / 2 };
    }
    this.moveTo(target, animate);
  }

  // ---------------------------------------------------------------- keyboard

  private onPlotKeydown(e: KeyboardEvent): void {
    const intent = keyIntent(e, this.rtl);
    if (!intent || !this.limits) return;
    let current = this.activeId ? this.itemById(this.activeId) : undefined;
    e.preventDefault();
    e.stopPropagation();
    switch (intent.type) {
      case 'move': {
        // On a "+N" mark, Left and Right step past all the events it holds.
        const clusterKey = (e.target as HTMLElement).dataset?.cluster;
        if (clusterKey && (intent.to === 'next' || intent.to === 'previous')) {
          const members = this.clusterMembers(clusterKey);
          current = (intent.to === 'next' ? members[members.length - 1] : members[0]) ?? current;
        }
        const target = this.neighbour(current, intent.to);
        if (target) void this.focusItem(target);
        return;
      }
      case 'page': {
        const span = this.range.end - this.range.start;
        const to = pan(this.range, intent.direction * span, this.limits);
        this.userMoving = true;
        this.moveTo(to, false);
        // Focus follows the page: the event nearest the middle of the new view.
        const mid = (to.start + to.end) / 2;
        const target = this.nearestTo(mid);
        if (target) void this.focusItem(target);
        return;
      }
      case 'zoom': {
        const anchor = current ? current.start : (this.range.start + this.range.end) / 2;
        this.userMoving = true;
        this.moveTo(zoomAround(this.range, intent.factor, anchor, this.limits), true);
        return;
      }
      case 'fit':
        this.fitButton();
        return;
      case 'close':
        if (this.selectedId) void this.closeCard();
        return;
    }
  }

  private neighbour(current: TimelineItem | undefined, to: 'previous' | 'next' | 'up' | 'down' | 'first' | 'last'): TimelineItem | undefined {
    const items = this.items;
    if (!items.length) return undefined;
    if (to === 'first') return items[0];
    if (to === 'last') return items[items.length - 1];
    if (!current) return this.nearestTo((this.range.start + this.range.end) / 2);
    if (to === 'previous') return items[Math.max(0, current.index - 1)];
    if (to === 'next') return items[Math.min(items.length - 1, current.index + 1)];
    return items[nearestInNextRow(items, current.index, to === 'up' ? -1 : 1)];
  }

  /** The event whose start is nearest to `time` (binary search over the time order). */
  private nearestTo(time: number): TimelineItem | undefined {
    const items = this.items;
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (items[mid]!.start < time) lo = mid + 1;
      else hi = mid;
    }
    const after = items[lo];
    const before = items[lo - 1];
    if (!before) return after;
    if (!after) return before;
    return time - before.start <= after.start - time ? before : after;
  }

  /** Moves keyboard focus to an event's mark, bringing it into view first. */
  /**
   * Moves keyboard focus to an event: to its mark, brought into view; or, when at this zoom it is
   * folded into a "+N" mark that is in view, to that mark (Enter opens it).
   */
  private async focusItem(item: TimelineItem): Promise<void> {
    this.activeId = item.id;
    this.focusInside = true;
    const key = this.scene.clusterKeyOf(item.index, this.msPerPx);
    const inView = item.start >= this.range.start && item.start <= this.range.end;
    this.activeCluster = key && inView ? key : null;
    if (!this.activeCluster) this.bringIntoView(item, true);
    await this.updateComplete;
    const target = this.activeCluster
      ? this.renderRoot.querySelector<HTMLElement>(`[data-cluster="${this.activeCluster}"]`)
      : this.markElement(item.id);
    target?.focus({ preventScroll: true });
  }

  /** The events a drawn "+N" mark holds, in time order. */
  private clusterMembers(key: string): TimelineItem[] {
    return this.scene.clusterMembers(key, this.msPerPx).map((i) => this.items[i]!);
  }

  private onMarkFocus(id: string | null, clusterKey: string | null = null): void {
    this.focusInside = id !== null || clusterKey !== null;
    if (clusterKey) {
      this.activeCluster = clusterKey;
      return;
    }
    if (id) this.activeCluster = null;
    if (id && id !== this.activeId) {
      this.activeId = id;
      const item = this.itemById(id);
      // The view follows focus (for example after Tab from outside).
      if (item) this.bringIntoView(item, true);
    }
  }

  private toggleView(): void {
    this.view = this.view === 'list' ? 'timeline' : 'list';
  }

  private readonly onBeforePrint = (): void => {
    this.printing = true;
  };

  private readonly onAfterPrint = (): void => {
    this.printing = false;
  };

  /** Announces the visible span and its event count once the view has settled. */
  private announceSoon(): void {
    clearTimeout(this.announceTimer);
    if (!this.items.length || this.view === 'list') return;
    this.announceTimer = setTimeout(() => {
      const count = this.scene.countIn(this.range.start, this.range.end) ?? 0;
      const locale = this.resolvedLocale;
      this.announcement = fill(this.uiStrings.showing, {
        range: formatViewRange(this.range, locale),
        count: count.toLocaleString(locale),
      });
    }, ANNOUNCE_DELAY);
  }

  // ---------------------------------------------------------------- selection and card

  private setSelection(id: string | null, byUser: boolean): void {
    const previous = this.selectedId;
    this.selectedId = id;
    this.clusterList = null;
    // A card opened by the reader takes focus, so its buttons and Escape are at hand.
    if (byUser && id && !previous) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="card"]')?.focus());
    const item = id ? this.itemById(id) : undefined;
    if (item) this.bringIntoView(item, byUser);
    if (byUser) {
      this.writeHash(id);
      if (previous !== id) this.dispatchEvent(new TimelineSelectEvent({ id, event: item?.event ?? null }));
    }
  }

  private step(delta: number): void {
    const current = this.selectedId ? this.itemById(this.selectedId) : undefined;
    if (!current) return;
    const next = this.items[current.index + delta];
    if (!next) return;
    this.setSelection(next.id, true);
  }

  private async closeCard(): Promise<void> {
    const id = this.selectedId;
    this.setSelection(null, true);
    if (id) {
      await this.updateComplete;
      const mark = this.markElement(id);
      (mark?.localName === 'li' ? mark.querySelector('button') : mark)?.focus({ preventScroll: true });
    }
  }

  /** Shows the selected markup event's own content in the card, through the manual slot. */
  private assignCardSlot(): void {
    const slot = this.renderRoot.querySelector<HTMLSlotElement>('slot[name="card"]');
    if (!slot) return;
    const element = this.selectedId ? this.markupElements.get(this.selectedId) : undefined;
    if (element && element.parentElement === this) slot.assign(element);
    else slot.assign();
  }

  // ---------------------------------------------------------------- deep links

  private readonly onHashChange = (): void => {
    this.readHash();
    if (this.pendingHashId) this.applyHash();
  };

  private readHash(): void {
    if (this.noHash) return;
    const match = /^#event=(.+)$/.exec(location.hash);
    this.pendingHashId = match ? safeDecode(match[1]!) : null;
  }

  private applyHash(): void {
    const id = this.pendingHashId;
    if (!id || !this.itemById(id)) return;
    this.pendingHashId = null;
    this.selectedId = id;
    this.bringIntoView(this.itemById(id)!, false);
  }

  private writeHash(id: string | null): void {
    if (this.noHash) return;
    const url = new URL(location.href);
    url.hash = id ? `event=${encodeURIComponent(id)}` : '';
    history.replaceState(history.state, '', id ? url.href : url.href.replace(/#$/, ''));
  }

  // ---------------------------------------------------------------- helpers

  private applyFilter(items: TimelineItem[]): TimelineItem[] {
    const filter = this.filter;
    if (!filter) return items;
    const kept: TimelineItem[] = [];
    for (const item of items) {
      let keep = false;
      try {
        keep = filter(item.event) === true;
      } catch (e) {
        console.warn('<event-timeline>: the filter threw; the event is shown', e);
        keep = true;
      }
      if (keep) kept.push({ ...item, index: kept.length });
    }
    return kept;
  }

  /** The font labels are drawn in, read once (not per frame) for canvas measuring. */
  private readFont(): void {
    const style = getComputedStyle(this);
    this.labelFont = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  }

  private get lanes() {
    return this.doc?.lanes ?? [];
  }

  private laneOf(item: TimelineItem) {
    return item.lane ? this.lanes.find((l) => l.id === item.lane) : undefined;
  }

  private itemIndex = new WeakMap<TimelineItem[], Map<string, TimelineItem>>();

  private itemById(id: string): TimelineItem | undefined {
    let map = this.itemIndex.get(this.items);
    if (!map) {
      map = new Map(this.items.map((i) => [i.id, i]));
      this.itemIndex.set(this.items, map);
    }
    return map.get(id);
  }

  private plotElement(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('[part~="plot"]') ?? null;
  }

  private markElement(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`);
  }

  private get resolvedLocale(): string {
    const lang = this.locale || this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || navigator.language || 'en';
    try {
      return Intl.getCanonicalLocales(lang)[0] ?? 'en';
    } catch {
      console.warn(`<event-timeline>: locale "${lang}" is not a valid language tag; using English`);
      return 'en';
    }
  }

  /** True when the element or an ancestor is right-to-left: time then flows right to left. */
  private get rtl(): boolean {
    return (this.closest('[dir]')?.getAttribute('dir') ?? document.documentElement.dir).toLowerCase() === 'rtl';
  }

  private get uiStrings(): TimelineStrings {
    return { ...stringsFor(this.resolvedLocale), ...this.strings };
  }

  private get nowMs(): number {
    if (this.now) {
      const d = parseDate(this.now);
      if (!isDateError(d)) return d.start;
      console.warn(`<event-timeline>: now="${this.now}" is not a date; using the current time`);
    }
    return Date.now();
  }
}

const HOUR = 3_600_000;

function toMs(value: Date | number | string, isEnd: boolean): number | null {
  if (value instanceof Date) return Number.isFinite(value.getTime()) ? value.getTime() : null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const d = parseDate(String(value));
  if (isDateError(d)) return null;
  return isEnd ? d.end : d.start;
}

function extentOf(items: TimelineItem[]): { start: number; end: number } | null {
  if (!items.length) return null;
  let start = Infinity;
  let end = -Infinity;
  for (const item of items) {
    if (item.start < start) start = item.start;
    const e = item.isRange ? item.end : item.start;
    if (e > end) end = e;
  }
  return { start, end };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function markupPath(path: string, markup: MarkupTimeline): string {
  return path.replace(/^events\[(\d+)\]/, (whole, n: string) => {
    const el = markup.elements[Number(n)];
    if (!el) return whole;
    return `<timeline-event${el.id ? ` id="${el.id}"` : ''}> #${Number(n) + 1}`;
  });
}

export type { TimelineEvent };
