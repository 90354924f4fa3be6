import { expect } from '@open-wc/testing';
import { parseDate, isDateError, type DateError } from '../../src/model/dates.js';
import { parsed, utc } from './utc.js';
import fc from '../helpers/fc.js';
import { yearStartMs } from '../../src/time/years.js';

const ok = parsed;

function bad(text: string): DateError {
  const result = parseDate(text);
  if (!isDateError(result)) throw new Error(`expected ${text} to be rejected, got ${JSON.stringify(result)}`);
  return result;
}

describe('parseDate precisions', () => {
  it('parseDate("2020") is the whole year 2020 in UTC', () => {
    expect(ok('2020')).to.deep.equal({ text: '2020', precision: 'year', start: utc(2020), end: utc(2021) });
  });
  it('parseDate("2020-07") is all of July 2020', () => {
    expect(ok('2020-07')).to.deep.equal({ text: '2020-07', precision: 'month', start: utc(2020, 7), end: utc(2020, 8) });
  });
  it('parseDate("2020-12") ends at the start of 2021', () => {
    expect(ok('2020-12').end).to.equal(utc(2021, 1, 1));
  });
  it('parseDate("2020-06-02") is that day in UTC', () => {
    expect(ok('2020-06-02')).to.deep.equal({ text: '2020-06-02', precision: 'day', start: utc(2020, 6, 2), end: utc(2020, 6, 3) });
  });
  it('parseDate("2020-02-29") exists in a leap year', () => {
    expect(ok('2020-02-29').end).to.equal(utc(2020, 3, 1));
  });
  it('parseDate("2020-06-02T14:30Z") is that minute in UTC', () => {
    expect(ok('2020-06-02T14:30Z')).to.deep.equal({
      text: '2020-06-02T14:30Z', precision: 'minute', start: utc(2020, 6, 2, 14, 30), end: utc(2020, 6, 2, 14, 31), offsetMinutes: 0,
    });
  });
  it('parseDate("2020-06-02T14:30:05+02:00") is that second, two hours east of UTC', () => {
    const d = ok('2020-06-02T14:30:05+02:00');
    expect([d.precision, d.start, d.end, d.offsetMinutes]).to.deep.equal(['second', utc(2020, 6, 2, 12, 30, 5), utc(2020, 6, 2, 12, 30, 6), 120]);
  });
  it('parseDate("2020-06-02T14:30:05.25-05:30") keeps the milliseconds and ends with its second', () => {
    const d = ok('2020-06-02T14:30:05.25-05:30');
    expect([d.start, d.end, d.offsetMinutes]).to.deep.equal([utc(2020, 6, 2, 20, 0, 5, 250), utc(2020, 6, 2, 20, 0, 6), -330]);
  });
});

describe('parseDate years before 1 CE and beyond 9999', () => {
  it('parseDate("-0043-03-15") is 15 March 44 BCE', () => {
    const d = ok('-0043-03-15');
    expect(d.start).to.equal(utc(-43, 3, 15));
    expect(new Date(d.start).getUTCFullYear()).to.equal(-43);
    expect(d.end - d.start).to.equal(86_400_000);
  });
  it('parseDate("2000-02-29") exists and parseDate("1900-02-29") does not (Gregorian century rule)', () => {
    expect(ok('2000-02-29').start).to.equal(utc(2000, 2, 29));
    expect(bad('1900-02-29').error).to.equal('February 1900 has 28 days');
  });
  it('parseDate("0000") is the year 1 BCE, a leap year', () => {
    const d = ok('0000');
    expect([d.start, d.end]).to.deep.equal([utc(0), utc(1)]);
    expect(ok('0000-02-29').precision).to.equal('day');
  });
  it('parseDate("0099-12-31") is year 99, not 1999', () => {
    expect(new Date(ok('0099-12-31').start).getUTCFullYear()).to.equal(99);
  });
  it('parseDate("+012345") is the extended year 12345', () => {
    expect([ok('+012345').start, ok('+012345').end]).to.deep.equal([utc(12345), utc(12346)]);
  });
  it('parseDate("+275760-09-12") is the last whole day a Date can hold', () => {
    expect(ok('+275760-09-12').end).to.equal(8.64e15);
  });
  it('parseDate("-271821-04-20") is the first day a Date can hold', () => {
    expect(ok('-271821-04-20').start).to.equal(-8.64e15);
  });
  it('parseDate("+275760-09-13") and parseDate("-271821-04-19") are out of range', () => {
    expect(bad('+275760-09-13').kind).to.equal('range');
    expect(bad('-271821-04-19').kind).to.equal('range');
    expect(bad('+999999-01').kind).to.equal('range');
  });
});

