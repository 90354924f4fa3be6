import { expect } from '@open-wc/testing';
import { formatDate, formatDateRange } from '../../src/model/dates.js';
import { parsed, plainSpaces } from './utc.js';

const d = parsed;

describe('formatDate in its own precision', () => {
  it('formatDate(2020, en-GB) is "2020"', () => {
    expect(formatDate(d('2020'), 'en-GB')).to.equal('2020');
  });
  it('formatDate(2020-07, en-GB) is "July 2020"', () => {
    expect(formatDate(d('2020-07'), 'en-GB')).to.equal('July 2020');
  });
  it('formatDate(2020-07, de) is "Juli 2020"', () => {
    expect(formatDate(d('2020-07'), 'de')).to.equal('Juli 2020');
  });
  it('formatDate(2020-06-02, en-GB) is "2 June 2020"', () => {
    expect(formatDate(d('2020-06-02'), 'en-GB')).to.equal('2 June 2020');
  });
  it('formatDate(2020-06-02, en-US) is "June 2, 2020"', () => {
    expect(formatDate(d('2020-06-02'), 'en-US')).to.equal('June 2, 2020');
  });
  it('formatDate(2020-06-02, en-GB, short) is "2 Jun 2020"', () => {
    expect(formatDate(d('2020-06-02'), 'en-GB', { style: 'short' })).to.equal('2 Jun 2020');
  });
  it('formatDate(2020-06-02T14:30+02:00, en-GB) shows 14:30 in its written offset', () => {
    expect(plainSpaces(formatDate(d('2020-06-02T14:30+02:00'), 'en-GB'))).to.equal('2 June 2020 at 14:30 UTC+02:00');
  });
  it('formatDate(2020-06-02T23:30:15-05:00, en-GB) keeps the written day and seconds', () => {
    expect(plainSpaces(formatDate(d('2020-06-02T23:30:15-05:00'), 'en-GB'))).to.equal('2 June 2020 at 23:30:15 UTC\u221205:00');
  });
  it('formatDate(2020-06-02T14:30Z, en-GB) says UTC', () => {
    expect(plainSpaces(formatDate(d('2020-06-02T14:30Z'), 'en-GB'))).to.equal('2 June 2020 at 14:30 UTC');
  });
  it('formatDate(2020-06-02, not-a-locale!) falls back to English instead of throwing', () => {
    expect(formatDate(d('2020-06-02'), 'not-a-locale!')).to.match(/June.*2020|2020.*June/);
  });
});

describe('formatDate before 1 CE', () => {
  it('formatDate(-0043, en) is "44 BCE"', () => {
    expect(formatDate(d('-0043'), 'en')).to.equal('44 BCE');
  });
  it('formatDate(-0043-03-15, en-GB) is "15 March 44 BCE"', () => {
    expect(formatDate(d('-0043-03-15'), 'en-GB')).to.equal('15 March 44 BCE');
  });
  it('formatDate(0000, en) is "1 BCE" (year 0 is 1 BCE)', () => {
    expect(formatDate(d('0000'), 'en')).to.equal('1 BCE');
  });
  it('formatDate(0001, en) is "1", with no era', () => {
    expect(formatDate(d('0001'), 'en')).to.equal('1');
  });
  it('formatDate(-0043, de) is "44 v. Chr."', () => {
    expect(formatDate(d('-0043'), 'de')).to.equal('44 v. Chr.');
  });
  it('formatDate(0000, de) is "1 v. Chr."', () => {
    expect(formatDate(d('0000'), 'de')).to.equal('1 v. Chr.');
  });
  it('formatDate(-0043, ar) names year 44 with the Arabic BCE era', () => {
    const text = formatDate(d('-0043'), 'ar');
    expect(text).to.include('ق.م');
    expect(text.replace(/[٠-٩]/g, (c) => String(c.charCodeAt(0) - 0x660))).to.match(/(^|\D)44(\D|$)/);
  });
  it('formatDate(0000, ar) is year 1 with the Arabic BCE era', () => {
    const text = formatDate(d('0000'), 'ar');
    expect(text).to.include('ق.م');
    expect(text.replace(/[٠-٩]/g, (c) => String(c.charCodeAt(0) - 0x660))).to.match(/(^|\D)1(\D|$)/);
  });
  it('formatDate(+012345, en) is "12345"', () => {
    expect(formatDate(d('+012345'), 'en')).to.equal('12345');
  });
});

describe('formatDate approximate', () => {
  it('formatDate(1450, en, approximate) is "c. 1450"', () => {
    expect(formatDate(d('1450'), 'en', { approximate: true })).to.equal('c. 1450');
  });
  it('formatDate(1450, de, approximate) is "um 1450"', () => {
    expect(formatDate(d('1450'), 'de', { approximate: true })).to.equal('um 1450');
  });
  it('formatDate(1450, ar, approximate) starts with "حوالي"', () => {
    expect(formatDate(d('1450'), 'ar', { approximate: true }).startsWith('حوالي ')).to.equal(true);
  });
  it('formatDate(1450, fr, approximate) falls back to English "c."', () => {
    expect(formatDate(d('1450'), 'fr', { approximate: true })).to.equal('c. 1450');
  });
});

