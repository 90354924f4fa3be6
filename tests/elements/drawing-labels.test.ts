import { expect, fixtureCleanup } from '@open-wc/testing';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import { parseDate, isDateError } from '../../src/model/dates.js';
import { DAY, click, clusterCount, drawn, drawnBoxes, labelBoxes, mark, mountData, overlaps, parts, pixel, plotRect, still, settle, visibleIds } from '../helpers/timeline.js';

const demo = tiktok2020;

/** The lane element a mark or cluster is drawn in. */
const laneOf = (node: Element) => node.closest('[part~="lane"]');

const startOf = (iso: string) => {
  const d = parseDate(iso);
  if (isDateError(d)) throw new Error(iso);
  return d.start;
};

describe('<event-timeline> labels never overlap', () => {
  const views: Array<[string, string | null, string | null, number]> = [
    ['fit', null, null, 900],
    ['zoomTo(2020-05, 2020-09)', '2020-05', '2020-09', 900],
    ['zoomTo(2020-06-01, 2020-06-10)', '2020-06-01', '2020-06-10', 900],
    ['fit at 320 px', null, null, 320],
    ['zoomTo(2020-05, 2020-09) at 320 px', '2020-05', '2020-09', 320],
    ['fit at 1200 px', null, null, 1200],
  ];
  for (const [name, start, end, width] of views) {
    it(`demo data, ${name}: no two label boxes intersect`, async () => {
      const el = await mountData(demo, { now: '2020-08-24' }, width);
      if (start && end) {
        el.zoomTo(start, end, false);
        await settle(el);
      }
      expect(labelBoxes(el).length, 'something is drawn').to.be.greaterThan(0);
      expect(overlaps(drawnBoxes(el))).to.deep.equal([]);
    });
  }

  it('demo data while zooming in step by step from fit to one day: never an overlap', async () => {
    const el = await mountData(demo, { now: '2020-08-24' });
    const centre = Date.UTC(2020, 5, 2);
    let spanMs = el.visibleRange.end.getTime() - el.visibleRange.start.getTime();
    while (spanMs > DAY) {
      spanMs /= 1.7;
      el.zoomTo(centre - spanMs / 2, centre + spanMs / 2, false);
      await settle(el);
      expect(overlaps(drawnBoxes(el)), `at a span of ${(spanMs / DAY).toFixed(1)} days`).to.deep.equal([]);
    }
  });
});

describe('<event-timeline> "+N" clusters', () => {
  it('max-rows="1" on the demo collapses the surplus into "+N" marks', async () => {
    const el = await mountData(demo, { 'max-rows': '1' });
    const clusters = parts(el, 'cluster');
    expect(clusters.length).to.be.greaterThan(0);
    const texts = drawn(el).lanes.flatMap((l) => l.clusters).map((c) => c.text);
    expect(texts.length).to.equal(clusters.length);
    // Never "+1": one event is drawn as itself.
    for (const text of texts) expect(text).to.match(/^\+([2-9]|\d{2,})$/);
  });

  it('the "+N" counts and the marks together account for every event in view', async () => {
    const el = await mountData(demo, { 'max-rows': '1' });
    const counted = parts(el, 'cluster').reduce((n, c) => n + clusterCount(c), 0);
    expect(new Set(labelBoxes(el).map((b) => b.id)).size + counted).to.equal(demo.events.length);
  });

  it('clicking each "+N" of the demo zooms in so the events it stood for become marks in view', async () => {
    const probe = await mountData(demo, { now: '2020-08-24' });
    const total = parts(probe, 'cluster').length;
    expect(total, 'the demo at fit has "+N" marks').to.be.greaterThan(0);
    const failures: string[] = [];
    for (let i = 0; i < total; i++) {
      fixtureCleanup();
      const el = await mountData(demo, { now: '2020-08-24' });
      const cluster = parts(el, 'cluster')[i]!;
      const label = cluster.getAttribute('aria-label');
      const count = clusterCount(cluster);
      const lane = laneOf(cluster);
      const laneIndex = lane ? parts(el, 'lane').indexOf(lane as HTMLElement) : -1;
      // In a lane: its marks; in the deadline band above the lanes: deadline labels.
      const scope = () => (laneIndex >= 0 ? parts(el, 'lane')[laneIndex]! : el.shadowRoot!.querySelector('.band')!);
      const inScope = () => new Set(visibleIds(el).filter((id) => scope().contains(mark(el, id))));
      const before = new Set([...scope().querySelectorAll<HTMLElement>('[part~="event"]')].map((m) => m.dataset.eventId));
      await click(cluster);
      await still(el);
      const newcomers = [...inScope()].filter((id) => !before.has(id));
      if (newcomers.length < count) {
        const left = parts(el, 'cluster').filter((c) => laneIndex < 0 || scope().contains(c)).map((c) => c.getAttribute('aria-label'));
        failures.push(`"+${count}" (${label}): ${newcomers.length} new marks [${newcomers.join(', ')}], still clustered: ${left.join('; ')}`);
      }
    }
    expect(failures).to.deep.equal([]);
  });
});

describe('<event-timeline> every event is reachable', () => {
  for (const event of demo.events) {
    it(`zooming in on ${event.start}: "${event.id}" has its own mark in view`, async () => {
      const el = await mountData(demo, { now: '2020-08-24' });
      const t = startOf(event.start);
      el.zoomTo(t - 2 * DAY, t + 3 * DAY, false);
      await settle(el);
      expect(visibleIds(el)).to.include(event.id);
    });
  }
});

describe('<event-timeline> the selected label\'s underline', () => {
  afterEach(() => fixtureCleanup());

  it('ends with the text it underlines, not a few px past it (a label\'s box is its width rounded up)', async () => {
    const el = await mountData(demo, { start: '2020-03', end: '2020-10', locale: 'en', 'no-hash': '' }, 1280);
    el.select('fbi-sitrep-1');
    await settle(el);
    const m = drawn(el).lanes.flatMap((l) => l.marks).find((x) => x.item.id === 'fbi-sitrep-1')!;
    const plot = plotRect(el);
    const inked = (x: number, y: number) => {
      const [r, g, b, a] = pixel(el, plot.left + x, plot.top + y);
      return a > 128 && Math.min(r, g, b) < 160;
    };
    const lastInked = (y0: number, y1: number) => {
      for (let x = Math.ceil(m.label.left + m.label.width + 4); x > m.label.left; x--) {
        for (let y = y0; y <= y1; y++) if (inked(x, y)) return x;
      }
      return -1;
    };
    const middle = m.top + m.height / 2;
    const size = drawn(el).metrics.fontPx;
    const underline = Math.round(middle + size * 0.62);
    // The letters: the rows between the text's top and its baseline, above the underline.
    const letters = lastInked(Math.round(middle - size * 0.45), underline - 3);
    const line = lastInked(underline, underline + 1);
    expect(letters, 'the text is drawn').to.be.above(m.label.left);
    expect(line, 'the underline is drawn').to.be.above(m.label.left);
    expect(line - letters, 'the underline ends where the text does').to.be.within(-3, 2);
  });
});
