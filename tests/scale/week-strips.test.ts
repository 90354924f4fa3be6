/**
 * A density strip's week buckets start on the reader's first day of the week, as the axis's week
 * ticks do: Sunday for an American reader, Monday for a German one. Changing `locale` counts them
 * again.
 */
import { expect } from '@open-wc/testing';
import { syntheticTimeline } from '../../events/synthetic.js';
import { drawn, settle } from '../helpers/timeline.js';
import { mountOnce } from './scale-helpers.js';

const DAY = 86_400_000;

describe('<event-timeline> density strips: weeks of the locale', () => {
  it('weekly buckets run Sunday to Saturday with locale="en", Monday to Sunday with locale="de"', async () => {
    // 20,000 events over two years in one lane, every one dated to its day, at 1,200 px: about
    // 0.6 days a pixel, weekly buckets.
    const el = await mountOnce(syntheticTimeline({ count: 20_000, seed: 3, years: 2, lanes: 1, monthFraction: 0 }), 1200);
    try {
      const weekDays = () => {
        const strip = drawn(el).lanes.find((l) => l.strip)?.strip;
        expect(strip, 'a strip is drawn').to.not.equal(undefined);
        const buckets = strip!.buckets;
        expect(buckets.length, 'buckets in view').to.be.above(20);
        expect(buckets.every((b) => b.end - b.start === 7 * DAY), 'weeks').to.equal(true);
        return [...new Set(buckets.map((b) => new Date(b.start).getUTCDay()))];
      };
      expect(weekDays()).to.deep.equal([0]);
      el.setAttribute('locale', 'de');
      await settle(el);
      expect(weekDays()).to.deep.equal([1]);
    } finally {
      el.parentElement?.remove();
    }
  });

  it('where a tenth of the events are dated only to their month, the buckets are months, not weeks: no false peak on every first of the month', async () => {
    const doc = syntheticTimeline({ count: 20_000, seed: 3, years: 2, lanes: 1, monthFraction: 0.1 });
    const el = await mountOnce(doc, 1200);
    try {
      const strip = drawn(el).lanes.find((l) => l.strip)?.strip;
      expect(strip, 'a strip is drawn').to.not.equal(undefined);
      const buckets = strip!.buckets;
      expect(buckets.length, 'buckets in view').to.be.above(10);
      for (const b of buckets) {
        const start = new Date(b.start);
        expect([start.getUTCDate(), start.getUTCHours()], 'a month\'s first day').to.deep.equal([1, 0]);
        expect(new Date(b.end).getUTCDate(), 'to the next month\'s').to.equal(1);
      }
      // The month-dated events are in their month's bucket, with the rest of it.
      const inView = drawn(el).lanes[0]!.strip!.count;
      expect(inView, 'counts add up').to.equal(buckets.filter((b) => b.end > drawn(el).view.start && b.start < drawn(el).view.end).reduce((a, b) => a + b.count, 0));
    } finally {
      el.parentElement?.remove();
    }
  });
});
