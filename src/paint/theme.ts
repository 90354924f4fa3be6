/**
 * What the canvas paints with: colours and fonts as the stylesheet resolved them. The element
 * reads them from hidden "probe" elements that carry the same parts as what is drawn (`event`,
 * `cluster`, `tick`, …), so a page's `::part()` rules and `--timeline-*` properties reach the
 * canvas exactly as they would reach DOM marks. See `controllers/theme-controller.ts`.
 */
import type { FontRole } from '../scene/types.js';

/** How one kind of text is drawn. */
export interface TextStyle {
  /** A canvas font shorthand: style, weight, size, family. */
  readonly font: string;
  /** Font size, px. */
  readonly size: number;
  readonly color: string;
  /** CSS lengths for `letter-spacing` and `word-spacing` (`0px` when normal). */
  readonly letterSpacing: string;
  readonly wordSpacing: string;
}

/** A lane's colours: marker and bar outline, bar fill, hatching of month- or year-wide boxes. */
export interface LaneColors {
  readonly stroke: string;
  readonly fill: string;
  readonly hatch: string;
}

/** Everything the painter reads. */
export interface Theme {
  /** The plot's background: label halos and the fading ends of bars. */
  readonly background: string;
  readonly surface: string;
  readonly muted: string;
  readonly grid: string;
  readonly gridMajor: string;
  readonly accent: string;
  readonly deadline: string;
  readonly deadlineText: string;
  readonly now: string;
  readonly nowText: string;
  /** Marks' corner radius, px. */
  readonly radius: number;
  readonly text: Readonly<Record<FontRole, TextStyle>>;
  /** The selected event's label. */
  readonly selectedText: TextStyle;
  /**
   * A label's colour by its mark's kind (see `markKind`): what `::part(range)`, `::part(point)`,
   * `::part(imprecise)` and `::part(approximate)` give it. Its font is the `label` style's for every
   * kind: labels are measured once, in it.
   */
  readonly labelColors: ReadonlyMap<string, string>;
  /** Colours of each lane by index, and of lanes without a colour of their own. */
  readonly lanes: readonly LaneColors[];
  readonly defaultLane: LaneColors;
  /** Windows high contrast: system colours, no tints. */
  readonly forced: boolean;
}

/** Colours of lane `index`. */
export function laneColors(theme: Theme, index: number): LaneColors {
  return theme.lanes[index] ?? theme.defaultLane;
}
