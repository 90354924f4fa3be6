import { LitElement, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { TimelineDocument, TimelineEvent } from '../model/types.js';
import type { ParseResult, TimelineProblem } from '../model/parse.js';
import { toTimelineItems } from '../model/items.js';
import type { TimelineItem } from '../model/items.js';
import { parseDate, isDateError } from '../model/dates.js';
import type { ViewState } from '../layout/view.js';
import { GestureController } from '../controllers/gesture-controller.js';
import { ResizeController } from '../controllers/resize-controller.js';
import { SceneController } from '../controllers/scene-controller.js';
import type { Scene, SceneCluster } from '../controllers/scene-controller.js';
import { ViewportController } from '../controllers/viewport-controller.js';
import { FeedController } from '../controllers/feed-controller.js';
import type { FeedSource } from '../controllers/feed-controller.js';
import { HashController } from '../controllers/hash-controller.js';
import { FocusController } from '../controllers/focus-controller.js';
import { fill, stringsFor } from '../i18n/strings.js';
import type { TimelineStrings } from '../i18n/strings.js';
import { TimelineErrorEvent, TimelineLoadEvent, TimelineSelectEvent } from '../dom-events/timeline-events.js';
import type { TimelineErrorDetail } from '../dom-events/timeline-events.js';
import { timelineStyles } from './event-timeline.styles.js';
import { renderProblems, renderLoadError } from './render-problems.js';
import { itemDateText, renderCard, renderClusterList } from './render-card.js';
import { renderPlot } from './render-plot.js';
import { LIST_CHUNK, renderList } from './render-list.js';
import { formatSpan, formatViewRange } from './format-view.js';
import { AttributeChecks, checkLocale, rowsConverter, warnAttribute } from './attributes.js';

/** Quiet time after the view stops moving before the live region speaks, ms. */
const ANNOUNCE_DELAY = 500;
/** Most events rendered for printing (beyond it the print shows the first ones). */
const PRINT_LIMIT = 5_000;
/** One zoom button step. */
const ZOOM_STEP = 2;
/** Default time allowed for a `src` request, ms. */
const DEFAULT_TIMEOUT = 15_000;
/** Default largest `src` body, MB. */
const DEFAULT_MAX_SIZE = 50;
/** Default rows of events per lane (`max-rows="auto"`). */
const DEFAULT_ROWS = 3;

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

  /** Time allowed for loading `src`, in ms, from 1,000 to 300,000 (a value outside is the nearest bound; one that is not a positive number is the default). */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT;

  /** Largest `src` body read, in MB (1 MB = 1,000,000 bytes), up to 500: a larger body (counted as it arrives, after decompression) fails with cause `size`. */
  @property({ type: Number, attribute: 'max-size' }) maxSize = DEFAULT_MAX_SIZE;

  /** Most rows of events in one lane before the rest collapse into "+N" clusters: `auto` (3) or a whole number from 1 to 20. */
  @property({ attribute: 'max-rows', converter: rowsConverter }) maxRows: number | 'auto' = DEFAULT_ROWS;

  /** `timeline` (the default) or `list`: every event as an ordered list of articles. */
  @property({ reflect: true }) view: 'timeline' | 'list' = 'timeline';

  /**
   * Shows only the events for which this returns true, in the timeline and the list alike
   * (for example `e => e.lane === 'police'`); null shows every event. An event the filter throws
   * on is shown, with one console warning for that filter.
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
  /** The events of a "+N" mark that zooming could not separate, listed in the card. */
  @state() private clusterList: { ids: string[]; label: string } | null = null;
  /** What the polite live region says: the visible span and its event count, once settled. */
  @state() private announcement = '';
  /** True between `beforeprint` and `afterprint`: the list is rendered for paper. */
  @state() private printing = false;
  /** How many list items are rendered (grows by chunks as the reader scrolls). */
  @state() private listLimit = LIST_CHUNK;
  private listObserver?: IntersectionObserver;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private labelFont = '';
  private revealAfterRender: { id: string; animate: boolean } | null = null;
  /** The plot element while the timeline view is shown. */
  private plot: HTMLElement | null = null;
  /** The range and items the live region last spoke about (it speaks again when they change). */
  private announced: { range: ViewState; items: TimelineItem[] } | null = null;

  private readonly resize = new ResizeController(this, () => {
    this.readFont();
    this.requestUpdate();
  });
  private readonly scene = new SceneController();
  private readonly viewport = new ViewportController(this);
  private readonly gestures = new GestureController(this, this.viewport);
  private readonly feed = new FeedController(this);
  private readonly hash = new HashController(this);
  private readonly roving = new FocusController(this, this.viewport, this.scene);
  /** @internal The attributes' values as used (checked when they change). */
  readonly checked = new AttributeChecks({ timeout: DEFAULT_TIMEOUT, maxSize: DEFAULT_MAX_SIZE, maxRows: DEFAULT_ROWS });

  // ---------------------------------------------------------------- public API

  /**
   * The parsed document currently shown (null before anything loaded). It is frozen, all the way
   * down, like the document and events in `timeline-load` and `timeline-select`: to change what
   * is shown, give a changed copy as `data` (`structuredClone(el.document)` can be edited).
   */
  get document(): TimelineDocument | null {
    return this.doc;
  }

  /** The visible span. */
  get visibleRange(): { start: Date; end: Date } {
    const { start, end } = this.viewport.range;
    return { start: new Date(start), end: new Date(end) };
  }

  /** The id of the selected event, or null. */
  get selected(): string | null {
    return this.selectedId;
  }

  /** Shows every event (animated unless `animate` is false or motion is reduced). */
  fit(animate = true): void {
    const bounds = this.viewport.limits?.bounds;
    if (bounds) this.viewport.moveTo(bounds, animate);
  }

  /** Shows the span from `start` to `end` (Dates, ms, or ISO dates; ISO ends include their unit). */
  zoomTo(start: Date | number | string, end: Date | number | string, animate = true): void {
    const span = toSpan(start, end);
    if (span) this.viewport.moveTo(span, animate);
    else console.warn(`<event-timeline>: zoomTo(${String(start)}, ${String(end)}) is not a valid span`);
  }

  /** Brings the event into view and moves keyboard focus to its mark. */
  async focusEvent(id: string): Promise<void> {
    const item = this.itemById(id);
    if (item) await this.roving.focusItem(item, false, true);
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
    window.addEventListener('beforeprint', this.onPrint);
    window.addEventListener('afterprint', this.onPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onPrint);
    window.removeEventListener('afterprint', this.onPrint);
    clearTimeout(this.announceTimer);
    this.listObserver?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.checked.update(this, changed);
    this.feed.update(changed.has('data'), changed.has('src'), !!changed.get('data'), !!changed.get('src'));
    if (changed.has('filter') && changed.get('filter') !== undefined) {
      this.items = this.applyFilter(this.allItems);
      this.scene.reset();
      if (this.selectedId && !this.itemById(this.selectedId)) this.selectedId = null;
    }
    if ((changed.has('start') || changed.has('end')) && this.doc && this.checked.span) this.viewport.moveTo(this.checked.span, false);
  }

  private updating = false;

  protected override update(changed: PropertyValues<this>): void {
    this.updating = true;
    try {
      super.update(changed);
    } finally {
      this.updating = false;
    }
  }

  /** @internal */
  isUpdating(): boolean {
    return this.updating;
  }

  protected override firstUpdated(): void {
    this.readFont();
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The plot is created anew only when the view switches back from the list.
    if (!this.plot?.isConnected) {
      this.plot = this.renderRoot.querySelector<HTMLElement>('[part~="plot"]');
      if (this.plot) {
        // A zero-height sizer changes size only with the width, so re-rendering taller or shorter
        // never triggers another resize notification in the same frame.
        this.resize.observe(this.plot.querySelector('.sizer')!);
        this.gestures.attach(this.plot);
      }
    }
    if (this.revealAfterRender && this.resize.width > 0 && this.scene.items) {
      const { id, animate } = this.revealAfterRender;
      this.revealAfterRender = null;
      const item = this.itemById(id);
      if (item) this.bringIntoView(item, animate);
    }
    this.roving.restoreFocus();
    this.hash.apply((id) => !!this.itemById(id));
    const had = changed as Map<PropertyKey, unknown>;
    if (had.has('selectedId') || had.has('doc')) this.assignCardSlot();
    if (this.view === 'list' || had.has('view')) this.observeListEnd();
    this.announceSoon();
  }

  // ---------------------------------------------------------------- rendering

  protected override render() {
    const strings = this.uiStrings;
    const locale = this.resolvedLocale;
    const width = this.resize.width;
    const title = this.doc?.title || strings.events;
    const selected = this.selectedId ? this.itemById(this.selectedId) : undefined;
    const listView = this.view === 'list';
    const { viewport } = this;
    const toSelect = (id: string) => this.setSelection(id, true);
    return html`
      <section part="base" class="base" aria-label=${title}>
        <div class="toolbar">
          <div class="range-label" aria-hidden="true">${this.items.length && !listView ? formatViewRange(viewport.range, locale) : ''}</div>
          <div part="controls" role="group" aria-label=${title}>
            ${listView
              ? nothing
              : html`<button part="control zoom-out" type="button" aria-label=${strings.zoomOut} title=${strings.zoomOut} @click=${() => this.zoomButton(1 / ZOOM_STEP)} ?disabled=${!viewport.canZoomOut}>−</button>
                  <button part="control zoom-in" type="button" aria-label=${strings.zoomIn} title=${strings.zoomIn} @click=${() => this.zoomButton(ZOOM_STEP)} ?disabled=${!viewport.canZoomIn}>+</button>
                  <button part="control fit" type="button" @click=${() => this.fitByUser()} ?disabled=${!viewport.canZoomOut}>${strings.fitAll}</button>`}
            <button part="control view-toggle" type="button" aria-pressed=${listView ? 'true' : 'false'} @click=${() => (this.view = listView ? 'timeline' : 'list')}>${strings.listView}</button>
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
              label: title,
              limit: this.printing ? PRINT_LIMIT : this.listLimit,
              onSelect: toSelect,
              onMore: () => (this.listLimit += LIST_CHUNK),
            })
          : nothing}
        ${listView
          ? nothing
          : renderPlot({
              scene: width > 0 && this.items.length ? this.computeScene(width, locale, strings) : null,
              range: viewport.range,
              width,
              locale,
              strings,
              now: this.nowMs,
              selectedId: this.selectedId,
              dragging: viewport.dragging,
              rtl: this.isRtl(),
              label: title,
              onKeydown: this.roving.onKeydown,
              onFocusChange: this.roving.onFocusChange,
              onActivate: toSelect,
              onCluster: (cluster) => this.openCluster(cluster),
            })}
        ${this.clusterList && !selected
          ? renderClusterList(
              this.clusterList.label,
              this.clusterList.ids.map((id) => this.itemById(id)).filter((i): i is TimelineItem => !!i),
              locale,
              strings,
              toSelect,
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
              hasMarkup: this.feed.source === 'markup' && this.feed.markupElements.has(selected.id),
              hasPrevious: selected.index > 0,
              hasNext: selected.index < this.items.length - 1,
              onClose: () => this.closeCard(),
              onStep: (delta) => {
                const next = this.items[selected.index + delta];
                if (next) this.setSelection(next.id, true);
              },
            })
          : nothing}
      </section>
    `;
  }

  private computeScene(width: number, locale: string, strings: TimelineStrings): Scene {
    const focus = this.roving;
    return this.scene.compute(
      {
        items: this.items,
        lanes: this.lanes,
        view: this.viewport.range,
        width,
        maxRows: this.checked.maxRows,
        now: this.nowMs,
        defaultLaneLabel: strings.defaultLane,
        locale,
        tabStopId: focus.activeId ?? this.selectedId,
        keep: focus.keepId ? this.itemById(focus.keepId) : undefined,
        tabStopCluster: focus.activeCluster,
        labelsKey: `${locale}|${strings.deadline}|${strings.cluster}`,
        moving: this.viewport.moving,
        describe: (item) => this.describe(item, locale, strings),
        describeCluster: (count, start, end) =>
          fill(strings.cluster, { count: count.toLocaleString(locale), range: formatSpan({ start, end }, locale) }),
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

  // ---------------------------------------------------------------- data in (FeedHost)

  /** @internal */
  markupTitle(): string {
    return this.getAttribute('aria-label') || this.querySelector(':scope > h1, :scope > h2')?.textContent?.trim() || this.uiStrings.events;
  }

  /** @internal */
  accept(parsed: ParseResult, _from: FeedSource, keepView: boolean): void {
    this.doc = parsed.document;
    this.allItems = toTimelineItems(parsed.document);
    this.items = this.applyFilter(this.allItems);
    this.problems = parsed.problems;
    this.problemsDismissed = false;
    this.loadError = null;
    this.scene.reset();
    if (this.selectedId && !this.itemById(this.selectedId)) this.selectedId = null;
    this.viewport.setExtent(extentOf(this.allItems), this.checked.span, keepView);
    this.dispatchEvent(new TimelineLoadEvent({ document: parsed.document, problems: parsed.problems }));
    const errors = parsed.problems.filter((p) => p.severity === 'error').length;
    if (errors) this.dispatchEvent(new TimelineErrorEvent({ cause: 'data', message: `${errors} problem(s) in the timeline data`, problems: parsed.problems }));
  }

  /** @internal */
  loadFailed(error: TimelineErrorDetail): void {
    this.loadError = error;
    this.dispatchEvent(new TimelineErrorEvent(error));
  }

  // ---------------------------------------------------------------- moving

  private zoomButton(factor: number): void {
    const { range } = this.viewport;
    const selected = this.selectedId ? this.itemById(this.selectedId) : undefined;
    const anchor = selected && selected.start >= range.start && selected.start <= range.end ? selected.start : (range.start + range.end) / 2;
    this.viewport.zoomAroundTime(factor, anchor);
  }

  /** @internal Fit everything, as the reader asked (fires range events). */
  fitByUser(): void {
    const bounds = this.viewport.limits?.bounds;
    if (bounds) this.viewport.moveTo(bounds, true, true);
  }

  /**
   * Opens a "+N" mark: zooms in to its span so its events get their own marks, or, when zooming
   * cannot separate them in one view (they share a moment, or sit too close), also lists them.
   */
  private openCluster(cluster: SceneCluster): void {
    const { limits, range } = this.viewport;
    if (!limits) return;
    const members = this.scene.clusterMembers(cluster.key).map((i) => this.items[i]!);
    const width = Math.max(1, this.resize.width);
    const span = cluster.end - cluster.start;
    const current = range.end - range.start;
    // The closest view that still shows the whole cluster…
    const whole = Math.min(current, Math.max(limits.minSpan, span * 1.25));
    const placedAt = (s: number) => members.every((m) => this.scene.isPlaced(m.index, s / width) !== false);
    // …zoomed in by eighth octaves (finer than a layout level) while it still shows them all,
    // until each has a mark of its own.
    let target = whole;
    while (!placedAt(target) && target * 0.917 >= Math.max(span, limits.minSpan)) target *= 0.917;
    const separable = placedAt(target);
    const zoomTo = separable ? target : whole;
    if (zoomTo < current * 0.95) {
      const mid = cluster.start + span / 2;
      this.viewport.moveTo({ start: mid - zoomTo / 2, end: mid + zoomTo / 2 }, true, true);
    }
    if (separable) {
      // Opened from the keyboard: focus moves to the first of the events it held.
      if (this.roving.activeCluster === cluster.key && members[0]) void this.roving.focusItem(members[0], true, true, false);
      return;
    }
    this.selectedId = null;
    this.clusterList = { ids: members.map((m) => m.id), label: cluster.label };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="cluster-list"]')?.focus());
  }

  /**
   * @internal Moves the view so the item is visible with its own mark: keeps the zoom when the
   * item fits and is not folded into a "+N", otherwise zooms in around it until it has a mark.
   */
  bringIntoView(item: TimelineItem, animate: boolean): void {
    const { limits, range } = this.viewport;
    if (!limits) return;
    const width = this.resize.width;
    if (width === 0 || !this.scene.items) {
      // Not laid out yet: reveal after the first render.
      this.revealAfterRender = { id: item.id, animate };
      return;
    }
    let span = range.end - range.start;
    let zoomed = false;
    while (span / 2 >= limits.minSpan && this.scene.isPlaced(item.index, span / width) === false) {
      span /= 2;
      zoomed = true;
    }
    const itemEnd = item.isRange ? item.end : item.start;
    const pad = span * 0.08;
    if (!zoomed && item.start >= range.start + pad && itemEnd <= range.end - pad) return;
    let target: ViewState;
    if (zoomed) {
      const mid = item.isRange ? Math.min((item.start + item.end) / 2, item.start + span / 3) : item.start;
      target = { start: mid - span / 2, end: mid + span / 2 };
    } else if (itemEnd - item.start > span - 2 * pad) {
      const margin = (itemEnd - item.start) * 0.1;
      target = { start: item.start - margin, end: itemEnd + margin };
    } else {
      const mid = (item.start + itemEnd) / 2;
      target = { start: mid - span / 2, end: mid + span / 2 };
    }
    this.viewport.moveTo(target, animate);
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
      this.hash.write(id);
      if (previous !== id) this.dispatchEvent(new TimelineSelectEvent({ id, event: item?.event ?? null }));
    }
  }

  /** @internal Closes the card and returns focus to its event's mark (or list item). */
  async closeCard(): Promise<void> {
    const id = this.selectedId;
    if (!id) return;
    this.setSelection(null, true);
    await this.updateComplete;
    const mark = this.renderRoot.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`);
    (mark?.localName === 'li' ? mark.querySelector('button') : mark)?.focus({ preventScroll: true });
  }

  /** Shows the selected markup event's own content in the card, through the manual slot. */
  private assignCardSlot(): void {
    const slot = this.renderRoot.querySelector<HTMLSlotElement>('slot[name="card"]');
    if (!slot) return;
    const element = this.selectedId ? this.feed.markupElements.get(this.selectedId) : undefined;
    if (element && element.parentElement === this) slot.assign(element);
    else slot.assign();
  }

  // ---------------------------------------------------------------- list, print, live region

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

  private readonly onPrint = (e: Event): void => {
    this.printing = e.type === 'beforeprint';
  };

  /** Announces the visible span and its event count once the view has settled. */
  private announceSoon(): void {
    const { range } = this.viewport;
    if (this.announced?.range === range && this.announced.items === this.items) return;
    this.announced = { range, items: this.items };
    clearTimeout(this.announceTimer);
    if (!this.items.length || this.view === 'list') return;
    this.announceTimer = setTimeout(() => {
      const locale = this.resolvedLocale;
      this.announcement = fill(this.uiStrings.showing, {
        range: formatViewRange(range, locale),
        count: (this.scene.countIn(range.start, range.end) ?? 0).toLocaleString(locale),
      });
    }, ANNOUNCE_DELAY);
  }

  // ---------------------------------------------------------------- helpers

  /** The last filter that threw (and was reported). */
  private filterWarned: unknown = null;

  private applyFilter(items: TimelineItem[]): TimelineItem[] {
    const filter = this.filter;
    if (!filter) return items;
    const kept: TimelineItem[] = [];
    let threw = 0;
    let error: unknown;
    for (const item of items) {
      let keep = true;
      try {
        keep = filter(item.event) === true;
      } catch (e) {
        if (!threw++) error = e;
      }
      if (keep) kept.push({ ...item, index: kept.length });
    }
    // Once per filter, not once per event (or per document).
    if (threw && this.filterWarned !== filter) {
      this.filterWarned = filter;
      console.warn(`<event-timeline>: the filter threw for ${threw} of ${items.length} events; they are shown`, error);
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
    return this.lanes[item.laneIndex];
  }

  private itemIndex = new WeakMap<TimelineItem[], Map<string, TimelineItem>>();

  /** @internal */
  itemById(id: string): TimelineItem | undefined {
    let map = this.itemIndex.get(this.items);
    if (!map) {
      map = new Map(this.items.map((i) => [i.id, i]));
      this.itemIndex.set(this.items, map);
    }
    return map.get(id);
  }

  /** @internal The events shown, in time order. */
  shownItems(): TimelineItem[] {
    return this.items;
  }

  /** @internal */
  plotWidth(): number {
    return this.resize.width;
  }

  /** @internal */
  plotLeft(): number {
    return this.plot?.getBoundingClientRect().left ?? 0;
  }

  /** @internal */
  wheelZoom(): boolean {
    return !this.noWheelZoom;
  }

  /** @internal True when the element or an ancestor is right-to-left: time then flows right to left. */
  isRtl(): boolean {
    return (this.closest('[dir]')?.getAttribute('dir') ?? document.documentElement.dir).toLowerCase() === 'rtl';
  }

  // Read by every render: derived again only when what it comes from changes (so a bad `locale`
  // is reported once, not every frame).
  private localeLang = '';
  private localeResolved = 'en';

  private get resolvedLocale(): string {
    const lang = this.locale || this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || navigator.language || 'en';
    if (lang !== this.localeLang) {
      this.localeLang = lang;
      const [resolved, problem] = checkLocale(lang);
      this.localeResolved = resolved;
      if (problem) warnAttribute(this.locale ? 'locale' : 'lang', lang, problem);
    }
    return this.localeResolved;
  }

  private get uiStrings(): TimelineStrings {
    return { ...stringsFor(this.resolvedLocale), ...this.strings };
  }

  private get nowMs(): number {
    return this.checked.now ?? Date.now();
  }
}

/** A span from two dates (Dates, ms, or ISO dates whose end includes its unit), or null. */
function toSpan(start: Date | number | string, end: Date | number | string): ViewState | null {
  const a = toMs(start, false);
  const b = toMs(end, true);
  return a !== null && b !== null && b > a ? { start: a, end: b } : null;
}

function toMs(value: Date | number | string, isEnd: boolean): number | null {
  if (value instanceof Date) value = value.getTime();
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const d = parseDate(String(value));
  return isDateError(d) ? null : isEnd ? d.end : d.start;
}

function extentOf(items: TimelineItem[]): { start: number; end: number } | null {
  if (!items.length) return null;
  let start = Infinity;
  let end = -Infinity;
  for (const item of items) {
    start = Math.min(start, item.start);
    end = Math.max(end, item.isRange ? item.end : item.start);
  }
  return { start, end };
}

export type { TimelineEvent };
