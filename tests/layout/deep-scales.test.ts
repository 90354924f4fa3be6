import { expect } from '@open-wc/testing';
import { scaleUtc } from 'd3-scale';
import fc from '../helpers/fc.js';
import { deepTimeScale, logYearsScale, logYearsTicks } from '../../src/layout/deep-scales.js';
import { MS_PER_YEAR, yearStartMs } from '../../src/time/years.js';
import { utc } from './helpers.js';

const NOW = utc(2025, 6, 1);
const BIG_BANG = yearStartMs(-13_798_000_000);
const ago = (years: number): number => NOW - years * MS_PER_YEAR;
const measure = (text: string): number => text.length * 7;

describe('deepTimeScale', () => {
  it('deepTimeScale(the Big Bang … now, 800px) puts the Big Bang at 0, now at 800, and inverts beyond the Date range', () => {
    const scale = deepTimeScale({ start: BIG_BANG, end: NOW }, 800, false);
    expect(scale(BIG_BANG)).to.equal(0);
    expect(scale(NOW)).to.equal(800);
    expect(scale.invert(0)).to.equal(BIG_BANG);
    expect(scale(yearStartMs(-66_000_000))).to.be.closeTo(800 * (1 - 66e6 / 13.798e9), 0.01);
  });
  it('deepTimeScale(view, 800px, rtl) mirrors it: the start at 800, the end at 0', () => {
    const scale = deepTimeScale({ start: BIG_BANG, end: NOW }, 800, true);
    expect([scale(BIG_BANG), scale(NOW)]).to.deep.equal([800, 0]);
  });
  it('deepTimeScale(view inside the Date range) places every time where scaleUtc does', () => {
    fc.assert(
      fc.property(fc.integer({ min: -8e15, max: 8e15 }), fc.integer({ min: 3_600_000, max: 1e14 }), fc.double({ min: 0, max: 1, noNaN: true }), (start, span, f) => {
        const view = { start, end: start + span };
        const t = start + f * span;
        expect(deepTimeScale(view, 800, false)(t)).to.be.closeTo(scaleUtc().domain([view.start, view.end]).range([0, 800])(t), 1e-6);
      }),
    );
  });
});

describe('logYearsScale', () => {
  const view = { start: BIG_BANG, end: NOW + 30 * 86_400_000 };
  const scale = logYearsScale(view, 800, false, NOW);

  it('logYearsScale(the Big Bang … now, 800px) runs from the past at 0 to the future at 800', () => {
    expect(scale(view.start)).to.be.closeTo(0, 1e-9);
    expect(scale(view.end)).to.be.closeTo(800, 1e-9);
    expect(scale(ago(1e9))).to.be.below(scale(ago(1e6)));
  });
  it('logYearsScale gives every power of ten of years (from 100 years on) nearly the same width', () => {
    const widths = [2, 3, 4, 5, 6, 7, 8, 9].map((k) => scale(ago(10 ** k)) - scale(ago(10 ** (k + 1))));
    for (const w of widths) expect(w).to.be.closeTo(widths[widths.length - 1], 0.5);
    // The last hundred years are drawn wider than the first billion years after the Big Bang.
    expect(scale(NOW) - scale(ago(100))).to.be.above(10 * (scale(ago(12.798e9)) - scale(BIG_BANG)));
  });
  it('logYearsScale.invert(scale(t)) is t, for times from the Big Bang to now', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 13.79e9, noNaN: true }), (years) => {
        const t = ago(years);
        expect(scale.invert(scale(t))).to.be.closeTo(t, Math.max(1, Math.abs(t - NOW)) * 1e-9);
      }),
    );
  });
  it('logYearsScale(view, 800px, rtl) mirrors it', () => {
    const rtl = logYearsScale(view, 800, true, NOW);
    expect(rtl(ago(1e6))).to.be.closeTo(800 - scale(ago(1e6)), 1e-9);
  });
});

describe('logYearsTicks', () => {
  it('logYearsTicks(the Big Bang … now, 800px) are powers of ten of years ago, then "now", none overlapping', () => {
    const view = { start: BIG_BANG, end: NOW + 30 * 86_400_000 };
    const ticks = logYearsTicks(view, 800, 'en', NOW);
    expect(ticks.key).to.equal('log-years');
    expect(ticks.minor.map((t) => t.label.replace(/\u00a0/g, ' '))).to.deep.equal(['1 billion years ago', '1 million years ago', '10,000 years ago', '100 years ago', 'now']);
    const scale = logYearsScale(view, 800, false, NOW);
    for (let i = 1; i < ticks.minor.length; i++) {
      const [a, b] = [ticks.minor[i - 1], ticks.minor[i]];
      expect(scale(b.time) - scale(a.time)).to.be.at.least(Math.max(measure(a.label), measure(b.label)) + 12);
    }
  });
  it('logYearsTicks(the Big Bang … now, 2000px, narrow labels) has every power of ten; at 3000px also 5 × and 2 × 10^k years', () => {
    const ticks = logYearsTicks({ start: BIG_BANG, end: NOW + 1 }, 2000, 'en', NOW, { measure: (t) => t.length * 4 });
    const labels = ticks.minor.map((t) => t.label.replace(/\u00a0/g, ' '));
    expect(labels).to.deep.equal([
      '10 billion years ago', '1 billion years ago', '100 million years ago', '10 million years ago', '1 million years ago', '100,000 years ago',
      '10,000 years ago', '1,000 years ago', '100 years ago', '10 years ago', '1 year ago', 'now',
    ]);
    const wide = logYearsTicks({ start: BIG_BANG, end: NOW + 1 }, 3000, 'en', NOW, { measure: (t) => t.length * 4 }).minor.map((t) => t.label.replace(/\u00a0/g, ' '));
    expect(wide).to.include.members(['2 billion years ago', '500,000 years ago', '50 years ago', '5 years ago']);
    expect(ticks.minor.map((t) => t.time)).to.deep.equal([...ticks.minor.map((t) => t.time)].sort((a, b) => a - b));
  });
  it('logYearsTicks(the Big Bang … now, de) reads in German', () => {
    const ticks = logYearsTicks({ start: BIG_BANG, end: NOW + 1 }, 800, 'de', NOW);
    expect(ticks.minor.at(-1)?.label).to.equal('jetzt');
    expect(ticks.minor[0].label.replace(/\u00a0/g, ' ')).to.equal('vor 1 Milliarde Jahren');
  });
  it('logYearsTicks(empty view) is no ticks', () => {
    expect(logYearsTicks({ start: NOW, end: NOW }, 800, 'en', NOW)).to.deep.equal({ major: [], minor: [], key: '' });
  });
});
