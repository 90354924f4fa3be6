import { expect } from '@open-wc/testing';
import fc from '../helpers/fc.js';
import { deepTicks, isDeepView } from '../../src/layout/deep-ticks.js';
import { scaleUtc } from 'd3-scale';
import { timeAt, timeScale } from '../../src/layout/scale.js';
import { axisTicks } from '../../src/layout/ticks.js';
import { viewLimits, zoomAround } from '../../src/layout/view.js';
import { yearOfMs, yearStartMs } from '../../src/time/years.js';
import { DAY, utc } from './helpers.js';

const NOW = utc(2025, 6, 1);
const labels = (ticks: { label: string }[]) => ticks.map((t) => t.label.replace(/[\u00a0\u202f]/g, ' '));
const years = (from: number, to: number) => ({ start: yearStartMs(from), end: yearStartMs(to) });
const measure = (text: string): number => text.length * 7;

describe('isDeepView', () => {
  it('isDeepView(2020 … 2021) and isDeepView(first … last Date) are false: axisTicks and scaleUtc apply', () => {
    expect(isDeepView(years(2020, 2021))).to.equal(false);
    expect(isDeepView({ start: -8.64e15, end: 8.64e15 })).to.equal(false);
  });
  it('isDeepView(300,000 BCE … 2020) and isDeepView(the Big Bang … now) are true: deepTicks applies', () => {
    expect(isDeepView(years(-300_000, 2020))).to.equal(true);
    expect(isDeepView({ start: yearStartMs(-13_798_000_000), end: NOW })).to.equal(true);
  });
});

