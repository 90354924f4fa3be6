/**
 * The parts that say what kind of mark an event is drawn as: the button over it carries them, and
 * the canvas draws its label in the colour a page's `::part()` rules give that combination (read
 * from a probe carrying the same parts, so the cascade is the browser's own). The scene names each
 * mark's kind once (`SceneMark.kind`); the painter and the buttons read it.
 */
import type { TimelineItem } from '../model/items.js';

/** Every combination {@link markKind} returns: a probe each. */
export const MARK_KINDS = ['range', 'imprecise', 'point', 'point imprecise'].flatMap((kind) => [kind, `${kind} approximate`]);

/**
 * Whether an item is a range only because its date is coarser than a day ("1969", "2020-06"): it
 * has no end of its own and is known only to that unit (drawn as a marker where the unit is
 * narrower than one: see `asPoint`).
 */
export function unitOnly(item: TimelineItem): boolean {
  return item.isRange && item.endDate === undefined;
}

/**
 * `range`, `imprecise` (a box over the month or year its date is known to), `point`, or
 * `point imprecise` (such a date drawn as a marker, see `asPoint`), then `approximate` for an
 * event marked so; `bar` is the mark's bar, null for a marker.
 */
export function markKind(bar: { readonly imprecise: boolean } | null, item: TimelineItem): string {
  const kind = bar ? (bar.imprecise ? 'imprecise' : 'range') : unitOnly(item) ? 'point imprecise' : 'point';
  return item.event.approximate ? `${kind} approximate` : kind;
}
