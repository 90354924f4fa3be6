import { expect } from '@open-wc/testing';
import fc from '../helpers/fc.js';
import { Validator } from '@cfworker/json-schema';
import { parseTimeline } from '../../src/model/parse.js';
import { toTimelineItems } from '../../src/model/items.js';
import { TIMELINE_SCHEMA_ID } from '../../src/model/schema-id.js';
import type { TimelineDocument } from '../../src/model/types.js';
import { mutatedDocument, validDocument } from './arbitraries.js';

/**
 * The JSON Schema and the parser must agree, with the parser allowed to be stricter:
 * whenever the schema rejects a document the parser reports at least one error, i.e. when
 * the parser reports no error the schema accepts. The reverse does not hold: the schema cannot
 * see that 2021-02-29 does not exist, that a URL is `javascript:`, that a colour is an
 * injection, that ids repeat, or that a lane is undeclared.
 */

let validator: Validator;
let schema: Record<string, unknown>;

function schemaAccepts(doc: unknown): boolean {
  return validator.validate(doc).valid;
}

function parserErrors(doc: unknown): string[] {
  return parseTimeline(doc).problems.filter((p) => p.severity === 'error').map((p) => `${p.path}: ${p.message}`);
}

const demoLike: TimelineDocument = {
  $schema: TIMELINE_SCHEMA_ID,
  title: 'USA monitor with data from TikTok',
  description: 'A demo-like document.',
  lanes: [
    { id: 'protests', label: 'Protests', color: '#c0392b' },
    { id: 'government', label: 'Government', color: 'rgb(41, 128, 185)' },
  ],
  events: [
    { id: 'protests', title: 'Protests', start: '2020-05-26', end: '2020-06', lane: 'protests', tags: ['protest'] },
    { id: 'sitrep-1', title: 'FBI SITREP', start: '2020-06-02', lane: 'government', sources: [{ label: 'Document', url: 'https://example.com/sitrep.pdf' }] },
    { id: 'blueleaks', title: 'BlueLeaks', start: '2020-06-19T12:00Z', media: { src: '/img/blueleaks.png', alt: 'A leak', credit: 'DDoSecrets' } },
    { id: 'deadline', title: 'Executive order deadline', start: '2020-09-20', kind: 'deadline', approximate: false },
    { id: 'caesar', title: 'Ides of March', start: '-0043-03-15', summary: 'Long ago.' },
  ],
};

