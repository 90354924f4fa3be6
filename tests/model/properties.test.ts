import { expect } from '@open-wc/testing';
import fc from '../helpers/fc.js';
import { parseTimeline, type TimelineProblem } from '../../src/model/parse.js';
import { parseDate, isDateError, formatDate } from '../../src/model/dates.js';
import { toTimelineItems, compareItems } from '../../src/model/items.js';
import { dateParts, validDocument } from './arbitraries.js';

// Known fields, then unknown root fields by name or, when not a plain word, in brackets.
const PATH_START = /^(\(root\)|\$schema$|title$|description$|lanes(\[\d+\]|$)|events(\[\d+\]|$)|[A-Za-z_$][\w$]*$|\[".*"\]$)/s;

function checkProblems(problems: TimelineProblem[]): void {
  for (const p of problems) {
    if (!PATH_START.test(p.path)) throw new Error(`bad path ${JSON.stringify(p.path)}`);
    if (typeof p.message !== 'string' || p.message === '') throw new Error(`empty message at ${p.path}`);
    if (p.severity !== 'error' && p.severity !== 'warning') throw new Error(`bad severity at ${p.path}`);
  }
}

const anythingAtAll = fc.anything({
  withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true,
  withObjectString: true, withSparseArray: true, withTypedArray: true, maxDepth: 4,
});

describe('parseTimeline properties', () => {
  it('parseTimeline(fc.anything()) never throws, always returns a document, and every problem has a path', () => {
    fc.assert(
      fc.property(anythingAtAll, (input) => {
        const { document, problems } = parseTimeline(input);
        expect(document.title).to.be.a('string');
        expect(document.lanes).to.be.an('array');
        expect(document.events).to.be.an('array');
        checkProblems(problems);
      }),
      { numRuns: 500 },
    );
  });

  it('parseTimeline(document with arbitrary values in every slot) never throws and keeps paths in range', () => {
    const junkDoc = fc.record({
      title: fc.oneof(fc.string(), anythingAtAll),
      description: anythingAtAll,
      lanes: fc.oneof(fc.array(anythingAtAll, { maxLength: 3 }), anythingAtAll),
      events: fc.oneof(fc.array(fc.oneof(anythingAtAll, fc.dictionary(fc.constantFrom('id', 'title', 'start', 'end', 'lane', 'kind', 'tags', 'sources', 'media', 'approximate', 'summary', '__proto__'), anythingAtAll)), { maxLength: 5 }), anythingAtAll),
    }, { requiredKeys: [] });
    fc.assert(
      fc.property(junkDoc, (input) => {
        const { problems } = parseTimeline(input);
        checkProblems(problems);
        expect(({} as Record<string, unknown>).id).to.equal(undefined);
      }),
      { numRuns: 500 },
    );
  });

  it('parseTimeline(fc.jsonValue()) never throws', () => {
    fc.assert(fc.property(fc.jsonValue(), (input) => checkProblems(parseTimeline(input).problems)), { numRuns: 500 });
  });

  it('parseTimeline(valid document) round-trips: same document, zero problems', () => {
    fc.assert(
      fc.property(validDocument, (doc) => {
        const { document, problems } = parseTimeline(doc);
        expect(problems).to.deep.equal([]);
        expect(document).to.deep.equal(doc);
      }),
      { numRuns: 300 },
    );
  });

  it('toTimelineItems(valid document) has one item per event, in compareItems order, indexed 0..n-1', () => {
    fc.assert(
      fc.property(validDocument, (doc) => {
        const items = toTimelineItems(doc);
        expect(items.map((i) => i.id).sort()).to.deep.equal(doc.events.map((e) => e.id).sort());
        items.forEach((item, k) => {
          expect(item.index).to.equal(k);
          expect(item.start).to.be.lessThan(item.end);
          expect(item.laneIndex).to.be.within(0, doc.lanes.length);
          if (k > 0) expect(compareItems(items[k - 1], item)).to.be.at.most(0);
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseDate properties', () => {
  it('parseDate(text of random valid date) gives the unit’s exact start and end, start < end', () => {
    fc.assert(
      fc.property(dateParts, (parts) => {
        const parsed = parseDate(parts.text);
        if (isDateError(parsed)) throw new Error(`${parts.text}: ${parsed.error}`);
        expect([parsed.precision, parsed.start, parsed.end]).to.deep.equal([parts.precision, parts.start, parts.end]);
        expect(parsed.start).to.be.lessThan(parsed.end);
      }),
      { numRuns: 1000 },
    );
  });

  it('formatDate(parseDate(random calendar date), en-GB) names its own year and era', () => {
    fc.assert(
      fc.property(dateParts, (parts) => {
        const parsed = parseDate(parts.text);
        if (isDateError(parsed) || parsed.offsetMinutes !== undefined) return;
        const text = formatDate(parsed, 'en-GB');
        const shownYear = parts.year <= 0 ? 1 - parts.year : parts.year;
        expect(text).to.match(new RegExp(`(^|\\D)${shownYear}(\\D|$)`));
        expect(text.endsWith(' BCE')).to.equal(parts.year <= 0);
        if (parts.precision === 'day') expect(text.startsWith(`${parts.day} `)).to.equal(true);
      }),
      { numRuns: 500 },
    );
  });

  it('parseDate(any string) never throws, and what it accepts has start < end inside the Date range, or is a deep year', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[+-]?\d{4,12}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?)?)?$/)), (text) => {
        const parsed = parseDate(text);
        if (isDateError(parsed)) {
          expect(parsed.error).to.be.a('string').and.not.equal('');
          return;
        }
        expect(parsed.start).to.be.lessThan(parsed.end);
        if (parsed.deepYear !== undefined) {
          // Only a year written alone may lie beyond the Date range, and then it does.
          expect(parsed.precision).to.equal('year');
          expect(parsed.start < -8.64e15 || parsed.end > 8.64e15).to.equal(true);
          return;
        }
        expect(parsed.start).to.be.at.least(-8.64e15);
        expect(parsed.end).to.be.at.most(8.64e15);
      }),
      { numRuns: 1000 },
    );
  });
});
