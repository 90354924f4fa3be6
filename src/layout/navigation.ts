/**
 * Keyboard navigation between events, as pure functions over items in time order.
 * Lanes are rows on screen: the deadline band first (above the lanes), then lanes in order.
 */

/** What navigation needs of an item. */
export interface NavItem {
  readonly start: number;
  readonly laneIndex: number;
  readonly kind: 'event' | 'deadline';
}

/** The row an item is drawn in: −1 for the deadline band, else its lane. */
export function screenRow(item: NavItem): number {
  return item.kind === 'deadline' ? -1 : item.laneIndex;
}

/**
 * The item nearest in time to `items[from]` in the closest row above (`direction` −1) or below
 * (+1) that has any items; `from` itself when there is none. O(n) over the items, which is
 * instant even at 100,000 (a few ms at most) and runs once per key press.
 */
export function nearestInNextRow(items: readonly NavItem[], from: number, direction: -1 | 1): number {
  const current = items[from];
  if (!current) return from;
  const row = screenRow(current);
  // The closest row in that direction that has items.
  let target: number | null = null;
  for (const item of items) {
    const r = screenRow(item);
    if (direction === 1 ? r > row && (target === null || r < target) : r < row && (target === null || r > target)) target = r;
  }
  if (target === null) return from;
  let best = from;
  let bestDistance = Infinity;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (screenRow(item) !== target) continue;
    const d = Math.abs(item.start - current.start);
    if (d < bestDistance) {
      bestDistance = d;
      best = i;
    }
  }
  return best;
}

/**
 * The item drawn in row `row` (see {@link screenRow}: −1 for the deadline band) starting nearest
 * to `time`, or −1 when the row has none: where Up or Down from a density strip's bucket lands in
 * a row of events. O(n), as above.
 */
export function nearestInRow(items: readonly NavItem[], row: number, time: number): number {
  let best = -1;
  let bestDistance = Infinity;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (screenRow(item) !== row) continue;
    const d = Math.abs(item.start - time);
    if (d < bestDistance) {
      bestDistance = d;
      best = i;
    }
  }
  return best;
}
