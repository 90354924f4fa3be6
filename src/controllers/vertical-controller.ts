import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimelineItem } from '../model/items.js';
import type { ViewState } from '../layout/view.js';
import { verticalLayout } from '../layout/vertical.js';
import type { VerticalEntry } from '../layout/vertical.js';
import { unitOf } from '../scene/reveal.js';
import { upperBound } from '../layout/prepare.js';
import type { DocumentController } from './document-controller.js';
import type { ViewportController } from './viewport-controller.js';
import type { LocaleController } from './locale-controller.js';
import type { ThemeController } from './theme-controller.js';

/** Screens of page one reader's view of the timeline (its visible span) fills when it turns vertical. */
const SCREENS_PER_VIEW = 1.5;
/**
 * A gap taller than this share of the window becomes a break (it says how long it is), drawn as
 * tall: the most blank a reader scrolls through between two rows (more reads as a page that failed
 * to load). At least {@link BREAK_ROWS} rows, so that pinching still spreads crowded days apart.
 */
const BREAK_SHARE = 0.12;
/** A break's least height, in rows. */
const BREAK_ROWS = 3;
/** Most events drawn as rows within one row's worth of time; more fold into one "+N" row. */
const CROWD = 6;
/** Lists of more entries than this render only those near the window (the rest stand as two spacers). */
const WINDOWED = 400;
/** Screens of list rendered above and below the window when windowed. */
const MARGIN_SCREENS = 2;

/** The entries to render: all of a story's; of a long list, those near the window, with the estimated height of the rest. */
export interface VerticalSlice {
  readonly entries: readonly VerticalEntry[];
  /** Estimated px of the entries left out above and below. */
  readonly before: number;
  readonly after: number;
  /** The highest rate of events any "+N" row of the whole list stands for (see `ClusterRow.rate`; 0 without one): its density bar is full width. */
  readonly busiest: number;
}

/** The finest density zooming reaches: a minute per px (an hour is 60 px of page). */
const MIN_MS_PER_PX = 60_000;

export type VerticalHost = ReactiveControllerHost & HTMLElement;

/**
 * What the reader does to move through the list, anywhere on the page (the page's scroll is the
 * list's): the scroll alone may be a script's or a reflow's. A scrollbar dragged with the mouse
 * fires none of these; the plot then keeps its view when it comes back.
 */
const READER_INPUT = ['wheel', 'touchstart', 'pointerdown', 'keydown', 'focusin'] as const;

/**
 * The vertical (phone) reading: the density (time per px) of the list, its entries (see
 * `verticalLayout`), and what ties it to the page: the page's own scroll moves through time, the
 * span in the window is read back from the rows, and zooming (Ctrl/⌘ + wheel, pinch, the zoom
 * buttons) keeps the time under the finger or the window's middle where it was.
 */
export class VerticalController implements ReactiveController {
  /** Time per px of the gaps between rows; 0 until the list is first shown. */
  msPerPx = 0;
  readonly #host: VerticalHost;
  readonly #document: DocumentController;
  readonly #viewport: ViewportController;
  readonly #locales: LocaleController;
  readonly #theme: ThemeController;
  #cache: { items: TimelineItem[]; msPerPx: number; key: string; entries: VerticalEntry[]; tops: Float64Array; froms: Float64Array; busiest: number } | null = null;
  /** The estimated span (list px) last rendered of a windowed list. */
  #rendered: { top: number; bottom: number; total: number } | null = null;
  /** A time to bring back to a window y after the next render (a zoom's anchor, or the span's start). */
  #anchor: { time: number; y: number } | null = null;
  #list: HTMLElement | null = null;
  readonly #pointers = new Map<number, { x: number; y: number }>();
  #pinch: { distance: number; msPerPx: number } | null = null;

  constructor(host: VerticalHost, document: DocumentController, viewport: ViewportController, locales: LocaleController, theme: ThemeController) {
    this.#host = host;
    this.#document = document;
    this.#viewport = viewport;
    this.#locales = locales;
    this.#theme = theme;
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.attach(null);
  }

