import { expect } from '@open-wc/testing';
import { mulberry32, syntheticTimeline } from '../../events/synthetic.js';
import { parseTimeline } from '../../src/model/parse.js';

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const isoMonth = /^\d{4}-\d{2}$/;

describe('events/synthetic', () => {
  it('mulberry32(7) repeats its sequence and stays in [0, 1)', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).to.deep.equal(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).to.equal(true);
    expect(new Set(xs).size).to.be.greaterThan(990);
  });

  it('syntheticTimeline({ count: 2000, seed: 42 }) is the same document every time, and another seed differs', () => {
    const a = syntheticTimeline({ count: 2000, seed: 42 });
    expect(syntheticTimeline({ count: 2000, seed: 42 })).to.deep.equal(a);
    const b = syntheticTimeline({ count: 2000, seed: 43 });
    expect(b.events.map((e) => e.start)).to.not.deep.equal(a.events.map((e) => e.start));
  });

  it('syntheticTimeline({ count: 3000, seed: 1 }) has 3000 events, a third of them ranges, in 6 lanes over 2005–2024', () => {
    const doc = syntheticTimeline({ count: 3000, seed: 1 });
    expect(doc.events).to.have.length(3000);
    expect(doc.events.filter((e) => e.end !== undefined)).to.have.length(1000);
    expect(doc.lanes).to.have.length(6);
    const laneIds = new Set(doc.lanes.map((l) => l.id));
    const used = new Set(doc.events.map((e) => e.lane));
    expect([...used].sort()).to.deep.equal([...laneIds].sort());
    const years = doc.events.map((e) => Number(e.start.slice(0, 4)));
    expect(Math.min(...years)).to.equal(2005);
    expect(Math.max(...years)).to.equal(2024);
    expect(new Set(doc.events.map((e) => e.id)).size).to.equal(3000);
  });

  it('dates are mostly to the day, some only to the month, and a range never ends before it starts', () => {
    const doc = syntheticTimeline({ count: 5000, seed: 9 });
    const days = doc.events.filter((e) => isoDay.test(e.start)).length;
    const months = doc.events.filter((e) => isoMonth.test(e.start)).length;
    expect(days + months).to.equal(5000);
    expect(months / 5000).to.be.within(0.05, 0.15);
    for (const e of doc.events) {
      if (e.end === undefined) continue;
      expect(e.end.length, e.id).to.equal(e.start.length);
      expect(e.end >= e.start, `${e.id}: ${e.start}..${e.end}`).to.equal(true);
    }
  });

  it('honours years, lanes, rangeFraction and startYear', () => {
    const doc = syntheticTimeline({ count: 1000, seed: 5, years: 3, lanes: 10, rangeFraction: 0.5, startYear: 1990 });
    expect(doc.lanes).to.have.length(10);
    expect(new Set(doc.lanes.map((l) => l.label)).size).to.equal(10);
    expect(doc.events.filter((e) => e.end)).to.have.length(500);
    for (const e of doc.events) {
      expect(e.start >= '1990' && (e.end ?? e.start) < '1993', `${e.start}..${e.end}`).to.equal(true);
    }
    expect(syntheticTimeline({ count: 0, seed: 1 }).events).to.deep.equal([]);
  });

  it('titles read like headlines: 10 to 60 characters', () => {
    const lengths = syntheticTimeline({ count: 2000, seed: 3 }).events.map((e) => e.title.length);
    expect(Math.min(...lengths)).to.be.at.least(10);
    expect(Math.max(...lengths)).to.be.at.most(60);
    expect(new Set(syntheticTimeline({ count: 2000, seed: 3 }).events.map((e) => e.title)).size).to.be.greaterThan(1000);
  });

  it('parseTimeline(syntheticTimeline({ count: 20_000, seed: 11, lanes: 9 })) has zero problems and keeps every event', () => {
    const doc = syntheticTimeline({ count: 20_000, seed: 11, lanes: 9 });
    const { document, problems } = parseTimeline(doc);
    expect(problems).to.deep.equal([]);
    expect(document.events).to.have.length(20_000);
    expect(document).to.deep.equal(doc);
  });

});