describe('formatDateRange', () => {
  it('formatDateRange(2020-05-26, 2020-06, en-GB) is "26 May – June 2020"', () => {
    expect(plainSpaces(formatDateRange(d('2020-05-26'), d('2020-06'), 'en-GB'))).to.equal('26 May – June 2020');
  });
  it('formatDateRange(2020-05-26, 2020-06-02, en-GB) is "26 May – 2 June 2020"', () => {
    expect(plainSpaces(formatDateRange(d('2020-05-26'), d('2020-06-02'), 'en-GB'))).to.equal('26 May – 2 June 2020');
  });
  it('formatDateRange(2020-05-26, 2020-06-02, en-US) is "May 26 – June 2, 2020"', () => {
    expect(plainSpaces(formatDateRange(d('2020-05-26'), d('2020-06-02'), 'en-US'))).to.equal('May 26 – June 2, 2020');
  });
  it('formatDateRange(2019-12, 2020-01, en-GB) keeps both years', () => {
    expect(plainSpaces(formatDateRange(d('2019-12'), d('2020-01'), 'en-GB'))).to.equal('December 2019 – January 2020');
  });
  it('formatDateRange(2019-12-30, 2020-01, en-GB) keeps both years', () => {
    expect(plainSpaces(formatDateRange(d('2019-12-30'), d('2020-01'), 'en-GB'))).to.equal('30 December 2019 – January 2020');
  });
  it('formatDateRange(-0050, -0043, en) is "51 – 44 BCE"', () => {
    expect(plainSpaces(formatDateRange(d('-0050'), d('-0043'), 'en'))).to.equal('51 – 44 BCE');
  });
  it('formatDateRange(-0001, 0001, en) marks both eras', () => {
    expect(plainSpaces(formatDateRange(d('-0001'), d('0001'), 'en'))).to.equal('2 BCE – 1 CE');
  });
  it('formatDateRange(2020-06, 2020-06, en) is the month once', () => {
    expect(formatDateRange(d('2020-06'), d('2020-06'), 'en')).to.equal('June 2020');
  });
  it('formatDateRange(2020-05-26, 2020-06, approximate) puts "c." on the end, known only to the month: "26 May – c. June 2020"; the start when it is the coarser', () => {
    expect(plainSpaces(formatDateRange(d('2020-05-26'), d('2020-06'), 'en-GB', { approximate: true }))).to.equal('26 May – c. June 2020');
    expect(plainSpaces(formatDateRange(d('2020-05'), d('2020-06-02'), 'en-GB', { approximate: true }))).to.equal('c. May – 2 June 2020');
    expect(plainSpaces(formatDateRange(d('2019'), d('2020-06-02'), 'de', { approximate: true }))).to.equal('um 2019 – 2. Juni 2020');
  });
  it('formatDateRange(1440, 1450, en, approximate) is "c. 1440 – 1450"', () => {
    expect(plainSpaces(formatDateRange(d('1440'), d('1450'), 'en', { approximate: true }))).to.match(/^c\. 1440 ?– ?1450$/);
  });
});

describe('formatDate and formatDateRange in deep time', () => {
  const now = Date.UTC(2025, 5, 1);
  const ar = (text: string): string => plainSpaces(text).replace(/[\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - 0x660)).replace(/[\u066b]/g, '.').replace(/[\u061c\u200f]/g, '');

  it('formatDate(-13798000000, en) is "13.798 billion years ago" (the precision it was written in)', () => {
    expect(plainSpaces(formatDate(d('-13798000000'), 'en', { now }))).to.equal('13.798 billion years ago');
  });
  it('formatDate(-66000000, de) is "vor 66 Millionen Jahren"', () => {
    expect(plainSpaces(formatDate(d('-66000000'), 'de', { now }))).to.equal('vor 66 Millionen Jahren');
  });
  it('formatDate(-66000000, ar) is "قبل 66 مليون سنة"', () => {
    expect(ar(formatDate(d('-66000000'), 'ar', { now }))).to.equal('قبل 66 مليون سنة');
  });
  it('formatDate(-300000, en) is "300,000 years ago" and formatDate(+20000000, en) "in 20 million years"', () => {
    expect(formatDate(d('-300000'), 'en', { now })).to.equal('300,000 years ago');
    expect(plainSpaces(formatDate(d('+20000000'), 'en', { now }))).to.equal('in 20 million years');
  });
  it('formatDate(-0043, en) and (-271820, en) keep their calendar words: "44 BCE", "271821 BCE"', () => {
    expect(formatDate(d('-0043'), 'en', { now })).to.equal('44 BCE');
    expect(formatDate(d('-271820'), 'en', { now })).to.match(/^271,?821 BCE$/);
  });
  it('formatDate(-66000000, en, approximate) is "c. 66 million years ago"', () => {
    expect(plainSpaces(formatDate(d('-66000000'), 'en', { now, approximate: true }))).to.equal('c. 66 million years ago');
  });
  it('formatDateRange(-4600000000, -4000000000, en) writes both sides', () => {
    expect(plainSpaces(formatDateRange(d('-4600000000'), d('-4000000000'), 'en', { now }))).to.equal('4.6 billion years ago – 4 billion years ago');
  });
  it('formatDateRange(-300000, 2020, en) is "300,000 years ago – 2020"', () => {
    expect(plainSpaces(formatDateRange(d('-300000'), d('2020'), 'en', { now }))).to.equal('300,000 years ago – 2020');
  });
  it('formatDateRange(-66000000, -66000000, de) is the year once', () => {
    expect(plainSpaces(formatDateRange(d('-66000000'), d('-66000000'), 'de', { now }))).to.equal('vor 66 Millionen Jahren');
  });
});
