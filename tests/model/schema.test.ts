import { expect } from '@open-wc/testing';
import fc from '../helpers/fc.js';
import { Validator } from '@cfworker/json-schema';
import { parseTimeline, formatProblem, type TimelineProblem } from '../../src/model/parse.js';
import { toTimelineItems } from '../../src/model/items.js';
import { TIMELINE_SCHEMA_ID } from '../../src/model/schema-id.js';
import type { TimelineDocument } from '../../src/model/types.js';
import { mutatedDocument, validDocument } from './arbitraries.js';

/**
 * The JSON Schema and the parser agree wherever JSON Schema can say it:
 * - what the schema refuses, the parser reports (an error, or a warning for a field the format
 *   does not have and for a URL with a line break in it);
 * - what the parser reports in a document the schema accepts is one of the rules a schema
 *   cannot express (below), and each of them is listed in the README.
 */

/** The rules only the parser checks: how to recognise their problems, and the README's words for them. */
const PARSER_ONLY: Array<{ readme: string; is: (p: TimelineProblem) => boolean }> = [
  { readme: 'a real calendar day', is: (p) => / has \d+ days\)$/.test(p.message) },
  { readme: 'within the dates a browser can handle', is: (p) => p.message.includes('lies outside the dates a browser can handle') },
  { readme: 'an `end` after its `start`', is: (p) => p.message.includes('is before the start') },
  { readme: 'unique ids', is: (p) => p.message.includes('is already the id of') },
  { readme: 'declared in `lanes`', is: (p) => p.message.includes('is not the id of a lane') },
  { readme: 'a title with something to see', is: (p) => /^(is empty|has no visible characters): readers will see/.test(p.message) },
  {
    readme: 'an absolute URL the browser can read',
    is: (p) => p.message.includes('is not a safe link') && typeof p.value === 'string' && /^\s*https?:/i.test(p.value),
  },
  {
    readme: 'the arguments of a colour function',
    is: (p) => p.message.includes('is not a colour the timeline can use') && typeof p.value === 'string' && /^\s*[a-z]+\(/i.test(p.value),
  },
];

let validator: Validator;
let schema: Record<string, unknown>;
let readme: string;

function schemaAccepts(doc: unknown): boolean {
  return validator.validate(doc).valid;
}

function parserErrors(doc: unknown): string[] {
  return parseTimeline(doc).problems.filter((p) => p.severity === 'error').map((p) => `${p.path}: ${p.message}`);
}

function problemsOf(doc: unknown): TimelineProblem[] {
  return parseTimeline(doc).problems;
}

/** The parser's problems that no parser-only rule explains. */
function unexplained(problems: TimelineProblem[]): string[] {
  return problems.filter((p) => !PARSER_ONLY.some((rule) => rule.is(p))).map(formatProblem);
}

const demoLike: TimelineDocument = {
  $schema: TIMELINE_SCHEMA_ID,
  title: 'USA monitor with data from TikTok',
  description: 'A demo-like document.',
  lanes: [
    { id: 'protests', label: 'Protests', color: '#c0392b' },
    { id: 'government', label: 'Government', color: 'rgb(41, 128, 185)' },
    { id: 'company', label: 'Company', color: ' Teal ' },
  ],
  events: [
    { id: 'protests', title: 'Protests', start: '2020-05-26', end: '2020-06', lane: 'protests', tags: ['protest'] },
    { id: 'sitrep-1', title: 'FBI SITREP', start: '2020-06-02', lane: 'government', sources: [{ label: 'Document', url: 'HTTPS://example.com/sitrep.pdf' }] },
    { id: 'blueleaks', title: 'BlueLeaks', start: '2020-06-19T12:00Z', media: { src: '/img/blueleaks.png', alt: 'A leak', credit: 'DDoSecrets' } },
    { id: 'deadline', title: 'Executive order deadline', start: '2020-09-20', kind: 'deadline', approximate: false },
    { id: 'caesar', title: 'Ides of March', start: '-0043-03-15', summary: 'Long ago.', sources: [{ label: 'Notes', url: ' notes.html#ides ' }] },
    { id: 'leap', title: 'A leap day', start: '2020-02-29T23:59:59.999+14:00' },
  ],
};

