/**
 * Shared shapes of the layout layer. Pure data: no DOM, no Lit.
 *
 * The layout layer does not import the model. It only needs the structural shape below, which the
 * model's `TimelineItem` satisfies once its `title` is passed through `labelWidth` by the caller.
 */

/** A span of time in UTC milliseconds, `start` inclusive, `end` exclusive. */
export interface TimeSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * What the layout needs of one timeline item. The model's `TimelineItem`
 * (`{ id, start, end, isRange, laneIndex, kind, event }`) is assignable to it.
 */
export interface LayoutItem {
  /** Unique id. */
  readonly id: string;
  /** Start, UTC ms. */
  readonly start: number;
  /** Exclusive end, UTC ms, greater than `start` (a point event covers its own unit). */
  readonly end: number;
  /** A range is drawn as a bar from start to end; a point as a marker at start. */
  readonly isRange: boolean;
  /** Index of the lane (0-based, in the document's lane order). */
  readonly laneIndex: number;
  /** Deadlines are full-height rules with their own label band, not stacked in lanes. */
  readonly kind: 'event' | 'deadline';
}
