import { expect } from '@open-wc/testing';
import { utcMonth, utcWeek, utcYear } from 'd3-time';
import type { BucketUnit } from '../../src/layout/strip.js';
import { prepareItems } from '../../src/layout/prepare.js';
import type { LayoutItem } from '../../src/layout/types.js';
import { bucketUnit, bucketsIn, buildStripTable, showsStrip, STRIP_MIN_BUCKETS, STRIP_PER_ROW, stepBucket, stripTable } from '../../src/layout/strip.js';
import { LayoutLevels } from '../../src/layout/levels.js';
import { utcWeekFrom } from '../../src/time/week-start.js';
import { syntheticItems, labelWidth } from './synthetic.js';
import { DAY, utc } from './helpers.js';

function item(id: string, start: number, laneIndex = 0, kind: 'event' | 'deadline' = 'event'): LayoutItem {
  return { id, start, end: start + DAY, isRange: false, laneIndex, kind };
}

const items = prepareItems(
  [
    item('a', utc(2011, 1, 3)),
    item('b', utc(2011, 1, 20)),
    item('c', utc(2011, 1, 20), 1),
    item('d', utc(2011, 3, 5)),
    item('e', utc(2011, 3, 31, 23)),
    item('f', utc(2011, 3, 10), 0, 'deadline'),
    item('g', utc(2012, 7, 1)),
  ],
  () => 40,
);

const MONTHS: BucketUnit = { ms: 28 * DAY, interval: utcMonth, unit: 'month', step: 1 };

