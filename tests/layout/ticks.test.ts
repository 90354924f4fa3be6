import { expect } from '@open-wc/testing';
import { axisTicks, majorGap } from '../../src/layout/ticks.js';
import { timeScale } from '../../src/layout/scale.js';
import { utc } from './helpers.js';

const labels = (ticks: { label: string }[]) => ticks.map((t) => t.label);
const view = (start: number, end: number) => ({ start, end });

describe('axisTicks', () => {
  it('axisTicks(timeScale(2020-01-01..2020-12-31, 800px)) are months over years', () => {
    const ticks = axisTicks(timeScale(view(utc(2020), utc(2020, 12, 31)), 800), 'en');
    expect(ticks.key).to.equal('month:1');
    expect(labels(ticks.minor)).to.deep.equal(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
    expect(ticks.minor.map((t) => t.time)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => utc(2020, m)));
    expect(ticks.major).to.deep.equal([{ time: utc(2020), label: '2020', level: 'major' }]);
  });

  it('axisTicks(timeScale(2020-01-01..2020-12-31, 320px)) are quarters over years', () => {
    const ticks = axisTicks(timeScale(view(utc(2020), utc(2020, 12, 31)), 320), 'en');
    expect(ticks.key).to.equal('month:3');
    expect(labels(ticks.minor)).to.deep.equal(['Jan', 'Apr', 'Jul', 'Oct']);
  });

  it('axisTicks with `level` draws that level without judging its labels again (a wider axis slid under the plot keeps the plot\'s); an unknown key is judged as usual', () => {
    const scale = timeScale(view(utc(2020), utc(2020, 12, 31)), 320);
    const kept = axisTicks(scale, 'en', { level: 'month:1' });
    expect(kept.key).to.equal('month:1');
    expect(labels(kept.minor)).to.have.length(12);
    expect(axisTicks(scale, 'en', { level: 'no such level' }).key).to.equal('month:3');
  });

  it('axisTicks(timeScale(June 2020, 800px)) are days over "June 2020"', () => {
    const ticks = axisTicks(timeScale(view(utc(2020, 6, 1), utc(2020, 7, 1)), 800), 'en');
    expect(ticks.key).to.equal('day:1');
    expect(ticks.minor).to.have.length(30);
    expect(ticks.minor[14]).to.deep.equal({ time: utc(2020, 6, 15), label: '15', level: 'minor' });
    expect(labels(ticks.major)).to.deep.equal(['June 2020']);
  });

  it('axisTicks(timeScale(10 June..20 July 2020, 800px)) has a sticky "June 2020" at the left edge and "July 2020" in view', () => {
    const ticks = axisTicks(timeScale(view(utc(2020, 6, 10), utc(2020, 7, 20)), 800), 'en');
    expect(ticks.major).to.deep.equal([
      { time: utc(2020, 6, 1), label: 'June 2020', level: 'major', sticky: true },
      { time: utc(2020, 7, 1), label: 'July 2020', level: 'major' },
    ]);
  });

  it('axisTicks with a measure (the plot\'s axis): majors carry a short form and, where the unit before is in the same year as the locale writes it, the month alone; not across a new year, nor a Persian one', () => {
    const measure = (t: string) => t.length * 7;
    const majors = (locale: string, start: number, end: number) => axisTicks(timeScale(view(start, end), 800), locale, { measure, measureMajor: measure }).major.filter((t) => !t.sticky);
    const [july] = majors('en', utc(2020, 6, 10), utc(2020, 7, 20));
    expect([july!.label, july!.short, july!.bare]).to.deep.equal(['July 2020', 'Jul 2020', 'Jul']);
    const [january] = majors('en', utc(2020, 12, 10), utc(2021, 1, 20));
    expect([january!.short, january!.bare], 'a new year: no month alone').to.deep.equal(['Jan 2021', undefined]);
    // In Persian, 1 April 2020 is in 1399 and 1 March in 1398: the Gregorian year is the same.
    const [april] = majors('fa', utc(2020, 3, 10), utc(2020, 4, 20));
    expect(april!.bare, 'the Persian year changed in March').to.equal(undefined);
    const [may] = majors('fa', utc(2020, 4, 10), utc(2020, 5, 20));
    expect(may!.bare, 'within one Persian year').to.not.equal(undefined);
  });

  it('week ticks fall on the locale\'s first day of the week: Sundays in English (US), Mondays in German and British English, Saturdays in Egyptian Arabic', () => {
    const scale = timeScale(view(utc(2020, 6, 1), utc(2020, 8, 31)), 480);
    const days = (locale: string) => {
      const ticks = axisTicks(scale, locale);
      expect(ticks.key, locale).to.equal('week:1');
      return [...new Set(ticks.minor.map((t) => new Date(t.time).getUTCDay()))];
    };
    expect(days('en')).to.deep.equal([0]);
    expect(days('de')).to.deep.equal([1]);
    expect(days('en-GB')).to.deep.equal([1]);
    expect(days('ar-EG')).to.deep.equal([6]);
    // 22 June 2020 was a Monday.
    expect(axisTicks(scale, 'de').minor.map((t) => t.time)).to.include(utc(2020, 6, 22));
  });

  describe('context labels that do not fit their months', () => {
    // 21 August 2014 – 12 May 2015 at 4 px a day: weeks over months, 120 px for September, where
    // "September 2014" (9 px a letter in the bold major font) needs 132 with its gap.
    const start = utc(2014, 8, 21);
    const end = utc(2015, 5, 12);
    const width = (end - start) / 86_400_000 * 4;
    const measure = (t: string) => t.length * 7;
    const measureMajor = (t: string) => t.length * 9;
    const short = new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric', timeZone: 'UTC' });
    const long = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });

    it('axisTicks(Aug 2014 – May 2015, 4 px a day, bold majors) labels the months short ("Sep 2014"), each ending a gap before the next', () => {
      const scale = timeScale(view(start, end), width);
      const ticks = axisTicks(scale, 'en', { measure, measureMajor });
      expect(ticks.key).to.equal('week:1');
      const majors = ticks.major.filter((t) => !t.sticky);
      expect(majors.map((t) => t.label)).to.deep.equal(majors.map((t) => short.format(t.time)));
      expect(majors[0]!.label).to.not.equal(long.format(majors[0]!.time));
      for (let i = 0; i + 1 < majors.length; i++) {
        expect(measureMajor(majors[i]!.label) + majorGap(12), majors[i]!.label).to.be.at.most(scale(majors[i + 1]!.time) - scale(majors[i]!.time));
      }
    });

    it('the format depends on the zoom alone: a pan by a tenth keeps it; room enough (8 px a day) brings the long one back', () => {
      const tenth = (end - start) / 10;
      for (const shift of [tenth, -tenth, 3 * tenth]) {
        const ticks = axisTicks(timeScale(view(start + shift, end + shift), width), 'en', { measure, measureMajor });
        for (const t of ticks.major) expect(t.label, new Date(t.time).toISOString()).to.equal(short.format(t.time));
      }
      const roomy = axisTicks(timeScale(view(start, end), width * 2), 'en', { measure, measureMajor });
      expect(roomy.major.length).to.be.above(5);
      for (const t of roomy.major) expect(t.label).to.equal(long.format(t.time));
    });

    it('without a major measure (the vertical list\'s gaps) the labels stay long', () => {
      const ticks = axisTicks(timeScale(view(start, end), width), 'en', { measure });
      for (const t of ticks.major) expect(t.label).to.equal(long.format(t.time));
    });
  });

  it('axisTicks(timeScale(1 June 2020, 800px)) are 3-hourly times over the day', () => {
    const ticks = axisTicks(timeScale(view(utc(2020, 6, 1), utc(2020, 6, 2)), 800), 'en');
    expect(ticks.key).to.equal('hour:3');
    expect(labels(ticks.minor)).to.deep.equal(['12:00 AM', '3:00 AM', '6:00 AM', '9:00 AM', '12:00 PM', '3:00 PM', '6:00 PM', '9:00 PM']);
    expect(labels(ticks.major)).to.deep.equal(['June 1, 2020']);
  });

  it('axisTicks(timeScale(one hour, 320px)) are quarter hours, with the day as sticky context', () => {
    const ticks = axisTicks(timeScale(view(utc(2020, 6, 1, 10), utc(2020, 6, 1, 11)), 320), 'en');
    expect(ticks.key).to.equal('minute:15');
    expect(labels(ticks.minor)).to.deep.equal(['10:00 AM', '10:15 AM', '10:30 AM', '10:45 AM']);
    expect(ticks.major).to.deep.equal([{ time: utc(2020, 6, 1), label: 'June 1, 2020', level: 'major', sticky: true }]);
  });

  it('axisTicks(timeScale(2005..2025, 320px)) are every five years, with no major level', () => {
    const ticks = axisTicks(timeScale(view(utc(2005), utc(2025)), 320), 'en');
    expect(labels(ticks.minor)).to.deep.equal(['2005', '2010', '2015', '2020']);
    expect(ticks.major).to.deep.equal([]);
  });

  it('axisTicks(timeScale(1 CE..2000, 800px)) are centuries', () => {
    const ticks = axisTicks(timeScale(view(utc(1), utc(2000)), 800), 'en');
    expect(ticks.key).to.equal('year:200');
    expect(labels(ticks.minor)).to.deep.equal(['1', '200', '400', '600', '800', '1000', '1200', '1400', '1600', '1800']);
  });

  it('axisTicks(timeScale(-5000..2020, 800px)) are millennia across the eras, counted the historians\' way', () => {
    const ticks = axisTicks(timeScale(view(utc(-5000), utc(2020)), 800), 'en');
    expect(ticks.key).to.equal('year:1000');
    expect(labels(ticks.minor)).to.deep.equal(['5000 BCE', '4000 BCE', '3000 BCE', '2000 BCE', '1000 BCE', '1 CE', '1000 CE', '2000 CE']);
    expect(ticks.minor[4].time).to.equal(utc(-999));
  });

  it('axisTicks(timeScale(500..400 BCE, 800px)) are decades BCE', () => {
    const ticks = axisTicks(timeScale(view(utc(-499), utc(-399)), 800), 'en');
    expect(ticks.key).to.equal('year:10');
    expect(labels(ticks.minor)).to.deep.equal(['500 BCE', '490 BCE', '480 BCE', '470 BCE', '460 BCE', '450 BCE', '440 BCE', '430 BCE', '420 BCE', '410 BCE']);
  });

  it('axisTicks(timeScale(150 BCE..150 CE, 800px)) skips the non-existent year 0', () => {
    const ticks = axisTicks(timeScale(view(utc(-149), utc(151)), 800), 'en');
    expect(ticks.key).to.equal('year:50');
    expect(labels(ticks.minor)).to.deep.equal(['150 BCE', '100 BCE', '50 BCE', '1 CE', '50 CE', '100 CE', '150 CE']);
  });

  it('axisTicks(timeScale(March 44 BCE, 1200px)) label the month with the era, in the words the cards use: "March 44 BCE"', () => {
    const ticks = axisTicks(timeScale(view(utc(-43, 3, 1), utc(-43, 4, 1)), 1200), 'en');
    expect(ticks.key).to.equal('day:1');
    expect(labels(ticks.major)).to.deep.equal(['March 44 BCE']);
    expect(ticks.minor[14].label).to.equal('15');
  });

  it('axisTicks(timeScale(June 2020, 800px), "de") are days over "Juni 2020"', () => {
    const ticks = axisTicks(timeScale(view(utc(2020, 6, 1), utc(2020, 7, 1)), 800), 'de');
    expect(labels(ticks.major)).to.deep.equal(['Juni 2020']);
  });

  it('axisTicks(timeScale(2020, 800px), "de") month labels are German', () => {
    const ticks = axisTicks(timeScale(view(utc(2020), utc(2020, 12, 31)), 800), 'de');
    expect(labels(ticks.minor).slice(0, 3)).to.deep.equal(['Jan', 'Feb', 'Mär']);
  });

  it('axisTicks(timeScale(1 June 2020, 800px), "de") hours are 24-hour clock', () => {
    const ticks = axisTicks(timeScale(view(utc(2020, 6, 1), utc(2020, 6, 2)), 800), 'de');
    expect(labels(ticks.minor)).to.include('15:00');
    expect(labels(ticks.major)).to.deep.equal(['1. Juni 2020']);
  });

  it('axisTicks(timeScale(2020, 800px), "ar") month labels are Arabic', () => {
    const ticks = axisTicks(timeScale(view(utc(2020), utc(2020, 12, 31)), 800), 'ar');
    expect(labels(ticks.minor)[5]).to.equal('يونيو');
    expect(ticks.minor[5].time).to.equal(utc(2020, 6));
  });

  it('axisTicks with a wide measure() chooses coarser ticks', () => {
    const narrow = axisTicks(timeScale(view(utc(2020), utc(2020, 12, 31)), 800), 'en');
    const wide = axisTicks(timeScale(view(utc(2020), utc(2020, 12, 31)), 800), 'en', { measure: (t) => t.length * 30 });
    expect(narrow.key).to.equal('month:1');
    expect(wide.key).to.equal('month:3');
  });

  it('minor labels never overlap at any width from 320 to 2000px over many spans', () => {
    const spans = [2 * 3600e3, 86400e3, 7 * 86400e3, 90 * 86400e3, 3 * 365 * 86400e3, 40 * 365 * 86400e3, 3000 * 365 * 86400e3];
    for (const span of spans) {
      for (const width of [320, 500, 800, 1280, 2000]) {
        const start = utc(2019, 3, 7, 5);
        const ticks = axisTicks(timeScale(view(start, start + span), width), 'en');
        const px = (t: number) => ((t - start) / span) * width;
        for (let i = 1; i < ticks.minor.length; i++) {
          const gap = px(ticks.minor[i].time) - px(ticks.minor[i - 1].time);
          expect(gap, `${ticks.key} at ${width}px`).to.be.at.least(ticks.minor[i - 1].label.length * 7 + 12 - 1e-6);
        }
        expect(ticks.minor.length, `${ticks.key} at ${width}px`).to.be.at.least(1);
      }
    }
  });
});

