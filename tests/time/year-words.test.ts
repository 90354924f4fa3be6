import { expect } from '@open-wc/testing';
import { formatYearSpan, relativeYears, roundTo, significantDigits, yearFromNow } from '../../src/time/year-words.js';
import { relativeTime } from '../../src/i18n/relative.js';
import { yearStartMs } from '../../src/time/years.js';
import { utc } from '../helpers/utc.js';

/** Intl may use narrow or no-break spaces; compare with plain ones. */
const plain = (text: string): string => text.replace(/[\u00a0\u202f\u2009]/g, ' ');
/** Arabic text with Arabic-Indic digits written as ASCII digits, for comparison. */
const ascii = (text: string): string => text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660)).replace(/[\u066b\u066c\u061c\u200f]/g, (c) => (c === '\u066b' ? '.' : c === '\u066c' ? ',' : ''));
const NOW = utc(2025, 6, 1);

describe('relativeYears', () => {
  it('relativeYears(-66000000, en) is "66 million years ago"', () => {
    expect(plain(relativeYears(-66_000_000, 'en'))).to.equal('66 million years ago');
  });
  it('relativeYears(-13798000000, en) is "13.798 billion years ago"', () => {
    expect(plain(relativeYears(-13_798_000_000, 'en'))).to.equal('13.798 billion years ago');
  });
  it('relativeYears(-66000000, de) is "vor 66 Millionen Jahren", and -13.8e9 "vor 13,8 Milliarden Jahren"', () => {
    expect(plain(relativeYears(-66_000_000, 'de'))).to.equal('vor 66 Millionen Jahren');
    expect(plain(relativeYears(-13_800_000_000, 'de'))).to.equal('vor 13,8 Milliarden Jahren');
  });
  it('relativeYears(-66000000, ar) is "قبل 66 مليون سنة" (before 66 million years)', () => {
    expect(ascii(plain(relativeYears(-66_000_000, 'ar')))).to.equal('قبل 66 مليون سنة');
  });
  it('relativeYears(-4600000000, ar) names milliards (مليار)', () => {
    expect(ascii(plain(relativeYears(-4_600_000_000, 'ar')))).to.equal('قبل 4.6 مليار سنة');
  });
  it('relativeYears(20000000, en) is "in 20 million years"; relativeYears(1, en) is "in 1 year"', () => {
    expect(plain(relativeYears(20_000_000, 'en'))).to.equal('in 20 million years');
    expect(relativeYears(1, 'en')).to.equal('in 1 year');
  });
  it('relativeYears(0) is "now" in en, de and ar', () => {
    expect([relativeYears(0, 'en'), relativeYears(0, 'de'), relativeYears(0, 'ar')]).to.deep.equal(['now', 'jetzt', 'الآن']);
  });
  it('relativeYears(-300000, en) is "300,000 years ago": below a million, numbers are written out', () => {
    expect(relativeYears(-300_000, 'en')).to.equal('300,000 years ago');
    expect(relativeYears(-300_000, 'de')).to.equal('vor 300.000 Jahren');
  });
  it('relativeYears(-4999990, en) is "4,999,990 years ago": more than five significant digits stay written out', () => {
    expect(relativeYears(-4_999_990, 'en')).to.equal('4,999,990 years ago');
  });
  it('relativeYears(-2.4, en) rounds to "2 years ago"', () => {
    expect(relativeYears(-2.4, 'en')).to.equal('2 years ago');
  });
  it('relativeYears(-66000000, not-a-locale!) falls back to English instead of throwing', () => {
    expect(plain(relativeYears(-66_000_000, 'not-a-locale!'))).to.equal('66 million years ago');
  });
});

describe('significantDigits and roundTo', () => {
  it('significantDigits(66000000) is 2, (13798000000) is 5, (0) is 1', () => {
    expect([significantDigits(66_000_000), significantDigits(-13_798_000_000), significantDigits(0)]).to.deep.equal([2, 5, 1]);
  });
  it('roundTo(13798002025, 5) is 13798000000 and roundTo(-66002025, 2) is -66000000', () => {
    expect(roundTo(13_798_002_025, 5)).to.equal(13_798_000_000);
    expect(roundTo(-66_002_025, 2)).to.equal(-66_000_000);
  });
});

describe('yearFromNow', () => {
  it('yearFromNow(-66000000, mid-2025, en) is "66 million years ago", not 66,002,025', () => {
    expect(plain(yearFromNow(-66_000_000, NOW, 'en'))).to.equal('66 million years ago');
  });
  it('yearFromNow(-1234567, mid-2025, en) is the full distance "1,236,592 years ago" (seven digits written)', () => {
    expect(yearFromNow(-1_234_567, NOW, 'en')).to.equal('1,236,592 years ago');
  });
  it('yearFromNow(+20000000, mid-2025, de) is "in 20 Millionen Jahren"', () => {
    expect(plain(yearFromNow(20_000_000, NOW, 'de'))).to.equal('in 20 Millionen Jahren');
  });
});

describe('relativeTime for deep time', () => {
  it('relativeTime(the Big Bang, mid-2025, en) is "13.8 billion years ago"', () => {
    expect(plain(relativeTime(yearStartMs(-13_798_000_000), NOW, 'en'))).to.equal('13.8 billion years ago');
  });
  it('relativeTime(the Big Bang, mid-2025, de) is "vor 13,8 Milliarden Jahren"', () => {
    expect(plain(relativeTime(yearStartMs(-13_798_000_000), NOW, 'de'))).to.equal('vor 13,8 Milliarden Jahren');
  });
  it('relativeTime(66 million years ago, mid-2025, ar) is "قبل 66 مليون سنة"', () => {
    expect(ascii(plain(relativeTime(yearStartMs(-66_000_000), NOW, 'ar')))).to.equal('قبل 66 مليون سنة');
  });
  it('relativeTime(2020, mid-2025, en) is still "5 years ago", and 300,000 years ago is written out', () => {
    expect(relativeTime(utc(2020, 6, 1), NOW, 'en')).to.equal('5 years ago');
    expect(relativeTime(yearStartMs(-298_000), NOW, 'en')).to.equal('300,025 years ago');
  });
});

describe('formatYearSpan', () => {
  it('formatYearSpan(the Big Bang … mid-2025, en) is "13.8 billion years ago – now"', () => {
    expect(plain(formatYearSpan(yearStartMs(-13_798_000_000), NOW, NOW, 'en'))).to.equal('13.8 billion years ago – now');
  });
  it('formatYearSpan(66.1 … 65.9 million years ago, de) rounds both ends to the span: "vor 66,1 Millionen Jahren – vor 65,9 Millionen Jahren"', () => {
    expect(plain(formatYearSpan(yearStartMs(2025 - 66_100_000), yearStartMs(2025 - 65_900_000), NOW, 'de'))).to.equal('vor 66,1 Millionen Jahren – vor 65,9 Millionen Jahren');
  });
  it('formatYearSpan(a day inside one deep year, en) is that year once, to the year', () => {
    const start = yearStartMs(-66_000_000) + 86_400_000;
    expect(formatYearSpan(start, start + 86_400_000, NOW, 'en')).to.equal('66,002,025 years ago');
  });
  it('formatYearSpan(300,000 years ago … in 700 million years, ar) names both ends in Arabic', () => {
    const text = formatYearSpan(yearStartMs(-300_000), yearStartMs(700_000_000), NOW, 'ar');
    expect(text).to.match(/^الآن – خلال (700|٧٠٠) مليون سنة$/);
  });
});