  /**
   * The list turns on: its density makes the reader's current span about one and a half windows
   * of page (0, not yet, while there is no data). `keep`: the reader was looking at the plot (it
   * turned vertical as the element narrowed), so when the element is on screen the page scrolls
   * to bring that span's start where the element's top was: the same moment stays in front of
   * them, or, when the span holds it, the `selected` event's start (its card stays in sight). A
   * page that just loaded is never scrolled.
   */
  enter(span: ViewState, keep: boolean, selected?: number): void {
    this.#readerMoved = false;
    if (!this.#viewport.limits) {
      this.msPerPx = 0;
      return;
    }
    const pending = this.#pendingShow;
    if (pending) {
      // The page's zoomTo before the data: the viewport has taken that span since.
      this.#pendingShow = null;
      this.show(span, pending.top, pending.scroll);
      return;
    }
    const rows = this.#theme.metrics.rowPx;
    this.#chosenFor = this.#viewport.limits.bounds.end - this.#viewport.limits.bounds.start;
    this.msPerPx = this.#clamp((span.end - span.start) / Math.max(rows * 4, window.innerHeight * SCREENS_PER_VIEW));
    const box = this.#host.getBoundingClientRect();
    if (!keep || box.bottom <= 0 || box.top >= window.innerHeight) return;
    // The open card's event, when the span holds it: the list is anchored there (a quarter down
    // the window), as a long list renders only the rows near its anchor. Anchored at the span's
    // start, a card opened on the plot months after it was far down the list, its row not drawn.
    const at = selected !== undefined && selected >= span.start && selected <= span.end;
    this.#anchor = at ? { time: selected, y: Math.max(0, box.top) + window.innerHeight / 4 } : { time: span.start, y: Math.max(0, box.top) };
  }

  /** The entries of the list for the shown events at the current density (computed again only when they change). */
  #tallest = 0;
  /** The span of the data the density was chosen for: another document (of another span) chooses again. */
  #chosenFor = 0;

  /** The finest unit the events are known to, ms, of the last document asked about (undefined: none). */
  #unit: { items: readonly TimelineItem[]; ms: number | undefined } | null = null;

