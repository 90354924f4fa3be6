/**
 * The overlay's accessible names: each event's is made once per language and day, and the cache
 * starts afresh past 10,000 names, so panning through a large document keeps no name for every
 * event ever drawn.
 */
import { expect } from '@open-wc/testing';
import { syntheticTimeline } from '../../events/synthetic.js';
import { clusterName, Descriptions, stripScale } from '../../src/elements/describe.js';
import { de } from '../../src/i18n/de.js';
import { en } from '../../src/i18n/strings.js';
import { toTimelineItems } from '../../src/model/items.js';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import { parseTimeline } from '../../src/model/parse.js';
import { deadlineWords } from '../../src/elements/deadline-words.js';
import { ar } from '../../src/i18n/ar.js';

/** The real "now", at the epoch. */
const NOW = { ms: 0, date: null };

describe('Descriptions', () => {
  const doc = syntheticTimeline({ count: 12_000, seed: 5 });
  const items = toTimelineItems(parseTimeline(doc).document);

  it('event(item) reads title, date in its own precision and lane; the same object is returned until the words change', () => {
    const names = new Descriptions();
    names.use('en', en, NOW, doc);
    const item = items.find((i) => i.kind === 'event' && i.laneIndex < doc.lanes.length)!;
    const name = names.event(item, doc.lanes[item.laneIndex], 'en-GB', en, NOW);
    expect(name.startsWith(`${item.event.title}, `)).to.equal(true);
    expect(name.endsWith(`, ${doc.lanes[item.laneIndex]!.label}`)).to.equal(true);
    expect(names.event(item, doc.lanes[item.laneIndex], 'de', en, NOW), 'cached while the key is the same').to.equal(name);
    names.use('de', en, NOW, doc);
    expect(names.event(item, doc.lanes[item.laneIndex], 'de', en, NOW)).to.not.equal(name);
  });

  it('cluster(count, start, end) is the "+N" name, made once per count and span until the words change', () => {
    const names = new Descriptions();
    names.use('en', en, NOW, doc);
    const [start, end] = [Date.UTC(2020, 4, 31), Date.UTC(2020, 5, 6)];
    const name = names.cluster(4, start, end, 'en-GB', en, 0);
    expect(name).to.equal(clusterName(4, start, end, 'en-GB', en, 0));
    const plain = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, ' ');
    expect(plain(name)).to.equal('4 more events, 31 May – 5 June 2020');
    expect(names.cluster(4, start, end, 'de', en, 0), 'cached while the key is the same').to.equal(name);
    expect(plain(names.cluster(5, start, end, 'en-GB', en, 0)), 'another count').to.equal('5 more events, 31 May – 5 June 2020');
    names.use('de', en, NOW, doc);
    expect(names.cluster(4, start, end, 'de', en, 0), 'made again for new words').to.not.equal(name);
  });

  it("a deadline's name is made again when the page fixes its own now on the same day (the words name that day)", () => {
    const story = toTimelineItems(parseTimeline(tiktok2020).document);
    const deadline = story.find((i) => i.kind === 'deadline')!;
    const names = new Descriptions();
    const day = Date.UTC(2020, 7, 24);
    names.use('en', en, { ms: day, date: null }, doc);
    expect(names.event(deadline, undefined, 'en', en, { ms: day, date: null })).to.match(/deadline, in 27 days$/);
    names.use('en', en, { ms: day, date: '24 August 2020' }, doc);
    expect(names.event(deadline, undefined, 'en', en, { ms: day, date: '24 August 2020' })).to.match(/deadline, 27 days after 24 August 2020$/);
  });

  it('use() for another document starts afresh: no name keeps an earlier document\'s items alive', () => {
    const names = new Descriptions();
    names.use('en', en, NOW, doc);
    const item = items[0]!;
    const a = names.event(item, undefined, 'en', en, NOW);
    names.use('en', en, NOW, { ...doc });
    expect(names.event(item, undefined, 'de', en, NOW), 'made again: the old names were dropped').to.not.equal(a);
  });

  it('use(same key) after more than 10,000 names starts afresh', () => {
    const names = new Descriptions();
    names.use('en', en, NOW, doc);
    const first = items[0]!;
    const a = names.event(first, undefined, 'en', en, NOW);
    for (const item of items.slice(1, 10_001)) names.event(item, undefined, 'en', en, NOW);
    names.use('en', en, NOW, doc);
    // A fresh cache makes the name again from the arguments given now.
    expect(names.event(first, undefined, 'de', en, NOW)).to.not.equal(a);
  });
});

