/**
 * The scene: everything the plot draws for one frame, as plain values in plot px (x from the
 * plot's left edge, y from its top). Renderers read it and compute no geometry of their own.
 */
import type { TimelineItem } from '../model/items.js';
import type { ViewState } from '../layout/view.js';
import type { Metrics } from './metrics.js';
import type { TimeScale } from '../layout/scale.js';
import type { BucketUnitName } from '../layout/strip.js';

/** Which font a text is set in: event labels, the axis's two levels, rule labels, "+N" marks. */
export type FontRole = 'label' | 'major' | 'minor' | 'rule' | 'cluster';

/** Width in px of `text` set in the font of `role`. */
export type Measure = (text: string, role: FontRole) => number;

/** A label as drawn. */
export interface SceneLabel {
  /** What is drawn: the whole title, or its start and an ellipsis when it had to be cut. */
  readonly text: string;
  /** The whole title, as the reader sees it on hover and focus. */
  readonly full: string;
  /** Left edge of the text, px. */
  readonly left: number;
  /** Width of the drawn text, px. */
  readonly width: number;
  /** The title had to be cut. */
  readonly truncated: boolean;
  /** The label sits before its mark (after it did not fit); points only. */
  readonly before: boolean;
}

/** A range or a date coarser than a day, drawn as a bar over the span it covers. */
export interface SceneBar {
  readonly left: number;
  readonly right: number;
  /**
   * The end is known only to its month or year: it fades out over this many px before the drawn
   * end (more than the drawn bar when the bar comes in from far before the view).
   */
  readonly fade: number;
  /**
   * The fade goes on this many px past the drawn end: the bar runs on past the view, and the view
   * ends part-way through the unit its end is known to (0 when the drawn end is the bar's own).
   */
  readonly fadeBeyond: number;
  /** A single date known only to its month or year (a hatched box, not a range). */
  readonly imprecise: boolean;
  /**
   * Its label runs on past its end: it is drawn as a thin bar along the top of its mark, with the
   * label under it, as a line over a title (a box's end would cut through the label's words).
   */
  readonly thin: boolean;
  /** The drawn bar's top and height, px: the mark's height less a margin, or a thin bar's. */
  readonly top: number;
  readonly height: number;
}

/** One event's mark. */
export interface SceneMark {
  readonly item: TimelineItem;
  /** Its kind's parts (`range`, `point imprecise approximate`…; see `markKind`): the button's, and its label's colour. */
  readonly kind: string;
  readonly row: number;
  /** The event's start, px (a point marker's centre). */
  readonly x: number;
  /** The mark's box (marker or bar, and label): what a pointer hits, px. */
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly height: number;
  readonly bar: SceneBar | null;
  readonly label: SceneLabel;
}

/** A "+N" mark standing for events that did not fit their lane's rows. */
export interface SceneCluster {
  /** `lane:first member's sorted position`: stable while zooming splits the cluster. */
  readonly key: string;
  readonly laneIndex: number;
  readonly row: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly height: number;
  readonly count: number;
  /**
   * Start of its first member and latest end of any member, UTC ms: opening it zooms to that span
   * (a range among its members runs on past the mark).
   */
  readonly start: number;
  readonly end: number;
  /** The drawn text ("+12"). */
  readonly text: string;
}

/** A deadline's or "now"'s label in the band above the lanes. */
export interface SceneRuleLabel {
  readonly left: number;
  readonly width: number;
  readonly top: number;
  readonly height: number;
  /** The title (or "Now") and, after a gap, the relative time ("in 27 days"), as drawn. */
  readonly title: string;
  readonly relative: string;
  /** The whole title. */
  readonly full: string;
  /** The whole label in words, as a tooltip reads it: the title, then the relative time when there is one. */
  readonly words: string;
  /** The plot's end left no room for all of the label: its relative time or some of its title is not drawn. */
  readonly truncated: boolean;
  /**
   * The side of the label that touches its rule, drawn pointed at it (null when the label slid away
   * from its rule). A box along a time axis reads as a span of time: at "Show all" the deadline's
   * 310 px label read as two years ending on 20 September; pointed, it reads as a sign for the line.
   */
  readonly tip: 'left' | 'right' | null;
}

