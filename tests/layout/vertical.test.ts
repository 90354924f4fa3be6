/**
 * The vertical list's entries (layout/vertical.ts): gaps to scale, long stretches as breaks,
 * crowded time folded into "+N" rows of one calendar unit, "now" where it falls, range bars.
 */
import { expect } from '@open-wc/testing';
import { parseTimeline } from '../../src/model/parse.js';
import { toTimelineItems } from '../../src/model/items.js';
import type { TimelineEvent } from '../../src/model/types.js';
import { verticalLayout, type VerticalEntry, type VerticalOptions } from '../../src/layout/vertical.js';
import { FADE_TO, fadeAt, fadeFrom } from '../../src/layout/fade.js';

const DAY = 86_400_000;
const OPTIONS: VerticalOptions = { breakPx: 300, rowPx: 32, crowd: 6, locale: 'en', unitMs: DAY };

function items(events: Array<Partial<TimelineEvent> & { start: string }>) {
  const doc = parseTimeline({ title: 't', lanes: [], events: events.map((e, i) => ({ id: `e${i}`, title: `Event ${i}`, ...e })) });
  return toTimelineItems(doc.document);
}
const kinds = (entries: VerticalEntry[]) => entries.map((e) => e.kind);

describe('verticalLayout', () => {
  it('draws the time between rows to scale and shortens a long stretch to a break', () => {
    // 2 px a day: 3 days are 6 px, 14 days 28 px; 2 years far more than the 300 px of a break.
    const list = verticalLayout(items([{ start: '2018-01-01' }, { start: '2020-06-02' }, { start: '2020-06-05' }, { start: '2020-06-19' }]), DAY / 2, OPTIONS);
    expect(kinds(list)).to.deep.equal(['event', 'break', 'event', 'gap', 'event', 'gap', 'event']);
    const gaps = list.filter((e) => e.kind === 'gap') as Extract<VerticalEntry, { kind: 'gap' }>[];
    expect(gaps.map((g) => g.px)).to.deep.equal([6, 28]);
    const brk = list[1] as Extract<VerticalEntry, { kind: 'break' }>;
    expect(brk.to - brk.from).to.equal(Date.UTC(2020, 5, 2) - Date.UTC(2018, 0, 1) - 0 * DAY);
    expect(brk.px, 'drawn as tall as the longest gap to scale can be').to.equal(300);
  });

  it('never draws a stretch shorter than a shorter one: every break is at least as tall as every gap, "now" splitting a stretch included', () => {
    // 20 px a day, breaks above 111 px: 4 days (80 px) to scale; 2 weeks, then "now", then 4 weeks: breaks.
    const days = items([{ start: '2020-08-02' }, { start: '2020-08-06' }, { start: '2020-08-10' }, { start: '2020-09-20' }]);
    const list = verticalLayout(days, DAY / 20, { ...OPTIONS, breakPx: 111, now: Date.UTC(2020, 7, 24) });
    expect(kinds(list)).to.deep.equal(['event', 'gap', 'event', 'gap', 'event', 'break', 'now', 'break', 'event']);
    const tallest = Math.max(...list.filter((e) => e.kind === 'gap').map((e) => (e as Extract<VerticalEntry, { kind: 'gap' }>).px));
    const breaks = list.filter((e) => e.kind === 'break') as Extract<VerticalEntry, { kind: 'break' }>[];
    for (const b of breaks) expect(b.px, `${(b.to - b.from) / DAY} days`).to.be.at.least(tallest);
  });

  it('puts the axis ticks inside the gaps, at their place in time', () => {
    const list = verticalLayout(items([{ start: '2020-05-20' }, { start: '2020-07-10' }]), DAY / 4, OPTIONS);
    const gap = list.find((e) => e.kind === 'gap') as Extract<VerticalEntry, { kind: 'gap' }>;
    const june = gap.ticks.find((t) => t.time === Date.UTC(2020, 5, 1))!;
    expect(june.label).to.equal('Jun');
    expect(june.at).to.equal((Date.UTC(2020, 5, 1) - Date.UTC(2020, 4, 20)) / (DAY / 4));
  });

  it('a day\'s tick in a gap names its month ("Aug 3", not a lone "3"): no month is written above a gap', () => {
    // 60 px a day: day ticks (three lines apart at least).
    const list = verticalLayout(items([{ start: '2020-08-02' }, { start: '2020-08-06' }]), DAY / 60, OPTIONS);
    const gap = list.find((e) => e.kind === 'gap') as Extract<VerticalEntry, { kind: 'gap' }>;
    expect(gap.ticks.length, 'day ticks in four days').to.be.above(0);
    for (const t of gap.ticks) expect(t.label).to.equal(new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(t.time));
    expect(gap.ticks.map((t) => t.label)).to.include('Aug 3');
  });

  it('folds more than `crowd` events of one calendar unit into a "+N" row cut at its boundary, and keeps a few as rows', () => {
    const many = Array.from({ length: 40 }, (_, k) => ({ start: `2011-03-${String(1 + (k % 28)).padStart(2, '0')}` }));
    // A row's time is 16 days: a "+N" row stands for a month (two rows' time, 32 days, holds one).
    const list = verticalLayout(items([...many, { start: '2011-04-02' }, { start: '2011-04-20' }]), DAY / 2, OPTIONS);
    const clusters = list.filter((e) => e.kind === 'cluster') as Extract<VerticalEntry, { kind: 'cluster' }>[];
    expect(clusters.length).to.equal(1);
    expect(clusters[0]!.items.length).to.equal(40);
    expect(new Date(clusters[0]!.to).getUTCMonth(), 'March only').to.equal(2);
    expect(list.filter((e) => e.kind === 'event').length, 'the two April events are rows').to.equal(2);
  });

  it('a week-long "+N" row is a week of the locale: Sunday to Saturday in English (US), Monday to Sunday in German', () => {
    // Eight events on Saturday 20 June 2020 and eight on Sunday 21 June; 8 days a row: weeks.
    const weekend = items([...Array.from({ length: 8 }, () => ({ start: '2020-06-20' })), ...Array.from({ length: 8 }, () => ({ start: '2020-06-21' }))]);
    const counts = (locale: string) =>
      (verticalLayout(weekend, DAY / 4, { ...OPTIONS, locale }).filter((e) => e.kind === 'cluster') as Extract<VerticalEntry, { kind: 'cluster' }>[]).map((c) => c.items.length);
    expect(counts('en'), 'Saturday ends a week, Sunday starts the next').to.deep.equal([8, 8]);
    expect(counts('de'), 'one week from Monday 15 June').to.deep.equal([16]);
  });

  it('cuts day-long and week-long "+N" rows at UTC midnight and at the locale\'s week start before 1970 too', () => {
    // Sixteen events each quarter hour from 22:00 on 31 December 1969, the last eight after
    // midnight; 12 hours a row: a "+N" row stands for a day.
    const night = items(Array.from({ length: 16 }, (_, k) => ({ start: new Date(Date.UTC(1969, 11, 31, 22) + k * 15 * 60_000).toISOString() })));
    const days = verticalLayout(night, (12 * 3_600_000) / 32, OPTIONS).filter((e) => e.kind === 'cluster') as Extract<VerticalEntry, { kind: 'cluster' }>[];
    expect(days.map((c) => c.count), '31 December, then 1 January').to.deep.equal([8, 8]);
    expect(days.map((c) => new Date(c.items[0]!.start).getUTCDate())).to.deep.equal([31, 1]);
    // Eight events on Saturday 17 June 1950 and eight on Sunday 18 June; 8 days a row: weeks.
    const weekend = items([...Array.from({ length: 8 }, () => ({ start: '1950-06-17' })), ...Array.from({ length: 8 }, () => ({ start: '1950-06-18' }))]);
    const counts = (locale: string) =>
      (verticalLayout(weekend, DAY / 4, { ...OPTIONS, locale }).filter((e) => e.kind === 'cluster') as Extract<VerticalEntry, { kind: 'cluster' }>[]).map((c) => c.count);
    expect(counts('en'), 'Saturday ends a week, Sunday starts the next').to.deep.equal([8, 8]);
    expect(counts('de'), 'one week from Monday 12 June').to.deep.equal([16]);
  });

  it('a "+N" row holds the events that follow one another in time order, every event in one row or "+N" only', () => {
    // A busy March 2011 (three a day), then a quiet April: "+N" rows for March, rows for April.
    const march = Array.from({ length: 93 }, (_, k) => ({ start: `2011-03-${String(1 + Math.floor(k / 3)).padStart(2, '0')}` }));
    const all = items([...march, { start: '2011-04-09' }, { start: '2011-04-20' }]);
    const list = verticalLayout(all, DAY / 8, OPTIONS);
    const seen: string[] = [];
    for (const e of list) {
      if (e.kind === 'event') seen.push(e.item.id);
      if (e.kind === 'cluster') {
        expect(e.items.length).to.equal(e.count);
        seen.push(...e.items.map((i) => i.id));
      }
    }
    expect(list.some((e) => e.kind === 'cluster')).to.equal(true);
    expect(seen).to.deep.equal(all.map((i) => i.id));
  });

  it('gives events dated only to a month (or year) "+N" rows of their own, cutting the week\'s row where they stand in time: rows follow one another', () => {
    // A quiet event, then ten events a day from Sunday 31 January to Saturday 13 February 2010,
    // twelve dated only to "2010-02" and a range; 8 days a row: "+N" rows of one week (Sunday to
    // Saturday in English).
    const days = Array.from({ length: 140 }, (_, k) => ({ start: new Date(Date.UTC(2010, 0, 31) + Math.floor(k / 10) * DAY).toISOString().slice(0, 10) }));
    const all = items([{ start: '2009-12-01', title: 'Quiet' }, ...days, ...Array.from({ length: 12 }, () => ({ start: '2010-02' })), { start: '2010-02-02', end: '2010-02-20', title: 'Range' }]);
    const list = verticalLayout(all, DAY / 4, { ...OPTIONS, now: Date.UTC(2010, 1, 3, 12) });
    const rows = list.filter((e) => e.kind === 'cluster') as Extract<VerticalEntry, { kind: 'cluster' }>[];
    const day = (t: number) => new Date(t).toISOString().slice(0, 10);
    // In time order (start, then end): 1 February's events, then those dated to its month.
    expect(rows.map((r) => [day(r.from), day(r.end - 1), r.count])).to.deep.equal([
      ['2010-01-31', '2010-02-01', 20],
      ['2010-02-01', '2010-02-28', 12],
      ['2010-02-02', '2010-02-06', 51],
      ['2010-02-07', '2010-02-13', 70],
    ]);
    expect(rows[1]!.items.every((i) => i.startDate.precision === 'month'), 'the month\'s row holds the month-dated events only').to.equal(true);
    expect(rows.map((r) => r.coarse), 'the month\'s row, among weeks, says its dates are coarser').to.deep.equal([false, true, false, false]);
    // Each row stands for its part of the week (31 January – 1 February, 2–6 February), the month
    // for its month: the parts of the cut week are as busy as the whole week after them (ten
    // events a day), where their counts (20, 51 beside 70) made them look quieter.
    expect(rows.map((r) => r.span / DAY), 'days each row stands for').to.deep.equal([2, 28, 5, 7]);
    expect(rows.map((r) => Math.round(r.rate * DAY * 10) / 10), 'events a day').to.deep.equal([10, 0.4, 10.2, 10]);
    expect(rows.map((r) => r.key), 'each row keyed by its start').to.deep.equal([Date.UTC(2010, 0, 31), Date.UTC(2010, 1, 1), Date.UTC(2010, 1, 2), Date.UTC(2010, 1, 7)].map((t) => `+${t}`));
    expect(list[0]!.kind === 'event' && list[0]!.item.title, 'the quiet event first').to.equal('Quiet');
    // In time order, "now" included, and no entry starts before the one above it ends ("now"
    // inside a row's time follows that row).
    list.forEach((e, k) => {
      const before = list[k - 1];
      if (before) expect(e.from, `${e.kind} ${k} after ${before.kind}`).to.be.at.least(e.kind === 'now' ? before.from : before.to);
      if (before?.kind === 'gap' || before?.kind === 'break') expect(e.kind, 'never two stretches in a row').to.not.be.oneOf(['gap', 'break']);
    });
    expect(list.some((e) => e.kind === 'now' || (e.kind === 'gap' && e.nowAt !== undefined)), '"now" drawn').to.equal(true);
    // A year, its first month and its first day start together: the day's events, the month's,
    // then the year's, each a row of its own; then the next week. Half the month's events run to
    // March, and a day's range ends between them in time order (events sort by their ends): the
    // month's events are still one row.
    const ties = items([
      ...Array.from({ length: 8 }, () => ({ start: '2011' })),
      ...Array.from({ length: 8 }, (_, k) => ({ start: '2011-01', ...(k % 2 ? { end: '2011-03' } : {}) })),
      ...Array.from({ length: 8 }, () => ({ start: '2011-01-01' })),
      { start: '2011-01-01', end: '2011-02-28' },
      ...Array.from({ length: 40 }, (_, k) => ({ start: `2011-01-0${2 + Math.floor(k / 10)}` })),
    ]);
    const tied = verticalLayout(ties, DAY / 4, OPTIONS).filter((e) => e.kind === 'cluster') as Extract<VerticalEntry, { kind: 'cluster' }>[];
    expect(tied.map((r) => [day(r.from), day(r.end - 1), r.count])).to.deep.equal([
      ['2011-01-01', '2011-01-01', 9],
      ['2011-01-01', '2011-01-31', 8],
      ['2011-01-01', '2011-12-31', 8],
      ['2011-01-02', '2011-01-05', 40],
    ]);
    expect(tied.map((r) => r.coarse)).to.deep.equal([false, true, true, false]);
    // The week of 26 December – 1 January up to the cut after 1 January's events, then January and
    // 2011 each their own, then the next whole week.
    expect(tied.map((r) => r.span / DAY)).to.deep.equal([7, 31, 365, 7]);
    // Rows of hours: a day's events are a row of their own too, but they have an exact date (just
    // no time): not "no exact date". A month's among them is.
    const hours = items([
      ...Array.from({ length: 40 }, (_, k) => ({ start: `2010-02-01T${String(8 + Math.floor(k / 10)).padStart(2, '0')}:${String(k % 10).padStart(2, '0')}Z` })),
      ...Array.from({ length: 8 }, () => ({ start: '2010-02-01' })),
      ...Array.from({ length: 8 }, () => ({ start: '2010-02' })),
    ]);
    const hourly = verticalLayout(hours, 3 * 60_000, { ...OPTIONS, unitMs: 60_000 }).filter((e) => e.kind === 'cluster') as Extract<VerticalEntry, { kind: 'cluster' }>[];
    const dayRow = hourly.find((r) => r.items.every((i) => i.startDate.precision === 'day'));
    const monthRow = hourly.find((r) => r.items.every((i) => i.startDate.precision === 'month'));
    expect(hourly.filter((r) => r.items.some((i) => i.startDate.precision === 'minute')).length, `rows of hours (${hourly.map((r) => r.count).join(', ')})`).to.be.at.least(2);
    expect([dayRow?.coarse, monthRow?.coarse], 'the day\'s row, the month\'s').to.deep.equal([false, true]);
    const jan1 = Date.UTC(2011, 0, 1);
    expect(tied.map((r) => r.key), 'the first of a start keyed by it, the others by their ends too').to.deep.equal([`+${jan1}`, `+${jan1}/${Date.UTC(2011, 1, 1)}`, `+${jan1}/${Date.UTC(2012, 0, 1)}`, `+${Date.UTC(2011, 0, 2)}`]);
    // A month-dated event among a crowded week is a row of its own where it stands in time.
    const few = verticalLayout(items([...days.slice(0, 70), { start: '2010-02', title: 'Month' }]), DAY / 4, OPTIONS);
    const order = few.filter((e) => e.kind !== 'gap' && e.kind !== 'break').map((e) => (e.kind === 'event' ? e.item.title : e.kind === 'cluster' ? `+${e.count}` : e.kind));
    expect(order).to.deep.equal(['+20', 'Month', '+50']);
  });

  it('gives a range the first free bar column, frees a column where its range ended, and leaves a fourth overlapping range in its row only', () => {
    const list = verticalLayout(
      items([
        { id: 'a', start: '2020-01-01', end: '2020-03-01' },
        { id: 'b', start: '2020-01-10', end: '2020-01-20' },
        { id: 'c', start: '2020-01-15', end: '2020-02-15' },
        { id: 'd', start: '2020-01-18', end: '2020-01-25' },
        { id: 'e', start: '2020-02-01', end: '2020-02-05' },
        { id: 'f', start: '2020-04-01' },
      ]),
      DAY / 4,
      OPTIONS,
    );
    const row = (e: VerticalEntry) => (e.kind === 'event' ? e.item.id : e.kind);
    const drawn = list.map((e) => `${row(e)} ${e.bars.map((b) => `${b.column}${b.item.id}`).join(' ')}`.trim());
    expect(drawn).to.deep.equal([
      'a 0a',
      'b 0a 1b',
      'c 0a 1b 2c',
      // Three columns are taken (b runs to the end of 20 January): d shows in its row only.
      'd 0a 1b 2c',
      'gap 0a 2c',
      // b ended: e takes its column.
      'e 0a 1e 2c',
      'gap 0a 2c',
      'f',
    ]);
  });

  it('runs a range\'s bar through "now" where "now" falls inside its row\'s time, and ends it before the gap after its end', () => {
    const list = verticalLayout(items([{ id: 'r', start: '2020-05-01', end: '2020-07-01' }, { id: 'p', start: '2020-08-01' }]), DAY / 4, { ...OPTIONS, now: Date.UTC(2020, 5, 1) });
    const drawn = list.map((e) => `${e.kind} ${e.bars.map((b) => `${b.column}${b.item.id}`).join(' ')}`.trim());
    expect(drawn).to.deep.equal(['event 0r', 'now 0r', 'gap', 'event']);
  });

  it('cuts a long stretch at "now" (each side a break, or to scale where that is no longer than a break), not "now" after the whole stretch against the next row', () => {
    // 2 px a day: 10 August to 20 September (82 px) is a break above 40 px. Cut at now (24 August),
    // 14 days (28 px) are no longer than a break: to scale; the 27 after it (54 px) a break.
    const list = verticalLayout(items([{ start: '2020-08-06' }, { start: '2020-08-10' }, { start: '2020-09-20' }]), DAY / 2, { ...OPTIONS, breakPx: 40, now: Date.UTC(2020, 7, 24) });
    expect(kinds(list)).to.deep.equal(['event', 'gap', 'event', 'gap', 'now', 'break', 'event']);
    const [before, , after] = list.slice(3) as Array<Extract<VerticalEntry, { kind: 'gap' | 'break' }>>;
    expect([before!.from, before!.to]).to.deep.equal([Date.UTC(2020, 7, 10), Date.UTC(2020, 7, 24)]);
    expect([after!.from, after!.to]).to.deep.equal([Date.UTC(2020, 7, 24), Date.UTC(2020, 8, 20)]);
  });

  it('draws "now" in the gap it falls in, just above a row on its day, or after the last event', () => {
    const base = items([{ start: '2020-08-10' }, { start: '2020-08-24' }]);
    const onDay = verticalLayout(base, DAY / 4, { ...OPTIONS, now: Date.UTC(2020, 7, 24) });
    const gap = onDay.find((e) => e.kind === 'gap') as Extract<VerticalEntry, { kind: 'gap' }>;
    expect(gap.nowAt).to.equal(gap.px);
    const later = verticalLayout(base, DAY / 4, { ...OPTIONS, now: Date.UTC(2020, 8, 1) });
    expect(kinds(later).slice(-2)).to.deep.equal(['gap', 'now']);
    // 4 days at 4 px a day: 16 px, less than a row and a half: no room for the label, a row of its own.
    const short = verticalLayout(items([{ start: '2020-08-10' }, { start: '2020-08-14' }]), DAY / 4, { ...OPTIONS, now: Date.UTC(2020, 7, 14) });
    expect(kinds(short)).to.deep.equal(['event', 'gap', 'now', 'event']);
    expect((short[1] as Extract<VerticalEntry, { kind: 'gap' }>).nowAt).to.equal(undefined);
  });

  it('starts the bars of ranges that begin together on the first of their rows: three events of "July 2020" have bars of one length', () => {
    const list = verticalLayout(items([{ id: 'bi', start: '2020-07' }, { id: 'pompeo', start: '2020-07' }, { id: 'lobby', start: '2020-07' }, { id: 'ms', start: '2020-08-02' }]), DAY / 4, OPTIONS);
    const row = (e: VerticalEntry) => (e.kind === 'event' ? e.item.id : e.kind);
    const drawn = list.map((e) => `${row(e)} ${e.bars.map((b) => `${b.column}${b.item.id}`).join(' ')}`.trim());
    // Whatever their order among themselves, each of the three rows has all three bars.
    const ids = list.slice(0, 3).map(row);
    const bars = ids.map((id, column) => `${column}${id}`).join(' ');
    expect(drawn.slice(0, 3)).to.deep.equal(ids.map((id) => `${id} ${bars}`));
    // Each bar covers the same entries, to the same share of the last one.
    const extent = (id: string) => list.map((e) => e.bars.find((b) => b.item.id === id)?.to ?? 0).join();
    expect(extent('pompeo')).to.equal(extent('bi'));
    expect(extent('lobby')).to.equal(extent('bi'));
  });

  it('keeps a gap\'s tick labels inside the gap: a tick closer than half a line to either end is left out', () => {
    // 2 px a day and 32 px rows (month ticks): 1 July is 4 px into the gap after 29 June, 1 August 6 px before the end of the gap to 2 August.
    const list = verticalLayout(items([{ start: '2020-06-29' }, { start: '2020-08-02' }, { start: '2020-10-20' }]), DAY / 2, { ...OPTIONS, breakPx: 1000 });
    const gaps = list.filter((e) => e.kind === 'gap') as Extract<VerticalEntry, { kind: 'gap' }>[];
    const all = gaps.flatMap((g) => g.ticks.map((t) => ({ t, g })));
    expect(all.length, 'some ticks').to.be.above(0);
    for (const { t, g } of all) expect(t.at, `${t.label} in a ${g.px} px gap`).to.be.within(OPTIONS.rowPx / 4, g.px - OPTIONS.rowPx / 4);
    const times = all.map(({ t }) => t.time);
    expect(times, '1 July, 4 px into its gap').to.not.include(Date.UTC(2020, 6, 1));
    expect(times, '1 August, 6 px before its end').to.not.include(Date.UTC(2020, 7, 1));
    expect(times, '1 September and 1 October, well inside').to.include.members([Date.UTC(2020, 8, 1), Date.UTC(2020, 9, 1)]);
  });

  it('opens a range\'s bar in the entry where it begins and nowhere else, so that the bars of two ranges one after the other in a column never join', () => {
    // Deep time: events known to their year are year-long ranges, one row each, one column.
    const list = verticalLayout(items([{ id: 'humans', start: '-300000' }, { id: 'pyramid', start: '-2559' }, { id: 'later', start: '-2000' }]), 1000 * 365 * DAY, { ...OPTIONS, unitMs: 365 * DAY });
    const bars = list.flatMap((e) => e.bars.map((b) => `${e.kind === 'event' ? e.item.id : e.kind}: ${b.column}${b.item.id}${b.opens ? ' opens' : ''}`));
    expect(bars.filter((b) => b.endsWith('opens'))).to.deep.equal(['humans: 0humans opens', 'pyramid: 0pyramid opens', 'later: 0later opens']);
    // A range running on through later rows opens once, in its own row (or the first row above it that starts with it).
    const july = verticalLayout(items([{ id: 'bi', start: '2020-07' }, { id: 'pompeo', start: '2020-07' }, { id: 'ms', start: '2020-07-20' }]), DAY / 4, OPTIONS);
    for (const id of ['bi', 'pompeo']) {
      const pieces = july.flatMap((e) => e.bars.filter((b) => b.item.id === id));
      expect(pieces.length, id).to.be.above(1);
      expect(pieces.map((b) => b.opens), id).to.deep.equal([true, ...pieces.slice(1).map(() => false)]);
    }
  });

  it("fades a range's bar out over an end known only to its month, as the plot does, from where its fade starts; an end known to the day is solid to it", () => {
    // The protests: 26 May to "June 2020" (the end of 30 June: 36 days), and a range ending on a known day.
    const list = verticalLayout(items([{ id: 'protests', start: '2020-05-26', end: '2020-06' }, { id: 'known', start: '2020-05-27', end: '2020-06-25' }, { start: '2020-06-02' }, { start: '2020-06-19' }, { start: '2020-07-10' }]), DAY / 4, OPTIONS);
    const along = (id: string) => list.flatMap((e) => e.bars.filter((b) => b.item.id === id).map((bar) => ({ entry: e, bar })));
    const protests = along('protests');
    expect(protests.length, 'bars through several entries').to.be.above(2);
    // Its fade starts half-way: 18 days before its end, on 13 June; solid before it.
    const fadeStart = Date.UTC(2020, 5, 13);
    expect(fadeFrom(protests[0]!.bar.item)).to.equal(fadeStart);
    for (const { entry, bar } of protests) {
      const bottom = entry.from + bar.to * (entry.to - entry.from);
      if (bottom <= fadeStart) expect(bar.fade, `solid from ${new Date(entry.from).toISOString()}`).to.equal(null);
      else {
        // Solid down to the share of the piece where the fade starts, then fading.
        const starts = entry.from + bar.fade!.from * (bottom - entry.from);
        expect(Math.abs(starts - Math.max(entry.from, fadeStart)), 'where its fade starts down the piece').to.be.below(1000);
        expect(bar.fade!.foot).to.be.closeTo(fadeAt(bar.item, bottom), 1e-9);
      }
    }
    // Down the list, how much colour it keeps never grows, and its foot at the end of June keeps FADE_TO of it.
    const keeps = protests.flatMap(({ bar }) => (bar.fade ? [bar.fade.top, bar.fade.foot] : [1, 1]));
    for (let i = 1; i < keeps.length; i++) expect(keeps[i]!, `step ${i}`).to.be.at.most(keeps[i - 1]! + 1e-9);
    expect(keeps.at(-1)!, 'at its end').to.be.closeTo(FADE_TO, 0.02);
    // Half-way through its fade (22 June) it keeps half-way between all and FADE_TO of its colour.
    expect(fadeAt(protests[0]!.bar.item, Date.UTC(2020, 5, 22))).to.be.closeTo((1 + FADE_TO) / 2, 1e-9);
    expect(along('known').every(({ bar }) => bar.fade === null), 'a known end: solid').to.equal(true);
  });

  it('runs a range as a bar from its row to its end, through the rows in between', () => {
    const list = verticalLayout(items([{ start: '2020-05-26', end: '2020-06-10' }, { start: '2020-06-02' }, { start: '2020-06-20' }]), DAY / 4, OPTIONS);
    const withBar = list.map((e) => e.bars.map((b) => `${b.column}:${b.to === 1 ? 'all' : b.to.toFixed(2)}`).join());
    // The range's row stands for its time up to the next row (2 June); the bar runs on through the
    // 2 June row and half the gap to 20 June (its end, the end of 10 June, is 9 of 18 days in).
    expect(kinds(list)).to.deep.equal(['event', 'event', 'gap', 'event']);
    expect(withBar).to.deep.equal(['0:all', '0:all', '0:0.50', '']);
  });
});
