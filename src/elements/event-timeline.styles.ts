import { css } from 'lit';

/** Styles of `<event-timeline>`: every colour, font and size comes from a `--timeline-*` property. */
export const timelineStyles = css`
  :host {
    --_fg: var(--timeline-color, #1b1e23);
    --_muted: var(--timeline-muted-color, #596068);
    --_bg: var(--timeline-background, #ffffff);
    --_surface: var(--timeline-surface, #f4f5f7);
    --_grid: var(--timeline-grid-color, #e2e5e9);
    --_axis: var(--timeline-axis-color, #8a9099);
    --_accent: var(--timeline-accent-color, #1d5fbf);
    --_event: var(--timeline-event-color, #3b5b8c);
    --_deadline: var(--timeline-deadline-color, #b3261e);
    --_deadline-text: var(--timeline-deadline-text-color, #ffffff);
    --_now: var(--timeline-now-color, #0b7a45);
    --_now-text: var(--timeline-now-text-color, #ffffff);
    --_focus: var(--timeline-focus-color, #1d5fbf);
    --_row: var(--timeline-row-height, 32px);
    --_radius: var(--timeline-radius, 6px);
    --_font: var(--timeline-font-family, system-ui, sans-serif);
    --_size: var(--timeline-font-size, 14px);
    display: block;
    position: relative;
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--_font);
    font-size: var(--_size);
    line-height: 1.35;
    border: 1px solid var(--timeline-border-color, var(--_grid));
    border-radius: var(--timeline-border-radius, 8px);
    contain: layout paint style;
    overflow: hidden;
    min-width: 0;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_fg: var(--timeline-color, #e8eaed);
      --_muted: var(--timeline-muted-color, #a9b0b9);
      --_bg: var(--timeline-background, #15171b);
      --_surface: var(--timeline-surface, #1f2228);
      --_grid: var(--timeline-grid-color, #2b2f36);
      --_axis: var(--timeline-axis-color, #7b838e);
      --_accent: var(--timeline-accent-color, #8ab4f8);
      --_event: var(--timeline-event-color, #8fb0e0);
      --_deadline: var(--timeline-deadline-color, #ff8a80);
      --_now: var(--timeline-now-color, #5fd39a);
      --_deadline-text: var(--timeline-deadline-text-color, #1b1e23);
      --_now-text: var(--timeline-now-text-color, #1b1e23);
      --_focus: var(--timeline-focus-color, #8ab4f8);
    }
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
  [part~='control']:hover {
    border-color: var(--_axis);
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

  /* Plot */
  [part~='plot'] {
    position: relative;
    overflow: hidden;
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
    cursor: grab;
  }
  [part~='plot'].dragging {
    cursor: grabbing;
  }
  /* A layer that pans as one (see the scene's origin); its children are positioned in it. */
  .layer {
    position: absolute;
    inset: 0;
  }
  [part~='lane'] > .layer {
    pointer-events: none;
  }
  [part~='lane'] > .layer > .slot {
    pointer-events: auto;
  }
  .grid {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }
  .gridline {
    position: absolute;
    top: 0;
    bottom: 0;
    inset-inline-start: 0;
    width: 0;
    border-inline-start: 1px solid var(--_grid);
  }
  .gridline.major {
    border-inline-start-color: color-mix(in srgb, var(--_axis) 45%, transparent);
  }
  [part~='axis'] {
    position: relative;
    height: 46px;
    border-bottom: 1px solid var(--_axis);
    background: color-mix(in srgb, var(--_bg) 85%, transparent);
  }
  [part~='tick'] {
    position: absolute;
    inset-inline-start: 0;
    white-space: nowrap;
    padding-inline-start: 4px;
    font-variant-numeric: tabular-nums;
  }
  [part~='tick'].major {
    top: 4px;
    font-weight: 600;
  }
  [part~='tick'].minor {
    top: 24px;
    color: var(--_muted);
    font-size: 0.88em;
  }
  /* Marks and labels above the full-height rules (which sit at z-index 0). */
  .markers {
    position: relative;
    z-index: 1;
    border-bottom: 1px dashed var(--_grid);
  }
  .lanes {
    position: relative;
    z-index: 1;
  }
  [part~='lane'] {
    position: relative;
    border-bottom: 1px solid var(--_grid);
  }
  [part~='lane-label'] {
    position: absolute;
    top: 3px;
    inset-inline-start: 6px;
    z-index: 2;
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
  .lane-label-swatch {
    display: inline-block;
    width: 8px;
    height: 8px;
    margin-inline-end: 5px;
    border-radius: 2px;
    background: var(--_lane, var(--_event));
  }

  /* Event marks: a positioned list item holding the button */
  .slot {
    position: absolute;
    top: 0;
    inset-inline-start: 0;
    z-index: 1;
  }
  [part~='event'],
  [part~='cluster'] {
    position: relative;
    display: flex;
    align-items: center;
    gap: 6px;
    height: calc(var(--_row) - 6px);
    min-height: 24px;
    padding: 0 6px 0 0;
    margin: 0;
    border: 0;
    background: none;
    text-align: start;
    white-space: nowrap;
    cursor: pointer;
    border-radius: var(--_radius);
  }
  .marker {
    flex: none;
    width: 12px;
    height: 12px;
    margin-inline-start: -6px;
    border-radius: 50%;
    background: var(--_lane, var(--_event));
    border: 2px solid var(--_bg);
    box-shadow: 0 0 0 1.5px var(--_lane, var(--_event));
  }
  .bar {
    position: absolute;
    inset-block: 3px;
    inset-inline-start: 0;
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_lane, var(--_event)) 22%, var(--_bg));
    border: 1.5px solid var(--_lane, var(--_event));
  }
  /* A date known only to the month or year: the whole unit, with soft, hatched fill. */
  [part~='imprecise'] .bar {
    border-style: dashed;
    background: repeating-linear-gradient(
      -45deg,
      color-mix(in srgb, var(--_lane, var(--_event)) 20%, var(--_bg)) 0 4px,
      var(--_bg) 4px 8px
    );
  }
  /* An end known only to its month or year fades out over that unit (--_fuzzy wide). */
  .fuzzy::after {
    content: '';
    position: absolute;
    top: 0;
    bottom: 0;
    inset-inline-end: 0;
    width: var(--_fuzzy);
    background: linear-gradient(to right, transparent, var(--_bg));
    opacity: 0.85;
  }
  :host(:dir(rtl)) .fuzzy::after {
    background: linear-gradient(to left, transparent, var(--_bg));
  }
  [part~='approximate'] .marker {
    border-style: dashed;
  }
  [part~='range'] .label,
  [part~='imprecise'] .label {
    position: relative;
    padding-inline-start: 8px;
    background: none;
  }
  .label {
    unicode-bidi: plaintext;
    overflow: hidden;
    text-overflow: ellipsis;
    border-radius: 3px;
    background: color-mix(in srgb, var(--_bg) 78%, transparent);
  }
  .label .circa {
    font-style: italic;
    color: var(--_muted);
  }
  [part~='event']:hover .label,
  [part~='event'][aria-current='true'] .label {
    text-decoration: underline;
    text-underline-offset: 3px;
  }
  [part~='event'][aria-current='true'] .marker {
    box-shadow: 0 0 0 3px var(--_accent);
  }
  [part~='event'][aria-current='true'] .bar {
    border-width: 2.5px;
    border-color: var(--_accent);
  }
  [part~='cluster'] {
    padding: 0 10px;
    border: 1.5px solid var(--_lane, var(--_event));
    background: var(--_surface);
    font-weight: 600;
    font-size: 0.9em;
  }

  /* Deadlines and now: labels in the band above the lanes, rules through everything below the axis */
  .rules {
    position: absolute;
    top: 46px;
    bottom: 0;
    inset-inline: 0;
    pointer-events: none;
    z-index: 0;
  }
  .rules [part~='deadline'],
  .rules [part~='now'] {
    position: absolute;
    top: 0;
    bottom: 0;
    inset-inline-start: -1px;
    width: 0;
    border-inline-start: 2px solid var(--_deadline);
  }
  .rules [part~='now'] {
    border-inline-start-style: dashed;
    border-inline-start-color: var(--_now);
  }
  .rule-label {
    display: flex;
    align-items: center;
    gap: 6px;
    height: 24px;
    padding: 0 8px;
    margin: 0;
    border: 0;
    border-start-start-radius: 0;
    border-end-start-radius: 0;
    border-start-end-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
    background: var(--_deadline);
    color: var(--_deadline-text);
    font-size: 0.85em;
    font-weight: 600;
    white-space: nowrap;
    cursor: pointer;
    z-index: 2;
  }
  .rule-label.now {
    background: var(--_now);
    color: var(--_now-text);
    cursor: default;
  }
  .rule-label .relative {
    font-weight: 400;
  }
  .rule-label[aria-current='true'] {
    outline: 3px solid var(--_accent);
    outline-offset: 1px;
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
  [part~='card'] h2 {
    margin: 4px 0 6px;
    font-size: 1.25em;
    line-height: 1.25;
  }
  [part~='card'] p {
    margin: 0 0 8px;
    max-width: 70ch;
  }
  [part~='card'] figure {
    margin: 8px 0;
  }
  [part~='card'] img {
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
  .visually-hidden {
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
  [part~='list-item'] h3 {
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
  .list-more {
    padding: 8px 16px 12px;
    color: var(--_muted);
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
    [part~='card'],
    [part~='problems'],
    [part~='error'],
    .list-more {
      display: none !important;
    }
    [part~='list-item'] {
      break-inside: avoid;
    }
    a::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }
  }
  @media (forced-colors: active) {
    .marker {
      forced-color-adjust: none;
      background: CanvasText;
      border-color: Canvas;
      box-shadow: 0 0 0 1.5px CanvasText;
    }
    .bar {
      border-color: CanvasText;
    }
    [part~='event'][aria-current='true'] .marker,
    [part~='event'][aria-current='true'] .bar {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Highlight;
      box-shadow: 0 0 0 3px Highlight;
    }
    [part~='event'][aria-current='true'] .label {
      outline: 2px solid Highlight;
    }
    .rules [part~='deadline'],
    .rules [part~='now'] {
      border-inline-start-color: CanvasText;
    }
    .rule-label,
    [part~='cluster'],
    [part~='control'] {
      border: 1px solid ButtonText;
    }
    .gridline,
    .gridline.major {
      border-inline-start-color: GrayText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