describe('parseDate deep time: years beyond the Date range, written alone', () => {
  it('parseDate("-13798000000") is the Big Bang\'s whole year, beyond the Date range, with deepYear', () => {
    expect(ok('-13798000000')).to.deep.equal({
      text: '-13798000000', precision: 'year', start: yearStartMs(-13_798_000_000), end: yearStartMs(-13_797_999_999), deepYear: -13_798_000_000,
    });
    expect(ok('-13798000000').start).to.be.below(-8.64e15);
  });
  it('parseDate("-66000000"), ("-4600000000"), ("+20000000") and ("-300000") are deep years in time order', () => {
    const dates = ['-4600000000', '-66000000', '-300000', '+20000000'].map(ok);
    expect(dates.map((d) => d.deepYear)).to.deep.equal([-4_600_000_000, -66_000_000, -300_000, 20_000_000]);
    for (let i = 1; i < dates.length; i++) expect(dates[i].start).to.be.above(dates[i - 1].end);
  });
  it('parseDate("-271820") is an ordinary year (a Date holds it whole), parseDate("-271821") a deep one', () => {
    expect(ok('-271820')).to.deep.equal({ text: '-271820', precision: 'year', start: utc(-271_820), end: utc(-271_819) });
    expect(ok('-271821').deepYear).to.equal(-271_821);
  });
  it('parseDate("+275759") is an ordinary year, parseDate("+275760") a deep one (it ends after the last Date)', () => {
    expect(ok('+275759').deepYear).to.equal(undefined);
    expect(ok('+275760')).to.deep.equal({ text: '+275760', precision: 'year', start: utc(275_760), end: yearStartMs(275_761), deepYear: 275_760 });
  });
  it('parseDate("-999999999999") is the earliest year, twelve digits', () => {
    expect(ok('-999999999999').deepYear).to.equal(-999_999_999_999);
    expect(ok('+000066000000').deepYear).to.equal(66_000_000);
  });
  it('parseDate("-300000-01") is a range error that says to write the year alone', () => {
    const error = bad('-300000-01');
    expect(error.kind).to.equal('range');
    expect(error.error).to.equal('it lies outside the dates a browser can handle, about 271,822 BCE to 275,760 CE; beyond them write the year alone, such as -300000');
  });
  it('parseDate("-13798000000-01-01") and ("-66000000-06-01T12:00Z") are range errors, not calendar or format errors', () => {
    expect(bad('-13798000000-01-01').kind).to.equal('range');
    expect(bad('-66000000-06-01T12:00Z').kind).to.equal('range');
    expect(bad('-300000-02-30').kind).to.equal('range');
  });
  it('parseDate("-1234567890123") is a format error: at most twelve digits', () => {
    expect(bad('-1234567890123').error).to.equal('a year may have at most twelve digits');
  });
  it('parseDate("66000000") needs a sign, and parseDate("-0000000") is year 0 written with a minus', () => {
    expect(bad('66000000').error).to.match(/need a sign/);
    expect(bad('-0000000').error).to.match(/year 0/);
  });
  it('every signed year of 7 to 12 digits parses to its deep year at yearStartMs', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000_000, max: 999_999_999_999 }), fc.boolean(), (magnitude, negative) => {
        const year = negative ? -magnitude : magnitude;
        const date = ok(`${negative ? '-' : '+'}${magnitude}`);
        expect([date.precision, date.deepYear, date.start, date.end]).to.deep.equal(['year', year, yearStartMs(year), yearStartMs(year + 1)]);
      }),
    );
  });
});

