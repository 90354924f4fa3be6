import { expect } from '@open-wc/testing';
import { utcWeekFrom, weekStart } from '../../src/time/week-start.js';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

describe('weekStart(locale)', () => {
  it('is the locale\'s first day of the week: Sunday in the US, Monday in Germany and Britain, Saturday in Egypt', () => {
    const cases: [string, number][] = [['en', 0], ['en-US', 0], ['en-CA', 0], ['pt-BR', 0], ['ja', 0], ['he', 0], ['en-GB', 1], ['de', 1], ['de-AT', 1], ['fr', 1], ['ar-EG', 6]];
    expect(cases.map(([l]) => `${l}: ${DAYS[weekStart(l)]}`)).to.deep.equal(cases.map(([l, d]) => `${l}: ${DAYS[d]}`));
  });

  it('without week info from Intl (some browsers), reads it from the locale\'s most likely region', () => {
    const proto = Intl.Locale.prototype as unknown as Record<string, unknown>;
    const saved = ['getWeekInfo', 'weekInfo'].map((name) => [name, Object.getOwnPropertyDescriptor(proto, name)] as const);
    try {
      for (const [name] of saved) delete proto[name];
      // Locales not asked for above (answers are remembered per locale).
      const cases: [string, number][] = [['en-AU', 1], ['es-MX', 0], ['ar-SY', 6], ['nl', 1], ['ko', 0], ['dv', 5]];
      expect(cases.map(([l]) => `${l}: ${DAYS[weekStart(l)]}`)).to.deep.equal(cases.map(([l, d]) => `${l}: ${DAYS[d]}`));
    } finally {
      for (const [name, descriptor] of saved) if (descriptor) Object.defineProperty(proto, name, descriptor);
    }
  });

  it('a locale that cannot be read is Monday, without a throw', () => {
    expect(weekStart('not a locale!')).to.equal(1);
  });

  it('utcWeekFrom(day) is the d3 interval whose weeks start on that day', () => {
    for (let d = 0; d < 7; d++) {
      const start = utcWeekFrom(d as 0).floor(new Date(Date.UTC(2020, 5, 17, 12)));
      expect(DAYS[start.getUTCDay()], `weeks from ${DAYS[d]}`).to.equal(DAYS[d]);
      expect(Date.UTC(2020, 5, 17, 12) - start.getTime(), 'the week holding the date').to.be.below(7 * 86_400_000);
    }
  });
});
