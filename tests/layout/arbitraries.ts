/** fast-check arbitraries for layout tests. */
import fc from '../helpers/fc.js';
import { DAY, utc } from './helpers.js';
import type { TestItem } from './synthetic.js';

/**
 * Random items, sorted by start then end: many collide (starts on a day grid of `slots` days),
 * some ranges (up to `maxDays` long), some deadlines, in four lanes.
 */
export function itemsArb({ maxItems = 400, slots = 400, maxDays = 60 } = {}): fc.Arbitrary<TestItem[]> {
  return fc
    .array(
      fc.record({
        slot: fc.integer({ min: 0, max: slots }),
        dur: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: maxDays })),
        lane: fc.integer({ min: 0, max: 3 }),
        len: fc.integer({ min: 1, max: 30 }),
        deadline: fc.integer({ min: 0, max: 9 }).map((k) => k === 0),
      }),
      { minLength: 0, maxLength: maxItems },
    )
    .map((records) =>
      records
        .map(
          (r, i): TestItem => ({
            id: `i${i}`,
            start: utc(2020) + r.slot * DAY,
            end: utc(2020) + r.slot * DAY + (r.dur === 0 ? DAY : r.dur * DAY),
            isRange: r.dur > 0,
            laneIndex: r.lane,
            kind: r.deadline ? 'deadline' : 'event',
            title: 'x'.repeat(r.len),
          }),
        )
        .sort((a, b) => a.start - b.start || a.end - b.end),
    );
}