const doc = (events: unknown[], lanes: unknown[] = []) => ({ title: 'T', lanes, events });
const event = (fields: Record<string, unknown>) => ({ id: 'a', title: 'A', start: '2020', ...fields });

/** Bad documents both refuse: the schema rejects each, and the parser reports a problem at the path. */
const REFUSED_BY_BOTH: Array<[string, unknown, string]> = [
  ['a root that is an array', [], '(root)'],
  ['a missing title', { lanes: [], events: [] }, 'title'],
  ['events not an array', { title: 'T', lanes: [], events: {} }, 'events'],
  ['an event without start', doc([{ id: 'a', title: 'A' }]), 'events[0].start'],
  ['an empty event id', doc([event({ id: '' })]), 'events[0].id'],
  ['an empty lane id', doc([], [{ id: '', label: 'L' }]), 'lanes[0].id'],
  ['a date with slashes', doc([event({ start: '2020/06/02' })]), 'events[0].start'],
  ['month 13 (the README\'s example)', doc([event({ start: '2020-13-01' })]), 'events[0].start'],
  ['month 00', doc([event({ start: '2020-00' })]), 'events[0].start'],
  ['day 32', doc([event({ start: '2020-01-32' })]), 'events[0].start'],
  ['day 00', doc([event({ start: '2020-01-00' })]), 'events[0].start'],
  ['hour 24', doc([event({ start: '2020-01-01T24:00Z' })]), 'events[0].start'],
  ['minute 60', doc([event({ start: '2020-01-01T10:60Z' })]), 'events[0].start'],
  ['an offset of 24 hours', doc([event({ start: '2020-01-01T10:00+24:00' })]), 'events[0].start'],
  ['a date-time without zone', doc([event({ start: '2020-06-02T10:00' })]), 'events[0].start'],
  ['year -0000', doc([event({ start: '-0000-01-01' })]), 'events[0].start'],
  ['a five-digit year without sign', doc([event({ start: '12345' })]), 'events[0].start'],
  ['an unknown kind', doc([event({ kind: 'milestone' })]), 'events[0].kind'],
  ['a tag that is a number', doc([event({ tags: [1] })]), 'events[0].tags[0]'],
  ['media without alt', doc([event({ media: { src: '/a.png' } })]), 'events[0].media.alt'],
  ['a javascript: source', doc([event({ sources: [{ label: 'x', url: 'javascript:alert(1)' }] })]), 'events[0].sources[0].url'],
  ['a mixed-case javascript: source', doc([event({ sources: [{ label: 'x', url: ' JaVaScRiPt:alert(1)' }] })]), 'events[0].sources[0].url'],
  ['a tab inside the scheme', doc([event({ sources: [{ label: 'x', url: 'java\tscript:alert(1)' }] })]), 'events[0].sources[0].url'],
  ['a data: image', doc([event({ media: { src: 'data:image/svg+xml,<svg onload=alert(1)>', alt: 'x' } })]), 'events[0].media.src'],
  ['a vbscript: source', doc([event({ sources: [{ label: 'x', url: 'vbscript:msgbox(1)' }] })]), 'events[0].sources[0].url'],
  ['a mailto: source', doc([event({ sources: [{ label: 'x', url: 'mailto:a@example.com' }] })]), 'events[0].sources[0].url'],
  ['an entity-encoded scheme', doc([event({ sources: [{ label: 'x', url: 'javascript&#58;alert(1)' }] })]), 'events[0].sources[0].url'],
  ['a backslash in a relative URL', doc([event({ sources: [{ label: 'x', url: '\\\\evil.example\\x' }] })]), 'events[0].sources[0].url'],
  ['a control character in a URL', doc([event({ sources: [{ label: 'x', url: '/a\u0000b' }] })]), 'events[0].sources[0].url'],
  ['an empty URL', doc([event({ sources: [{ label: 'x', url: ' ' }] })]), 'events[0].sources[0].url'],
  ['a line break inside a URL (kept, with a warning)', doc([event({ sources: [{ label: 'x', url: 'https://example.com/a\nb' }] })]), 'events[0].sources[0].url'],
  ['an injected lane colour', doc([], [{ id: 'l', label: 'L', color: 'red; background: url(x)' }]), 'lanes[0].color'],
  ['a colour through var()', doc([], [{ id: 'l', label: 'L', color: 'var(--x)' }]), 'lanes[0].color'],
  ['a url() inside a colour function', doc([], [{ id: 'l', label: 'L', color: 'rgb(1, 2, url(x))' }]), 'lanes[0].color'],
  ['a colour function the timeline does not draw', doc([], [{ id: 'l', label: 'L', color: 'device-cmyk(0 0 0 1)' }]), 'lanes[0].color'],
  ['a hex colour of five digits', doc([], [{ id: 'l', label: 'L', color: '#12345' }]), 'lanes[0].color'],
  ['a colour name that does not exist', doc([], [{ id: 'l', label: 'L', color: 'reddish' }]), 'lanes[0].color'],
  ['"colour" on a lane', doc([], [{ id: 'l', label: 'L', colour: 'red' }]), 'lanes[0].colour'],
  ['"sumary" on an event', doc([event({ sumary: 'x' })]), 'events[0].sumary'],
  ['an unknown root field', { ...doc([]), subtitle: 'x' }, 'subtitle'],
  ['an unknown source field', doc([event({ sources: [{ label: 'x', url: '/x', title: 'y' }] })]), 'events[0].sources[0].title'],
  ['an unknown media field', doc([event({ media: { src: '/a.png', alt: 'A', caption: 'c' } })]), 'events[0].media.caption'],
];

