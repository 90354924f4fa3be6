import { LitElement, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { TimelineDocument, TimelineEvent } from '../model/types.js';
import type { TimelineItem } from '../model/items.js';
import { parseDate, isDateError } from '../model/dates.js';
import { formatDate } from '../model/dates.js';
import type { ParsedDate } from '../model/date-types.js';
import type { TimeScale } from '../layout/scale.js';
import { timeScale } from '../layout/scale.js';
import { tabStop } from '../scene/tab-stop.js';
import { GestureController } from '../controllers/gesture-controller.js';
import { ResizeController } from '../controllers/resize-controller.js';
import { SceneController } from '../controllers/scene-controller.js';
import { ViewportController } from '../controllers/viewport-controller.js';
import { FeedController } from '../controllers/feed-controller.js';
import { FocusController } from '../controllers/focus-controller.js';
import { DocumentController, spanOf } from '../controllers/document-controller.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { ThemeController } from '../controllers/theme-controller.js';
import { SlideController } from '../controllers/slide-controller.js';
import { PaintController } from '../controllers/paint-controller.js';
import { PointerController } from '../controllers/pointer-controller.js';
import { SelectionController } from '../controllers/selection-controller.js';
import { focusAfterUpdate, keepInPlaceAfterUpdate } from '../controllers/focus-after-update.js';
import { AnnounceController } from '../controllers/announce-controller.js';
import { OverviewController } from '../controllers/overview-controller.js';
import { StoryController } from '../controllers/story-controller.js';
import { PrintController } from '../controllers/print-controller.js';
import { ListChunksController } from '../controllers/list-chunks-controller.js';
import { countAfter, countBefore, stepTo } from '../layout/visible.js';
import type { ClusterRow, VerticalEntry } from '../layout/vertical.js';
import { renderOverview } from './render-overview.js';
import { en, fill, plural, pluralForms } from '../i18n/strings.js';
import { formatNumber } from '../i18n/numbers.js';
import { renderProgress } from './render-progress.js';
import { Slices } from '../controllers/slices.js';
import type { TimelineStrings } from '../i18n/strings.js';
import { timelineStyles } from './event-timeline.styles.js';
import { themeColours } from './theme-colours.js';
import { renderProblems, renderLoadError } from './render-problems.js';
import { LIST_CHUNK, renderCard, renderClusterList } from './render-card.js';
import { renderPlot } from './render-plot.js';
import { axisWords } from './axis-words.js';
import { renderPosition, renderVertical } from './render-vertical.js';
import { VerticalController } from '../controllers/vertical-controller.js';
import { formatDuration } from './format-duration.js';
import { renderControls } from './render-controls.js';
import { assignMarkupSlots } from './markup-slots.js';
import { renderStory, STORY_BESIDE_PX, STORY_NARROW_PX, STORY_PIN_MEDIA } from './render-story.js';
import { renderDescription, renderHeader } from './render-header.js';
import { heading } from './heading.js';
import { TIMELINE_HOST } from './timeline-host.js';
import { ownDirection } from './own-direction.js';
import { storyStyles } from './story.styles.js';
import { renderList } from './render-list.js';
import { formatViewRange, SEEN } from './format-view.js';
import { bucketName, clusterName, countedSpan, Descriptions, stripName, stripScale } from './describe.js';
import type { Now } from './deadline-words.js';
import { bucketView, parseStripKey } from '../scene/strip.js';
import { CachedQuery } from '../controllers/cached-query.js';
import { AttributeChecks, rowsConverter } from './attributes.js';
import { outOfWindow, pageScrolls, revealInWindow, scrollPaddingTop } from '../controllers/window-reveal.js';
import { clampView } from '../layout/view.js';
import { shownText } from './directives/shown-text.js';
import type { ViewState } from '../layout/view.js';
import { isBlank } from '../model/read.js';

/** Most events rendered for printing (beyond it the print shows the first ones and says how many it left out, and when). */
const PRINT_LIMIT = 5_000;
/** One zoom button step. */
const ZOOM_STEP = 2;
/** A tap on a phone's "+N" row zooms in by up to this: about a calendar step (a year into months). */
const ROW_ZOOM_MAX = 12;
/** Default time allowed for a `src` request, ms. */
const DEFAULT_TIMEOUT = 15_000;
/** Default largest `src` body, MB. */
const DEFAULT_MAX_SIZE = 50;

/**
 * An interactive, zoomable timeline of dated events on a real time axis.
 *
 * Feed it in one of three ways: the `data` property (a document object), the `src` attribute (a
 * JSON timeline document), or `<timeline-event>` children. When more than one is given, `data`
 * wins over `src`, and `src` over the children; each may change at any time.
 *
 * The plot is drawn on a canvas, with a real button over every mark in view for keyboards and
 * screen readers; `::part()` rules and `--timeline-*` properties style what is drawn (see the
 * README's Theming section for the properties each part honours).
 *
 * @tagname event-timeline
 * @summary A scrollable, zoomable time axis with lanes, ranges, deadlines and a detail card.
 *
 * @fires {TimelineSelectEvent} timeline-select - The user selected an event (or cleared the selection): `{ id, event }`.
 * @fires {TimelineRangeChangeEvent} timeline-rangechange - The user is moving the view (at most once a frame): `{ start, end }` as Dates and `{ startMs, endMs }` as UTC ms (deep time has only these).
 * @fires {TimelineRangeChangedEvent} timeline-rangechanged - The view settled after the user moved it: `{ start, end, startMs, endMs }`.
 * @fires {TimelineLoadEvent} timeline-load - A document was loaded and parsed: `{ document, problems }`.
 * @fires {TimelineErrorEvent} timeline-error - Loading failed or the data had problems: `{ cause, message, url?, status?, problems? }`.
 *
 * @slot - `<timeline-event>` (and optional `<timeline-lane>`) children describing the events.
 * @slot card - Internal: the selected markup event is shown in the card through this slot.
 *
 * @csspart base - The whole timeline.
 * @csspart controls - The zoom and fit buttons' group.
 * @csspart control - Each button of the element: in the toolbar, `zoom-out`, `zoom-in`, `fit`, `view-toggle` ("List", pressed in the list view) and, in the list view, `view-timeline` (back to the timeline); the card's `close`, `previous` and `next`; the list's `more` ("Show 200 more events"); the problems and load error panels' `dismiss`; story mode's `start`, `previous`, `next`, `to-title` and `last`; the header's `about`; the overview's `overview-earlier` and `overview-later`.
 * @csspart plot - The pannable, zoomable area.
 * @csspart canvas - The canvas the plot's grid, rules, marks and labels are drawn on (the axis's labels are drawn on a canvas inside `axis`).
 * @csspart canvas-slide - The same drawing made wider, shown in the canvas's place while the reader pans (it slides under the plot, see Performance): a page that styles `canvas` styles it alike. Its opacity is the element's.
 * @csspart axis - The time axis's band (its background and bottom line), which sticks to the window's top while the page scrolls a plot taller than the window: `top` keeps it under a page's fixed header (`::part(axis) { top: 56px }`), `position: static` lets it scroll away.
 * @csspart tick - An axis label (with `major` or `minor`): `color` and `font` are drawn.
 * @csspart lane - A lane.
 * @csspart lane-label - A lane's label.
 * @csspart event - An event's mark (also `range`, `point`, `imprecise`, `approximate`, `selected`): its `color` styles the label, per kind as the cascade gives it (`::part(approximate)` after `::part(range)` wins for an approximate range); the `event` part's `font` styles every label (they are measured once, in it); the button over it shows the focus ring.
 * @csspart deadline - A deadline's rule: its `border-color` is drawn.
 * @csspart deadline-label - A deadline's label: `color` and `font` are drawn.
 * @csspart now - The "now" rule: its `border-color` is drawn.
 * @csspart cluster - A "+N" mark standing for events that do not fit: `color` and `font` are drawn.
 * @csspart strip - The button over the bucket of a lane's density strip that has (or takes) keyboard focus, in a group named with the lane's summary; the bars are drawn in the lane's colour.
 * @csspart strip-scale - A density strip's key after its lane's name ("a bar per 3 months, full height 510 events"): what a bar spans and what a full-height bar counts at this zoom.
 * @csspart card - The detail card (also `cluster-list`: the list of a "+N" mark's events).
 * @csspart list - The list view's ordered list (each event a `list-item`).
 * @csspart overview - The strip under the plot: the whole extent, its density and the visible span (`overview-track`, `overview-thumb`; its buttons, counting the events before and after the view, are `control overview-earlier` and `control overview-later`, hidden when nothing lies beyond, and taking no room while the view shows everything).
 * @csspart progress - The progress bar shown while a large document is read and arranged.
 * @csspart tooltip - The whole title of a mark or deadline whose label is cut, or a density strip bucket's span and count, on hover or focus.
 * @csspart vertical - The vertical list (phones, `orientation="vertical"`): its rows are `event` (a button) and `cluster` parts; the element then matches `:state(vertical)`.
 * @csspart title-card - Story mode's opening card (also `card`): the document's title, `description` and image, and the `start` control.
 * @csspart story - Story mode's panel that holds its card: a column beside the plot on a wide element; narrower, under the plot, pinned to the window's bottom while the page shows the plot above it: `bottom` keeps it over a page's fixed footer (`::part(story) { bottom: 56px }`), `position: static` leaves it under the plot.
 * @csspart position - Story mode's "5 of 23", after the `previous` and `next` controls and before `to-title` and `last`.
 * @csspart header - Outside story mode, the document's title line at the start of the toolbar (`display: none` hides it), with the `about` control.
 * @csspart title - The title in the header.
 * @csspart description - The document's description: on the title card, or under the toolbar after "About".
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
 * @cssproperty [--timeline-row-height=2.3em] - Height of one row of events (never less than its text needs).
 * @cssproperty [--timeline-radius=6px] - Corner radius of marks.
 * @cssproperty [--timeline-font-family=system-ui] - Font.
 * @cssproperty [--timeline-font-size=0.875rem] - Base font size (follows the page's own).
 * @cssproperty [--timeline-border-color] - The element's border (defaults to the grid colour).
 * @cssproperty [--timeline-border-radius=8px] - The element's corner radius.
 * @cssproperty [--timeline-max-height=80vh] - The tallest the element grows (toolbar and overview included; an open card below the plot is not counted): within it the lanes share the rows, each keeping at least a row of events and a row of "+N" marks, and what does not fit folds into "+N"; `none` for every row the first view's events need.
 * @cssproperty [--timeline-vertical-below=600px] - With `orientation="auto"`, the width below which the timeline reads vertically (0 for never).
 */
export class EventTimelineElement extends LitElement {
  static override styles = [themeColours, timelineStyles, storyStyles];
  static override shadowRootOptions: ShadowRootInit = { mode: 'open', slotAssignment: 'manual' };
  /** @internal Marks the class as a timeline for its `<timeline-event>` children, under any tag name. */
  static readonly [TIMELINE_HOST] = true;

  /** URL of a JSON timeline document to load. */
  @property({ reflect: true }) src: string | null = null;

  /** A timeline document object; takes precedence over `src` and children while set. */
  @property({ attribute: false }) data: TimelineDocument | null = null;

  /** Locale for dates and numbers (BCP 47); defaults to the nearest `lang` in the page. */
  @property({ reflect: true }) locale: string | null = null;

  /**
   * The reference date for "now" and relative deadline times (ISO date); defaults to the real now.
   * A deadline's label in the plot counts from it in a label's short words ("in 27 days"; the plot
   * draws the "now" rule where it is in view); its card, its row on a phone and its accessible
   * name name the day ("27 days after 24 August 2020"; "in 27 days" from the real now, or from a
   * `now` of a month or a year).
   */
  @property({ reflect: true }) now: string | null = null;

  /**
   * What the "now" rule's label says (for a published story, for example "Article published").
   * Without it the label is "Now" for the real now, and the date itself when `now` fixes it, so a
   * page read long after still says something true.
   */
  @property({ reflect: true, attribute: 'now-label' }) nowLabel: string | null = null;

  /** Initial view start (ISO date); with `end`, replaces "fit all" as the first view. */
  @property({ reflect: true }) start: string | null = null;

  /**
   * Initial view end (ISO date). Like "fit all", this first view may end a little later (by half
   * its span at most) when a label near its end would otherwise be cut: every title in it reads whole.
   */
  @property({ reflect: true }) end: string | null = null;

  /** Do not read or write `#event=<id>` in the page URL. */
  @property({ type: Boolean, reflect: true, attribute: 'no-hash' }) noHash = false;

  /** Hide the overview strip (the whole extent, its density and the visible span) under the plot. */
  @property({ type: Boolean, reflect: true, attribute: 'no-overview' }) noOverview = false;

  /** Do not zoom with Ctrl/⌘ + wheel or trackpad pinch. */
  @property({ type: Boolean, reflect: true, attribute: 'no-wheel-zoom' }) noWheelZoom = false;

  /** Time allowed for loading `src`, in ms, from 1,000 to 300,000 (a value outside is the nearest bound; one that is not a positive number is the default). */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT;

  /** Largest `src` body read, in MB (1 MB = 1,000,000 bytes), up to 500: a larger body (counted as it arrives, after decompression) fails with cause `size`. */
  @property({ type: Number, attribute: 'max-size' }) maxSize = DEFAULT_MAX_SIZE;

  /**
   * Most rows of events in one lane before the rest collapse into "+N" marks: `auto` (the default:
   * as many as the events need, within the room the element has) or a whole number from 1 to 20.
   */
  @property({ attribute: 'max-rows', converter: rowsConverter }) maxRows: number | 'auto' = 'auto';

  /**
   * `auto` (the default): vertical when the element is narrower than `--timeline-vertical-below`
   * (600px by default), horizontal otherwise, decided again as it resizes. `vertical`: time flows
   * down a list read with the page's own scroll (phones). `horizontal`: always the plot.
   */
  @property({ reflect: true }) orientation: 'horizontal' | 'vertical' | 'auto' = 'auto';

  /** The level (1 to 6) of the card's heading and of each list article's heading, to fit the page's outline; a card in the list is one level below its article. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * Read it as a story: the timeline opens on a title card (the document's `title`, `description`
   * and `media`; a markup timeline's `aria-label` or first `<h1>`/`<h2>` child), and a reading path
   * walks every event in time order: Start, Previous and Next with "5 of 23", Back to the title
   * and To the end; ←/→ step while focus is in the timeline, a sideways swipe on the card too.
   * Each step keeps the reader's zoom, zooming in only as far as the event's own mark needs. On an
   * element 1,120 px wide or wider the card stands in a column beside the plot; narrower, under it,
   * pinned to the window's bottom while the page shows the plot above it.
   * Without it, a compact line shows the title, with the description behind an "About" button.
   */
  @property({ type: Boolean, reflect: true }) story = false;

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

  @state() private problemsDismissed = false;
  /** The description is shown under the title line (outside story mode). */
  @state() private aboutOpen = false;
  /** How many events of the open list of a "+N" (`of`) are shown. */
  #clusterShown: { of: SelectionController['clusterList']; count: number } = { of: null, count: LIST_CHUNK };
  /** The attributes' values as used (checked when they change). */
  readonly #checked = new AttributeChecks({ timeout: DEFAULT_TIMEOUT, maxSize: DEFAULT_MAX_SIZE });
  readonly #names = new Descriptions();

  readonly #locales = new LocaleController(this);
  /** The plot's width (from a zero-height sizer, which changes only with the width). */
  readonly #size = new ResizeController(this, 'content', ['width']);
  /** The plot's own box: taller or shorter than asked for when the page gives the element a height. */
  readonly #plotBox = new ResizeController(this, 'border', ['height']);
  /** The element's width (for the automatic orientation) and its borders and padding. */
  readonly #hostBox = new ResizeController(this, 'border', ['width', 'edges']);
  readonly #toolbarBox = new ResizeController(this, 'border', ['height']);
  readonly #overviewBox = new ResizeController(this, 'border', ['height']);
  /** Indexing the shown events by id, a slice at a time, once they are drawn. */
  readonly #indexing = new Slices();
  /** The events indexed, or being indexed (null: none, or indexing was cut short out of the page). */
  #indexingFor: TimelineItem[] | null = null;
  /** The element's width as `#orient` read it in this update (before the first measure, its own layout width). */
  #width = 0;
  /** The plot height the last render asked for. */
  #askedHeight = 0;
  /** The document the toolbar and overview were last measured for. */
  #measuredFor: unknown = undefined;
  readonly #viewport = new ViewportController(this, {
    width: () => this.#size.width,
    rtl: () => this.#locales.rtl,
    left: () => this.#plotElement()?.getBoundingClientRect().left ?? 0,
    slide: (range) => this.#slide.to(range),
  });
  readonly #theme = new ThemeController(this);
  readonly #doc = new DocumentController(this, this.#viewport, () => this.#checked.span);
  readonly #feed = new FeedController(this, this.#doc, () => ({ timeout: this.#checked.timeout, maxBytes: this.#checked.maxBytes }));
  readonly #gestures = new GestureController(this, this.#viewport);
  private readonly scenes: SceneController = new SceneController(this, this.#doc, this.#viewport, this.#theme, this.#locales, {
    width: () => this.#size.width,
    now: () => this.#nowMs,
    nowLabel: () => this.#nowText,
    keep: () => this.#roving.keep,
    selected: () => this.#selection.selected,
    maxRows: () => this.#checked.maxRows,
    live: () => this.#roving.inside,
    room: () => this.#room(),
    plotted: () => !this.#isVertical && this.view !== 'list' && !this.#print.printing && (!this.isConnected || this.checkVisibility?.() !== false),
  });
  readonly #roving: FocusController = new FocusController(this, this.#doc, this.#viewport, this.scenes, this.#locales, {
    // In a story, as Escape on its card: the title card where the reader is (see `StoryController.close`).
    escape: () => (this.story ? this.#story.close() : void this.#selection.close()),
    width: () => this.#size.width,
  });
  readonly #selection: SelectionController = new SelectionController(this, this.#doc, this.#viewport, this.scenes, this.#roving, () => this.#size.width, () => this.isUpdatePending || this.#feed.onItsWay);
  readonly #story = new StoryController(this, this.#doc, this.#viewport, this.scenes, this.#selection, this.#roving, {
    width: () => this.#size.width,
    rtl: () => this.#locales.rtl,
    keepsCard: () => this.#storyKeepsCard(),
  });
  readonly #painter = new PaintController(this, this.scenes, this.#theme, () => this.#selection.selectedId);
  readonly #slide: SlideController = new SlideController(this, this.scenes, this.#theme, this.#painter, {
    width: () => this.#size.width,
    restsIn: () => this.#viewport.restsIn,
    canPan: () => this.#viewport.canZoomOut,
    focused: () => this.#roving.inside,
    dragging: () => this.#viewport.dragging,
    selected: () => this.#selection.selectedId,
    thumb: () => this.#overview.thumb,
    words: (range) => ({ span: this.#spanWords(range), ...this.#countWords(range) }),
  });
  readonly #pointer = new PointerController(this, this.scenes, this.#painter, this.#viewport, () => this.#slide.shown, {
    activate: (id) => this.#selection.select(id, true),
    open: (cluster) => this.#selection.openCluster(cluster),
    zoom: (span) => this.#viewport.open({ start: span.start, end: span.end }, bucketView(span), true),
  });
  readonly #vertical = new VerticalController(this, this.#doc, this.#viewport, this.#locales, this.#theme);
  /** An event to focus once the other orientation is drawn (it had focus when the orientation changed). */
  #refocus: string | null = null;
  /** The selection the vertical list last showed: a new one (a deep link, the API) is scrolled into the window. */
  #shownSelection: string | null = null;
  /** Whether the timeline reads vertically now (`orientation`, or `auto` and narrow): the `:state(vertical)` of the element. */
  #isVertical = false;
  readonly #internals = this.attachInternals();
  /** On paper the timeline is its list. */
  readonly #print = new PrintController(this);
  readonly #listChunks = new ListChunksController(this, () => this.view === 'list', LIST_CHUNK);
  readonly #overview = new OverviewController(this, this.#viewport, this.scenes, this.#theme, this.#locales);
  readonly #announcer = new AnnounceController(this, () => {
    const { range } = this.#viewport;
    const locale = this.#locales.locale;
    if (this.view === 'list') return plural(this.#locales.strings.list, this.#doc.items.length, locale);
    if (!this.#doc.items.length) return '';
    // A view opened on a strip's bucket is named, and counted, as the bucket.
    return plural(this.#locales.strings.showing, this.scenes.countIn(this.scenes.opened(range) ?? range), locale, { range: this.#spanWords(range) });
  }, () => this.#viewport.followed);

  // ---------------------------------------------------------------- public API

  /**
   * The parsed document currently shown (null before anything loaded). It is frozen, all the way
   * down, like the document and events in `timeline-load` and `timeline-select`: to change what
   * is shown, give a changed copy as `data` (`structuredClone(el.document)` can be edited). A copy
   * that goes on from the document shown (its title, and one of its first events shown now) keeps
   * the view the reader moved to and the open card; another document starts from its own view.
   */
  get document(): TimelineDocument | null {
    return this.#doc.doc;
  }

  /**
   * The visible span, as Dates and as UTC ms (`startMs`, `endMs`: the ones that hold deep time,
   * where the Dates are invalid).
   */
  get visibleRange(): { start: Date; end: Date; startMs: number; endMs: number } {
    const { start, end } = this.#viewport.range;
    return { start: new Date(start), end: new Date(end), startMs: start, endMs: end };
  }

  /**
   * The time scale the plot is drawn with: a d3 `scaleUtc` from the visible span to px from the
   * plot's left edge (mirrored right to left); a `scaleLinear` over UTC ms when the view reaches
   * beyond the `Date` range (deep time). A copy: use it to draw in register with the axis.
   */
  get scale(): TimeScale {
    return timeScale(this.#viewport.range, Math.max(1, this.#size.width), this.#locales.rtl);
  }

  /** The id of the selected event, or null. */
  get selected(): string | null {
    return this.#selection.selectedId;
  }

  /**
   * Shows every event (animated unless `animate` is false or motion is reduced), with room after
   * the last ones for their labels to be whole; read vertically, the list at the density of "Show
   * all", from its start.
   */
  fit(animate = true): void {
    this.#viewport.fit(animate);
    if (this.#isVertical) this.#vertical.fit(this.#pageMayScroll());
  }

  /**
   * Shows the span from `start` to `end` (Dates, ms, or ISO dates; ISO ends include their unit),
   * within what the reader can reach: no wider than "fit all", no narrower than the closest zoom
   * (an hour, or three units of the finest date of the events shown: three days when every date
   * is a day or coarser, so no date is drawn under clock times it does not have), and panned into
   * the events' extent (a span before the first event shows the first ones). Read vertically (a
   * phone), the list's gaps take the density that would fit the span in the window (rows add
   * their own height), and while the element is in the window (or the reader just pressed
   * something) the page scrolls to bring its start under the sticky bar.
   */
  zoomTo(start: Date | number | string, end: Date | number | string, animate = true): void {
    const span = spanOf(start, end);
    if (span && this.#isVertical) {
      this.#viewport.moveTo(span, false);
      this.#vertical.show(this.#viewport.range, (this.renderRoot.querySelector('.toolbar')?.getBoundingClientRect().height ?? 0) + scrollPaddingTop(), this.#pageMayScroll());
    } else if (span) this.#viewport.moveTo(span, animate);
    else console.warn(`<event-timeline>: zoomTo(${String(start)}, ${String(end)}) is not a valid span`);
  }

  /**
   * Brings the event into view (the page scrolls just enough when its mark is outside the window) and moves keyboard focus to its mark.
   * Called before the document is shown (in the same task as setting `data`, while `src` loads), it waits for it.
   */
  async focusEvent(id: string): Promise<void> {
    // A document given just before is read at the next update; one still on its way is waited for.
    if (!this.#doc.item(id) && (this.isUpdatePending || !this.hasUpdated)) await this.updateComplete;
    if (!this.#doc.item(id) && this.#feed.onItsWay) await this.#loaded();
    const item = this.#doc.item(id);
    if (item) await this.#roving.focusItem(item, false, true);
  }

  /** Resolves once the document on its way is shown, could not be (`timeline-error`), or was given up (`src` cleared). */
  async #loaded(): Promise<void> {
    await this.#feed.settled();
    await this.updateComplete;
  }

  /**
   * Selects an event by id (opening its card), or clears the selection with null. Fires no event;
   * a deep link `#event=<id>` in the URL to the event selected before follows (another timeline's
   * link and the page's other anchors are left alone).
   * The view moves to the event; when its mark is wholly out of the window, the page scrolls just
   * enough to show it and the card's title (a deep link `#event=<id>` does so whenever either is out).
   * Called before the document is shown (in the same task as setting `data` or writing markup
   * children, while `src` loads), the event is selected once it is; an id the document does not
   * have is warned about then.
   */
  select(id: string | null): void {
    if (id !== null && !this.#doc.item(id)) {
      // `data` set just before (read at the next update), `src` loading, a large document read in
      // slices, markup children not read yet: selected once shown.
      if (this.isUpdatePending || this.#feed.onItsWay || !this.hasUpdated) this.#selection.selectWhenShown(id);
      else console.warn(`<event-timeline>: select("${id}"): no such event`);
      return;
    }
    this.#selection.select(id, false);
  }

  // ---------------------------------------------------------------- lifecycle

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Nothing goes on out of the page (indexing starts again when it is back).
    this.#indexing.cancel();
    this.#indexingFor = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#checked.update(this, changed);
    this.#feed.update(changed.has('data'), changed.has('src'), !!changed.get('data'), !!changed.get('src'));
    if (changed.has('filter') && changed.get('filter') !== undefined) {
      this.#doc.refilter();
      this.scenes.reset();
    }
    if ((changed.has('start') || changed.has('end')) && this.#doc.doc && this.#checked.span) this.#viewport.fitTo(this.#checked.span, false);
    this.#orient();
    this.#theme.setLanes([...this.#doc.lanes.map((l) => l.color ?? null), null]);
  }

  protected override updated(): void {
    const plot = this.#plotElement();
    // A box that just appeared (the element, the plot and its sizer, the overview with the first
    // drawing) or changed with a new document (the toolbar's title) is measured now: the first
    // scene is built for it in this task, not again a frame or two later when the observers
    // report (each report a whole render, and at first a new sharing of the rows).
    let resized = this.#hostBox.observe(this) && this.#hostBox.measure();
    const toolbar = this.#toolbarElement.in(this.renderRoot);
    // Looked up only when it can be there: a selector that finds nothing is looked up again after
    // every render (a sixth of a millisecond of each pan or zoom step in the benchmark's profile).
    this.#vertical.attach(this.#isVertical ? this.#verticalElement.in(this.renderRoot) : null, toolbar);
    if (plot) {
      // A zero-height sizer changes size only with the width, so rendering taller or shorter
      // never triggers another resize notification in the same frame.
      if (this.#size.observe(this.#sizerElement.in(plot)!)) resized = this.#size.measure() || resized;
      if (this.#plotBox.observe(plot)) resized = this.#plotBox.measure() || resized;
      const overview = this.#overviewElement.in(this.renderRoot);
      const newDocument = this.#measuredFor !== this.#doc.doc;
      this.#measuredFor = this.#doc.doc;
      if (toolbar && (this.#toolbarBox.observe(toolbar) || newDocument)) resized = this.#toolbarBox.measure() || resized;
      if (overview && (this.#overviewBox.observe(overview) || newDocument)) resized = this.#overviewBox.measure() || resized;
      if (this.#askedHeight !== this.scenes.autoHeight) {
        // The room is told against the height asked for: a page that fixed the height keeps it.
        // The plot taking the height it asked for changes nothing to draw (the room's cap does
        // not depend on it): a render only when the plot has a height the page fixed.
        const before = this.#room().fixed;
        this.#askedHeight = this.scenes.autoHeight;
        this.#plotBox.measure();
        resized = this.#room().fixed !== before || resized;
      }
      this.#gestures.attach(plot);
      this.#pointer.attach(plot);
    }
    // After this update (one asked for inside it is an update that "changed in update"); also
    // without a plot: the vertical reading and the list choose their orientation by the width.
    if (resized) queueMicrotask(() => this.requestUpdate());
    this.#assignSlots();
    this.#afterOrientation();
    // A story's next card opens at its top: its panel under the plot, and the card beside it, scroll
    // in themselves, and Lit keeps those boxes from step to step (the last card's sources in view).
    const shown = this.story ? this.#selection.selectedId : null;
    if (shown !== this.#cardShown) {
      this.#cardShown = shown;
      for (const box of this.renderRoot.querySelectorAll<HTMLElement>('.stage > .story, .stage > .story > [part~="card"]')) box.scrollTop = 0;
      if (shown && this.#beside()) this.#keepStoryPath();
    }
    // The ids are indexed once the events are drawn (or nothing will be: a list, a hidden element),
    // in tasks of their own (lookups scan until then); again for each new document or filter.
    const drawn = this.scenes.scene || this.#isVertical || this.view === 'list' || this.#print.printing || this.#hostBox.width === 0;
    const items = this.#doc.items;
    if (drawn && this.#doc.indexPending && this.#indexingFor !== items) {
      this.#indexingFor = items;
      this.#indexing.run(this.#doc.indexWork(), () => {}, () => {}, 0);
    }
  }

  // ---------------------------------------------------------------- rendering

  protected override render() {
    const { strings, locale } = this.#locales;
    const doc = this.#doc;
    const selection = this.#selection;
    const viewport = this.#viewport;
    const title = this.#title || strings.events;
    const selected = selection.selected;
    const listView = this.view === 'list';
    const items = doc.items;
    const toSelect = (id: string) => selection.select(id, true);
    const clock = this.#now;
    this.#names.use(locale, strings, clock, doc.doc);
    const vertical = this.#isVertical && !listView && !this.#print.printing;
    const zoom = vertical ? (factor: number) => this.#vertical.zoom(factor) : (factor: number) => this.#zoomButton(factor);
    const canZoomOut = vertical ? this.#vertical.canZoom(1 / ZOOM_STEP) : viewport.canZoomOut;
    const canZoomIn = vertical ? this.#vertical.canZoom(ZOOM_STEP) : viewport.canZoomIn;
    // Read vertically, the part of the list in the window; before the list reaches the window (a
    // story's title card above it), what the list covers.
    // A phone's window with no row in it: an open card fills it (its event's span; a range's card
    // named the whole story, "November 2017 – September 2020"), or the list is not reached yet.
    const selectedItem = selection.selected;
    const shown = vertical ? (this.#vertical.visible ?? (selectedItem ? { start: selectedItem.start, end: selectedItem.end } : viewport.extent)) : items.length ? viewport.range : null;
    const level = this.#checked.headingLevel;
    // Story mode: its card (the reading path on top) wherever the card goes, and its title card.
    const story = this.story && !listView ? this.#renderStory(vertical) : nothing;
    const card = selected && this.story && !listView
      ? story
      : selected
      ? renderCard({
          item: selected,
          level: listView ? level + 1 : level,
          lane: doc.laneOf(selected),
          locale,
          strings,
          now: clock,
          hasMarkup: this.#feed.source === 'markup' && this.#feed.markupElements.has(selected.id),
          hasPrevious: selected.index > 0,
          hasNext: selected.index < items.length - 1,
          onClose: () => void selection.close(),
          onStep: (delta, from) => {
            const next = items[selected.index + delta];
            if (!next) return;
            const pressed = vertical ? from?.getBoundingClientRect().top : undefined;
            selection.select(next.id, true);
            if (vertical) this.#cardMoved(from, pressed);
            // Elsewhere focus stays on the button: the new event is said.
            else this.#announcer.say(this.#names.event(next, doc.laneOf(next), locale, strings, clock));
          },
        })
      : nothing;
    const open = selection.clusterList;
    // A list shows its first LIST_CHUNK events, and more each time the reader asks.
    if (this.#clusterShown.of !== open) this.#clusterShown = { of: open, count: LIST_CHUNK };
    const listed = this.#clusterShown.count;
    const clusterList =
      open && !selected
        ? renderClusterList(
            // A plot's "+N" holds events beyond those drawn ("4 more events, …"); a phone's row names its own list.
            open.name ?? clusterName(open.count, open.start, open.end, locale, strings, this.#nowMs),
            open.ids.slice(0, listed).map((id) => doc.item(id)).filter((i) => !!i),
            locale,
            strings,
            level,
            toSelect,
            () => void selection.closeList(),
            {
              left: open.ids.length - listed,
              onMore: () => {
                this.#clusterShown = { of: open, count: listed + LIST_CHUNK };
                this.requestUpdate();
                // Focus on the first event shown now (the button goes after the last chunk).
                focusAfterUpdate(this, '[part~="cluster-list"] [data-member-id]', listed);
              },
            },
          )
        : nothing;
    const plot = listView || vertical ? nothing : this.#renderPlot();
    const overview = listView || vertical || this.noOverview || (!doc.items.length && !this.#feed.progress) ? nothing : this.#renderOverview();
    const beside = this.#beside();
    return html`
      <section part="base" class="base" aria-label=${title}>
        <div class="toolbar">
          ${this.story || !this.#title || !doc.doc ? nothing : renderHeader(this.#title, doc.doc.description, this.aboutOpen, strings, () => (this.aboutOpen = !this.aboutOpen))}
          <div class="range-label" id="range-label">${shownText(shown && !listView ? this.#spanWords(shown, vertical) : '')}</div>
          ${renderControls({
            strings,
            rtl: this.#locales.rtl,
            listView,
            canZoomIn,
            canZoomOut,
            onZoomIn: () => zoom(ZOOM_STEP),
            onZoomOut: () => zoom(1 / ZOOM_STEP),
            onFit: () => (vertical ? this.#vertical.fit() : viewport.fit(true, true)),
            onToggle: this.#toggleView,
            onTimeline: this.#toTimeline,
          })}
          ${vertical ? renderPosition(this.#vertical.position) : nothing}
        </div>
        ${this.aboutOpen && !this.story && doc.doc?.description ? renderDescription(doc.doc.description) : nothing}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.#announcer.text}</div>
        ${this.#renderProgress()}
        ${doc.loadError ? renderLoadError(doc.loadError, strings, () => ((doc.loadError = null), this.requestUpdate())) : nothing}
        ${doc.problems.length && !this.problemsDismissed ? renderProblems(doc.problems, strings, locale, () => (this.problemsDismissed = true)) : nothing}
        ${this.#print.printing && doc.doc && (this.#title || doc.doc.description)
          ? html`<div class="print-head">${this.#title ? heading(level, ownDirection(this.#title)) : nothing}${doc.doc.description ? html`<p part="description" class="description">${ownDirection(doc.doc.description)}</p>` : nothing}</div>`
          : nothing}
        ${listView || this.#print.printing
          ? renderList({
              items,
              lanes: doc.lanes,
              locale,
              strings,
              selectedId: selection.selectedId,
              label: title,
              level,
              card: listView ? card : nothing,
              limit: this.#print.printing ? PRINT_LIMIT : this.#listChunks.limit,
              printing: this.#print.printing,
              now: this.#now,
              hasMarkup: (id) => this.#feed.source === 'markup' && this.#feed.markupElements.has(id),
              onSelect: toSelect,
              onMore: this.#listChunks.more,
            })
          : nothing}
        ${vertical && !selected ? story : nothing}
        ${vertical ? this.#renderVertical(card, clusterList) : nothing}
        <div class=${beside ? 'stage beside' : 'stage'}>
          <div class="stage-main">${plot}${overview}${vertical ? nothing : clusterList}</div>
          ${vertical || listView ? nothing : card}
          ${vertical || selected ? nothing : story}
        </div>
      </section>
    `;
  }

  /** The plot: its canvas, its lanes and axis boxes, and the overlay of buttons (see `renderPlot`). */
  #renderPlot() {
    const { strings, locale } = this.#locales;
    const doc = this.#doc;
    const selection = this.#selection;
    const viewport = this.#viewport;
    const overlay = this.scenes.overlay;
    const now = this.#nowMs;
    const clock = this.#now;
    return renderPlot({
      scene: this.scenes.scene,
      height: this.scenes.autoHeight,
      overlay,
      tabStop: overlay ? tabStop(overlay, this.#roving.activeId ?? selection.selectedId, this.#roving.activeCluster) : { id: null, cluster: null },
      selectedId: selection.selectedId,
      dragging: viewport.dragging,
      moving: overlay !== this.scenes.scene,
      busy: this.scenes.provisional || overlay !== this.scenes.scene,
      pointed: this.#painter.hovered ?? (this.#roving.inside ? (parseStripKey(this.#roving.activeCluster) ? this.#roving.activeCluster : this.#roving.activeId) : null),
      label: strings.lanes,
      spanId: 'range-label',
      scaleText: axisWords(this.scenes.scene?.axis.key ?? '', locale, strings.axis),
      deadlinesLabel: strings.deadline,
      name: (item) => this.#names.event(item, doc.laneOf(item), locale, strings, clock),
      clusterName: (c) => {
        const { start, end } = this.scenes.clusterDates(c.key, c);
        return this.#names.cluster(c.count, start, end, locale, strings, now);
      },
      stripName: (lane) => stripName(lane.label, lane.strip?.count ?? 0, lane.strip?.busiest ?? null, locale, strings),
      bucketName: (b) => bucketName(b, locale, strings),
      stripScale: (strip) => stripScale(strip, locale, strings),
      onBucket: (b) => this.#roving.openBucket(parseStripKey(b.key)!.laneIndex, b),
      onKeydown: this.#roving.onKeydown,
      onFocusChange: this.#roving.onFocusChange,
      onActivate: (id) => selection.select(id, true),
      onCluster: (cluster) => selection.openCluster(cluster),
    });
  }

  // ---------------------------------------------------------------- helpers

  /**
   * A visible span in words, for the toolbar, the overview and the live region alike (one home for
   * its arguments). The plot's view may graze a unit or hold an empty margin, which its events
   * tell; the phone's span (`seen`) is read off the rows the reader sees, and every unit in it is
   * named.
   */
  #spanWords(span: ViewState, seen = false): string {
    return formatViewRange(span, this.#locales.locale, this.#nowMs, seen ? SEEN : this.scenes);
  }

  /**
   * Story mode on a wide element, the plot shown: the card stands beside the plot, so the reader
   * sees the axis, the event and its text at once (under it, the element was taller than a
   * laptop's window).
   */
  #beside(): boolean {
    return this.story && !this.#isVertical && this.view !== 'list' && !this.#print.printing && this.#width >= STORY_BESIDE_PX;
  }

  /**
   * Story mode with the plot shown (not a phone's list, the list view or a print) and the card in
   * sight beside it or pinned under it to the window's bottom (see `story.styles.ts`), not a
   * phone's card under a narrow plot, nor pinned in a window too short to leave the plot room.
   */
  #storyKeepsCard(): boolean {
    if (!this.story || this.#isVertical || this.view === 'list' || this.#print.printing || this.#storyNarrow()) return false;
    return this.#beside() || matchMedia(STORY_PIN_MEDIA).matches;
  }

  /** The plot narrower than {@link STORY_NARROW_PX}: the story's card is a phone's. */
  #storyNarrow(): boolean {
    return this.#size.width > 0 && this.#size.width < STORY_NARROW_PX;
  }

  /**
   * Decides the orientation (see `orientation`) for the element's width. Turning vertical keeps
   * the span the reader had in front of them; turning back, the span the window shows of the list.
   * The selection and the focused event stay as they are.
   */
  #orient(): void {
    const asked = this.#checked.orientation;
    // Its layout width, as the observer reports it (a page that scales the element down, as a
    // slide deck does, does not make it a phone).
    const width = (this.#width = this.#hostBox.width || this.offsetWidth);
    const below = this.#theme.verticalBelow;
    const vertical = asked === 'vertical' || (asked === 'auto' && width > 0 && width < below);
    if (vertical === this.#isVertical) return;
    // The event the reader had focused gets focus again in the other reading.
    const focused = this.shadowRoot?.activeElement?.closest<HTMLElement>('[data-event-id]');
    this.#refocus = focused?.dataset.eventId ?? null;
    // The reader saw the plot when it had drawn a scene: turning vertical keeps their span in front of them.
    if (vertical) this.#vertical.enter(this.#viewport.range, !!this.scenes.scene, this.#selection.selected?.start);
    else {
      const span = this.#vertical.leaveSpan();
      if (span) this.#viewport.moveTo(span, false);
      // The open card's event: the page, scrolled down the tall list, showed none of the plot.
      const selected = this.#selection.selectedId;
      if (selected) this.#roving.showSelectedWhenDrawn(selected, false);
    }
    this.#isVertical = vertical;
    try {
      if (vertical) this.#internals.states.add('vertical');
      else this.#internals.states.delete('vertical');
    } catch {
      // Custom states unsupported (older engines): the element still reads vertically.
    }
  }

  /**
   * Read vertically, the card moved under the next event's row: the button pressed (`from`, at
   * `top` px in the window before; Start's place goes to Next) stays under the reader's finger,
   * and focus goes with the card. A page that scrolls inside a box of its own keeps the browser's
   * focus scroll, which reaches that box.
   */
  #cardMoved(from: HTMLElement | undefined, top: number | undefined): void {
    const anchored = from !== undefined && top !== undefined && pageScrolls();
    if (anchored) {
      const name = from.part.contains('previous') ? 'previous' : 'next';
      const id = this.#selection.selectedId;
      keepInPlaceAfterUpdate(this, `[part~="card"] [part~="${name}"]`, top, () => this.#row(id), (this.renderRoot.querySelector('.toolbar')?.getBoundingClientRect().height ?? 0) + scrollPaddingTop());
    }
    focusAfterUpdate(this, '[part~="card"]', 0, { preventScroll: anchored });
  }

  /**
   * Whether the page's own call may scroll the page to the vertical list's new view: while the
   * element is in the window, or the reader just acted (a button of the page's). A page setting
   * its first view at load, or a timeline below the fold, must not move the reader.
   */
  #pageMayScroll(): boolean {
    const box = this.getBoundingClientRect();
    const active = (navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation?.isActive === true;
    return active || (box.bottom > 0 && box.top < window.innerHeight);
  }

  /** The vertical list's row of an event. */
  #row(id: string | null): HTMLElement | null {
    const own = id ? this.renderRoot.querySelector<HTMLElement>(`.v-event[data-event-id="${CSS.escape(id)}"]`) : null;
    if (own || !id || id !== this.#selection.selectedId) return own;
    // Folded into a "+N" row: the row its card is under.
    return this.renderRoot.querySelector('.vertical > .v-card')?.previousElementSibling?.querySelector<HTMLElement>('.v-event') ?? null;
  }

  /** Focus back on the event that had it before the orientation changed; a new selection scrolled into the vertical list's window. */
  #afterOrientation(): void {
    const id = this.#refocus;
    // The plot focuses an event once it has a scene to find it in (its width is measured first).
    if (this.#isVertical || this.scenes.scene) this.#refocus = null;
    if (id && !this.#refocus) {
      if (this.#isVertical) this.#row(id)?.focus();
      else void this.focusEvent(id);
    }
    const selected = this.#isVertical ? this.#selection.selectedId : null;
    if (selected !== this.#shownSelection) {
      this.#shownSelection = selected;
      const shown = this.#row(selected);
      // Its row, or the card under it (a row at the window's foot), out of the window.
      const card = shown ? this.renderRoot.querySelector('.vertical > .v-card') : null;
      if (shown && (outOfWindow(shown) || (card && outOfWindow(card)))) shown.scrollIntoView({ block: 'center' });
      else if (shown) {
        // The row under the toolbar stuck at the window's top (or a page's fixed header): the card
        // under a row leaves its date and title to the row, and a page scrolled past the event
        // opened a card with neither. It comes out just below the bar.
        const bar = Math.max(this.renderRoot.querySelector('.toolbar')?.getBoundingClientRect().bottom ?? 0, scrollPaddingTop());
        const under = bar - shown.getBoundingClientRect().top;
        if (under > 0.5) window.scrollBy({ top: -under, behavior: 'instant' });
      }
    }
  }

  #renderVertical(card: TemplateResult | typeof nothing, list: TemplateResult | typeof nothing) {
    const { strings, locale } = this.#locales;
    const doc = this.#doc;
    const selection = this.#selection;
    const vertical = this.#vertical;
    if (!vertical.msPerPx) vertical.enter(this.#viewport.range, false);
    const { entries, before, after, busiest } = vertical.slice(this.#nowMs);
    // The row that takes Tab: the selected or last focused event when it is rendered, else the
    // first rendered row ("+N" rows too: a list of only "+N" rows must still be reachable).
    const rowKey = (e: VerticalEntry | undefined) => (e?.kind === 'event' ? e.item.id : e?.kind === 'cluster' ? e.key : null);
    const rendered = new Set(entries.map(rowKey));
    const wanted = [selection.selectedId, vertical.focusedId].find((id) => id && rendered.has(id));
    const firstKey = rowKey(entries.find((e) => e.kind === 'event' || e.kind === 'cluster'));
    const clusterWords = (count: number, start: number, end: number, coarse: boolean) => {
      const words = countedSpan(count, start, end, locale, strings, this.#nowMs);
      // Among rows of days, "January 2011 · 62 events" read as the month's total.
      return coarse ? { ...words, span: fill(strings.noExactDate ?? en.noExactDate!, { span: words.span }) } : words;
    };
    return renderVertical({
      entries,
      before,
      after,
      busiest,
      lanes: doc.lanes,
      locale,
      strings,
      now: this.#now,
      label: this.#title || strings.events,
      selectedId: selection.selectedId,
      selectedStart: selection.selected?.start ?? null,
      tabStopId: wanted ?? firstKey,
      card,
      list,
      listKey: this.#listKey(entries),
      duration: (from, to) => formatDuration(to - from, locale),
      clusterWords,
      nowLabel: this.#nowText,
      onSelect: (id) => selection.select(selection.selectedId === id ? null : id, true),
      onCluster: (entry, row) => {
        // Events that share their moment (or a list at its finest density) are listed under the
        // row; the rest spread out by zooming in around it, about a calendar step (a year's row
        // into months: by 64, 2011's 5,424 events made the whole list days, 800,000 px of them).
        const together = entry.items.every((i) => i.start === entry.from) || !vertical.canZoom(2);
        // Its list is headed as the row reads ("February 2010, no exact date: 20 events"): all of
        // the row's events, none shown before (not "20 more events"), and not the month's total.
        const name = () => plural(strings.bucket, entry.count, locale, { span: clusterWords(entry.count, entry.from, entry.end, entry.coarse).span });
        if (together) selection.listEvents(entry.items.map((i) => i.id), entry.from, entry.end, name());
        else vertical.zoom(Math.min(ROW_ZOOM_MAX, Math.max(2, entry.count / 3)), row.getBoundingClientRect().top);
      },
      onKeydown: vertical.onKeydown,
      onFocus: (id) => (vertical.focusedId = id),
    });
  }

  /**
   * The key of the phone's row the open list of events shows under: the row that holds its first
   * event (two rows may start together, see `foldMixed`), whether the list was opened there, on the
   * plot's "+N" mark before the window narrowed, or the list's density changed since.
   */
  #listKey(entries: readonly VerticalEntry[]): string | null {
    const open = this.#selection.clusterList;
    const first = open?.ids[0];
    const row = first === undefined ? undefined : entries.find((e): e is ClusterRow => e.kind === 'cluster' && e.holds(first, open!.start));
    return row?.key ?? null;
  }

  /** The reader switched views: the live region says what the new one shows. */
  readonly #toggleView = (): void => {
    this.view = this.view === 'list' ? 'timeline' : 'list';
    this.#announcer.say();
  };

  /**
   * The list view's "Timeline" button: back to the timeline (as the pressed "List" does, which
   * alone did not say it was the way back), focus going to "List", as the button pressed goes.
   */
  readonly #toTimeline = (): void => {
    this.#toggleView();
    focusAfterUpdate(this, '[part~="view-toggle"]');
  };

  #zoomButton(factor: number): void {
    const { range } = this.#viewport;
    const selected = this.#selection.selected;
    // Around the selected event's marker (the middle of its day) when it is in view.
    const anchor = selected && selected.at >= range.start && selected.at <= range.end ? selected.at : (range.start + range.end) / 2;
    this.#viewport.zoomAroundTime(factor, anchor);
  }

  /** While a large document is read (the feed's progress) or arranged (the scene's). */
  #renderProgress() {
    const { strings, locale } = this.#locales;
    const reading = this.#feed.progress;
    const progress = reading ?? (this.view === 'list' ? null : this.scenes.progress);
    if (!progress) return nothing;
    // Reading and arranging go through phases that count from 0: one share of the whole.
    const share = progress.total > 0 ? Math.min(1, progress.done / progress.total) : 0;
    const count = reading ? progress.total : this.#doc.items.length;
    const percent = formatNumber(share, locale, true);
    return renderProgress(plural(reading ? strings.loading : strings.arranging, count, locale, { total: formatNumber(count, locale), percent }), Math.floor(share * 100), 100);
  }

  /** How many events lie before and after `range`, and the overview's words for them ("4 earlier events"). */
  #countWords(range: ViewState): { before: number; after: number; earlier: string; later: string } {
    const prepared = this.scenes.prepared;
    const { strings, locale } = this.#locales;
    const before = prepared ? countBefore(prepared, range.start) : 0;
    const after = prepared ? countAfter(prepared, range.end) : 0;
    return { before, after, earlier: plural(strings.earlier, before, locale), later: plural(strings.later, after, locale) };
  }

  #renderOverview() {
    const { range } = this.#viewport;
    const { strings, locale, rtl } = this.#locales;
    const { before, after, earlier, later } = this.#countWords(range);
    const count = this.#doc.items.length || (this.#feed.progress?.total ?? 0);
    const overview = this.#overview;
    return renderOverview({
      thumb: overview.thumb,
      position: overview.position,
      span: this.#spanWords(range),
      label: strings.overview,
      before,
      after,
      beforeText: earlier,
      afterText: later,
      // Sized for the document's count from its first frame (not once it is arranged; while it is
      // read, for the count being read), so the track never narrows under the reader.
      beforeForms: pluralForms(strings.earlier, count, locale),
      afterForms: pluralForms(strings.later, count, locale),
      height: this.#theme.metrics.overviewPx,
      pending: !this.#doc.items.length,
      // While the document loads nothing lies beyond a view yet (the strip is hidden meanwhile):
      // the track has the buttons' width from the start, and the usual first view, everything,
      // keeps it. With the buttons beside it while loading, it widened at the first drawing, and
      // the observer's notice rendered again a frame later (a 10,000-event mount settled later).
      whole: !this.#viewport.limits || !this.#viewport.canZoomOut,
      rtl,
      onKeydown: overview.onKeydown,
      onPointerDown: overview.onPointerDown,
      onPointerMove: overview.onPointerMove,
      onPointerUp: overview.onPointerUp,
      onEarlier: () => this.#step(-1),
      onLater: () => this.#step(1),
    });
  }

  /** Story mode's card: the title card, or the selected event's with the reading path. */
  #renderStory(vertical: boolean) {
    const { strings, locale } = this.#locales;
    const doc = this.#doc;
    const selected = this.#selection.selected;
    const story = this.#story;
    return renderStory({
      title: this.#title || strings.events,
      description: doc.doc?.description,
      media: doc.doc?.media,
      level: this.#checked.headingLevel,
      card: selected
        ? {
            item: selected,
            level: this.#checked.headingLevel,
            lane: doc.laneOf(selected),
            locale,
            strings,
            now: this.#now,
            hasMarkup: this.#feed.source === 'markup' && this.#feed.markupElements.has(selected.id),
            hasPrevious: false,
            hasNext: false,
            onClose: () => story.close(),
            onStep: () => {},
          }
        : null,
      at: story.position,
      count: doc.items.length,
      narrow: vertical || this.#storyNarrow(),
      locale,
      strings,
      onGo: (index, from) => {
        const pressed = vertical && index >= 0 ? from?.getBoundingClientRect().top : undefined;
        story.go(index);
        if (vertical && index >= 0) this.#cardMoved(from, pressed);
      },
      onPointerDown: story.onPointerDown,
      onPointerUp: story.onPointerUp,
      onPointerCancel: story.onPointerCancel,
    });
  }

  /** Brings the nearest events before (−1) or after (+1) the view into it, keeping the zoom (see `stepTo`). */
  #step(direction: -1 | 1): void {
    const prepared = this.scenes.prepared;
    const limits = this.#viewport.limits;
    const view = prepared && limits && stepTo(prepared, this.#viewport.range, direction);
    if (!view) return;
    this.#viewport.moveTo(view, true, true);
    // The button pressed is disabled and hidden once nothing lies beyond the view it goes to, and
    // focus on it would fall to the page: it goes to the strip's track (its scroll bar) instead.
    const root = this.renderRoot as ShadowRoot;
    const pressed = root.activeElement?.closest('[part~="overview-earlier"], [part~="overview-later"]');
    const to = clampView(view, limits);
    const none = direction < 0 ? countBefore(prepared, to.start) === 0 : countAfter(prepared, to.end) === 0;
    if (pressed && none) root.querySelector<HTMLElement>('[part~="overview-track"]')?.focus({ preventScroll: true });
  }

  /**
   * The height the plot may take: its content's, up to `--timeline-max-height` less what else the
   * element always shows (toolbar, overview, its borders; not an open card, which comes and goes
   * and must not reshuffle the rows); or, when the page fixed the element's height
   * (the plot then is not the height the last render asked for), the height it has.
   */
  #room(): { cap: number; fixed: number | null } {
    const plot = this.#plotBox.height;
    const overview = this.noOverview ? 0 : this.#overviewBox.height;
    const others = this.#hostBox.edges + this.#toolbarBox.height + overview;
    // `--timeline-max-height: none` (a height of 0 for the probe): as tall as the events need.
    const cap = Math.max(160, (this.#theme.maxHeight || Infinity) - others);
    const asked = this.#askedHeight;
    return { cap, fixed: asked > 0 && plot > 0 && Math.abs(plot - asked) > 1 ? plot : null };
  }

  #plotElement(): HTMLElement | null {
    return this.renderRoot ? this.#plotQuery.in(this.renderRoot) : null;
  }

  // The boxes measured after every render, found once (see `CachedQuery`).
  readonly #plotQuery = new CachedQuery('[part~="plot"]');
  readonly #sizerElement = new CachedQuery('.sizer');
  readonly #toolbarElement = new CachedQuery('.toolbar');
  readonly #overviewElement = new CachedQuery('[part~="overview"]');
  readonly #verticalElement = new CachedQuery('[part~="vertical"]');

  /** Whether markup events' elements may be assigned to slots (see {@link #assignSlots}). */
  #slotsHoldMarkup = false;

  /** Markup events' own content in their card and articles (see `assignMarkupSlots`). */
  #assignSlots(): void {
    const markup = this.#feed.source === 'markup' ? this.#feed.markupElements : null;
    // Without markup events every slot stays empty: they are emptied once, after the last
    // markup document, rather than looked up after every render (every pan and zoom step).
    if (!markup && !this.#slotsHoldMarkup) return;
    assignMarkupSlots(this, this.renderRoot, markup, this.#print.printing ? null : this.#selection.selectedId);
    this.#slotsHoldMarkup = markup !== null;
  }

  /**
   * Beside the plot, a card taller than the room the plot leaves under the window's top (a chart,
   * near the plot's end) is pushed up by the plot's end, its reading path above the window where
   * the reader pressed Next: the page scrolls it back, now and when its images have loaded (they
   * give it its height).
   */
  #keepStoryPath(): void {
    const card = this.renderRoot.querySelector('.stage.beside > .story > [part~="card"]');
    const step = this.#cardShown;
    let y = NaN;
    const check = () => {
      // An image of an earlier step, a layout no longer beside, a page the reader scrolled since: theirs.
      if (this.#cardShown !== step || !this.#beside() || (!Number.isNaN(y) && window.scrollY !== y)) return;
      const path = card?.isConnected ? card.querySelector('.story-nav') : null;
      if (path && path.getBoundingClientRect().top < scrollPaddingTop() - 0.5) revealInWindow(path, false);
      y = window.scrollY;
    };
    check();
    for (const image of card?.querySelectorAll('img') ?? []) if (!image.complete) image.addEventListener('load', check, { once: true });
  }

  /** The event whose story card was shown at the last update. */
  #cardShown: string | null = null;

  /** The document's title, or '' when it shows nothing (empty, or only spaces and invisible characters): the region is then named "Events". */
  get #title(): string {
    const title = this.#doc.doc?.title ?? '';
    return isBlank(title) ? '' : title;
  }

  get #nowMs(): number {
    return this.#checked.now ?? Date.now();
  }

  /** The "now" rule's words: `now-label`; else "Now" for the real now, the date when `now` fixes it. */
  get #nowText(): string {
    return this.nowLabel || this.#fixedNow.words || this.#locales.strings.now;
  }

  /** The date `now` fixes, parsed and in words (null for the real now), made again only when it or the language changes: read on every frame. */
  #fixedNowMade: { key: string; date: ParsedDate | null; words: string | null } = { key: '', date: null, words: null };

  get #fixedNow(): { date: ParsedDate | null; words: string | null } {
    const { locale } = this.#locales;
    const key = `${this.#checked.now}|${this.now}|${locale}`;
    if (key !== this.#fixedNowMade.key) {
      const parsed = this.#checked.now === null ? null : parseDate(this.now!);
      const date = parsed && !isDateError(parsed) ? parsed : null;
      this.#fixedNowMade = { key, date, words: date ? formatDate(date, locale) : null };
    }
    return this.#fixedNowMade;
  }

  /**
   * What a deadline's words count from (see `deadlineWords`): a `now` of a day (or a time) is
   * named ("27 days after 24 August 2020"); one of a month or a year is counted from its start, a
   * day its words do not name ("50 days after August 2020" read as after the month's end), so the
   * words say "in 50 days" from it.
   */
  get #now(): Now {
    const { date, words } = this.#fixedNow;
    const named = date && (date.precision === 'day' || date.precision === 'minute');
    return { ms: this.#nowMs, date: named ? words : null };
  }
}

export type { TimelineEvent };