/** The first instant of a calendar day of any year 0–9999 (`Date.UTC` reads years below 100 as 19xx). */
function dayStart(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

describe('parseDate of YYYY, YYYY-MM and YYYY-MM-DD (read without the regular expression)', () => {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  it('every YYYY-MM-DD of years 0000–9999, months 00–13 and days 00–32 is that day, or an error when the day does not exist', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (year, month, day) => {
        const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
        const result = parseDate(text);
        const exists = month >= 1 && month <= 12 && day >= 1 && new Date(dayStart(year, month, day)).getUTCDate() === day;
        if (!exists) expect(isDateError(result), text).to.equal(true);
        else expect(result, text).to.deep.equal({ text, precision: 'day', start: dayStart(year, month, day), end: dayStart(year, month, day + 1) });
      }),
      { numRuns: 2000 },
    );
  });
  it('every YYYY and YYYY-MM of years 0000–9999 is that year or month; months 00 and 13 are format errors', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), (year, month) => {
        expect(parseDate(pad(year, 4))).to.deep.equal({ text: pad(year, 4), precision: 'year', start: dayStart(year, 1, 1), end: dayStart(year + 1, 1, 1) });
        const text = `${pad(year, 4)}-${pad(month, 2)}`;
        if (month < 1 || month > 12) expect((parseDate(text) as DateError).kind, text).to.equal('format');
        else expect(parseDate(text), text).to.deep.equal({ text, precision: 'month', start: dayStart(year, month, 1), end: dayStart(year, month + 1, 1) });
      }),
      { numRuns: 500 },
    );
  });
  it('texts near those forms ("2020-1-01", "2020-06-0a", "202a", "2020_06") are format errors', () => {
    for (const text of ['2020-1-01', '2020-06-0a', '202a', '2020_06', '2020-0a', '20200602xx', '-020', '+020-01']) {
      expect(bad(text).kind, text).to.equal('format');
    }
  });
  it('YYYY, YYYY-MM and YYYY-MM-DD texts with up to two characters changed are that year, month or day when they are one, else an error', () => {
    const plain = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
    const digits = (n: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n }).map((d) => d.join(''));
    const form = fc.oneof(digits(4), fc.tuple(digits(4), digits(2)).map((p) => p.join('-')), fc.tuple(digits(4), digits(2), digits(2)).map((p) => p.join('-')));
    // Most texts keep their form (a date or a calendar error); the changed ones test what is not a form.
    const change = fc.array(fc.tuple(fc.nat(), fc.constantFrom(...'0123456789-a+T')), { maxLength: 2 });
    const text = fc.tuple(form, change).map(([t, changes]) => changes.reduce((s, [at, c]) => s.slice(0, at % s.length) + c + s.slice((at % s.length) + 1), t));
    let valid = 0;
    fc.assert(
      fc.property(text, (t) => {
        const m = plain.exec(t);
        const [year, month, day] = [Number(m?.[1]), Number(m?.[2] ?? 1), Number(m?.[3] ?? 1)];
        const exists = !!m && month >= 1 && month <= 12 && day >= 1 && new Date(dayStart(year, month, day)).getUTCDate() === day;
        if (!exists) {
          // A leading sign or a T may make another valid form ("-000300" is 301 BCE): the texts of digits and "-" after a digit must fail.
          if (/^\d[\d-]*$/.test(t)) expect(isDateError(parseDate(t)), t).to.equal(true);
          return;
        }
        valid++;
        const precision = m[3] ? 'day' : m[2] ? 'month' : 'year';
        const end = precision === 'day' ? dayStart(year, month, day + 1) : precision === 'month' ? dayStart(year, month + 1, 1) : dayStart(year + 1, 1, 1);
        expect(parseDate(t), t).to.deep.equal({ text: t, precision, start: dayStart(year, month, day), end });
      }),
      { numRuns: 3000 },
    );
    expect(valid, 'valid dates among the texts').to.be.greaterThan(300);
  });
});

describe('parseDate rejects, with a reason', () => {
  const cases: [string, DateError['kind'], RegExp][] = [
    ['2020-13-01', 'format', /use YYYY, YYYY-MM, YYYY-MM-DD, an ISO date-time, or a signed year such as -66000000/],
    ['2020-00', 'format', /use YYYY/],
    ['2020-02-30', 'calendar', /February 2020 has 29 days/],
    ['2021-02-29', 'calendar', /February 2021 has 28 days/],
    ['2020-04-31', 'calendar', /April 2020 has 30 days/],
    ['2020-06-00', 'calendar', /day 00 does not exist/],
    ['2020/06/02', 'format', /"-"/],
    ['June 2', 'format', /use YYYY/],
    ['', 'format', /empty/],
    [' 2020', 'format', /spaces/],
    ['20', 'format', /use YYYY/],
    ['12345', 'format', /need a sign/],
    ['-0000', 'format', /year 0/],
    ['2020-06-02T14:30', 'zone', /needs a zone/],
    ['2020-06-02T14:30:05', 'zone', /needs a zone/],
    ['2020-06-02 14:30Z', 'format', /capital "T"/],
    ['2020-06-02t14:30z', 'format', /capital "T"/],
    ['2020-06-02T24:00Z', 'calendar', /hour 24/],
    ['2020-06-02T23:60Z', 'calendar', /minute 60/],
    ['2020-06-02T23:59:60Z', 'calendar', /second 60/],
    ['2020-06-02T12:00+24:00', 'zone', /offset \+24:00/],
    ['2020-06-02T12:00+0200', 'format', /use YYYY/],
    ['2020-06-02T12Z', 'format', /use YYYY/],
    ['2020-06-02T12:00:00.1234Z', 'format', /use YYYY/],
    ['2020-6-2', 'format', /use YYYY/],
    ['2020-06-02'.repeat(1000), 'format', /too long/],
  ];
  for (const [text, kind, reason] of cases) {
    it(`parseDate(${JSON.stringify(text.length > 40 ? `${text.slice(0, 20)}…` : text)}) is a ${kind} error`, () => {
      const error = bad(text);
      expect(error.kind).to.equal(kind);
      expect(error.error).to.match(reason);
      expect(error.text).to.equal(text);
    });
  }
  it('parseDate(non-string) is an error, not a throw', () => {
    expect(isDateError(parseDate(2020 as unknown as string))).to.equal(true);
    expect(isDateError(parseDate(null as unknown as string))).to.equal(true);
  });
});