/** Bad documents only the parser refuses, with the rule (in the README) that explains why. */
const PARSER_ONLY_CASES: Array<[string, unknown, string]> = [
  ['30 February', doc([event({ start: '2020-02-30' })]), 'a real calendar day'],
  ['31 April', doc([event({ start: '2021-04-31T10:00Z' })]), 'a real calendar day'],
  ['29 February 2021', doc([event({ start: '2021-02-29' })]), 'a real calendar day'],
  ['a month beyond the Date range', doc([event({ start: '+275761-01' })]), 'within the dates a browser can handle'],
  ['an end before the start', doc([event({ start: '2021', end: '2020' })]), 'an `end` after its `start`'],
  ['a duplicate event id', doc([event({}), event({ title: 'B', start: '2021' })]), 'unique ids'],
  ['a duplicate lane id', doc([], [{ id: 'l', label: 'L' }, { id: 'l', label: 'M' }]), 'unique ids'],
  ['an undeclared lane', doc([event({ lane: 'nowhere' })]), 'declared in `lanes`'],
  ['an empty event title', doc([event({ title: '' })]), 'a title with something to see'],
  ['a blank event title', doc([event({ title: ' \u200b ' })]), 'a title with something to see'],
  ['an https: URL without a host', doc([event({ sources: [{ label: 'x', url: 'https://' }] })]), 'an absolute URL the browser can read'],
  ['rgb() with two numbers', doc([], [{ id: 'l', label: 'L', color: 'rgb(1 2)' }]), 'the arguments of a colour function'],
];

