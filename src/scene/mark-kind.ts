/**
 * The parts that say what kind of mark an event is drawn as: the button over it carries them, and
 * the canvas draws its label in the colour a page's `::part()` rules give that combination (read
 * from a probe carrying the same parts, so the cascade is the browser's own).
 */
import type { SceneMark } from './types.js';
import { unitOnly } from './marks.js';

/** Every combination {@link markKind} returns: a probe each. */
export const MARK_KINDS = ['range', 'imprecise', 'point', 'point imprecise'].flatMap((kind) => [kind, `${kind} approximate`]);

/**
 * `range`, `imprecise` (a box over the month or year its date is known to), `point`, or
 * `point imprecise` (such a date drawn as a marker, see `asPoint`), then `approximate` for an
 * event marked so.
 */
export function markKind(mark: SceneMark): string {
  const { bar, item } = mark;
  const kind = bar ? (bar.imprecise ? 'imprecise' : 'range') : unitOnly(item) ? 'point imprecise' : 'point';
  return item.event.approximate ? `${kind} approximate` : kind;
}
