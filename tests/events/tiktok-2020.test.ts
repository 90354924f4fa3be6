import { expect } from '@open-wc/testing';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import type { TimelineEvent } from '../../src/model/types.js';
import { parseDate, type ParsedDate } from '../../src/model/dates.js';
import { contrast } from '../helpers/contrast.js';

/** Every row of shared/seed/event-facts.md: its date strings, lane and kind, and whether
 * the article links a source for it. */
const factsTable: Array<{ start: string; end?: string; lane: string; kind: 'event' | 'deadline'; linked: boolean }> = [
  { start: '2017-11', lane: 'company', kind: 'event', linked: false },
  { start: '2018-08-02', lane: 'company', kind: 'event', linked: false },
  { start: '2019-07-01', end: '2019-12-31', lane: 'company', kind: 'event', linked: true },
  { start: '2019-12-10', lane: 'company', kind: 'event', linked: true },
  { start: '2020-03-16', lane: 'press', kind: 'event', linked: true },
  { start: '2020-05-18', lane: 'company', kind: 'event', linked: true },
  { start: '2020-05-25', lane: 'police', kind: 'event', linked: false },
  { start: '2020-05-26', end: '2020-06', lane: 'police', kind: 'event', linked: false },
  { start: '2020-05-28', lane: 'government', kind: 'event', linked: false },
  { start: '2020-05-31', lane: 'police', kind: 'event', linked: true },
  { start: '2020-06-02', lane: 'police', kind: 'event', linked: true },
  { start: '2020-06-02', lane: 'police', kind: 'event', linked: true },
  { start: '2020-06-05', lane: 'police', kind: 'event', linked: true },
  { start: '2020-06-19', lane: 'press', kind: 'event', linked: true },
  { start: '2020-07', lane: 'government', kind: 'event', linked: false },
  { start: '2020-07', lane: 'company', kind: 'event', linked: true },
  { start: '2020-07', lane: 'press', kind: 'event', linked: true },
  { start: '2020-08-02', lane: 'company', kind: 'event', linked: false },
  { start: '2020-08-04', lane: 'press', kind: 'event', linked: true },
  { start: '2020-08-06', lane: 'government', kind: 'event', linked: false },
  { start: '2020-08-10', lane: 'press', kind: 'event', linked: true },
  { start: '2020-08-24', lane: 'press', kind: 'event', linked: false },
  { start: '2020-09-20', lane: 'government', kind: 'deadline', linked: false },
];

const events: TimelineEvent[] = tiktok2020.events;
const byId = (id: string) => events.find((e) => e.id === id);
const rowKey = (r: { start: string; end?: string; lane?: string; kind?: string }) =>
  `${r.start}..${r.end ?? ''} ${r.lane} ${r.kind ?? 'event'}`;


