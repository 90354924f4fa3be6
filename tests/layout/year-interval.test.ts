import { expect } from '@open-wc/testing';
import { historicalYears } from '../../src/layout/year-interval.js';
import { utc } from './helpers.js';

const yearsOf = (dates: Date[]) => dates.map((d) => d.getUTCFullYear());

describe('historicalYears', () => {
  it('historicalYears(100).range(250 BCE … 250 CE) counts centuries the way historians do, with 1 CE between the eras (the grid stays even): 200 BCE, 100 BCE, 1 CE, 100 CE, 200 CE', () => {
    expect(yearsOf(historicalYears(100).range(new Date(utc(-249)), new Date(utc(250))))).to.deep.equal([-199, -99, 1, 100, 200]);
  });

  it('historicalYears(50000).range(252,981 BCE … 12,163 CE) starts at 250,000 BCE, though 300,000 BCE is before the first Date', () => {
    const ticks = historicalYears(50_000).range(new Date(-8_045_456_273_536_071), new Date(384_783_831_573_594));
    expect(yearsOf(ticks)).to.deep.equal([-249_999, -199_999, -149_999, -99_999, -49_999, 1]);
  });

  it('historicalYears(step): every year of a step of 1 (no second 1 CE); a view of CE years only has the ticks of utcYear.every(step), and 1 CE where it starts', () => {
    expect(yearsOf(historicalYears(1).range(new Date(utc(-2)), new Date(utc(3))))).to.deep.equal([-2, -1, 0, 1, 2]);
    expect(yearsOf(historicalYears(5).range(new Date(utc(1990)), new Date(utc(2021))))).to.deep.equal([1990, 1995, 2000, 2005, 2010, 2015, 2020]);
    expect(yearsOf(historicalYears(200).range(new Date(utc(1)), new Date(utc(700))))).to.deep.equal([1, 200, 400, 600]);
    expect(+historicalYears(100).offset(new Date(utc(-99)), 1)).to.equal(utc(1));
    expect(+historicalYears(100).offset(new Date(utc(1)), 1)).to.equal(utc(100));
    expect(historicalYears(100).range(new Date(utc(-199)), new Date(utc(201)))).to.have.length(5);
  });

  it('historicalYears(100000).floor(the first instant a Date holds) is that instant, not an invalid date', () => {
    expect(historicalYears(100_000).floor(new Date(-8.64e15)).getTime()).to.equal(-8.64e15);
  });
});
