import { expect } from '@open-wc/testing';
import { toTimelineItems } from '../../src/model/items.js';
import { timeOrder } from '../../src/model/time-order.js';
import { parseTimeline } from '../../src/model/parse.js';
import type { TimelineDocument, TimelineEvent } from '../../src/model/types.js';
import { utc } from './utc.js';
import { yearStartMs } from '../../src/time/years.js';

const doc = (events: TimelineEvent[], lanes = [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }]): TimelineDocument => ({ title: 'T', lanes, events });
const ev = (id: string, start: string, extra: Partial<TimelineEvent> = {}): TimelineEvent => ({ id, title: id, start, ...extra });

describe('toTimelineItems', () => {
  it('toTimelineItems(the Big Bang … today) orders deep and calendar years on one ms line', () => {
    const { document, problems } = parseTimeline(doc([
      ev('today', '2020-06-02'), ev('pyramids', '-2559'), ev('big-bang', '-13798000000'), ev('humans', '-300000', { end: '2020' }),
      ev('dinosaurs', '-66000000'), ev('solar-system', '-4600000000', { end: '-4500000000' }),
    ]));
    expect(problems).to.deep.equal([]);
    const items = toTimelineItems(document);
    expect(items.map((i) => i.id)).to.deep.equal(['big-bang', 'solar-system', 'dinosaurs', 'humans', 'pyramids', 'today']);
    expect(items.map((i) => [i.start, i.end])).to.deep.equal([
      [yearStartMs(-13_798_000_000), yearStartMs(-13_797_999_999)],
      [yearStartMs(-4_600_000_000), yearStartMs(-4_499_999_999)],
      [yearStartMs(-66_000_000), yearStartMs(-65_999_999)],
      [yearStartMs(-300_000), utc(2021)],
      [utc(-2559), utc(-2558)],
      [utc(2020, 6, 2), utc(2020, 6, 3)],
    ]);
  });
  it('parseTimeline reports an end before its start in deep time (-66000000 … -4600000000)', () => {
    const { document, problems } = parseTimeline(doc([ev('x', '-66000000', { end: '-4600000000' })]));
    expect(document.events).to.deep.equal([]);
    expect(problems.map((p) => `${p.path}: ${p.message}`)).to.deep.equal(['events[0].end: "-4600000000" is before the start "-66000000"']);
  });
  it('toTimelineItems sorts by start, then end, then id, and numbers them in that order (not by where a point is drawn)', () => {
    const items = toTimelineItems(doc([ev('z', '2020-06-02'), ev('late', '2021'), ev('y', '2020-06-02'), ev('long', '2020-06-02', { end: '2020-07' }), ev('early', '2020')]));
    expect(items.map((i) => [i.id, i.index])).to.deep.equal([['early', 0], ['y', 1], ['z', 2], ['long', 3], ['late', 4]]);
  });
  it('toTimelineItems draws a point at the middle of the unit its date is known to, a range and a deadline at their start', () => {
    const items = toTimelineItems(doc([ev('day', '2020-06-02'), ev('minute', '2020-06-03T10:00Z'), ev('month', '2020-07'), ev('span', '2022-01-01', { end: '2022-01-02' }), ev('due', '2020-06-04', { kind: 'deadline' })]));
    const at = Object.fromEntries(items.map((i) => [i.id, i.at - i.start]));
    expect(at).to.deep.equal({ day: 12 * 3_600_000, minute: 30_000, month: 0, span: 0, due: 0 });
  });
  it('toTimelineItems gives each item its UTC ms span, end exclusive and inclusive of the end unit', () => {
    const [item] = toTimelineItems(doc([ev('x', '2020-05-26', { end: '2020-06' })]));
    expect([item.start, item.end]).to.deep.equal([utc(2020, 5, 26), utc(2020, 7, 1)]);
    expect(item.startDate.precision).to.equal('day');
    expect(item.endDate?.precision).to.equal('month');
  });
  it('toTimelineItems: an end inside the start unit still covers the whole start unit', () => {
    const [item] = toTimelineItems(doc([ev('x', '2020', { end: '2020-03' })]));
    expect([item.start, item.end]).to.deep.equal([utc(2020), utc(2021)]);
  });
  it('toTimelineItems marks ranges: an end, or a month or year start', () => {
    const items = toTimelineItems(doc([ev('day', '2020-06-02'), ev('minute', '2020-06-03T10:00Z'), ev('month', '2020-07'), ev('year', '2021'), ev('span', '2022-01-01', { end: '2022-01-02' })]));
    expect(items.map((i) => [i.id, i.isRange])).to.deep.equal([['day', false], ['minute', false], ['month', true], ['year', true], ['span', true]]);
  });
  it('toTimelineItems resolves lanes to indices; no lane or an undeclared one is the default lane', () => {
    const items = toTimelineItems(doc([ev('1', '2020', { lane: 'b' }), ev('2', '2021', { lane: 'a' }), ev('3', '2022'), ev('4', '2023', { lane: 'zzz' })]));
    expect(items.map((i) => [i.lane, i.laneIndex])).to.deep.equal([['b', 1], ['a', 0], [null, 2], [null, 2]]);
  });
  it('toTimelineItems defaults kind to "event" and keeps "deadline"', () => {
    const items = toTimelineItems(doc([ev('1', '2020'), ev('2', '2021', { kind: 'deadline' })]));
    expect(items.map((i) => i.kind)).to.deep.equal(['event', 'deadline']);
  });
  it('toTimelineItems keeps the event object itself', () => {
    const d = doc([ev('1', '2020')]);
    expect(toTimelineItems(d)[0].event).to.equal(d.events[0]);
  });
  it('toTimelineItems skips events with dates that do not parse instead of throwing', () => {
    const items = toTimelineItems(doc([ev('ok', '2020'), ev('bad', '2020-13'), ev('back', '2020-06-02', { end: '2020-01' })]));
    expect(items.map((i) => i.id)).to.deep.equal(['ok']);
  });
  it('toTimelineItems orders BCE before CE and does not mutate the document', () => {
    const d = doc([ev('ce', '0001'), ev('bce', '-0043-03-15'), ev('zero', '0000')]);
    const before = JSON.stringify(d);
    expect(toTimelineItems(d).map((i) => i.id)).to.deep.equal(['bce', 'zero', 'ce']);
    expect(JSON.stringify(d)).to.equal(before);
  });
  it('toTimelineItems(100,000 events) returns them all, in order', () => {
    const events: TimelineEvent[] = [];
    for (let i = 0; i < 100_000; i++) {
      const year = 1900 + ((i * 7919) % 200);
      const month = String(1 + (i % 12)).padStart(2, '0');
      const day = String(1 + (i % 28)).padStart(2, '0');
      events.push(ev(`e${i}`, i % 3 === 0 ? `${year}-${month}` : `${year}-${month}-${day}`, i % 5 === 0 ? { lane: 'a', end: `${year + 1}` } : {}));
    }
    const parsed = parseTimeline(doc(events));
    expect(parsed.problems).to.deep.equal([]);
    const items = toTimelineItems(parsed.document);
    expect(items).to.have.length(100_000);
    expect(new Set(items.map((i) => i.id)).size, 'each event once').to.equal(100_000);
    for (let i = 1; i < items.length; i++) {
      const a = items[i - 1];
      const b = items[i];
      if (a.start > b.start || (a.start === b.start && a.end > b.end)) throw new Error(`out of order at ${i}`);
    }
  });
});

describe('timeOrder', () => {
  it('timeOrder orders by start, then end, then id, then position', () => {
    const starts = Float64Array.from([5, 1, 5, 5, 1, 5]);
    const ends = Float64Array.from([9, 2, 7, 9, 2, 9]);
    const ids = ['b', 'x', 'z', 'a', 'x', 'b'];
    expect(Array.from(timeOrder(starts, ends, ids))).to.deep.equal([1, 4, 2, 3, 0, 5]);
  });
  it('timeOrder([]) is empty', () => {
    expect(timeOrder(new Float64Array(0), new Float64Array(0), []).length).to.equal(0);
  });
});