describe('axisTicks at the ends of the Date range', () => {
  it('labels views of the first and last days a Date holds without throwing (their months begin before or end after them)', () => {
    const DAY = 86_400_000;
    for (const span of [3 * DAY, 21 * DAY, 90 * DAY, 400 * DAY, 3 * 365 * DAY]) {
      for (const view of [{ start: -8.64e15, end: -8.64e15 + span }, { start: 8.64e15 - span, end: 8.64e15 }]) {
        for (const width of [390, 1000, 2400]) {
          const ticks = axisTicks(timeScale(view, width), 'en', { measure: (t) => t.length * 7, measureMajor: (t) => t.length * 8 });
          expect([...ticks.minor, ...ticks.major].every((t) => !/NaN|Invalid/.test(t.label)), `${span / DAY} days at ${view.start}, ${width} px`).to.equal(true);
        }
      }
    }
  });

});
describe('leadingUnit: the unit the view starts in, as a sticky first minor tick', () => {
  const first = (start: number, end: number, width: number, leadingUnit = true) => axisTicks(timeScale(view(start, end), width), 'en', { leadingUnit }).minor[0]!;

  it('months: a view from 10 March names March first, sticky; without the option, or from 1 March, April or March come as they are', () => {
    const march = axisTicks(timeScale(view(utc(2020, 3, 10), utc(2020, 11, 5)), 825), 'en', { leadingUnit: true });
    expect(march.key).to.equal('month:1');
    expect([march.minor[0]!.label, march.minor[0]!.sticky, march.minor[0]!.time]).to.deep.equal(['Mar', true, utc(2020, 3, 1)]);
    expect(march.minor[1]!.label).to.equal('Apr');
    expect(first(utc(2020, 3, 10), utc(2020, 11, 5), 825, false).label, 'not asked for').to.equal('Apr');
    const onBoundary = first(utc(2020, 3, 1), utc(2020, 10, 27), 825);
    expect([onBoundary.label, onBoundary.sticky ?? false], 'a view that starts on 1 March').to.deep.equal(['Mar', false]);
  });

  it('years: a view from July 2015 names 2015 first; before 1 CE with its era', () => {
    const y = axisTicks(timeScale(view(utc(2015, 7, 1), utc(2024, 1, 1)), 900), 'en', { leadingUnit: true });
    expect(y.key).to.equal('year:1');
    expect([y.minor[0]!.label, y.minor[0]!.sticky]).to.deep.equal(['2015', true]);
    const bce = axisTicks(timeScale(view(Date.UTC(-44, 6, 1), Date.UTC(-35, 0, 1)), 900), 'en', { leadingUnit: true });
    expect(bce.key).to.equal('year:1');
    expect([bce.minor[0]!.label.replace(/\s+/g, ' '), bce.minor[0]!.sticky]).to.deep.equal(['45 BCE', true]);
  });

  it('weeks and every 3 months: none (a week\'s "8" names one day; a quarter\'s "Apr" one month)', () => {
    const weeks = axisTicks(timeScale(view(utc(2020, 6, 11), utc(2020, 8, 20)), 800), 'en', { leadingUnit: true });
    expect(weeks.key).to.match(/^week/);
    expect(weeks.minor.some((t) => t.sticky)).to.equal(false);
    const quarters = axisTicks(timeScale(view(utc(2020, 2, 10), utc(2020, 12, 31)), 320), 'en', { leadingUnit: true });
    expect(quarters.key).to.equal('month:3');
    expect(quarters.minor.some((t) => t.sticky)).to.equal(false);
  });
});
