/**
 * Every size the plot is built from, derived from two numbers the page controls: the font size
 * (`--timeline-font-size`, which follows the page's own by default) and the row height
 * (`--timeline-row-height`, which follows the font size by default). Layout, hit boxes, the canvas
 * and the DOM overlay all read these; the stylesheet writes none of them, so a theme that changes
 * either number moves rows, lanes, the axis and every hit box together.
 */

/** The plot's sizes in CSS px. */
export interface Metrics {
  /** The labels' font size. */
  readonly fontPx: number;
  /** One row of events. */
  readonly rowPx: number;
  /** A mark's height inside its row (the rest is the space between rows). */
  readonly markPx: number;
  /** The line above a lane's rows that holds its label. */
  readonly laneHeaderPx: number;
  /** Space below a lane's last row. */
  readonly lanePadPx: number;
  /** One row of the band above the lanes (deadline and "now" labels). */
  readonly bandRowPx: number;
  /** A deadline or "now" label's height. */
  readonly ruleLabelPx: number;
  /** Horizontal padding inside a deadline or "now" label. */
  readonly ruleLabelPadPx: number;
  /** The time axis: major labels above minor ones. */
  readonly axisPx: number;
  /** A point marker's diameter. */
  readonly markerPx: number;
  /** Between a point marker and its label. */
  readonly markerGapPx: number;
  /** Between a bar's start and its label. */
  readonly barInsetPx: number;
  /** Padding after a label inside its mark. */
  readonly labelEndPx: number;
  /** Free space after a mark before the next one in its row. */
  readonly gapPx: number;
  /** The narrowest "+N" mark (and the room the layout keeps for one). */
  readonly clusterPx: number;
  /** The narrowest bar drawn for a short range. */
  readonly minBarPx: number;
  /**
   * How deep a label's tip is where it points at its time: a deadline's or "now"'s label at its
   * rule, a "+N" box at its first event (inside their padding, clear of their words).
   */
  readonly tipPx: number;
  /** The least free space between two tick labels. */
  readonly tickGapPx: number;
  /** The overview strip's height (at least a 24 px target). */
  readonly overviewPx: number;
}

/** Everything was tuned at a 14 px font: sizes scale with the font from there. */
const BASE_FONT_PX = 14;

/**
 * The metrics for a `fontPx` font and, when the page set one, a `rowPx` row height. A row is
 * never shorter than its text needs (1.6 × the font size), so larger text always gets taller rows.
 */
export function metricsFor(fontPx: number, rowPx?: number): Metrics {
  const font = fontPx > 0 && Number.isFinite(fontPx) ? fontPx : BASE_FONT_PX;
  const u = font / BASE_FONT_PX;
  const s = (px: number) => Math.round(px * u);
  const row = Math.max(Math.ceil(font * 1.6), Math.round(rowPx && rowPx > 0 && Number.isFinite(rowPx) ? rowPx : 32 * u));
  const bandRow = s(26);
  return {
    fontPx: font,
    rowPx: row,
    markPx: row - Math.max(2, Math.round(row * 0.1875)),
    laneHeaderPx: s(24),
    lanePadPx: s(4),
    bandRowPx: bandRow,
    ruleLabelPx: bandRow - 2,
    ruleLabelPadPx: s(8),
    axisPx: s(46),
    markerPx: s(12),
    markerGapPx: s(6),
    barInsetPx: s(8),
    labelEndPx: s(6),
    gapPx: s(14),
    clusterPx: s(48),
    minBarPx: s(6),
    tipPx: s(6),
    tickGapPx: s(12),
    overviewPx: Math.max(24, s(28)),
  };
}

/**
 * The band above the lanes (deadline labels, and the "now" rule's label) with `rows` rows: none
 * for a document without deadlines whose view cannot reach "now" (a row kept for nothing read as
 * a blank stripe between the axis and the first lane).
 */
export function bandHeight(m: Metrics, rows: number): number {
  return rows * m.bandRowPx + 4;
}

/** A lane's height with `rows` rows. */
export function laneHeight(m: Metrics, rows: number): number {
  return m.laneHeaderPx + Math.max(1, rows) * m.rowPx + m.lanePadPx;
}

/**
 * How far an event's mark reaches after its start, label included, given the label text's
 * width: for a point, half the marker, the gap and the text; for a bar, the inset and the text;
 * then the end padding. The layout stacks rows with it and the scene places labels with it, so
 * the two always agree on what fits.
 */
export function markReach(m: Metrics, textPx: number, isBar: boolean): number {
  return Math.ceil(textPx) + (isBar ? m.barInsetPx : m.markerPx / 2 + m.markerGapPx) + m.labelEndPx;
}

/** The width of a deadline's label: padding, title, a gap and the relative time ("in 27 days"). */
export function ruleLabelWidth(m: Metrics, titlePx: number, relativePx: number): number {
  return Math.ceil(titlePx + relativePx) + m.markerGapPx + 2 * m.ruleLabelPadPx;
}
