/**
 * The visible span in words (formatViewRange): at a precision that suits its length, and without
 * naming a year, month or day the view only grazes.
 */
import { expect } from '@open-wc/testing';
import { formatViewRange } from '../../src/elements/format-view.js';

const at = (iso: string) => Date.parse(iso);
/** The words with Intl's thin and narrow spaces as plain ones. */
const words = (view: { start: number; end: number }) => formatViewRange(view, 'en').replace(/[\u2009\u202f\u00a0]/g, ' ');

describe('formatViewRange', () => {
  it('names the years, months or days in view, the end exclusive', () => {
    expect(words({ start: at('2020-03-01'), end: at('2020-11-01') })).to.equal('March – October 2020');
    expect(words({ start: at('2020-06-01'), end: at('2020-06-20') })).to.equal('June 1 – 19, 2020');
    expect(words({ start: at('2004-01-01'), end: at('2026-01-01') })).to.equal('2004 – 2025');
  });

  it('a day from midnight to midnight is named as the day; a shorter or unaligned span under two days names its times', () => {
    expect(words({ start: at('2020-09-20'), end: at('2020-09-21') })).to.equal('September 20, 2020');
    expect(words({ start: at('2020-09-20'), end: at('2020-09-22') })).to.equal('September 20 – 21, 2020');
    expect(words({ start: at('2020-09-20T06:00Z'), end: at('2020-09-21') })).to.equal('September 20, 2020, 6:00 AM – 11:59 PM');
  });

  it('a sliver at either end (under 1 % of the span) does not name its year, month or day; more than that does', () => {
    // Six hours of 2026 at the end of 22 years (the 100,000-event page's fitted view).
    expect(words({ start: at('2004-01-01'), end: at('2026-01-01T06:00Z') })).to.equal('2004 – 2025');
    // An hour of 31 May before four months.
    expect(words({ start: at('2020-05-31T23:00Z'), end: at('2020-10-01') })).to.equal('June – September 2020');
    // Twelve days of November after eight months (5 % of the span): it is in view and named.
    expect(words({ start: at('2020-03-01'), end: at('2020-11-13') })).to.equal('March – November 2020');
    // A day and a half of July before two months (2.5 %): named.
    expect(words({ start: at('2020-07-30T12:00Z'), end: at('2020-09-30') })).to.equal('July – September 2020');
  });

  it('a sliver where an event starts (its mark is drawn there) is named all the same', () => {
    const view = { start: at('2004-01-01'), end: at('2026-01-01T06:00Z') };
    const newYear = at('2026-01-01T02:00Z');
    const events = { startsIn: (from: number, to: number) => from <= newYear && newYear < to, anyIn: () => true };
    expect(formatViewRange(view, 'en', Date.now(), events).replace(/[\u2009\u202f\u00a0]/g, ' ')).to.equal('2004 – 2026');
    expect(words(view), 'no event there').to.equal('2004 – 2025');
  });

  it('an edge under 6 % of the span with no event in it (a fitted view\'s margin) is not named while events are in view; with one in it, or none in view at all, it is', () => {
    /** Events lying (in part) in [from, to): none start in these views' edges. */
    const lying = (from: number, to: number) => ({ startsIn: () => false, anyIn: (a: number, b: number) => a < to && b > from });
    const say = (view: { start: number; end: number }, events: ReturnType<typeof lying>) => formatViewRange(view, 'en', Date.now(), events).replace(/[\u2009\u202f\u00a0]/g, ' ');
    // The 100,000-event page fitted: 2005 to 2024 and a 5 % margin, most of a year on each side.
    const fitted = { start: at('2004-01-20'), end: at('2025-12-10') };
    expect(say(fitted, lying(at('2005-01-01'), at('2025-01-01')))).to.equal('2005 – 2024');
    expect(say(fitted, lying(at('2004-12-01'), at('2025-01-01'))), 'an event in December 2004').to.equal('2004 – 2024');
    expect(say(fitted, lying(at('2005-01-01'), at('2025-02-01'))), 'an event running into 2025').to.equal('2005 – 2025');
    expect(say(fitted, lying(at('2030-01-01'), at('2031-01-01'))), 'no event in view: the span as it is').to.equal('2004 – 2025');
    // A day and a half of July before two months (2.5 %): named with an event in it, not without.
    const july = { start: at('2020-07-30T12:00Z'), end: at('2020-09-30') };
    expect(say(july, lying(at('2020-08-03'), at('2020-09-20')))).to.equal('August – September 2020');
    expect(say(july, lying(at('2020-07-31'), at('2020-09-20')))).to.equal('July – September 2020');
    // Twelve days of November after eight months (4.7 %), empty: not named; 26 days of December after nine months (8.6 %): named.
    expect(say({ start: at('2020-03-01'), end: at('2020-11-13') }, lying(at('2020-03-01'), at('2020-10-01')))).to.equal('March – October 2020');
    expect(say({ start: at('2020-03-01'), end: at('2020-12-27') }, lying(at('2020-03-01'), at('2020-10-01')))).to.equal('March – December 2020');
  });

  it('a view that holds every event names their span, however wide its margins; one that holds part of them is named as it is', () => {
    const story = (start: string, end: string) => ({ startsIn: () => true, anyIn: () => true, extent: { start: at(start), end: at(end) } });
    const say = (view: { start: number; end: number }, events: ReturnType<typeof story>) => formatViewRange(view, 'en', Date.now(), events).replace(/[\u2009\u202f\u00a0]/g, ' ');
    // The story fitted on a tablet: November 2017 to September 2020, with its labels' room reaching into 2021.
    const events = story('2017-11-09', '2020-09-21');
    expect(say({ start: at('2017-06-01'), end: at('2021-04-01') }, events)).to.equal('2017 – 2020');
    // Panned so that the last months are out of view: the view's own span.
    expect(say({ start: at('2017-06-01'), end: at('2019-12-01') }, events)).to.equal('June 2017 – November 2019');
    // Panned past the end: the empty months after the last event are named, as the reader looks at them.
    expect(say({ start: at('2018-06-01'), end: at('2021-03-01') }, events)).to.equal('June 2018 – February 2021');
    // Deep time: from the Big Bang to the Great Pyramid with a margin of empty future, fitted.
    const year = (y: number) => new Date(0).setUTCFullYear(y, 0, 1);
    const deep = { startsIn: () => true, anyIn: () => true, extent: { start: -4.355e20, end: year(-2559) } };
    // (ms on the line of every other date: 13.8 billion years are 4.355e20 ms)
    const fitted = { start: -4.57e20, end: 7.6e19 };
    const now = at('2026-12-06');
    const deepWords = (events?: typeof deep) => formatViewRange(fitted, 'en', now, events).replace(/[\u2009\u202f\u00a0]/g, ' ');
    expect(deepWords(), 'without what the events tell').to.match(/^14\.5 billion years ago – in 2\.4 billion years$/);
    expect(deepWords(deep)).to.equal('13.8 billion years ago – now');
  });

  it('while a view pans hour by hour, its words change exactly when an end moves into another month or day (words are reused within one)', () => {
    const DAY = 86_400_000;
    const month = (t: number) => new Date(t).toLocaleString('en', { month: 'long', timeZone: 'UTC' });
    const day = (t: number) => new Date(t).getUTCDate();
    // Four months (named by month) and three weeks (named by day), each panned over 40 days in steps
    // of an hour and 7 minutes, so that the ends fall at every time of day. Ends near a month's (or
    // a day's) boundary may be a sliver (under 1 % of the span: 1.2 days, 5 hours), unnamed: ends
    // within 2 days (6 hours) of one are not checked here.
    // Words are made (Intl's formatRange) only for a new pair of named units, not at every step.
    const formatRange = Intl.DateTimeFormat.prototype.formatRange;
    let made = 0;
    Intl.DateTimeFormat.prototype.formatRange = function (this: Intl.DateTimeFormat, a, b) {
      made++;
      return formatRange.call(this, a, b);
    };
    try {
      for (const span of [120 * DAY, 21 * DAY]) {
        made = 0;
        let changes = 0;
        let before = '';
        const unit = span > 45 * DAY ? DAY * 2 : 60 * 60_000 * 6;
        const clear = (t: number) => (span > 45 * DAY ? Math.min(day(t) - 1, 31 - day(t)) * DAY : Math.min(t % DAY, DAY - (t % DAY))) > unit;
        for (let start = at('2020-03-10'); start < at('2020-04-20'); start += 67 * 60_000) {
          const end = start + span;
          const text = words({ start, end });
          if (text !== before) changes++;
          before = text;
          if (!clear(start) || !clear(end)) continue;
          const [from, to] = text.split(' – ');
          if (span > 45 * DAY) {
            expect(from, `${new Date(start).toISOString()}: ${text}`).to.equal(month(start));
            expect(to, `${new Date(end).toISOString()}: ${text}`).to.equal(`${month(end)} 2020`);
          } else {
            expect(from, `${new Date(start).toISOString()}: ${text}`).to.equal(`${month(start)} ${day(start)}`);
            expect(to.replace(/^[A-Z][a-z]+ /, ''), `${new Date(end).toISOString()}: ${text}`).to.equal(`${day(end)}, 2020`);
          }
        }
        // 40 days of panning: the words change about once per month (or day) that either end crosses.
        expect(changes, `changes of the words for a span of ${span / DAY} days`).to.be.within(span > 45 * DAY ? 2 : 60, span > 45 * DAY ? 6 : 90);
        // 860 steps: words made once per pair of named ends (a pair seen before, on another test's view, is not made again).
        expect(made, `words made for a span of ${span / DAY} days`).to.be.within(1, changes + 1);
      }
    } finally {
      Intl.DateTimeFormat.prototype.formatRange = formatRange;
    }
  });

  it('the era comes with a view starting in 1 BCE or before, even when that sliver of it goes unnamed, in the words the cards use ("CE", not Intl\'s "AD")', () => {
    const year = (y: number) => new Date(0).setUTCFullYear(y, 0, 1);
    // A day of 1 BCE before three years: a sliver, unnamed, but the words say which era the years are in.
    const early = { start: year(1) - 86_400_000, end: year(4) };
    const late = { start: year(1), end: year(4) };
    expect(words(early)).to.equal('1 – 3 CE');
    expect(words(late)).to.equal('1 – 3');
    expect(words(early), 'asked again after the other: its own words').to.equal('1 – 3 CE');
  });
});