  /** The finest unit `items` are known to (day-precision dates never get hour ticks): read once per document, not per density. */
  #unitOf(items: readonly TimelineItem[]): number | undefined {
    if (this.#unit?.items !== items) {
      let ms = Infinity;
      for (const item of items) ms = Math.min(ms, unitOf(item.startDate.precision));
      this.#unit = { items, ms: Number.isFinite(ms) ? ms : undefined };
    }
    return this.#unit.ms;
  }

  entries(exactNow: number): VerticalEntry[] {
    const bounds = this.#viewport.limits?.bounds;
    const span = bounds ? bounds.end - bounds.start : 0;
    if (span && this.#chosenFor && (span > 2 * this.#chosenFor || span < this.#chosenFor / 2)) this.enter(this.#viewport.range, false);
    // The real now moves every render: to the minute is as close as a phone's list can show.
    const now = Math.floor(exactNow / 60_000) * 60_000;
    const items = this.#document.items;
    const { rowPx } = this.#theme.metrics;
    const locale = this.#locales.locale;
    // The tallest window seen: a phone's URL bar sliding away must not lay the list out again.
    this.#tallest = Math.max(this.#tallest, window.innerHeight);
    const key = `${locale}|${rowPx}|${this.#tallest}|${now}`;
    const c = this.#cache;
    if (c && c.items === items && c.msPerPx === this.msPerPx && c.key === key) return c.entries;
    const unitMs = this.#unitOf(items);
    const entries = verticalLayout(items, this.msPerPx, {
      breakPx: Math.max(rowPx * BREAK_ROWS, this.#tallest * BREAK_SHARE),
      rowPx,
      crowd: CROWD,
      locale,
      unitMs,
      now,
    });
    // Estimated tops (list px) of each entry, for rendering a long list near the window only.
    const tops = new Float64Array(entries.length + 1);
    // And each entry's start, to find the one a time falls in (entries are in time order).
    const froms = new Float64Array(entries.length);
    let busiest = 0;
    entries.forEach((e, k) => {
      tops[k + 1] = tops[k]! + estimatedHeight(e, rowPx);
      froms[k] = e.from;
      if (e.kind === 'cluster') busiest = Math.max(busiest, e.rate);
    });
    this.#cache = { items, msPerPx: this.msPerPx, key, entries, tops, froms, busiest };
    return entries;
  }

  /**
   * The entries to render now (see {@link VerticalSlice}): a story's all of them, exact; a long
   * list (a hundred thousand events zoomed in) those within two screens of the window, so the
   * page holds a few hundred rows whatever the document.
   */
  slice(now: number): VerticalSlice {
    const entries = this.entries(now);
    const { tops, froms, busiest } = this.#cache!;
    if (entries.length <= WINDOWED) {
      this.#rendered = null;
      return { entries, before: 0, after: 0, busiest };
    }
    let listTop = this.#list ? this.#list.getBoundingClientRect().top : this.#host.getBoundingClientRect().top;
    const anchor = this.#anchor;
    if (anchor) {
      // A zoom's anchor (or a span to bring back) may lie far from the rows rendered before: render
      // around where it will be, so it is found and brought to its window y afterwards.
      const k = Math.max(0, upperBound(froms, anchor.time) - 1);
      listTop = anchor.y - tops[k]!;
    }
    const margin = MARGIN_SCREENS * window.innerHeight;
    const top = -listTop - margin;
    const bottom = -listTop + window.innerHeight + margin;
    const first = Math.max(0, upperBound(tops, top) - 1);
    const last = Math.min(entries.length, upperBound(tops, bottom));
    this.#rendered = { top: tops[first]!, bottom: tops[last]!, total: tops[entries.length]! };
    return { entries: entries.slice(first, last), before: tops[first]!, after: tops[entries.length]! - tops[last]!, busiest };
  }

  /**
   * Zooms the density by `factor` (>1 zooms in), keeping the time at window y `y` (default: the
   * window's middle) in place; while the list starts below `y` (a story's title card above it), its
   * start stays where it is instead: brought up to `y`, it moved the page, and the toolbar with
   * the "+" just pressed, from under the reader's finger, whose next tap opened an event.
   */
  zoom(factor: number, y = window.innerHeight / 2): void {
    const next = this.#clamp(this.msPerPx / factor);
    if (next === this.msPerPx) return;
    const top = this.#list?.querySelector('[data-from]')?.getBoundingClientRect().top;
    if (top !== undefined && top > y) y = top;
    const time = this.timeAt(y);
    this.msPerPx = next;
    if (time !== null) this.#anchor = { time, y };
    this.#host.requestUpdate();
  }

  /** Whether zooming by `factor` would change anything (for the zoom buttons). */
  canZoom(factor: number): boolean {
    return this.#clamp(this.msPerPx / factor) !== this.msPerPx;
  }

  /**
   * The span the plot shows when the reading turns horizontal again: the part of the list in the
   * window once the reader has scrolled, zoomed, tapped, pressed a key or moved focus while it was shown; null
   * (the plot's view from before stays) when they have not. A window resized or a phone turned
   * without reading the list gives back the story's view, not the list's first rows (which, with
   * the element lower in the window, start at the data's first event).
   */
  leaveSpan(): ViewState | null {
    return this.#readerMoved ? this.visibleSpan() : null;
  }

  /** The reader used the page (a wheel, a touch, a click, a key, a focus move) while the list was shown. */
  #readerMoved = false;
  readonly #onReader = (): void => {
    this.#readerMoved = true;
  };

  /**
   * The span of time the reader sees of the list: from the window's top, or the sticky bar's foot
   * when the list scrolls under the bar (what is under it is covered: a row there is not seen, and
   * its month was named, "April – June" over a window that began in May), to the window's foot.
   */
  visibleSpan(): ViewState | null {
    const list = this.#list;
    if (!list) return null;
    const box = list.getBoundingClientRect();
    const top = Math.max(box.top, 0, this.#covered());
    const bottom = Math.min(box.bottom, window.innerHeight);
    if (bottom <= top) return null;
    // A row the window (or the bar) cuts is seen: its day is in the span, as the last row's is (rowEnd).
    const start = this.#readAt(top, true)?.time ?? null;
    const end = this.#readAt(bottom, false, top);
    if (start === null || end === null) return null;
    const last = Math.max(end.time, end.rowEnd);
    return last > start ? { start, end: last } : null;
  }

  /** The time at window y `y`, read off the rows and gaps as drawn; null without a list. */
  timeAt(y: number): number | null {
    return this.#readAt(y)?.time ?? null;
  }

  /**
   * The time at window y `y` (see {@link timeAt}; with `wholeRows`, a row's start anywhere in the
   * row: a row the window cuts is seen, all of it, and a blank `y` cuts no earlier than the end of
   * the day of the row above it, no later than its own end), and, read in the same pass, when the
   * day (or month, or year) of the last row starting above `y` ends (its `data-end`; a "+N" row's,
   * of its last start; -Infinity for none; with `seenFrom`, a window y, the latest of the rows
   * below it, when later): that unit is in the window with the row. A point's row stands for its
   * start alone, so a span read off it ended at that midnight, and the header left out a day on
   * screen ("September 17 – 19" over 20 September's row). For the span's edges (with `wholeRows`,
   * the top; with `seenFrom`, the bottom) a break `y` cuts reads as its far side, the row after it
   * or the row before it: a break is not drawn to scale.
   */
  #readAt(y: number, wholeRows = false, seenFrom?: number): { time: number; rowEnd: number } | null {
    const list = this.#list;
    if (!list) return null;
    const parts = list.querySelectorAll<HTMLElement>('[data-from]');
    if (!parts.length) return null;
    let last: HTMLElement | null = null;
    let lastEnd = -Infinity;
    let seen = -Infinity;
    for (const part of parts) {
      const box = part.getBoundingClientRect();
      // With `seenFrom`, the latest of the rows seen too: a month's row ("February 2010") is seen
      // with the rows of its days after it, and the month is in the window while it is.
      if (part.dataset.end !== undefined && box.top < y) {
        lastEnd = Number(part.dataset.end);
        if (seenFrom !== undefined && box.bottom > seenFrom) seen = Math.max(seen, lastEnd);
      }
      const rowEnd = Math.max(seen, lastEnd);
      if (box.bottom < y) {
        last = part;
        continue;
      }
      const from = Number(part.dataset.from);
      const to = Number(part.dataset.to);
      if (box.top >= y || box.height <= 0 || (wholeRows && part.dataset.end !== undefined)) return { time: from, rowEnd };
      // A break is not drawn to scale: a window's edge in one names no time inside it. The span
      // starts after it (the next row's time) and ends before it ("April 23 – May 31" named a day
      // of a shortened stretch where nothing happens). Read for its own sake (a pinch's anchor),
      // it goes on evenly.
      if (part.classList.contains('v-break') && (wholeRows || seenFrom !== undefined)) return { time: wholeRows ? to : from, rowEnd };
      const time = from + ((to - from) * (y - box.top)) / box.height;
      // Read from the top, a blank (or break) that `y` cuts, under a row that is gone, starts where
      // that row's day ends, and at the latest at the blank's end (the next row's start): a point's
      // row stands for its day, and the blank after it is drawn from its start, so the bar's foot
      // in the blank after 31 May's hidden row read "31 May, 14:00" and the header named May. (Not
      // below `y`: what lies between is an open card, whose row's day is still being read.)
      return { time: wholeRows ? Math.min(Math.max(time, rowEnd), to) : time, rowEnd };
    }
    return last ? { time: Number(last.dataset.to), rowEnd: Math.max(seen, lastEnd) } : null;
  }

  /** The window y of `time` as drawn (within its gap, or the top of the row at it); null without a list. */
  yAt(time: number): number | null {
    const list = this.#list;
    if (!list) return null;
    for (const part of list.querySelectorAll<HTMLElement>('[data-from]')) {
      const from = Number(part.dataset.from);
      const to = Number(part.dataset.to);
      if (time > to) continue;
      const box = part.getBoundingClientRect();
      if (time <= from || to <= from) return box.top;
      return box.top + (box.height * (time - from)) / (to - from);
    }
    return null;
  }

  /** The span the window shows of the list (kept as the page scrolls), or null when none of it is shown. */
  visible: ViewState | null = null;
  /** Where the window lies along the whole list, as shares of its height (the sticky bar's position strip). */
  position = { from: 0, size: 1 };
  #frame = 0;

  readonly #onScroll = (): void => {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      // A windowed list renders again when the window comes within a screen of what it rendered.
      const rendered = this.#rendered;
      if (rendered && this.#list) {
        const listTop = this.#list.getBoundingClientRect().top;
        // Only where there is more list beyond what was rendered (at its ends there is none).
        const needAbove = rendered.top > 0 && -listTop - window.innerHeight < rendered.top;
        const needBelow = rendered.bottom < rendered.total && -listTop + 2 * window.innerHeight > rendered.bottom;
        if (needAbove || needBelow) this.#host.requestUpdate();
      }
      const span = this.visibleSpan();
      const was = this.visible;
      const box = this.#list?.getBoundingClientRect();
      const position = box && box.height > 0 ? { from: Math.min(1, Math.max(0, -box.top / box.height)), size: Math.min(1, window.innerHeight / box.height) } : { from: 0, size: 1 };
      const moved = Math.abs(position.from - this.position.from) > 0.002 || Math.abs(position.size - this.position.size) > 0.002;
      if (span?.start === was?.start && span?.end === was?.end && !moved) return;
      this.visible = span;
      this.position = position;
      this.#host.requestUpdate();
    });
  };

  /** The event row that takes Tab: the last focused one (the element prefers the selected one). */
  focusedId: string | null = null;

  /** A span the page asked for before there was data to show it in (see {@link show}). */
  #pendingShow: { top: number; scroll: boolean } | null = null;

  /**
   * Shows `span` (the page's own `zoomTo`): its gaps drawn at the density that would fit the span
   * in the window under the sticky bar (`top` px; rows add their own height), and, when `scroll`,
   * its start brought to the bar. Read vertically, the page's scroll is the view: without this, a
   * page's "March 2011" button moved nothing a phone reader could see. Before there is data, the
   * viewport keeps the span and the list takes it once there is (see {@link enter}).
   */
  show(span: ViewState, top: number, scroll: boolean): void {
    const limits = this.#viewport.limits;
    if (!limits) {
      this.#pendingShow = { top, scroll };
      return;
    }
    const rows = this.#theme.metrics.rowPx;
    this.#chosenFor = limits.bounds.end - limits.bounds.start;
    this.msPerPx = this.#clamp((span.end - span.start) / Math.max(rows * 4, window.innerHeight - top));
    if (scroll) this.#anchor = { time: span.start, y: top };
    this.#host.requestUpdate();
  }

  /**
   * Shows everything from its start: the density of "Show all", and when `scroll`, the list's top
   * at the window's top.
   */
  fit(scroll = true): void {
    const limits = this.#viewport.limits;
    if (!limits) return;
    this.#chosenFor = limits.bounds.end - limits.bounds.start;
    this.msPerPx = this.#clamp((limits.bounds.end - limits.bounds.start) / (window.innerHeight * SCREENS_PER_VIEW));
    if (scroll) this.#anchor = { time: limits.bounds.start, y: 0 };
    this.#host.requestUpdate();
  }

  /**
   * Keys on the list: ↑/↓ move between rows in time, Home/End to the first and last, ←/→ to the
   * nearest row of the previous or next lane (as the horizontal plot's lanes are ordered).
   */
  readonly onKeydown = (e: KeyboardEvent): void => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const rows = [...(this.#list?.querySelectorAll<HTMLButtonElement>('.v-event') ?? [])];
    const at = rows.indexOf(e.target as HTMLButtonElement);
    if (at < 0) return;
    let next: HTMLButtonElement | undefined;
    if ((e.key === 'Home' || e.key === 'End') && this.#rendered) {
      // A long list renders only rows near the window: go to its start or end, then focus there.
      e.preventDefault();
      this.#focusEdge = e.key === 'Home' ? 'first' : 'last';
      const list = this.#list!.getBoundingClientRect();
      window.scrollTo({ top: e.key === 'Home' ? list.top + window.scrollY : list.bottom + window.scrollY - window.innerHeight, behavior: 'instant' });
      this.#host.requestUpdate();
      return;
    }
    if (e.key === 'ArrowDown') next = rows[at + 1];
    else if (e.key === 'ArrowUp') next = rows[at - 1];
    else if (e.key === 'Home') next = rows[0];
    else if (e.key === 'End') next = rows[rows.length - 1];
    else if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') next = nearestInLane(rows, at, e.key === 'ArrowRight' ? 1 : -1);
    else return;
    e.preventDefault();
    if (!next) return;
    for (const row of rows) row.tabIndex = row === next ? 0 : -1;
    next.focus();
  };

  /** The bar that sticks to the window's top over the list (the toolbar): the list under it is covered. */
  #bar: HTMLElement | null = null;
  /** The tallest the bar has been over this list (see {@link #covered}). */
  #barHeight = 0;

  /**
   * How far down from the window's top the bar covers the list: its foot, or, stuck at the top,
   * the tallest it has been. The bar holds the span's words, which may wrap: a span one line
   * longer would make the bar taller, cover a row more, shorten the words and the bar again, and
   * the header would flicker between the two; the tallest bar settles it (a line's height of list
   * may count as covered that is not).
   */
  #covered(): number {
    const bar = this.#bar?.getBoundingClientRect();
    if (!bar) return 0;
    this.#barHeight = Math.max(this.#barHeight, bar.height);
    return bar.top <= 0.5 ? Math.max(bar.bottom, this.#barHeight + bar.top) : bar.bottom;
  }

  /** The list element drawn (pinch and Ctrl/⌘ + wheel are listened to on it), and the bar that sticks over it. */
  attach(list: HTMLElement | null, bar: HTMLElement | null = null): void {
    this.#bar = list ? bar : null;
    if (list === this.#list) return;
    this.#barHeight = 0;
    this.#list?.removeEventListener('wheel', this.#onWheel);
    this.#list?.removeEventListener('pointerdown', this.#onDown);
    this.#list?.removeEventListener('pointermove', this.#onMove);
    for (const type of ['pointerup', 'pointercancel'] as const) this.#list?.removeEventListener(type, this.#onUp);
    this.#list = list;
    if (!list) {
      cancelAnimationFrame(this.#frame);
      this.#frame = 0;
      window.removeEventListener('scroll', this.#onScroll);
      window.removeEventListener('resize', this.#onScroll);
      for (const type of READER_INPUT) window.removeEventListener(type, this.#onReader, true);
      this.visible = null;
      return;
    }
    window.addEventListener('scroll', this.#onScroll, { passive: true });
    window.addEventListener('resize', this.#onScroll, { passive: true });
    for (const type of READER_INPUT) window.addEventListener(type, this.#onReader, { capture: true, passive: true });
    // Drawn for the first time: bring the anchor (the span's start) where it belongs.
    this.hostUpdated();
    list.addEventListener('wheel', this.#onWheel, { passive: false });
    list.addEventListener('pointerdown', this.#onDown);
    list.addEventListener('pointermove', this.#onMove);
    for (const type of ['pointerup', 'pointercancel'] as const) list.addEventListener(type, this.#onUp);
  }

  /** Home or End in a windowed list: the first or last row to focus once it is rendered. */
  #focusEdge: 'first' | 'last' | null = null;

  hostUpdated(): void {
    if (this.#list) this.#onScroll();
    const edge = this.#focusEdge;
    if (edge && this.#list) {
      const rows = this.#list.querySelectorAll<HTMLButtonElement>('.v-event');
      const row = edge === 'first' ? rows[0] : rows[rows.length - 1];
      const entries = this.#cache?.entries ?? [];
      const wanted = edge === 'first' ? entries.find((e) => e.kind !== 'gap' && e.kind !== 'break' && e.kind !== 'now') : [...entries].reverse().find((e) => e.kind === 'event' || e.kind === 'cluster');
      // The wanted edge row is rendered once the window reached it.
      // An event's row by its id; a "+N" row by its start and end (two may start together, see `foldMixed`).
      const li = row?.closest('li');
      const reached = wanted?.kind === 'event' ? row?.dataset.eventId === wanted.item.id : wanted?.kind === 'cluster' && li?.dataset.from === String(wanted.from) && li.dataset.end === String(wanted.end);
      if (row && reached) {
        this.#focusEdge = null;
        row.focus();
      }
    }
    const anchor = this.#anchor;
    if (!anchor || !this.#list) return;
    this.#anchor = null;
    const y = this.yAt(anchor.time);
    if (y !== null && Math.abs(y - anchor.y) >= 1) window.scrollBy({ top: y - anchor.y, behavior: 'instant' });
  }

  #clamp(msPerPx: number): number {
    const limits = this.#viewport.limits;
    const widest = limits ? (limits.bounds.end - limits.bounds.start) / (this.#theme.metrics.rowPx * 4) : Infinity;
    return Math.min(Math.max(msPerPx, MIN_MS_PER_PX), Math.max(widest, MIN_MS_PER_PX));
  }

  readonly #onWheel = (e: WheelEvent): void => {
    // Only a zoom gesture (Ctrl/⌘ + wheel, a trackpad pinch): a plain wheel scrolls the page.
    if (!(e.ctrlKey || e.metaKey)) return;
    e.preventDefault();
    this.zoom(Math.exp(-e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.002)), e.clientY);
  };

  readonly #onDown = (e: PointerEvent): void => {
    if (e.pointerType !== 'touch') return;
    this.#pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (this.#pointers.size === 2) this.#pinch = { distance: this.#spread(), msPerPx: this.msPerPx };
  };

  readonly #onMove = (e: PointerEvent): void => {
    if (!this.#pointers.has(e.pointerId)) return;
    this.#pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    const pinch = this.#pinch;
    if (!pinch || this.#pointers.size !== 2 || pinch.distance <= 0) return;
    const spread = this.#spread();
    if (spread <= 0) return;
    const [a, b] = [...this.#pointers.values()];
    this.zoom(this.msPerPx / (pinch.msPerPx * (pinch.distance / spread)), (a!.y + b!.y) / 2);
  };

  readonly #onUp = (e: PointerEvent): void => {
    this.#pointers.delete(e.pointerId);
    if (this.#pointers.size < 2) this.#pinch = null;
  };

  /** The distance between the two touches. */
  #spread(): number {
    const [a, b] = [...this.#pointers.values()];
    return Math.hypot(a!.x - b!.x, a!.y - b!.y);
  }
}

/** About how tall an entry renders, px: a row two lines and padding, a gap or break its own height. */
function estimatedHeight(entry: VerticalEntry, rowPx: number): number {
  switch (entry.kind) {
    case 'gap':
    case 'break':
      return entry.px;
    case 'now':
      return 28;
    default:
      return rowPx * 2.3;
  }
}

/** The row nearest to `rows[at]` (in reading order) whose lane is the next (+1) or previous (−1) one that has rows. */
function nearestInLane(rows: HTMLButtonElement[], at: number, direction: 1 | -1): HTMLButtonElement | undefined {
  const lane = (row: HTMLButtonElement) => Number(row.dataset.lane ?? NaN);
  const here = lane(rows[at]!);
  let target = NaN;
  for (const row of rows) {
    const l = lane(row);
    if (Number.isNaN(l) || (direction > 0 ? l <= here : l >= here)) continue;
    if (Number.isNaN(target) || (direction > 0 ? l < target : l > target)) target = l;
  }
  if (Number.isNaN(target)) return undefined;
  for (let d = 1; d < rows.length; d++) {
    for (const k of [at + d, at - d]) if (rows[k] && lane(rows[k]!) === target) return rows[k];
  }
  return undefined;
}