describe('events/tiktok-2020', () => {
  it('has one event for every row of the facts table, with the exact date strings, lane and kind', () => {
    const actual = events.map(rowKey).sort();
    const expected = factsTable.map(rowKey).sort();
    expect(actual).to.deep.equal(expected);
    expect(events).to.have.length(23);
  });

  it('keeps month-only dates as YYYY-MM (no made-up day)', () => {
    const monthOnly = events.filter((e) => /^\d{4}-\d{2}$/.test(e.start)).map((e) => e.id).sort();
    expect(monthOnly).to.deep.equal(
      ['business-insider-leak', 'bytedance-buys-musically', 'pompeo-accusation', 'tiktok-lobbyists'].sort(),
    );
    expect(byId('protests')).to.include({ start: '2020-05-26', end: '2020-06', approximate: true });
    const precisions = ['pompeo-accusation', 'protests'].map((id) => {
      const e = byId(id)!;
      return [e.start, e.end].filter((d) => d !== undefined).map((d) => (parseDate(d!) as ParsedDate).precision);
    });
    expect(precisions).to.deep.equal([['month'], ['day', 'month']]);
  });

  it('dates the FBI SITREPs and BlueLeaks as days and the executive order deadline as a deadline', () => {
    expect(byId('fbi-sitrep-1')).to.include({ start: '2020-06-02', lane: 'police' });
    expect(byId('fbi-sitrep-1')?.end).to.equal(undefined);
    expect(byId('fbi-sitrep-2')).to.include({ start: '2020-06-05', lane: 'police' });
    expect(byId('blueleaks')).to.include({ start: '2020-06-19', lane: 'press' });
    expect(byId('eo-deadline')).to.include({ start: '2020-09-20', kind: 'deadline', lane: 'government' });
    expect(byId('transparency-report-2019')).to.include({ start: '2019-07-01', end: '2019-12-31' });
  });

  it('keeps the numbers of the facts table in the summaries', () => {
    const report = byId('transparency-report-2019')?.summary ?? '';
    for (const figure of ['100 U.S. requests', '107 accounts', '82%', '51,121', '88%']) expect(report).to.contain(figure);
    expect(byId('blueleaks')?.summary).to.contain('269 GB').and.contain('200+ U.S. agencies');
    expect(byId('executive-order')?.summary).to.contain('EO 13942').and.contain('45 days');
    expect(byId('dhs-riot-tips')?.summary).to.contain('19-year-old').and.contain('"tips on how to riot"');
  });

  it('has unique readable ids, short titles and one- or two-sentence plain summaries', () => {
    expect(new Set(events.map((e) => e.id)).size).to.equal(events.length);
    for (const e of events) {
      expect(e.id, e.id).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(e.title.length, e.title).to.be.at.most(40);
      const summary = e.summary ?? '';
      expect(summary, e.id).to.not.match(/[<>]/);
      const sentences = summary.split(/(?<=[.!?]["”]?)\s+(?=[A-Z])/);
      expect(summary, e.id).to.match(/[.!?]["”]?$/);
      expect(sentences.length, summary).to.be.within(1, 2);
    }
  });

  it('cites a source for every row the article links and every event, over https or to a file shipped beside the demo', async () => {
    factsTable.forEach((row) => {
      if (!row.linked) return;
      const candidates = events.filter((e) => rowKey(e) === rowKey(row));
      expect(candidates.every((e) => (e.sources ?? []).length > 0), rowKey(row)).to.equal(true);
    });
    for (const e of events) expect(e.sources ?? [], `${e.id} has a source`).to.not.be.empty;
    const links = [...events.flatMap((e) => (e.sources ?? []).map((s) => s.url)), ...events.flatMap((e) => (e.media ? [e.media.src] : []))];
    for (const url of links) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
        expect(new URL(url).protocol, url).to.equal('https:');
        continue;
      }
      // A relative link is resolved against the data's own place (events/), as the element does for src documents.
      const response = await fetch(new URL(url, new URL('../../events/tiktok-2020.json', import.meta.url)));
      expect(response.status, url).to.equal(200);
    }
    for (const source of events.flatMap((e) => e.sources ?? [])) expect(source.label.trim()).to.not.equal('');
  });

  it('declares the four lanes with distinct colours readable on white and on a dark background', () => {
    expect(tiktok2020.lanes.map((l) => [l.id, l.label])).to.deep.equal([
      ['government', 'Government'],
      ['police', 'Police & intelligence'],
      ['company', 'TikTok / ByteDance'],
      ['press', 'Leaks & press'],
    ]);
    const colors = tiktok2020.lanes.map((l) => l.color);
    expect(new Set(colors).size).to.equal(4);
    for (const color of colors) {
      expect(color).to.match(/^#[0-9a-f]{6}$/);
      expect(contrast(color, '#ffffff'), `${color} on white`).to.be.at.least(3);
      expect(contrast(color, '#1e1e1e'), `${color} on #1e1e1e`).to.be.at.least(3);
    }
  });
});
