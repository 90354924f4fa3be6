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
    const startsIn = (from: number, to: number) => from <= newYear && newYear < to;
    expect(formatViewRange(view, 'en', Date.now(), startsIn).replace(/[\u2009\u202f\u00a0]/g, ' ')).to.equal('2004 – 2026');
    expect(words(view), 'no event there').to.equal('2004 – 2025');
  });
});