/** A full-height rule: a deadline, or "now". */
export interface SceneRule {
  readonly kind: 'deadline' | 'now';
  readonly x: number;
  readonly item: TimelineItem | null;
  readonly label: SceneRuleLabel;
}

/** A "+N" mark in the band, for deadlines that did not fit its rows. */
export interface SceneBandCluster extends SceneCluster {
  readonly laneIndex: -1;
}

/** One bucket of a density strip: a bar as tall as its share of the lane's busiest bucket at this zoom. */
export interface SceneBucket {
  /** `strip:<lane>:<start>`: the same in every view of the zoom level. */
  readonly key: string;
  /** Its span, UTC ms (end exclusive), and the events starting in it. */
  readonly start: number;
  readonly end: number;
  readonly count: number;
  /** Its column, px: what a pointer hits and the focus ring shows. */
  readonly left: number;
  readonly right: number;
  /** The bar's top and height, px (it stands on the strip's bottom). */
  readonly top: number;
  readonly height: number;
}

/** A lane's density strip, in its last row instead of "+N" marks (see `layout/strip.ts`). */
export interface SceneStrip {
  readonly row: number;
  readonly top: number;
  readonly height: number;
  /** Non-empty buckets meeting the view or its overscan, in time order. */
  readonly buckets: readonly SceneBucket[];
  /** Events starting in the buckets that meet the view. */
  readonly count: number;
  /** The bucket meeting the view with the most events (the earliest of equals). */
  readonly busiest: SceneBucket | null;
  /** What each bucket spans ("3 months": see `BucketUnit`): what its key says a bar spans. */
  readonly unit: { readonly unit: BucketUnitName; readonly step: number };
  /** The count a full-height bar stands for: the lane's busiest bucket at this zoom level, in view or not (bars keep their heights while panning). */
  readonly max: number;
}

/** One lane with what it draws. */
export interface SceneLane {
  /** Index in the document's lanes (the default lane comes last). */
  readonly index: number;
  readonly id: string | null;
  readonly label: string;
  readonly color: string | null;
  readonly top: number;
  readonly height: number;
  readonly rows: number;
  readonly marks: readonly SceneMark[];
  readonly clusters: readonly SceneCluster[];
  /** Its density strip, when it shows one (then `clusters` is empty). */
  readonly strip: SceneStrip | null;
}

/** One axis label. */
export interface SceneTick {
  /** The boundary's position, px (where its grid line is drawn). */
  readonly x: number;
  readonly time: number;
  readonly label: string;
  /** Left edge of the label text, px. */
  readonly left: number;
  readonly width: number;
  /**
   * A label pinned to the view's start because its boundary lies before it: the context ("2020")
   * or the day, month or year the view starts in ("Mar"). Its `x`, and so its grid line, is outside the plot.
   */
  readonly sticky: boolean;
  /**
   * Whether the label is drawn: not when an edge of the plot would cut it or it would run into
   * the label before it (its grid line is drawn all the same).
   */
  readonly shown: boolean;
}

/** Everything to draw for one frame. */
export interface Scene {
  readonly view: ViewState;
  readonly scale: TimeScale;
  readonly width: number;
  /** The plot's height: axis, band and lanes. */
  readonly height: number;
  readonly rtl: boolean;
  readonly metrics: Metrics;
  readonly axis: { readonly major: readonly SceneTick[]; readonly minor: readonly SceneTick[]; readonly key: string };
  /** The band above the lanes: its top, height and rows. */
  readonly band: { readonly top: number; readonly height: number; readonly rows: number; readonly clusters: readonly SceneCluster[] };
  readonly lanes: readonly SceneLane[];
  readonly rules: readonly SceneRule[];
}
