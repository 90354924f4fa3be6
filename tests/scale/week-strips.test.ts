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
    // 20,000 events over two years in one lane, at 1,200 px: about 0.6 days a pixel, weekly buckets.
    const el = await mountOnce(syntheticTimeline({ count: 20_000, seed: 3, years: 2, lanes: 1 }), 1200);
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
});