describe('the JSON Schema and the parser agree', () => {
  before(async () => {
    schema = (await (await fetch(new URL('../../schema/timeline.schema.json', import.meta.url))).json()) as Record<string, unknown>;
    validator = new Validator(schema, '7', false);
    readme = await (await fetch('/README.md')).text();
  });

  it('schema/timeline.schema.json has the package $id, and allows "$schema"', () => {
    expect(schema.$id).to.equal(TIMELINE_SCHEMA_ID);
    expect(schemaAccepts({ ...demoLike, $schema: './timeline.schema.json' })).to.equal(true);
  });

  it('a demo-like document passes both the schema and the parser', () => {
    expect(schemaAccepts(demoLike)).to.equal(true);
    expect(problemsOf(demoLike)).to.deep.equal([]);
  });

  it("the README's event file passes both with no problem", () => {
    const section = readme.slice(readme.indexOf('## The event file'));
    const block = /```json\n([\s\S]*?)```/.exec(section);
    expect(block, 'a ```json block under "The event file"').to.not.equal(null);
    const file = JSON.parse(block![1]) as unknown;
    expect(validator.validate(file).errors).to.deep.equal([]);
    expect(problemsOf(file).map(formatProblem)).to.deep.equal([]);
  });

  it('the schema describes fields from the JSDoc and carries the date pattern', () => {
    const defs = schema.definitions as Record<string, { description?: string; pattern?: string }>;
    expect(defs.TimelineEvent.description).to.equal('One dated event.');
    expect(new RegExp(defs.IsoDate.pattern as string).test('-0043-03-15')).to.equal(true);
    expect(new RegExp(defs.IsoDate.pattern as string).test('2020-06-02T14:30')).to.equal(false);
  });

  for (const [name, input, path] of REFUSED_BY_BOTH) {
    it(`${name}: the schema rejects it and the parser reports it at ${path}`, () => {
      expect(schemaAccepts(input), 'schema').to.equal(false);
      expect(problemsOf(input).map((p) => p.path)).to.include(path);
    });
  }

  for (const [name, input, rule] of PARSER_ONLY_CASES) {
    it(`${name}: the schema cannot say it; the parser reports it (${rule})`, () => {
      expect(schemaAccepts(input), 'schema').to.equal(true);
      const problems = problemsOf(input);
      expect(problems.length, 'parser problems').to.be.greaterThan(0);
      expect(problems.every((p) => PARSER_ONLY.find((r) => r.readme === rule)!.is(p)), problems.map(formatProblem).join(' | ')).to.equal(true);
    });
  }

  it('the README lists every rule only the parser checks', () => {
    const from = readme.indexOf('**What only the parser checks**');
    expect(from, 'a "What only the parser checks" paragraph').to.be.greaterThan(-1);
    const section = readme.slice(from, readme.indexOf('\n\n', readme.indexOf('\n- ', from) + 1)).replace(/\s+/g, ' ');
    for (const rule of PARSER_ONLY) expect(section, rule.readme).to.contain(rule.readme);
  });

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
    const block = /\*\*Deep time\.\*\*[\s\S]*?```json\n([\s\S]*?)```/.exec(readme);
    if (!block) throw new Error('README has no ```json block under "Deep time."');
    const example = JSON.parse(block[1]) as TimelineDocument;
    expect(schemaAccepts(example)).to.equal(true);
    expect(parseTimeline(example).problems).to.deep.equal([]);
    expect(toTimelineItems(parseTimeline(example).document).map((item) => item.id)).to.deep.equal(example.events.map((e) => e.id));
  });

  it('random valid documents pass both', () => {
    fc.assert(
      fc.property(validDocument, (d) => {
        expect(schemaAccepts(d), JSON.stringify(d)).to.equal(true);
        expect(problemsOf(d)).to.deep.equal([]);
      }),
      { numRuns: 300 },
    );
  });

  it('random mutated documents: the parser reports what the schema rejects, and reports nothing else but parser-only rules', () => {
    let rejected = 0;
    let parserOnly = 0;
    fc.assert(
      fc.property(mutatedDocument, (d) => {
        const accepted = schemaAccepts(d);
        const problems = problemsOf(d);
        if (!accepted) {
          rejected++;
          if (problems.length === 0) throw new Error(`schema rejects, parser reports nothing: ${JSON.stringify(d).slice(0, 500)}`);
        } else if (problems.length > 0) {
          parserOnly++;
          const left = unexplained(problems);
          if (left.length > 0) throw new Error(`schema accepts, parser reports ${left.join(' | ')}: ${JSON.stringify(d).slice(0, 500)}`);
        }
      }),
      { numRuns: 1000 },
    );
    // The mutations must really exercise both sides.
    expect(rejected).to.be.greaterThan(200);
    expect(parserOnly).to.be.greaterThan(5);
  });
});