describe('density strips (layout/strip)', () => {
  it(`showsStrip(folded, rows) is folded > ${STRIP_PER_ROW} × rows`, () => {
    expect(showsStrip(STRIP_PER_ROW * 3, 3)).to.equal(false);
    expect(showsStrip(STRIP_PER_ROW * 3 + 1, 3)).to.equal(true);
    expect(showsStrip(STRIP_PER_ROW + 1, 0), 'a lane has at least one row').to.equal(true);
  });

  it(`showsStrip(…, spreadMs, bucketMs) wants the folded events to start across ${STRIP_MIN_BUCKETS} buckets at least`, () => {
    const day = 86_400_000;
    expect(showsStrip(10_000, 1, false, 0, 300_000), '10,000 events of one moment: a "+N"').to.equal(false);
    expect(showsStrip(10_000, 1, false, 2 * day, day), 'two buckets').to.equal(false);
    expect(showsStrip(10_000, 1, false, 3 * day, day)).to.equal(true);
  });

  it(`showsStrip(folded, rows, shown) keeps a strip shown down to ${STRIP_PER_ROW / 2} × rows`, () => {
    expect(showsStrip(STRIP_PER_ROW * 2, 3, true)).to.equal(true);
    expect(showsStrip(STRIP_PER_ROW * 2, 3, false)).to.equal(false);
    expect(showsStrip((STRIP_PER_ROW / 2) * 3, 3, true)).to.equal(false);
  });

  it('bucketUnit(msPerPx, weekDay, finestMs) is never shorter than finestMs: months for dates a tenth known only to the month, days for dates known to the day', () => {
    expect(bucketUnit(DAY, 0, 12 * DAY).ms, 'weeks would fit; months').to.equal(28 * DAY);
    expect(bucketUnit(DAY / 24, 0, DAY).ms, 'hours would fit; days').to.equal(DAY);
    expect(bucketUnit(DAY, 1, 0).offset, 'no floor: weeks from Monday').to.equal(4 * DAY);
    expect(bucketUnit(80 * DAY, 0, 12 * DAY).ms, 'a coarser zoom is unchanged').to.equal(bucketUnit(80 * DAY).ms);
  });

  it('bucketUnit(msPerPx) is the finest calendar unit at least 4 px wide: weeks at 1 day/px, months at 6 days/px, years at 80 days/px', () => {
    expect(bucketUnit(DAY).ms).to.equal(7 * DAY);
    expect(bucketUnit(6 * DAY).interval).to.equal(utcMonth);
    expect(bucketUnit(80 * DAY).interval).to.equal(utcYear);
  });

  it('buildStripTable(items, weeks) has the buckets of d3\'s utcWeek (Sunday to Sunday)', () => {
    const lane0 = buildStripTable(items, bucketUnit(DAY)).lanes[0]!;
    const weeks = [...lane0.start].map((t) => [t, utcWeek.floor(new Date(t)).getTime(), utcWeek.offset(new Date(t), 1).getTime()]);
    for (const [t, floor] of weeks) expect(t).to.equal(floor);
    expect([...lane0.end]).to.deep.equal(weeks.map((w) => w[2]));
    expect([...lane0.count]).to.deep.equal([1, 1, 1, 1, 1]);
  });

  it('bucketUnit(msPerPx, weekDay): weeks from Monday (German, British) or Saturday (Egyptian Arabic) end where the axis\'s week ticks are', () => {
    for (const day of [1, 6] as const) {
      const unit = bucketUnit(DAY, day);
      expect(unit.ms).to.equal(7 * DAY);
      const lane0 = buildStripTable(items, unit).lanes[0]!;
      expect([...lane0.start].map((t) => new Date(t).getUTCDay()), `weeks from day ${day}`).to.deep.equal([...lane0.start].map(() => day));
      expect([...lane0.end].map((t, k) => t - lane0.start[k]!)).to.deep.equal([...lane0.end].map(() => 7 * DAY));
      for (const t of lane0.start) expect(t).to.equal(utcWeekFrom(day).floor(new Date(t)).getTime());
    }
    expect(bucketUnit(6 * DAY, 1).interval, 'other units are the same').to.equal(utcMonth);
  });

  it('stripTable(items, layout, weekDay) keeps one table per week start with the layout', () => {
    const prepared = prepareItems(syntheticItems(300), labelWidth);
    const layout = new LayoutLevels(prepared, { maxRows: 2 }).layoutAt(DAY);
    const sunday = stripTable(prepared, layout);
    const monday = stripTable(prepared, layout, 1);
    expect(stripTable(prepared, layout, 0), 'kept').to.equal(sunday);
    expect(stripTable(prepared, layout, 1), 'kept').to.equal(monday);
    expect(new Date(monday.lanes[0]!.start[0]!).getUTCDay()).to.equal(1);
    expect(new Date(sunday.lanes[0]!.start[0]!).getUTCDay()).to.equal(0);
    const total = (t: typeof sunday) => t.lanes.reduce((n, l) => n + l.count.reduce((a, b) => a + b, 0), 0);
    expect(total(monday), 'the same events, counted in other weeks').to.equal(total(sunday));
  });

  it('buildStripTable(items, months) counts each lane\'s events per month, skipping deadlines and empty months', () => {
    const table = buildStripTable(items, MONTHS);
    const lane0 = table.lanes[0]!;
    expect([...lane0.start]).to.deep.equal([utc(2011, 1, 1), utc(2011, 3, 1), utc(2012, 7, 1)]);
    expect([...lane0.end]).to.deep.equal([utc(2011, 2, 1), utc(2011, 4, 1), utc(2012, 8, 1)]);
    expect([...lane0.count]).to.deep.equal([2, 2, 1]);
    expect(lane0.max).to.equal(2);
    expect([...table.lanes[1]!.count]).to.deep.equal([1]);
  });

  it('buildStripTable(events 3 billion years ago, 100,000-year unit) falls back to the unit\'s length from the epoch past the Date range', () => {
    const deep = prepareItems([item('x', -9.5e19), item('y', -9.5e19 + 1e9)], () => 40);
    const lane0 = buildStripTable(deep, bucketUnit(1e16)).lanes[0]!;
    expect(lane0.count.length).to.equal(1);
    expect(lane0.start[0]).to.be.at.most(-9.5e19);
    expect(lane0.end[0]).to.be.greaterThan(-9.5e19 + 1e9);
  });

  it('buildStripTable(7,300 days of events, days) has a bucket per day with events: more buckets than its first columns hold, every event counted once, in time order', () => {
    const many = prepareItems(syntheticItems(20_000, 5, 3), labelWidth);
    const table = buildStripTable(many, bucketUnit(DAY / 4));
    expect(table.unit.ms).to.equal(DAY);
    const events = Array.from({ length: 3 }, () => 0);
    for (let i = 0; i < many.n; i++) if (!many.deadline[i]) events[many.lane[i]!]!++;
    table.lanes.forEach((lane, l) => {
      expect(lane.count.length, `lane ${l}: buckets`).to.be.greaterThan(2000);
      expect(lane.count.reduce((a, b) => a + b, 0), `lane ${l}: events counted`).to.equal(events[l]);
      expect(lane.max).to.equal(Math.max(...lane.count));
      for (let k = 1; k < lane.start.length; k++) expect(lane.start[k]! >= lane.end[k - 1]!, `lane ${l}: bucket ${k} after ${k - 1}`).to.equal(true);
    });
  });

  it('bucketsIn(lane, 15 Jan 2011, 1 Mar 2011) is the January bucket only (a bucket starting at the end is out)', () => {
    const lane0 = buildStripTable(items, MONTHS).lanes[0]!;
    expect(bucketsIn(lane0, utc(2011, 1, 15), utc(2011, 3, 1))).to.deep.equal([0, 1]);
    expect(bucketsIn(lane0, utc(2011, 2, 1), utc(2011, 3, 2))).to.deep.equal([1, 2]);
    expect(bucketsIn(lane0, utc(2013, 1, 1), utc(2014, 1, 1))).to.deep.equal([3, 3]);
  });

  it('stepBucket(lane, March 2011, ±1) is the next or previous non-empty bucket, null past the ends', () => {
    const lane0 = buildStripTable(items, MONTHS).lanes[0]!;
    expect(stepBucket(lane0, utc(2011, 3, 1), 1)).to.deep.equal({ start: utc(2012, 7, 1), end: utc(2012, 8, 1), count: 1 });
    expect(stepBucket(lane0, utc(2011, 3, 1), -1)).to.deep.equal({ start: utc(2011, 1, 1), end: utc(2011, 2, 1), count: 2 });
    expect(stepBucket(lane0, utc(2011, 1, 1), -1)).to.equal(null);
    expect(stepBucket(lane0, utc(2012, 7, 1), 1)).to.equal(null);
  });
});
