/**
 * Zoom as an immutable view: the visible span of time over a fixed base. Every function here
 * returns a new view and never mutates its input; clamping is pure.
 */
import type { TimeSpan } from './types.js';
import { MAX_TIME } from '../time/years.js';

/** The visible span of time, UTC ms. */
export interface ViewState {
  readonly start: number;
  readonly end: number;
}

/** Whether two views show exactly the same span. */
export function sameView(a: ViewState, b: ViewState): boolean {
  return a.start === b.start && a.end === b.end;
}

/** How far a view may zoom and pan. */
export interface ViewLimits {
  /** The shortest visible span (most zoomed in), ms. */
  readonly minSpan: number;
  /** The longest visible span (most zoomed out), ms. */
  readonly maxSpan: number;
  /** The view never leaves these bounds (the extent plus its margin). */
  readonly bounds: TimeSpan;
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
/** The largest time a JavaScript Date can hold, ms from the epoch. */
export const MAX_DATE = MAX_TIME;

/**
 * A view at least this many units of the events' finest date long is labelled in those units or
 * coarser (see `AxisTickOptions.unitMs`), and the closest zoom is as long ({@link closestSpan}):
 * dates known only to the day are never drawn on hour ticks.
 */
export const UNITS_IN_VIEW = 3;

/**
 * The closest zoom for events whose finest date is known to `unitMs`: an hour, or
 * {@link UNITS_IN_VIEW} of those units when that is longer. Dates known only to the day zoomed to
 * an hour were drawn at midnight under clock times ("3 June 2020, 17:12–18:12"): a time no date gave.
 */
export function closestSpan(unitMs: number): number {
  return Math.max(HOUR, Number.isFinite(unitMs) ? UNITS_IN_VIEW * unitMs : 0);
}

/** Options of {@link viewLimits}. */
export interface ViewLimitsOptions {
  /** Margin on each side as a fraction of the extent's span (default 0.05). */
  marginFraction?: number;
  /** Shortest visible span (default one hour). */
  minSpan?: number;
  /** Shortest span {@link fit} produces for a tiny or empty extent (default one day). */
  minFitSpan?: number;
}

/**
 * The view that shows all of `extent` with `marginFraction` of its span on each side. An extent
 * shorter than `minFitSpan` (a single point event) is centred in a view `minFitSpan` long.
 */
export function fit(extent: TimeSpan, marginFraction = 0.05, minFitSpan = DAY): ViewState {
  const span = Math.max(0, extent.end - extent.start);
  const margin = span * Math.max(0, marginFraction);
  let start = extent.start - margin;
  let end = extent.end + margin;
  if (end - start < minFitSpan) {
    const mid = extent.start + span / 2;
    start = mid - minFitSpan / 2;
    end = mid + minFitSpan / 2;
  }
  return { start, end };
}

/**
 * Limits for an extent: bounds are the {@link fit} view of the extent (so "fit all" is always the
 * most zoomed-out view), the longest span is the bounds' span, the shortest `minSpan` (one hour).
 * The margin of an extent within the `Date` range stops at its edges (±8.64e15 ms), so such a
 * view never needs deep time. An extent with years beyond it (deep time) keeps its margin, and
 * its shortest span is at least a day: a double near 13.8 billion years is exact to about a
 * minute, so a day still spans some 1,300 distinct times.
 */
export function viewLimits(extent: TimeSpan, options: ViewLimitsOptions = {}): ViewLimits {
  const deep = extent.start < -MAX_DATE || extent.end > MAX_DATE;
  const minSpan = Math.max(options.minSpan ?? HOUR, deep ? DAY : 0);
  const fitted = fit(extent, options.marginFraction ?? 0.05, Math.max(minSpan, options.minFitSpan ?? DAY));
  const bounds = deep ? fitted : { start: Math.max(-MAX_DATE, fitted.start), end: Math.min(MAX_DATE, fitted.end) };
  return { minSpan, maxSpan: bounds.end - bounds.start, bounds };
}

/**
 * The view moved and resized as little as possible to obey `limits`: its span clamped to
 * [minSpan, min(maxSpan, bounds span)], keeping its centre, then shifted inside the bounds.
 */
export function clampView(view: ViewState, limits: ViewLimits): ViewState {
  const { bounds } = limits;
  const boundSpan = bounds.end - bounds.start;
  const maxSpan = Math.max(limits.minSpan, Math.min(limits.maxSpan, boundSpan));
  let span = view.end - view.start;
  if (!(span >= limits.minSpan)) span = limits.minSpan;
  if (span > maxSpan) span = maxSpan;
  const centre = (view.start + view.end) / 2;
  let start = Number.isFinite(centre) ? centre - span / 2 : bounds.start;
  if (span <= boundSpan) {
    if (start < bounds.start) start = bounds.start;
    if (start + span > bounds.end) start = bounds.end - span;
  } else {
    // Bounds narrower than the shortest span: centre on the bounds.
    start = bounds.start + boundSpan / 2 - span / 2;
  }
  return { start, end: start + span };
}

/**
 * Zoom by `factor` around `anchorMs` (the time under the pointer): `factor` > 1 zooms in
 * (the span is divided by it), < 1 zooms out. The anchor keeps its relative position in the view,
 * so it stays under the pointer, unless the result had to be shifted back inside the bounds.
 */
export function zoomAround(view: ViewState, factor: number, anchorMs: number, limits: ViewLimits): ViewState {
  const span = view.end - view.start;
  if (!(factor > 0) || !Number.isFinite(factor) || !(span > 0)) return clampView(view, limits);
  const maxSpan = Math.max(limits.minSpan, Math.min(limits.maxSpan, limits.bounds.end - limits.bounds.start));
  const newSpan = Math.min(maxSpan, Math.max(limits.minSpan, span / factor));
  const t = (anchorMs - view.start) / span;
  const start = anchorMs - t * newSpan;
  return shiftInside({ start, end: start + newSpan }, limits);
}

/** Pan by `deltaMs` (positive moves the view later in time), keeping the span, stopping at the bounds. */
export function pan(view: ViewState, deltaMs: number, limits: ViewLimits): ViewState {
  const clamped = clampView(view, limits);
  if (!Number.isFinite(deltaMs)) return clamped;
  return shiftInside({ start: clamped.start + deltaMs, end: clamped.end + deltaMs }, limits);
}

function shiftInside(view: ViewState, limits: ViewLimits): ViewState {
  const { bounds } = limits;
  const span = view.end - view.start;
  if (span > bounds.end - bounds.start) return clampView(view, limits);
  let start = view.start;
  if (start < bounds.start) start = bounds.start;
  if (start + span > bounds.end) start = bounds.end - span;
  return { start, end: start + span };
}

/** Milliseconds per pixel of a view drawn `widthPx` wide. */
export function msPerPx(view: ViewState, widthPx: number): number {
  return (view.end - view.start) / Math.max(1, widthPx);
}

/**
 * The view a fraction `t` (0…1) of the way from `from` to `to`, eased in and out, with the span
 * interpolated geometrically so a zoom feels even at every scale and the centre moving linearly.
 */
export function viewBetween(from: ViewState, to: ViewState, t: number): ViewState {
  if (t >= 1) return to;
  const e = t < 0.5 ? 2 * t * t : 1 - Math.pow(-2 * t + 2, 2) / 2;
  const fromSpan = from.end - from.start;
  const toSpan = to.end - to.start;
  const span = fromSpan * Math.pow(toSpan / fromSpan, e);
  const mid = from.start + fromSpan / 2 + (to.start + toSpan / 2 - (from.start + fromSpan / 2)) * e;
  return { start: mid - span / 2, end: mid + span / 2 };
}