describe('the JSON Schema and the parser agree', () => {
  before(async () => {
    const response = await fetch(new URL('../../schema/timeline.schema.json', import.meta.url));
    schema = (await response.json()) as Record<string, unknown>;
    validator = new Validator(schema, '7', false);
  });

  it('schema/timeline.schema.json has the package $id, and allows "$schema"', () => {
    expect(schema.$id).to.equal(TIMELINE_SCHEMA_ID);
    expect(schemaAccepts({ ...demoLike, $schema: './timeline.schema.json' })).to.equal(true);
  });

  it('a demo-like document passes both the schema and the parser', () => {
    expect(schemaAccepts(demoLike)).to.equal(true);
    expect(parseTimeline(demoLike).problems).to.deep.equal([]);
  });

  it('the schema describes fields from the JSDoc and carries the date pattern', () => {
    const defs = schema.definitions as Record<string, { description?: string; pattern?: string }>;
    expect(defs.TimelineEvent.description).to.equal('One dated event.');
    expect(new RegExp(defs.IsoDate.pattern as string).test('-0043-03-15')).to.equal(true);
    expect(new RegExp(defs.IsoDate.pattern as string).test('2020-06-02T14:30')).to.equal(false);
  });

  const rejectedByBoth: [string, unknown][] = [
    ['a root that is an array', []],
    ['a missing title', { lanes: [], events: [] }],
    ['events not an array', { title: 'T', lanes: [], events: {} }],
    ['an event without start', { title: 'T', lanes: [], events: [{ id: 'a', title: 'A' }] }],
    ['a date with slashes', { title: 'T', lanes: [], events: [{ id: 'a', title: 'A', start: '2020/06/02' }] }],
    ['a date-time without zone', { title: 'T', lanes: [], events: [{ id: 'a', title: 'A', start: '2020-06-02T10:00' }] }],
    ['an unknown kind', { title: 'T', lanes: [], events: [{ id: 'a', title: 'A', start: '2020', kind: 'milestone' }] }],
    ['a tag that is a number', { title: 'T', lanes: [], events: [{ id: 'a', title: 'A', start: '2020', tags: [1] }] }],
    ['an empty event id', { title: 'T', lanes: [], events: [{ id: '', title: 'A', start: '2020' }] }],
    ['media without alt', { title: 'T', lanes: [], events: [{ id: 'a', title: 'A', start: '2020', media: { src: '/a.png' } }] }],
  ];
  for (const [name, doc] of rejectedByBoth) {
    it(`${name}: the schema rejects it and the parser reports an error`, () => {
      expect(schemaAccepts(doc)).to.equal(false);
      expect(parserErrors(doc)).not.to.deep.equal([]);
    });
  }

  const parserStricter: [string, unknown][] = [
    ['30 February', { title: 'T', lanes: [], events: [{ id: 'a', title: 'A', start: '2020-02-30' }] }],
    ['a javascript: source', { title: 'T', lanes: [], events: [{ id: 'a', title: 'A', start: '2020', sources: [{ label: 'x', url: 'javascript:alert(1)' }] }] }],
    ['an injected colour', { title: 'T', lanes: [{ id: 'l', label: 'L', color: 'red; background: url(x)' }], events: [] }],
    ['a duplicate id', { title: 'T', lanes: [], events: [{ id: 'a', title: 'A', start: '2020' }, { id: 'a', title: 'B', start: '2021' }] }],
    ['an end before the start', { title: 'T', lanes: [], events: [{ id: 'a', title: 'A', start: '2021', end: '2020' }] }],
  ];
  for (const [name, doc] of parserStricter) {
    it(`${name}: the schema accepts it, the parser (stricter) reports an error`, () => {
      expect(schemaAccepts(doc)).to.equal(true);
      expect(parserErrors(doc)).not.to.deep.equal([]);
    });
  }

  const deepYearDoc = (start: string, end?: string): unknown => ({ title: 'T', lanes: [], events: [{ id: 'a', title: 'A', start, ...(end === undefined ? {} : { end }) }] });

  it('deep years: "-13798000000", "-4600000000", "-66000000", "-300000" and "+20000000" pass both the schema and the parser', () => {
    for (const start of ['-13798000000', '-4600000000', '-66000000', '-300000', '+20000000', '-999999999999']) {
      expect(schemaAccepts(deepYearDoc(start)), start).to.equal(true);
      expect(parserErrors(deepYearDoc(start)), start).to.deep.equal([]);
    }
    expect(schemaAccepts(deepYearDoc('-13798000000', '2020-06-02'))).to.equal(true);
    expect(parserErrors(deepYearDoc('-13798000000', '2020-06-02'))).to.deep.equal([]);
  });

  it('deep years with a month or day, or of thirteen digits: the schema and the parser both reject them', () => {
    for (const start of ['-13798000000-01', '-66000000-06-01', '+1234567-01-01T00:00Z', '-1234567890123', '66000000']) {
      expect(schemaAccepts(deepYearDoc(start)), start).to.equal(false);
      expect(parserErrors(deepYearDoc(start)), start).not.to.deep.equal([]);
    }
  });

  it('"-300000-01" (six digits, beyond the Date range): the schema accepts it, the parser (stricter) reports an error', () => {
    expect(schemaAccepts(deepYearDoc('-300000-01'))).to.equal(true);
    expect(parserErrors(deepYearDoc('-300000-01'))).not.to.deep.equal([]);
  });

  it('every signed year the parser accepts alone, of any size, the schema accepts', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), fc.constantFrom('-', '+'), fc.integer({ min: 4, max: 12 }), (magnitude, sign, width) => {
        const start = `${sign}${String(magnitude).padStart(width, '0')}`;
        if (parserErrors(deepYearDoc(start)).length > 0) return;
        accepted++;
        expect(schemaAccepts(deepYearDoc(start)), start).to.equal(true);
      }),
      { numRuns: 500 },
    );
    expect(accepted).to.be.greaterThan(400);
  });

  it('the README\'s deep-time example passes both, its events in the order written', async () => {
    const readme = await (await fetch('/README.md')).text();
    const block = /\*\*Deep time\.\*\*[\s\S]*?```json\n([\s\S]*?)```/.exec(readme);
    if (!block) throw new Error('README has no ```json block under "Deep time."');
    const example = JSON.parse(block[1]) as TimelineDocument;
    expect(schemaAccepts(example)).to.equal(true);
    expect(parseTimeline(example).problems).to.deep.equal([]);
    expect(toTimelineItems(parseTimeline(example).document).map((item) => item.id)).to.deep.equal(example.events.map((e) => e.id));
  });

  it('random valid documents pass both', () => {
    fc.assert(
      fc.property(validDocument, (doc) => {
        expect(schemaAccepts(doc), JSON.stringify(doc)).to.equal(true);
        expect(parserErrors(doc)).to.deep.equal([]);
      }),
      { numRuns: 300 },
    );
  });

  it('random mutated documents: when the schema rejects, the parser reports an error (no error ⇒ schema accepts)', () => {
    let rejected = 0;
    fc.assert(
      fc.property(mutatedDocument, (doc) => {
        const accepted = schemaAccepts(doc);
        const errors = parserErrors(doc);
        if (!accepted) rejected++;
        if (!accepted && errors.length === 0) throw new Error(`schema rejects but parser accepts: ${JSON.stringify(doc).slice(0, 500)}`);
      }),
      { numRuns: 1000 },
    );
    // The mutations must really exercise the rejecting side.
    expect(rejected).to.be.greaterThan(50);
  });
});
