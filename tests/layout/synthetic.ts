/** Seeded synthetic items for layout tests and timings (no model import: plain LayoutItems). */
import type { LayoutItem } from '../../src/layout/types.js';
import { DAY, HOUR, utc } from './helpers.js';
import { mulberry32 } from '../../events/synthetic.js';

export interface TestItem extends LayoutItem {
  readonly title: string;
}

/** The same small deterministic PRNG as the synthetic documents (mulberry32). */
export const rng = mulberry32;

/** `n` items over 20 years, a third ranges, `lanes` lanes, 1 in 200 a deadline, sorted by start then end. */
export function syntheticItems(n: number, seed = 1, lanes = 6): TestItem[] {
  const random = rng(seed);
  const from = utc(2005);
  const span = utc(2025) - from;
  const items: TestItem[] = [];
  for (let i = 0; i < n; i++) {
    const start = from + Math.floor(random() * span / HOUR) * HOUR;
    const isRange = random() < 1 / 3;
    const end = start + (isRange ? Math.ceil(random() * random() * 400) * DAY : DAY);
    items.push({
      id: `e${i}`,
      start,
      end,
      isRange,
      laneIndex: Math.floor(random() * lanes),
      kind: random() < 0.005 ? 'deadline' : 'event',
      title: 'Event '.repeat(1 + Math.floor(random() * 4)) + i,
    });
  }
  return items.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Label width used by the tests: 7 px per character. */
export const labelWidth = (item: TestItem): number => item.title.length * 7;