describe('stripScale', () => {
  it('names what a bar spans, in Intl\'s words for the unit (without a number for one of it), and what a full bar counts', () => {
    expect(stripScale({ unit: { unit: 'month', step: 3 }, max: 510 }, 'en', en)).to.equal('a bar per 3 months, full height 510 events');
    expect(stripScale({ unit: { unit: 'month', step: 1 }, max: 1 }, 'en', en)).to.equal('a bar per month, full height 1 event');
    expect(stripScale({ unit: { unit: 'week', step: 1 }, max: 2_048 }, 'en', en)).to.equal('a bar per week, full height 2,048 events');
    expect(stripScale({ unit: { unit: 'year', step: 10 }, max: 12 }, 'en', en)).to.equal('a bar per 10 years, full height 12 events');
    expect(stripScale({ unit: { unit: 'hour', step: 6 }, max: 3 }, 'en', en)).to.equal('a bar per 6 hours, full height 3 events');
    expect(stripScale({ unit: { unit: 'month', step: 3 }, max: 510 }, 'de', de)).to.equal('ein Balken je 3 Monate, volle Höhe 510 Ereignisse');
  });

  it('falls back to English words for a language that leaves them out', () => {
    const without = { ...en, stripScale: undefined };
    expect(stripScale({ unit: { unit: 'year', step: 1 }, max: 9 }, 'en', without)).to.equal('a bar per year, full height 9 events');
  });
});

describe('deadlineWords', () => {
  const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
  const plain = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, ' ');
  const article = { ms: day(2020, 8, 24), date: '24 August 2020' };

  it('counts from the real today as before: "deadline, in 27 days"', () => {
    expect(deadlineWords(day(2020, 9, 20), { ms: day(2020, 8, 24), date: null }, 'en', en)).to.equal('deadline, in 27 days');
  });

  it('from a page\'s own "now" names the day it counts from: after, before, on the day, in months and years', () => {
    expect(deadlineWords(day(2020, 9, 20), article, 'en', en)).to.equal('deadline, 27 days after 24 August 2020');
    expect(deadlineWords(day(2020, 8, 19), article, 'en', en)).to.equal('deadline, 5 days before 24 August 2020');
    expect(deadlineWords(day(2020, 8, 24), article, 'en', en)).to.equal('deadline, on 24 August 2020');
    expect(deadlineWords(day(2020, 12, 1), article, 'en', en)).to.equal('deadline, 3 months after 24 August 2020');
    expect(deadlineWords(day(2023, 8, 24), article, 'en', en)).to.equal('deadline, 3 years after 24 August 2020');
    expect(deadlineWords(day(2020, 8, 25), article, 'en', en), 'one day').to.equal('deadline, 1 day after 24 August 2020');
  });

  it('in German and Arabic, with each language\'s own words and digits', () => {
    expect(plain(deadlineWords(day(2020, 9, 20), { ms: article.ms, date: '24. August 2020' }, 'de', de))).to.equal('Frist, 27 Tage nach dem 24. August 2020');
    const arabic = deadlineWords(day(2020, 9, 20), { ms: article.ms, date: '24 أغسطس 2020' }, 'ar', ar);
    expect(arabic).to.equal(`موعد نهائي، ${new Intl.NumberFormat('ar', { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(27)} بعد 24 أغسطس 2020`);
    expect(arabic).to.include('يوم');
  });
});
