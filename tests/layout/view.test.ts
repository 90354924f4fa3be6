import { expect } from '@open-wc/testing';
import fc from '../helpers/fc.js';
import { clampView, fit, HOUR, msPerPx, pan, viewLimits, zoomAround } from '../../src/layout/view.js';
import { DAY, utc } from './helpers.js';
import { yearStartMs } from '../../src/time/years.js';

const extent = { start: utc(2010), end: utc(2030) };
const limits = viewLimits(extent, { marginFraction: 0.05 });

describe('view', () => {
  it('fit(2010..2030, 0.05) adds one year on each side', () => {
    const view = fit(extent, 0.05);
    expect(view.start).to.equal(extent.start - (extent.end - extent.start) * 0.05);
    expect(view.end).to.equal(extent.end + (extent.end - extent.start) * 0.05);
  });

  it('fit(single point) is one day centred on it', () => {
    const t = utc(2020, 6, 1);
    expect(fit({ start: t, end: t })).to.deep.equal({ start: t - DAY / 2, end: t + DAY / 2 });
  });

  it('viewLimits(2010..2030) bounds are the fit view and maxSpan its span, minSpan one hour', () => {
    expect(limits.bounds).to.deep.equal(fit(extent, 0.05));
    expect(limits.maxSpan).to.equal(limits.bounds.end - limits.bounds.start);
    expect(limits.minSpan).to.equal(HOUR);
  });

  it('viewLimits(first Date day … 2020) stops its margin at the Date range', () => {
    const near = viewLimits({ start: -8.64e15 + DAY, end: utc(2020) });
    expect(near.bounds.start).to.equal(-8.64e15);
    expect(near.bounds.end).to.equal(fit({ start: -8.64e15 + DAY, end: utc(2020) }, 0.05).end);
  });

  it('viewLimits(the Big Bang … 2020) keeps its margin beyond the Date range, and its shortest span is a day', () => {
    const deep = { start: yearStartMs(-13_798_000_000), end: utc(2021) };
    const deepLimits = viewLimits(deep, { minSpan: HOUR });
    expect(deepLimits.bounds).to.deep.equal(fit(deep, 0.05));
    expect(deepLimits.bounds.end).to.be.above(8.64e15);
    expect(deepLimits.minSpan).to.equal(DAY);
  });

  it('zoomAround(the Big Bang … 2020) down to one day around the Big Bang and back out stays inside the bounds', () => {
    const deep = { start: yearStartMs(-13_798_000_000), end: utc(2021) };
    const deepLimits = viewLimits(deep);
    let view = deepLimits.bounds;
    for (let i = 0; i < 60; i++) view = zoomAround(view, 2, deep.start, deepLimits);
    // A double near 4.4e20 ms is exact to 65,536 ms: the span is a day to that precision.
    expect(view.end - view.start).to.be.closeTo(DAY, 65_536);
    expect(view.start).to.be.at.most(deep.start);
    expect(view.end).to.be.at.least(deep.start);
    for (let i = 0; i < 60; i++) view = zoomAround(view, 0.5, deep.start, deepLimits);
    expect(view.start).to.equal(deepLimits.bounds.start);
    expect(view.end).to.be.closeTo(deepLimits.bounds.end, 65_536);
  });

  it('clampView(10 minutes) widens to one hour around the same centre', () => {
    const mid = utc(2020, 6, 1, 12);
    const view = clampView({ start: mid - 5 * 60_000, end: mid + 5 * 60_000 }, limits);
    expect(view.end - view.start).to.equal(HOUR);
    expect((view.start + view.end) / 2).to.equal(mid);
  });

  it('clampView(1900..2100) shrinks to the bounds', () => {
    expect(clampView({ start: utc(1900), end: utc(2100) }, limits)).to.deep.equal(limits.bounds);
  });

  it('clampView(a view hanging off the left) shifts it inside, keeping its span', () => {
    const view = clampView({ start: utc(2000), end: utc(2005) }, limits);
    expect(view.start).to.equal(limits.bounds.start);
    expect(view.end - view.start).to.equal(utc(2005) - utc(2000));
  });

  it('zoomAround(view, 2, anchor) halves the span and keeps the anchor at the same fraction', () => {
    const view = { start: utc(2019), end: utc(2021) };
    const anchor = utc(2019, 9, 1);
    const zoomed = zoomAround(view, 2, anchor, limits);
    expect(zoomed.end - zoomed.start).to.be.closeTo((view.end - view.start) / 2, 1);
    const before = (anchor - view.start) / (view.end - view.start);
    const after = (anchor - zoomed.start) / (zoomed.end - zoomed.start);
    expect(after).to.be.closeTo(before, 1e-9);
  });

  it('zoomAround(view, 1e9, anchor) stops at one hour with the anchor still in place', () => {
    const view = { start: utc(2020, 1, 1), end: utc(2020, 1, 3) };
    const anchor = utc(2020, 1, 1, 12);
    const zoomed = zoomAround(view, 1e9, anchor, limits);
    expect(zoomed.end - zoomed.start).to.equal(HOUR);
    expect((anchor - zoomed.start) / HOUR).to.be.closeTo(0.25, 1e-9);
  });

  it('zoomAround(view, 0.001, anchor) stops at the bounds', () => {
    const zoomed = zoomAround({ start: utc(2020), end: utc(2021) }, 0.001, utc(2020, 6), limits);
    expect(zoomed).to.deep.equal(limits.bounds);
  });

  it('zoomAround keeps the anchor under the pointer for any zoom that stays inside the bounds', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 0.99, noNaN: true }), fc.double({ min: 0.25, max: 4, noNaN: true }), (frac, factor) => {
        const view = { start: utc(2018), end: utc(2022) };
        const anchor = view.start + frac * (view.end - view.start);
        const zoomed = zoomAround(view, factor, anchor, limits);
        const inside = zoomed.start > limits.bounds.start && zoomed.end < limits.bounds.end;
        if (inside) expect((anchor - zoomed.start) / (zoomed.end - zoomed.start)).to.be.closeTo(frac, 1e-6);
        expect(zoomed.start).to.be.at.least(limits.bounds.start);
        expect(zoomed.end).to.be.at.most(limits.bounds.end);
      }),
    );
  });

  it('pan(view, +30 days) moves it 30 days later', () => {
    const view = { start: utc(2020), end: utc(2021) };
    expect(pan(view, 30 * DAY, limits)).to.deep.equal({ start: view.start + 30 * DAY, end: view.end + 30 * DAY });
  });

  it('pan(view, -50 years) stops at the left bound, keeping the span', () => {
    const view = { start: utc(2020), end: utc(2021) };
    const panned = pan(view, -50 * 365 * DAY, limits);
    expect(panned.start).to.equal(limits.bounds.start);
    expect(panned.end - panned.start).to.equal(view.end - view.start);
  });

  it('pan never leaves the bounds', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e13, max: 1e13, noNaN: true }), (delta) => {
        const panned = pan({ start: utc(2020), end: utc(2022) }, delta, limits);
        expect(panned.start).to.be.at.least(limits.bounds.start);
        expect(panned.end).to.be.at.most(limits.bounds.end);
        expect(panned.end - panned.start).to.be.closeTo(utc(2022) - utc(2020), 1);
      }),
    );
  });


  it('msPerPx(one day, 864px) is 100000', () => {
    expect(msPerPx({ start: 0, end: DAY }, 864)).to.equal(100_000);
  });
});