describe('deepTicks', () => {
  it('deepTicks(-13.8e9 y … now, 800px) are billions of years, ending at "now"', () => {
    const ticks = deepTicks({ start: yearStartMs(-13_800_000_000), end: NOW }, 800, 'en', { now: NOW });
    expect(ticks.key).to.equal('years-ago:5000000000');
    expect(labels(ticks.minor)).to.deep.equal(['10 billion years ago', '5 billion years ago', 'now']);
    expect(ticks.minor.map((t) => t.time)).to.deep.equal([yearStartMs(2025 - 10e9), yearStartMs(2025 - 5e9), yearStartMs(2025)]);
    expect(ticks.major).to.deep.equal([]);
  });

  it('deepTicks(-13.8e9 y … now, 800px, narrow labels) are every two billion years', () => {
    const ticks = deepTicks({ start: yearStartMs(-13_800_000_000), end: NOW }, 800, 'en', { now: NOW, measure: (t) => t.length * 5 });
    expect(labels(ticks.minor)).to.deep.equal([12, 10, 8, 6, 4, 2].map((n) => `${n} billion years ago`).concat('now'));
  });

  it('deepTicks(-13.8e9 y … now, 800px, de and ar) read in German and Arabic', () => {
    const view = { start: yearStartMs(-13_800_000_000), end: NOW };
    expect(labels(deepTicks(view, 800, 'de', { now: NOW }).minor)).to.deep.equal(['vor 10 Milliarden Jahren', 'vor 5 Milliarden Jahren', 'jetzt']);
    const ar = labels(deepTicks(view, 800, 'ar', { now: NOW }).minor);
    expect(ar).to.have.length(3);
    expect(ar[0]).to.match(/^قبل (10|١٠) مليار سنة$/);
    expect(ar[2]).to.equal('الآن');
  });

  it('deepTicks(66.1 … 65.9 million years ago, 800px) are every 50,000 years in compact words', () => {
    const ticks = deepTicks(years(2025 - 66_100_000, 2025 - 65_900_000), 800, 'en', { now: NOW });
    expect(ticks.key).to.equal('years-ago:50000');
    expect(labels(ticks.minor)).to.deep.equal(['66.1 million years ago', '66.05 million years ago', '66 million years ago', '65.95 million years ago']);
  });

  it('deepTicks(400,000 years ago … 2100, 800px) are every 100,000 years, written out, up to "now"', () => {
    const ticks = deepTicks(years(-400_000, 2100), 800, 'en', { now: NOW });
    expect(labels(ticks.minor)).to.deep.equal(['400,000 years ago', '300,000 years ago', '200,000 years ago', '100,000 years ago', 'now']);
  });

  it('deepTicks(ten years around 66 million years ago, 800px) are every two years, each at its year start', () => {
    const ticks = deepTicks(years(-66_000_005, -65_999_995), 800, 'en', { now: NOW });
    expect(ticks.key).to.equal('years-ago:2');
    expect(labels(ticks.minor)).to.deep.equal(['66,002,030 years ago', '66,002,028 years ago', '66,002,026 years ago', '66,002,024 years ago', '66,002,022 years ago']);
    expect(ticks.minor.map((t) => yearOfMs(t.time))).to.deep.equal([-66_000_005, -66_000_003, -66_000_001, -65_999_999, -65_999_997]);
    expect(ticks.minor.every((t) => t.time === yearStartMs(yearOfMs(t.time)))).to.equal(true);
  });

  it('deepTicks(one day inside a deep year, 800px) has no year boundary, so the year is a sticky major tick', () => {
    const start = yearStartMs(-66_000_000) + 100 * DAY;
    const ticks = deepTicks({ start, end: start + DAY }, 800, 'en', { now: NOW });
    expect(ticks.minor).to.deep.equal([]);
    expect(ticks.major).to.deep.equal([{ time: yearStartMs(-66_000_000), label: '66,002,025 years ago', level: 'major', sticky: true }]);
  });

  it('deepTicks(empty view or no width) is no ticks', () => {
    expect(deepTicks({ start: 0, end: 0 }, 800, 'en')).to.deep.equal({ major: [], minor: [], key: '' });
    expect(deepTicks(years(-1e9, 0), 0, 'en')).to.deep.equal({ major: [], minor: [], key: '' });
  });

  it('deepTicks(any deep view, any width) falls on round numbers of years ago, inside the view, with room for every label', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -999_999_999_999, max: 999_000_000_000 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 200, max: 2000 }),
        (fromYear, log2Span, width) => {
          const spanYears = 2 ** log2Span;
          const view = years(fromYear, fromYear + spanYears);
          const ticks = deepTicks(view, width, 'en', { now: NOW, measure });
          const step = Number(ticks.key.split(':')[1]);
          expect(String(step)).to.match(/^[125]0*$/);
          for (const tick of ticks.minor) {
            expect(tick.time).to.be.at.least(view.start).and.below(view.end);
            expect(tick.time).to.equal(yearStartMs(yearOfMs(tick.time)));
            expect((2025 - yearOfMs(tick.time)) % step).to.equal(0);
          }
          for (let i = 1; i < ticks.minor.length; i++) {
            const spacing = ((ticks.minor[i].time - ticks.minor[i - 1].time) / (view.end - view.start)) * width;
            expect(spacing).to.be.at.least(Math.max(measure(ticks.minor[i].label), measure(ticks.minor[i - 1].label)) + 12 - 1);
          }
          expect(ticks.minor.length + ticks.major.length).to.be.at.least(1);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('deep ticks hand over to axisTicks', () => {
  it('zooming from the Big Bang … 2025 down to one day in 2020 and back, every frame has labelled ticks that do not overlap', () => {
    const extent = { start: yearStartMs(-13_798_000_000), end: utc(2021) };
    const limits = viewLimits(extent);
    const anchor = utc(2020, 6, 2, 12);
    let view = limits.bounds;
    const frame = (): string => {
      const ticks = isDeepView(view) ? deepTicks(view, 800, 'en', { now: NOW, measure }) : axisTicks(timeScale(view, 800), 'en', { measure });
      expect(ticks.minor.length + ticks.major.length, JSON.stringify(view)).to.be.at.least(1);
      for (let i = 1; i < ticks.minor.length; i++) {
        const gapPx = ((ticks.minor[i].time - ticks.minor[i - 1].time) / (view.end - view.start)) * 800;
        expect(gapPx, ticks.key).to.be.at.least(measure(ticks.minor[i - 1].label));
      }
      return ticks.key;
    };
    const keys: string[] = [];
    for (let i = 0; i < 90 && view.end - view.start > DAY; i++) {
      keys.push(frame());
      view = zoomAround(view, 1.5, anchor, limits);
    }
    keys.push(frame());
    expect(keys[0]).to.match(/^years-ago:/);
    expect(keys.at(-1)).to.match(/^(hour|minute):/);
    // The deep axis hands over once, when the view comes inside the Date range, and never comes back.
    const firstCalendar = keys.findIndex((k) => !k.startsWith('years-ago:'));
    expect(keys.slice(firstCalendar).every((k) => !k.startsWith('years-ago:'))).to.equal(true);
    for (let i = 0; i < 90 && view.end - view.start < limits.maxSpan; i++) {
      view = zoomAround(view, 1 / 1.5, anchor, limits);
      frame();
    }
    expect(isDeepView(view)).to.equal(true);
  });
});

describe('timeScale and axisTicks choose the deep path by the view', () => {
  it('timeScale(2020 … 2021) is the scaleUtc it always was: invert gives a Date', () => {
    const scale = timeScale(years(2020, 2021), 800);
    expect(scale.invert(400)).to.be.instanceOf(Date);
    expect(+scale.invert(400)).to.equal(+scaleUtc().domain([utc(2020), utc(2021)]).range([0, 800]).invert(400));
  });
  it('timeScale(the Big Bang … 2025, 800px, rtl) is linear over ms: the Big Bang at 800, invert a number', () => {
    const view = { start: yearStartMs(-13_798_000_000), end: NOW };
    const scale = timeScale(view, 800, true);
    expect(scale(view.start)).to.equal(800);
    expect(scale.invert(800)).to.equal(view.start);
    expect(timeAt(scale, 0)).to.equal(NOW);
  });
  it('axisTicks(timeScale(the Big Bang … 2025), now: 2025) are deepTicks: billions of years ago', () => {
    const view = { start: yearStartMs(-13_798_000_000), end: NOW };
    const ticks = axisTicks(timeScale(view, 800), 'en', { measure, now: NOW });
    expect(ticks).to.deep.equal(deepTicks(view, 800, 'en', { measure, now: NOW }));
    expect(labels(ticks.minor)).to.include('10 billion years ago');
  });
});
