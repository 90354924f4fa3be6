/**
 * Density strips of smaller documents: one without lanes (its events fill the default lane, which
 * has no name, and whose strip still says what a bar spans and what a full bar counts), and one of
 * days, whose day's bucket opens wider than itself.
 */
import { expect } from '@open-wc/testing';
import { syntheticTimeline } from '../../events/synthetic.js';
import type { TimelineDocument } from '../../src/model/types.js';
import { sendMouse } from '@web/test-runner-commands';
import { drawn, part, plotRect, settle, still } from '../helpers/timeline.js';
import { mountOnce } from './scale-helpers.js';
import { until } from '../helpers/signals.js';

describe('<event-timeline> density strip of a document without lanes', () => {
  it('shows the strip\'s key in the default lane\'s header, which has no name', async function () {
    this.timeout(20_000);
    const doc = syntheticTimeline({ count: 20_000, seed: 4 });
    const laneless: TimelineDocument = { ...doc, lanes: [], events: doc.events.map(({ lane: _lane, ...event }) => event) };
    const el = await mountOnce(laneless, 1000);
    try {
      el.fit(false);
      await settle(el);
      const lanes = drawn(el).lanes;
      expect(lanes.length).to.equal(1);
      expect(lanes[0]!.strip, 'a strip').to.not.equal(null);
      const key = el.shadowRoot!.querySelector<HTMLElement>('[part~="lane"] [part~="strip-scale"]');
      expect(key?.textContent).to.match(/^a bar per (3 months|month|year|[\d ]+years), full height [\d,]+ events$/);
      expect(key!.getBoundingClientRect().width, 'shown').to.be.greaterThan(100);
    } finally {
      el.parentElement!.remove();
    }
  });

  it('a day\'s bucket opens to the closest zoom, three days, and the toolbar names those (not the one day it no longer is)', async function () {
    this.timeout(20_000);
    const day = (i: number) => new Date(Date.UTC(2020, 2, 1) + (i % 61) * 86_400_000).toISOString().slice(0, 10);
    const events = Array.from({ length: 3_000 }, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, start: day(i * 7) }));
    const el = await mountOnce({ title: 'Days', lanes: [], events }, 1000);
    try {
      el.fit(false);
      await settle(el);
      const strip = drawn(el).lanes[0]!.strip!;
      expect(strip, 'a strip').to.exist;
      const b = strip.busiest!;
      expect(b.end - b.start, 'a day\'s bucket').to.equal(86_400_000);
      const plot = plotRect(el);
      const at: [number, number] = [Math.round(plot.left + (b.left + b.right) / 2), Math.round(plot.top + strip.top + strip.height - 2)];
      await sendMouse({ type: 'move', position: at });
      // Hover is tested once the view rests: fit() may still be within a burst of moves after the mount's first view.
      const tip = await until("the bucket's words", () => part(el, 'tooltip'));
      const span = tip.textContent!.split(': ')[0]!;
      await sendMouse({ type: 'click', position: at });
      await still(el);
      const shown = el.visibleRange.end.getTime() - el.visibleRange.start.getTime();
      expect(shown, 'three days').to.equal(3 * 86_400_000);
      const words = el.shadowRoot!.querySelector('.range-label')!.textContent!.trim();
      expect(words, `named as seen, not "${span}"`).not.to.equal(span);
      expect(words).to.contain('–');
      await sendMouse({ type: 'move', position: [2, 2] });
    } finally {
      el.parentElement!.remove();
    }
  });
});
