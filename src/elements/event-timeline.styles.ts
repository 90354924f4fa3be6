import { css } from 'lit';

/** Styles of `<event-timeline>`: every colour, font and size comes from a `--timeline-*` property. */
export const timelineStyles = css`
  :host {
    --_row: var(--timeline-row-height, 2.3em);
    --_radius: var(--timeline-radius, 6px);
    /* A button a thumb can hit on a phone (story mode's reading path, a phone's card). */
    --_thumb: 44px;
    --_font: var(--timeline-font-family, system-ui, sans-serif);
    --_size: var(--timeline-font-size, 0.875rem);
    display: flex;
    position: relative;
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--_font);
    font-size: var(--_size);
    line-height: 1.35;
    border: 1px solid var(--timeline-border-color, var(--_grid));
    border-radius: var(--timeline-border-radius, 8px);
    contain: layout paint style;
    /* Clipped to the rounded border, not a scroll container: story mode's card sticks to the window's top. */
    overflow: clip;
    min-width: 0;
    /* A page may give the element a height: the plot takes what the rest leaves. */
    flex-direction: column;
  }
  .base {
    display: flex;
    flex-direction: column;
    flex: 1 1 auto;
    min-height: 0;
  }
  .base > *,
  .stage > *,
  .stage-main > * {
    flex: none;
  }
  /* The plot, the overview and the card: in the element's column, or two columns in story mode (story.styles.ts). */
  .stage,
  .stage-main {
    display: contents;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  button {
    font: inherit;
    color: inherit;
  }
  :focus-visible {
    /* A ring in the theme's focus colour with a halo in the background colour, so it shows on any mark. */
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--_bg);
  }
  [part~='card']:focus-visible {
    outline-offset: -3px;
  }

  /* Toolbar */
  .toolbar {
    display: flex;
    align-items: center;
    gap: 8px;
    padding: 8px 10px;
    border-bottom: 1px solid var(--_grid);
    flex-wrap: wrap;
  }
  .range-label {
    flex: 1 1 auto;
    font-weight: 600;
    min-width: 0;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  [part~='controls'] {
    display: flex;
    gap: 4px;
  }
  [part~='control'] {
    min-width: 32px;
    min-height: 32px;
    padding: 4px 10px;
    border: 1px solid var(--_grid);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
    line-height: 1;
  }
  [part~='control']:hover:not([disabled], [aria-disabled='true']) {
    border-color: var(--_axis);
  }
  /* A tap shows as the press itself, not as the browser's tint, which outlived it and read as "on". */
  [part~='control'] {
    -webkit-tap-highlight-color: transparent;
  }
  [part~='control']:active:not([disabled], [aria-disabled='true'], [aria-pressed='true']) {
    background: color-mix(in srgb, var(--_accent) 14%, var(--_surface));
  }
  [part~='control'][aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_bg);
  }
  [part~='control'][disabled] {
    opacity: 0.55;
    cursor: default;
  }
  /* One only aria-disabled keeps keyboard focus: greyed by its colours, not by opacity, which would
     fade its focus ring with it (to 2.5:1). */
  [part~='control'][aria-disabled='true'] {
    color: color-mix(in srgb, currentColor 50%, var(--_surface));
    border-color: color-mix(in srgb, var(--_grid) 55%, var(--_surface));
    cursor: default;
  }
  /* Forced colours grey a disabled button by themselves; one only aria-disabled is greyed here. */
  @media (forced-colors: active) {
    [part~='control'][aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }

  /* Problems and errors */
  [part~='problems'],
  [part~='error'] {
    margin: 8px 10px 0;
    padding: 8px 10px;
    border: 1px solid color-mix(in srgb, var(--_deadline) 60%, transparent);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_deadline) 7%, var(--_bg));
  }
  .panel-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
    font-weight: 600;
  }
  [part~='problems'] ul {
    margin: 6px 0 0;
    padding-inline-start: 18px;
    max-height: 9em;
    overflow: auto;
    overflow-wrap: anywhere;
  }
  [part~='problems'] code {
    font-family: ui-monospace, monospace;
    font-size: 0.9em;
  }

  /* Plot: DOM boxes for lanes and the axis, the canvas over them, the overlay of buttons on top */
  .stage-main > [part~='plot'] {
    flex: 1 1 auto;
    min-height: 0;
  }
  [part~='plot'] {
    position: relative;
    /* Clipped, not a scroll container: the axis sticks to the window's top (the page scrolls). */
    overflow: clip;
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
    cursor: grab;
  }
  [part~='plot'].dragging {
    cursor: grabbing;
  }
  [part~='plot'].over-mark:not(.dragging) {
    cursor: pointer;
  }
  [part~='canvas'],
  [part~='plot'] > canvas.slide {
    position: absolute;
    top: 0;
    left: 0;
    z-index: 1;
    pointer-events: none;
  }
  /* The axis stays at the window's top while the page scrolls the plot up under it, over the
     lanes, their headers and the buttons' focus rings (a tooltip stays above it). */
  [part~='axis'] {
    position: sticky;
    top: 0;
    z-index: 4;
    background: var(--_bg);
    border-bottom: 1px solid var(--_axis);
  }
  [part~='axis'] > canvas {
    position: absolute;
    top: 0;
    left: 0;
    pointer-events: none;
  }
  /* The wider twins that slide under the plot while the reader pans (see SlideController), each
     on a layer of its own; the drawn canvases and their twins take turns by opacity. A twin waits
     at 0.001, which no pixel shows: at 0 the browser leaves it out of the frame, and the first pan
     step copied its pixels to the compositor, twice (12-15 ms each for 3.5 plot widths here); at
     0.001 that copy is made once it is drawn, at idle. */
  [part~='plot'] > canvas.slide,
  [part~='axis'] > canvas.slide {
    opacity: 0.001;
    will-change: transform, opacity;
  }
  .band,
  .lanes,
  [part~='lane'] {
    position: absolute;
    inset-inline: 0;
  }
  .band {
    border-bottom: 1px dashed var(--_grid);
  }
  .lanes {
    top: 0;
  }
  [part~='lane'] {
    border-bottom: 1px solid var(--_grid);
  }
  [part~='lane-label'] {
    position: absolute;
    top: 0;
    inset-inline-start: 6px;
    z-index: 3;
    display: flex;
    align-items: center;
    padding: 0 6px;
    border-radius: 4px;
    font-size: 0.78em;
    font-weight: 650;
    letter-spacing: 0.03em;
    text-transform: uppercase;
    color: var(--_muted);
    background: color-mix(in srgb, var(--_bg) 88%, transparent);
    pointer-events: none;
    white-space: nowrap;
  }
  /* A strip's key, after its lane's name: in the lane's words, not its capitals. */
  [part~='strip-scale'] {
    margin-inline-start: 0.9em;
    font-weight: 400;
    letter-spacing: 0;
    text-transform: none;
  }
  [part~='strip-scale'].alone {
    margin-inline-start: 0;
  }
  .lane-label-swatch {
    display: inline-block;
    width: 8px;
    height: 8px;
    margin-inline-end: 5px;
    border-radius: 2px;
    background: var(--_lane, var(--_event));
  }
  .layer {
    position: absolute;
    inset-inline: 0;
    top: 0;
    height: 0;
  }
  /* The overlay: a button exactly over each drawn mark, seen only as its focus ring. Pointer
     input goes to the plot, which hit-tests the drawn scene. */
  .slot {
    position: absolute;
    top: 0;
    left: 0;
    z-index: 2;
    pointer-events: none;
  }
  /* The page's ::part() rules style what is drawn (through the probes), never these buttons. */
  .slot > button {
    display: block !important;
    position: static !important;
    box-sizing: border-box !important;
    min-width: 0 !important;
    max-width: none !important;
    min-height: 0 !important;
    max-height: none !important;
    margin: 0 !important;
    padding: 0 !important;
    border: 0 !important;
    background: none !important;
    color: transparent !important;
    font-size: 0 !important;
    box-shadow: none !important;
    outline: none;
    opacity: 1 !important;
    transform: none !important;
    filter: none !important;
    appearance: none !important;
    pointer-events: none !important;
    border-radius: var(--_radius) !important;
  }
  .slot > button:focus-visible {
    outline: 3px solid var(--_focus) !important;
    outline-offset: 2px !important;
    box-shadow: 0 0 0 2px var(--_bg) !important;
  }

  /* The overview strip: the whole extent, its density, the visible span as a thumb */
  .overview {
    display: flex;
    align-items: stretch;
    gap: 6px;
    padding: 4px 8px;
    border-top: 1px solid var(--_grid);
  }
  [part~='overview-track'] {
    position: relative;
    flex: 1 1 auto;
    min-width: 48px;
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_surface) 70%, var(--_bg));
    touch-action: pan-y;
    cursor: pointer;
    overflow: hidden;
  }
  /* The density bars at full strength: a lane colour at 3:1 on the page keeps about 3:1 on the
     track (three quarters' opacity took the story's lanes to 2.7:1, under WCAG 1.4.11). */
  [part~='overview-track'] canvas {
    position: absolute;
    top: 0;
    left: 0;
  }
  [part~='overview-thumb'] {
    position: absolute;
    top: 0;
    bottom: 0;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_accent) 12%, transparent);
    cursor: grab;
  }
  [part~='overview-earlier'],
  [part~='overview-later'] {
    flex: none;
    display: inline-grid;
    align-items: center;
    justify-items: center;
    white-space: nowrap;
    font-size: 0.85em;
    font-variant-numeric: tabular-nums;
  }
  /* The words shown and, hidden in the same cell, every form they can take: the widest sets the width. */
  [part~='overview'] .words {
    grid-area: 1 / 1;
  }
  [part~='overview'] .sizer {
    visibility: hidden;
  }
  /* A button with nothing beyond it is disabled, and hidden (it keeps its width). */
  [part~='overview'] > button:disabled {
    visibility: hidden;
  }
  /* Showing everything, nothing lies beyond until the reader zooms in: the hidden buttons give
     their width to the track and keep the strip's height. */
  .overview.whole {
    gap: 0;
  }
  /* (!important: a page's ::part(control) padding or min-width would otherwise win.) */
  .overview.whole > [part~='control'] {
    inline-size: 0 !important;
    min-inline-size: 0 !important;
    padding-inline: 0 !important;
    margin-inline: 0 !important;
    border-inline-width: 0 !important;
    overflow: hidden;
    visibility: hidden;
  }
  /* Progress while a large document loads */
  [part~='progress'] {
    display: flex;
    flex-direction: column;
    gap: 6px;
    padding: 12px 10px;
    color: var(--_muted);
  }
  .progress-track {
    display: block;
    height: 4px;
    border-radius: 2px;
    background: var(--_grid);
    overflow: hidden;
  }
  .progress-fill {
    display: block;
    height: 100%;
    background: var(--_accent);
  }
  [part~='tooltip'] {
    position: absolute;
    z-index: 5;
    padding: 2px 8px;
    border-radius: 4px;
    background: var(--_fg);
    color: var(--_bg);
    font-size: 0.92em;
    width: max-content;
    overflow-wrap: anywhere;
    pointer-events: none;
  }

  /* Probes: what the canvas paints with (see the theme controller). Each transitions every
     property for 1 ms so that any change of what it computes to ends in a transitionend. */
  .probes {
    position: absolute;
    top: 0;
    left: 0;
    width: 0;
    height: 0;
    overflow: hidden;
    visibility: hidden;
    pointer-events: none;
  }
  .probes > * {
    position: absolute;
    font-size: 1em;
    transition: all 1ms allow-discrete !important;
  }
  [data-probe='label'],
  [data-probe^='kind '],
  [data-probe='selected'] {
    color: var(--_fg);
    font-weight: 400;
  }
  [data-probe='major'] {
    color: var(--_fg);
    font-weight: 600;
  }
  [data-probe='minor'] {
    color: var(--_muted);
    font-size: 0.88em;
  }
  [data-probe='rule'] {
    color: var(--_deadline-text);
    font-size: 0.85em;
    font-weight: 600;
  }
  [data-probe='cluster'] {
    color: var(--_fg);
    font-size: 0.9em;
    font-weight: 600;
  }
  [data-probe='deadline'] {
    border-top: 2px solid var(--_deadline);
  }
  [data-probe='now'] {
    border-top: 2px dashed var(--_now);
  }
  [data-probe='row'] {
    height: var(--_row);
    border-top-left-radius: var(--_radius);
  }
  [data-probe='max-height'] {
    height: var(--timeline-max-height, 80vh);
  }
  [data-probe='vertical-below'] {
    width: var(--timeline-vertical-below, 600px);
  }
  [data-probe='bg'] {
    color: var(--_bg);
  }
  [data-probe='surface'] {
    color: var(--_surface);
  }
  [data-probe='muted'] {
    color: var(--_muted);
  }
  [data-probe='grid'] {
    color: var(--_grid);
  }
  [data-probe='grid-major'] {
    color: color-mix(in srgb, var(--_axis) 45%, transparent);
  }
  [data-probe='accent'] {
    color: var(--_accent);
  }
  [data-probe='deadline-text'] {
    color: var(--_deadline-text);
  }
  [data-probe='now-text'] {
    color: var(--_now-text);
  }
  [data-probe='event'],
  [data-probe='lane'] {
    color: var(--_lane, var(--_event));
    background-color: color-mix(in srgb, var(--_lane, var(--_event)) 22%, var(--_bg));
    border-top: 1px solid color-mix(in srgb, var(--_lane, var(--_event)) 20%, var(--_bg));
  }

  /* "← Previous" and "Next →" point the way time runs: mirrored where the page reads right to left (earlier is to the right). */
  .arrow:dir(rtl) {
    display: inline-block;
    transform: scaleX(-1);
  }

  /* Card */
  [part~='card'] {
    padding: 14px 16px 12px;
    border-top: 1px solid var(--_grid);
    background: var(--_surface);
  }
  .card-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 5px;
  }
  [part~='card'] :is(h1, h2, h3, h4, h5, h6) {
    margin: 4px 0 6px;
    font-size: 1.25em;
    line-height: 1.25;
  }
  [part~='card'] p {
    margin: 0 0 8px;
    max-width: 70ch;
  }
  :is([part~='card'], [part~='list-item']) figure {
    margin: 8px 0;
  }
  :is([part~='card'], [part~='list-item']) img {
    max-width: min(100%, 480px);
    height: auto;
    border-radius: 4px;
  }
  figcaption {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .sources {
    margin: 4px 0 8px;
    padding: 0;
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 4px 14px;
  }
  a {
    color: var(--_accent);
  }
  .card-nav {
    display: flex;
    gap: 6px;
    justify-content: flex-end;
    flex-wrap: wrap;
  }
  .cluster-members {
    margin: 0 0 8px;
    padding-inline-start: 20px;
    max-height: 14em;
    overflow: auto;
  }
  .cluster-members li {
    margin: 2px 0;
  }
  /* A wrapped title's number stands by its first line (an inline-block's baseline is its last). */
  .cluster-members .link-button {
    vertical-align: top;
  }
  .cluster-members time {
    color: var(--_muted);
    margin-inline-start: 8px;
    font-size: 0.9em;
  }
  .link-button {
    min-height: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
    text-align: start;
  }
  /* For assistive technology only (story mode's arrow words on a phone among them; a phone card's
     are hidden in its container query below). Under its event's own row on a phone (not a "+N" row folding it), a card leaves to the row what the row says (its date, a deadline's words, its
     lane and title): said twice, they pushed the event's text below a 375 px phone's first
     screen. Screen readers still read them, and they still name the card. */
  .visually-hidden,
  .narrow .nav-word,
  .v-card.under-row [part~='card'] > .card-meta,
  .v-card.under-row [part~='card'] > #card-title {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* List view (and print) */
  [part~='list'] {
    margin: 0;
    padding: 8px 16px 8px 40px;
  }
  [part~='list-item'] {
    padding: 8px 0;
    border-bottom: 1px solid var(--_grid);
  }
  [part~='list-item'][aria-current='true'] {
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: 8px;
  }
  [part~='list-item'] article :is(h1, h2, h3, h4, h5, h6) {
    margin: 2px 0 4px;
    font-size: 1.05em;
  }
  [part~='list-item'] .list-meta {
    color: var(--_muted);
    font-size: 0.9em;
    display: flex;
    gap: 4px 12px;
    flex-wrap: wrap;
  }
  [part~='list-item'] p {
    margin: 0 0 4px;
    max-width: 70ch;
  }
  .list-more,
  .list-unprinted {
    padding: 8px 16px 12px;
    color: var(--_muted);
  }
  .list-unprinted {
    margin: 0;
    font-style: italic;
  }
  @media print {
    :host {
      border: 0;
      contain: none;
      overflow: visible;
      color: #000;
      background: #fff;
    }
    .toolbar,
    [part~='plot'],
    [part~='overview'],
    [part~='card'],
    [part~='problems'],
    [part~='error'],
    #description,
    .list-more {
      display: none !important;
    }
    /* The document's title and description, which the hidden toolbar and title card held. */
    .print-head {
      padding: 0 16px;
    }
    .print-head :is(h1, h2, h3, h4, h5, h6) {
      margin: 0 0 4px;
    }
    /* A title is a button on screen (it opens the card); on paper it is a heading, not a link. */
    [part~='list-item'] .link-button {
      color: inherit;
      text-decoration: none;
    }
    [part~='list-item'] {
      break-inside: avoid;
    }
    /* Printed without the print event (a headless PDF): no column for a card that is not printed. */
    .stage.beside,
    .stage.beside > .stage-main {
      display: contents !important;
    }
    a::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }
  }
  @media (forced-colors: active) {
    [data-probe='accent'] {
      forced-color-adjust: none;
      color: Highlight;
    }
    [data-probe='deadline'],
    [data-probe='now'] {
      forced-color-adjust: none;
      border-top-color: CanvasText;
    }
    [data-probe='bg'],
    [data-probe='surface'] {
      forced-color-adjust: none;
      color: Canvas;
    }
    [data-probe='event'],
    [data-probe='lane'] {
      forced-color-adjust: none;
      color: CanvasText;
      background-color: Canvas;
      border-top-color: Canvas;
    }
    [data-probe='deadline-text'],
    [data-probe='now-text'] {
      forced-color-adjust: none;
      color: Canvas;
    }
    [data-probe='grid'],
    [data-probe='grid-major'] {
      forced-color-adjust: none;
      color: GrayText;
    }
    [part~='control'] {
      border: 1px solid ButtonText;
    }
    /* Its background is the system's too: without a box its words ran on into the labels beside it. */
    [part~='tooltip'] {
      border: 1px solid CanvasText;
    }
    .slot > button:focus-visible {
      outline-color: Highlight !important;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }

  /* Vertical (phones): a list read with the page's scroll; the blank between rows is time. The
     host clips without being a scroll container, so the toolbar sticks to the page's top. */
  :host(:state(vertical)) .toolbar {
    position: sticky;
    top: 0;
    z-index: 3;
    background: var(--_bg);
    border-bottom: 1px solid var(--_grid);
  }
  /*
   * The visible span wraps rather than lose its end ("13.8 billion years ago – 100 million y…").
   * The toolbar keeps its height while the list scrolls under it: when the span's words changed
   * length as rows went by ("May 31, 2020", "May 31 – June 2, 2020"), the buttons went to a line of
   * their own and back, and the list jumped 27 px under the reader's finger. Whether the words
   * share the buttons' line now depends on the toolbar's width alone: from 28em they have two
   * lines' room beside the buttons, narrower a line of their own.
   */
  :host(:state(vertical)) .toolbar {
    container-type: inline-size;
  }
  :host(:state(vertical)) .range-label {
    flex: 1 0 100%;
    white-space: normal;
  }
  @container (min-width: 28em) {
    :host(:state(vertical)) .range-label {
      flex: 1 1 0;
      display: flex;
      align-items: center;
      min-height: 2.5em;
      line-height: 1.25;
    }
  }
  .v-position {
    position: absolute;
    inset-inline: 0;
    bottom: -1px;
    height: 3px;
    background: var(--_grid);
  }
  .v-position > span {
    position: absolute;
    inset-block: 0;
    min-width: 4px;
    background: var(--_accent);
  }
  .vertical {
    --_axis-x: 10px;
    --_gutter: calc(var(--_axis-x) + 24px);
    list-style: none;
    margin: 0;
    padding: 10px 12px 18px;
    font-size: max(1em, 15px);
    /* One finger scrolls the page; two pinch the list's density (not the page's zoom). */
    touch-action: pan-y;
  }
  .vertical > li {
    position: relative;
    padding-inline-start: var(--_gutter);
  }
  .vertical > li::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: var(--_axis-x);
    border-inline-start: 2px solid var(--_axis);
  }
  .vertical > li:first-child::before {
    top: 16px;
  }
  .v-gap {
    box-sizing: border-box;
  }
  .v-tick {
    position: absolute;
    inset-inline-start: calc(var(--_axis-x) - 3px);
    display: flex;
    align-items: center;
    gap: 10px;
    transform: translateY(-50%);
    color: var(--_muted);
    font-size: 0.8em;
    line-height: 1;
    white-space: nowrap;
  }
  .v-tick::before {
    content: '';
    width: 8px;
    border-top: 2px solid var(--_axis);
  }
  .v-tick.major {
    color: var(--_fg);
    font-weight: 600;
  }
  .v-break {
    box-sizing: border-box;
    display: flex;
    align-items: center;
    color: var(--_muted);
    font-style: italic;
    font-size: 0.85em;
  }
  .vertical > .v-break::before {
    border-inline-start-style: dashed;
  }
  .v-row {
    padding-block: 3px;
  }
  .v-dot {
    position: absolute;
    z-index: 1;
    top: 14px;
    inset-inline-start: calc(var(--_axis-x) - 6px);
    width: 10px;
    height: 10px;
    border: 2px solid var(--_bg);
    border-radius: 50%;
    background: var(--_lane, var(--_event));
  }
  .v-dot.range {
    border-radius: 3px;
  }
  .v-event {
    display: block;
    box-sizing: border-box;
    width: 100%;
    margin: 0;
    padding: 6px 10px 7px;
    border: 0;
    border-inline-start: 4px solid var(--_lane, var(--_event));
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_lane, var(--_event)) 9%, var(--_bg));
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .v-event:hover,
  .v-event[aria-expanded='true'] {
    background: color-mix(in srgb, var(--_lane, var(--_event)) 20%, var(--_bg));
  }
  .v-event:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .v-date {
    display: flex;
    flex-wrap: wrap;
    gap: 0 10px;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .v-lane {
    display: inline-flex;
    align-items: center;
    gap: 5px;
  }
  .v-title {
    display: block;
    margin-top: 1px;
    font-weight: 600;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .v-deadline .v-event {
    border-inline-start-color: var(--_deadline);
    border-top: 2px solid var(--_deadline);
    border-start-start-radius: 0;
    border-start-end-radius: 0;
  }
  .v-deadline .v-dot {
    border-radius: 0;
    background: var(--_deadline);
  }
  .v-cluster .v-title {
    font-variant-numeric: tabular-nums;
  }
  /* A "+N" row's events per day against the busiest row's: a column of them is a histogram down the axis. */
  .v-density {
    display: block;
    min-inline-size: 2px;
    block-size: 6px;
    margin-block-start: 4px;
    border-radius: 3px;
    background: color-mix(in srgb, var(--_accent) 55%, transparent);
  }
  /* Events dated only to a coarser unit than the rows around: hatched, as the plot draws such dates. */
  .v-cluster.coarse .v-density {
    background: repeating-linear-gradient(135deg, color-mix(in srgb, var(--_accent) 55%, transparent) 0 3px, transparent 3px 6px);
    box-shadow: inset 0 0 0 1px color-mix(in srgb, var(--_accent) 55%, transparent);
  }
  .v-now {
    position: absolute;
    z-index: 2;
    inset-inline: var(--_axis-x) 0;
    border-top: 2px dashed var(--_now);
  }
  .v-now > span {
    position: absolute;
    top: 0;
    inset-inline-start: calc(var(--_gutter) - var(--_axis-x));
    transform: translateY(-50%);
    padding: 1px 7px;
    border-radius: var(--_radius);
    background: var(--_now);
    color: var(--_now-text);
    font-size: 0.8em;
    white-space: nowrap;
  }
  /* In a gap, the label keeps off the rows: above its line in the gap's lower half, below it in the upper. */
  .v-now.above > span {
    transform: translateY(calc(-100% - 1px));
  }
  .v-now.below > span {
    transform: translateY(1px);
  }
  .v-now-row {
    height: 28px;
  }
  .v-now-row > .v-now {
    top: 14px;
  }
  .v-bar {
    position: absolute;
    inset-inline-start: calc(var(--_axis-x) + 7px + var(--_column) * 6px);
    width: 4px;
    --_bar: var(--_lane, var(--_event));
    /* An end known only to its month or year fades out over it, as the plot's bars do (render-vertical.ts sets where). */
    background: linear-gradient(
      color-mix(in srgb, var(--_bar) var(--_fade-top, 100%), transparent) var(--_fade-from, 0%),
      color-mix(in srgb, var(--_bar) var(--_fade-foot, 100%), transparent)
    );
    opacity: 0.6;
    box-sizing: border-box;
    background-clip: padding-box;
  }
  /* A bar beginning in its row starts a little below it, apart from a bar that ended just above. */
  .v-bar.opens {
    border-top: 4px solid transparent;
  }
  /* The card under its row takes the list's whole width (a phone's every pixel), over the axis. */
  .vertical > .v-card {
    padding-block: 4px 10px;
    padding-inline-start: 0;
  }
  .vertical > .v-card::before {
    display: none;
  }
  .v-card [part~='card'] {
    border: 1px solid var(--_grid);
    border-radius: var(--_radius);
    font-size: 1rem;
  }
  /* In a card too narrow for their words beside each other (a phone's; 420 px holds "← Previous
     event", "Next event →" and Close), ← → and Close share one line in even thirds, the arrows'
     words for assistive technology only, as story mode's reading path does: wrapped as they came,
     "← Previous event" stood alone at the line's end with "Next event →" and Close under it. A
     "+N" list's card, with Close alone, keeps it as it is. */
  .v-card {
    container-type: inline-size;
  }
  @container (max-width: 420px) {
    .card-nav:has(> [part~='next']) {
      flex-wrap: nowrap;
    }
    .card-nav:has(> [part~='next']) > * {
      flex: 1 1 0;
      min-height: var(--_thumb);
    }
    .card-nav .nav-word {
      position: absolute !important;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }
  @media (forced-colors: active) {
    .v-dot,
    .v-density {
      background: CanvasText;
      forced-color-adjust: none;
    }
    /* Its gradient (the fade of an end known only to its month or year) in the system's colour. */
    .v-bar {
      --_bar: CanvasText;
      forced-color-adjust: none;
    }
    .v-cluster.coarse .v-density {
      background: repeating-linear-gradient(135deg, CanvasText 0 3px, transparent 3px 6px);
      box-shadow: inset 0 0 0 1px CanvasText;
    }
    .v-event {
      border: 1px solid ButtonText;
    }
    /* The open event's row: its tint is gone in forced colours, so a thick Highlight edge says it. */
    .v-event[aria-expanded='true'] {
      border: 3px solid Highlight;
    }
    /* A lane's colour is gone too: no blank square before its name. */
    .lane-label-swatch {
      display: none;
    }
  }
`;
