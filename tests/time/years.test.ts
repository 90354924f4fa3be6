import { expect } from '@open-wc/testing';
import fc from '../helpers/fc.js';
import { utc } from '../helpers/utc.js';
import { isBeyondDates, MAX_TIME, MS_PER_DAY, MS_PER_YEAR, yearOfMs, yearStartMs } from '../../src/time/years.js';

/** Years a Date holds from their first day to their last. */
const dateYears = fc.integer({ min: -271_820, max: 275_759 });
/** Years of any size the parser accepts (twelve digits). */
const anyYears = fc.oneof(dateYears, fc.integer({ min: -999_999_999_999, max: 999_999_999_999 }));

describe('yearStartMs and yearOfMs', () => {
  it('yearStartMs(1970) is 0, yearStartMs(2000) is Date.UTC(2000, 0, 1)', () => {
    expect(yearStartMs(1970)).to.equal(0);
    expect(yearStartMs(2000)).to.equal(Date.UTC(2000, 0, 1));
  });

  it('yearStartMs(y) equals Date.UTC(y, 0, 1) for every year a Date holds, BCE and 0–99 included', () => {
    for (const year of [-271_820, -43, -1, 0, 1, 99, 100, 1900, 2024, 275_759]) expect(yearStartMs(year), String(year)).to.equal(utc(year));
    fc.assert(fc.property(dateYears, (year) => yearStartMs(year) === utc(year)), { numRuns: 2000 });
  });

  it('yearStartMs(-271820) and yearStartMs(275760) are the first and last year starts a Date holds', () => {
    expect(yearStartMs(-271_820)).to.be.at.least(-MAX_TIME);
    expect(yearStartMs(-271_821)).to.be.below(-MAX_TIME);
    expect(yearStartMs(275_760)).to.be.at.most(MAX_TIME);
    expect(yearStartMs(275_761)).to.be.above(MAX_TIME);
  });

  it('yearStartMs(y + 400) - yearStartMs(y) is 146,097 days: exactly within the Date range, to a double\'s precision beyond', () => {
    fc.assert(fc.property(dateYears, (year) => yearStartMs(year + 400) - yearStartMs(year) === 146_097 * MS_PER_DAY));
    fc.assert(
      fc.property(anyYears, (year) => {
        // A double near 3e22 ms (a trillion years) is exact to about 8e6 ms, a tenth of a day.
        expect((yearStartMs(year + 400) - yearStartMs(year)) / MS_PER_DAY).to.be.closeTo(146_097, 0.25);
      }),
    );
  });

  it('yearStartMs(-13798000000) is 13.8 billion average years (365.2425 days) before 1970, within two days', () => {
    const year = -13_798_000_000;
    expect(Math.abs(yearStartMs(year) - (year - 1970) * MS_PER_YEAR)).to.be.below(2 * MS_PER_DAY);
  });

  it('yearOfMs(yearStartMs(y)) is y and a day earlier is y - 1, for years of any size', () => {
    fc.assert(
      fc.property(anyYears, (year) => {
        expect(yearOfMs(yearStartMs(year))).to.equal(year);
        expect(yearOfMs(yearStartMs(year) - MS_PER_DAY)).to.equal(year - 1);
        expect(yearOfMs(yearStartMs(year + 1) - MS_PER_DAY)).to.equal(year);
      }),
      { numRuns: 1000 },
    );
  });

  it('yearOfMs(ms) is the UTC year of new Date(ms) for every time a Date holds', () => {
    fc.assert(fc.property(fc.integer({ min: -8.64e15, max: 8.64e15 }), (ms) => yearOfMs(ms) === new Date(ms).getUTCFullYear()), { numRuns: 2000 });
  });
});

describe('isBeyondDates', () => {
  it('isBeyondDates(2020 … 2021) is false; isBeyondDates(year -300000 … 2021) and (2020 … year +300000) are true', () => {
    expect(isBeyondDates(utc(2020), utc(2021))).to.equal(false);
    expect(isBeyondDates(-MAX_TIME, MAX_TIME)).to.equal(false);
    expect(isBeyondDates(yearStartMs(-300_000), utc(2021))).to.equal(true);
    expect(isBeyondDates(utc(2020), yearStartMs(300_000))).to.equal(true);
  });
});
