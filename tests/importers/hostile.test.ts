import { expect } from '@open-wc/testing';
import fc from '../helpers/fc.js';
import { fromTimelineJS } from '../../src/importers/timelinejs.js';
import { fromVisTimeline } from '../../src/importers/vis-timeline.js';
import { parseTimeline } from '../../src/model/parse.js';
import type { ImportResult } from '../../src/importers/finish.js';

/** The importer's promise: a document that parses with zero problems, and a list of problems. */
function expectValid(result: ImportResult): void {
  expect(parseTimeline(result.document).problems).to.deep.equal([]);
  expect(result.problems).to.be.an('array');
  for (const p of result.problems) {
    expect(p.path).to.be.a('string');
    expect(p.message).to.be.a('string').and.not.equal('');
    expect(['error', 'warning']).to.include(p.severity);
  }
}

const throwing = new Proxy({}, {
  get() { throw new Error('trap'); },
  has() { throw new Error('trap'); },
  ownKeys() { throw new Error('trap'); },
  getOwnPropertyDescriptor() { throw new Error('trap'); },
});
const getterThrows = Object.defineProperty({}, 'events', { enumerable: true, get() { throw new Error('getter'); } });
const { proxy: revoked, revoke } = Proxy.revocable({}, {});
revoke();

const hostileRoots: unknown[] = [
  undefined, null, 0, 42, NaN, true, '', 'not json', '{"events": [', '[]', [], {}, Symbol('s'), () => 1, 10n,
  throwing, getterThrows, revoked, { events: 'x' }, { events: [null, 1, 'a', [], {}, throwing] },
  { title: 5, events: [{ start_date: 'x' }, { start_date: { year: 'MMXX' } }, { start_date: { year: 2020, month: 13 } }] },
  { events: [{ start_date: { year: 2021, month: 2, day: 29 }, text: { headline: 'no such day' } }] },
  { events: [{ start_date: { year: 2020 }, end_date: { year: 2019 }, text: { headline: 'backwards' } }] },
  { events: [{ start_date: { year: 1e9 }, text: { headline: 'too far' } }], scale: 'cosmological' },
  { events: [{ start_date: { year: 2020 }, text: { headline: '<a href="javascript:alert(1)">x</a>' }, media: { url: 'javascript:alert(1)' } }] },
  { events: [{ start_date: { year: 2020 }, text: { text: 42, headline: ['x'] }, media: 'x', group: 7, unique_id: {} }] },
  { title: { text: 'x', media: [] }, events: [], eras: [{}, null, { start_date: { year: 1 } }] },
  JSON.parse('{"__proto__": {"polluted": true}, "events": [{"__proto__": {"x": 1}, "start_date": {"year": 2000}}]}'),
  { events: [{ start_date: { year: '-13798000000', month: throwing }, text: { headline: 'deep' } }], scale: 'cosmological' },
  { timeline: throwing }, { timeline: revoked }, { timeline: getterThrows }, { timeline: { date: throwing, era: 'x', asset: throwing, startDate: throwing } },
  { timeline: { headline: {}, date: [throwing, null, [], { startDate: throwing }, { startDate: {} }, { startDate: '2020', endDate: [], asset: throwing, tag: 7 }, { startDate: '2020', asset: 'x' }] } },
];

describe('importers on hostile input', () => {
  it('fromTimelineJS(non-objects, bad fields, proxies, throwing getters) never throws and returns a valid document', () => {
    for (const input of hostileRoots) expectValid(fromTimelineJS(input));
  });

  it('fromTimelineJS(non-object) reports the root; fromTimelineJS({}) reports the missing events', () => {
    expect(fromTimelineJS(42).problems[0]).to.include({ path: '(root)', severity: 'error' });
    expect(fromTimelineJS('{"events": [').problems[0].message).to.contain('not valid JSON');
    expect(fromTimelineJS({}).problems.map((p) => p.path)).to.include('events');
  });

  it('fromTimelineJS reports impossible dates with their TimelineJS path and leaves those slides out', () => {
    const { document, problems } = fromTimelineJS(hostileRoots[20]);
    expect(document.events).to.deep.equal([]);
    expect(problems.map((p) => p.path)).to.include.members(['events[0].start_date', 'events[1].start_date.year', 'events[2].start_date.month']);
    const leap = fromTimelineJS(hostileRoots[21]);
    expect(leap.document.events).to.deep.equal([]);
    const [leapProblem] = leap.problems.filter((p) => p.path === 'events[0].start_date');
    expect(leapProblem.severity).to.equal('error');
    expect(leapProblem.message).to.contain('February 2021 has 28 days');
  });

  it('an end_date before the start_date is reported, and the slide is kept without its end', () => {
    const { document, problems } = fromTimelineJS(hostileRoots[22]);
    expect(document.events.map((e) => [e.start, e.end])).to.deep.equal([['2020', undefined]]);
    expect(problems.filter((p) => p.path === 'events[0].end_date')[0]).to.include({ severity: 'error' });
  });

  it('javascript: links and media never reach the document', () => {
    const { document, problems } = fromTimelineJS(hostileRoots[24]);
    expect(JSON.stringify(document)).to.not.contain('javascript');
    expect(problems.filter((p) => p.severity === 'error').length).to.be.at.least(2);
  });

  it('fromVisTimeline(non-arrays, bad items, proxies) never throws and returns a valid document', () => {
    const inputs: unknown[] = [...hostileRoots, [{ start: NaN }, { start: new Date(NaN) }, { start: {} }, { start: '2020-01-01', content: {} }, { start: 8.64e15 + 1 }]];
    for (const items of inputs) {
      expectValid(fromVisTimeline(items));
      expectValid(fromVisTimeline([{ id: 1, content: 'a', start: 0 }], items));
    }
    expect(fromVisTimeline(42).problems[0]).to.include({ path: 'items', severity: 'error' });
    const getThrows = { get() { throw new Error('no'); } };
    expectValid(fromVisTimeline(getThrows, getThrows));
  });

  it('fast-check: fromTimelineJS(anything) and fromVisTimeline(anything) never throw and stay valid', () => {
    const date = fc.record({ year: fc.oneof(fc.integer({ min: -3000, max: 3000 }), fc.string()), month: fc.option(fc.integer({ min: -1, max: 14 }), { nil: undefined }), day: fc.option(fc.integer({ min: 0, max: 32 }), { nil: undefined }) }, { requiredKeys: [] });
    const slide = fc.record({ start_date: fc.oneof(date, fc.anything()), end_date: fc.option(date, { nil: undefined }), text: fc.record({ headline: fc.oneof(fc.string(), fc.anything()), text: fc.string() }, { requiredKeys: [] }), group: fc.oneof(fc.string(), fc.anything()), unique_id: fc.oneof(fc.string(), fc.anything()), media: fc.anything() }, { requiredKeys: [] });
    fc.assert(fc.property(fc.oneof(fc.anything(), fc.record({ title: fc.anything(), events: fc.array(slide), eras: fc.array(slide) }, { requiredKeys: [] })), (input) => {
      expectValid(fromTimelineJS(input));
    }), { numRuns: 300 });
    const v2date = fc.oneof(fc.stringMatching(/^[+-]?\d{1,13}(,\d{0,3}){0,6}$/), fc.stringMatching(/^\d{1,2}\/(\d{1,2}\/)?\d{3,5}( \d{1,2}:\d{2})?$/), fc.integer(), fc.anything());
    const v2slide = fc.record({ startDate: v2date, endDate: v2date, headline: fc.oneof(fc.string(), fc.anything()), text: fc.string(), tag: fc.anything(), asset: fc.oneof(fc.record({ media: fc.anything(), credit: fc.anything(), caption: fc.anything() }), fc.anything()) }, { requiredKeys: [] });
    fc.assert(fc.property(fc.record({ headline: fc.anything(), date: fc.oneof(fc.array(v2slide), fc.anything()), era: fc.array(v2slide) }, { requiredKeys: [] }), (timeline) => {
      expectValid(fromTimelineJS({ timeline }));
    }), { numRuns: 300 });
    const item = fc.record({ id: fc.oneof(fc.integer(), fc.string(), fc.anything()), content: fc.oneof(fc.string(), fc.anything()), start: fc.oneof(fc.date(), fc.integer(), fc.string(), fc.anything()), end: fc.oneof(fc.date(), fc.integer(), fc.anything()), type: fc.oneof(fc.constantFrom('box', 'point', 'range', 'background'), fc.anything()), group: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.anything()) }, { requiredKeys: [] });
    fc.assert(fc.property(fc.oneof(fc.anything(), fc.array(item)), fc.oneof(fc.anything(), fc.array(fc.record({ id: fc.integer({ min: 0, max: 3 }), content: fc.string() }))), (items, groups) => {
      expectValid(fromVisTimeline(items, groups));
    }), { numRuns: 300 });
  });
});
