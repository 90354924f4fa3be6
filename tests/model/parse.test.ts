import { expect } from '@open-wc/testing';
import { parseTimeline, formatProblem, FALLBACK_TITLE, type TimelineProblem } from '../../src/model/parse.js';
import type { TimelineDocument, TimelineEvent } from '../../src/model/types.js';
import { DATE_FORMS_HINT } from '../../src/model/date-types.js';
import { DOCUMENT_FIELDS, EVENT_FIELDS, LANE_FIELDS, nearestField } from '../../src/model/fields.js';

const ok = (id: string, extra: Partial<TimelineEvent> = {}): TimelineEvent => ({ id, title: `Event ${id}`, start: '2020-06-02', ...extra });

/** A valid event before and after `bad`, so each test also checks its neighbours survive. */
function around(bad: unknown, lanes: unknown[] = [{ id: 'news', label: 'News' }]) {
  return parseTimeline({ title: 'T', lanes, events: [ok('before'), bad, ok('after')] });
}

function problemAt(problems: TimelineProblem[], path: string): TimelineProblem {
  const found = problems.find((p) => p.path === path);
  if (!found) throw new Error(`no problem at ${path}; got ${problems.map(formatProblem).join(' | ')}`);
  return found;
}

function ids(doc: TimelineDocument): string[] {
  return doc.events.map((e) => e.id);
}

describe('parseTimeline on a valid document', () => {
  it('parseTimeline(valid) returns it with no problems', () => {
    const input: TimelineDocument = {
      $schema: '../schema/timeline.schema.json',
      title: 'Protests',
      description: 'What happened',
      lanes: [{ id: 'news', label: 'News', color: '#c0392b' }],
      events: [
        ok('a', { end: '2020-06', lane: 'news', kind: 'deadline', tags: ['x'], summary: 's', approximate: true }),
        ok('b', { sources: [{ label: 'FBI', url: 'https://example.com/a.pdf' }], media: { src: '/a.png', alt: 'A', credit: 'C' } }),
      ],
    };
    const { document, problems } = parseTimeline(input);
    expect(problems).to.deep.equal([]);
    expect(document).to.deep.equal(input);
    expect(document).not.to.equal(input);
    expect(document.events[0]).not.to.equal(input.events[0]);
  });
  it('parseTimeline(doc with extra fields) leaves them out and warns about each, at every level', () => {
    const { document, problems } = parseTimeline({
      title: 'T',
      extra: 1,
      lanes: [{ id: 'l', label: 'L', colour: 'red' }],
      events: [{ ...ok('a'), sumary: 's', sources: [{ label: 'S', url: '/s', URL: '/t' }], media: { src: '/m.png', alt: 'M', credits: 'C' } }],
    });
    expect(problems.map((p) => [p.severity, formatProblem(p)])).to.deep.equal([
      ['warning', 'extra: "extra" is not a field of a timeline; it is ignored'],
      ['warning', 'lanes[0].colour: "colour" is not a field; did you mean "color"?'],
      ['warning', 'events[0].sumary: "sumary" is not a field; did you mean "summary"?'],
      ['warning', 'events[0].sources[0].URL: "URL" is not a field; did you mean "url"?'],
      ['warning', 'events[0].media.credits: "credits" is not a field; did you mean "credit"?'],
    ]);
    expect(document).to.deep.equal({
      title: 'T',
      lanes: [{ id: 'l', label: 'L' }],
      events: [{ ...ok('a'), sources: [{ label: 'S', url: '/s' }], media: { src: '/m.png', alt: 'M' } }],
    });
  });

  it('parseTimeline(an event with "strat") explains the missing start with the typo', () => {
    const { document, problems } = around({ id: 'x', title: 'X', strat: '2020-06-02' });
    expect(problems.map(formatProblem)).to.deep.equal([
      'events[1].strat: "strat" is not a field; did you mean "start"?',
      `events[1].start: missing: every event needs a "start" date (${DATE_FORMS_HINT})`,
    ]);
    expect(ids(document)).to.deep.equal(['before', 'after']);
  });

  it('parseTimeline(JSON with "__proto__" and "constructor" keys) warns about them as fields like any other', () => {
    const { problems } = parseTimeline(JSON.parse('{"title": "T", "lanes": [], "events": [], "__proto__": {}, "constructor": 1}'));
    expect(problems.map((p) => p.path)).to.deep.equal(['__proto__', 'constructor']);
  });
});

describe('nearestField (the suggestion for an unknown field)', () => {
  const sets = { lane: LANE_FIELDS, document: DOCUMENT_FIELDS, event: EVENT_FIELDS };
  const cases: Array<[string, keyof typeof sets, string | undefined]> = [
    ['colour', 'lane', 'color'],
    ['lable', 'lane', 'label'],
    ['descripton', 'document', 'description'],
    ['Title', 'event', 'title'],
    ['titel', 'event', 'title'],
    ['ends', 'event', 'end'],
    ['tag', 'event', 'tags'],
    ['name', 'event', undefined],
    ['date', 'event', undefined],
    ['start_date', 'event', undefined],
    ['x'.repeat(100_000), 'event', undefined],
  ];
  for (const [name, set, expected] of cases) {
    it(`nearestField(${JSON.stringify(name.slice(0, 12))}, ${set} fields) is ${JSON.stringify(expected)}`, () => {
      expect(nearestField(name, sets[set])).to.equal(expected);
    });
  }
});

describe('parseTimeline on JSON text', () => {
  const valid = { title: 'T', lanes: [{ id: 'news', label: 'News' }], events: [ok('a', { lane: 'news' })] };

  it('parseTimeline(JSON text) reads it as the object it holds', () => {
    const { document, problems } = parseTimeline(JSON.stringify(valid, null, 2));
    expect(problems).to.deep.equal([]);
    expect(document).to.deep.equal(valid);
  });

  it('parseTimeline(JSON text after a byte order mark) reads it', () => {
    expect(parseTimeline(`\ufeff${JSON.stringify(valid)}`).document).to.deep.equal(valid);
  });

  for (const [name, text] of [['text that is not JSON', 'title: T'], ['JSON cut short', '{"title": "T", "events": ['], ['a trailing comma', '{"title": "T",}']] as const) {
    it(`parseTimeline(${name}) reports one (root) error with the reason, and returns an empty document`, () => {
      const { document, problems } = parseTimeline(text);
      expect(problems.map((p) => [p.path, p.severity])).to.deep.equal([['(root)', 'error']]);
      expect(problems[0].message).to.match(/^is not valid JSON \(.+\)$/);
      expect(document).to.deep.equal({ title: FALLBACK_TITLE, lanes: [], events: [] });
    });
  }

  it('parseTimeline("") and parseTimeline(whitespace) report that the JSON text ended before it began', () => {
    for (const text of ['', ' \n ']) {
      expect(parseTimeline(text).problems.map(formatProblem)).to.deep.equal(['(root): is not valid JSON (Unexpected end of JSON input)']);
    }
  });

  it('parseTimeline(JSON text with "__proto__" keys) keeps Object.prototype clean', () => {
    const { document } = parseTimeline('{"__proto__": {"polluted": true}, "title": "T", "lanes": [], "events": []}');
    expect(document.title).to.equal('T');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});

describe('parseTimeline on a broken root', () => {
  for (const [name, input] of [['null', null], ['an array', []], ['JSON text of an array', '[1]'], ['a number', 3], ['undefined', undefined]] as const) {
    it(`parseTimeline(${name}) reports (root) and returns an empty document`, () => {
      const { document, problems } = parseTimeline(input);
      expect(problems.map((p) => [p.path, p.severity])).to.deep.equal([['(root)', 'error']]);
      expect(problems[0].message).to.match(/^expected a timeline object/);
      expect(document).to.deep.equal({ title: FALLBACK_TITLE, lanes: [], events: [] });
    });
  }
  it('parseTimeline({events, lanes}) without a title gets the fallback title and an error at title', () => {
    const { document, problems } = parseTimeline({ lanes: [], events: [ok('a')] });
    expect(document.title).to.equal(FALLBACK_TITLE);
    expect(formatProblem(problemAt(problems, 'title'))).to.equal(`title: missing: give the timeline a "title"; "${FALLBACK_TITLE}" is shown instead`);
    expect(ids(document)).to.deep.equal(['a']);
  });
  it('parseTimeline({title: 42}) reports the wrong type at title', () => {
    const { document, problems } = parseTimeline({ title: 42, lanes: [], events: [] });
    expect(document.title).to.equal(FALLBACK_TITLE);
    expect(problemAt(problems, 'title').message).to.match(/^expected text, got the number 42/);
    expect(problemAt(problems, 'title').value).to.equal(42);
  });
  it('parseTimeline({description: []}) drops the description', () => {
    const { document, problems } = parseTimeline({ title: 'T', description: [], lanes: [], events: [] });
    expect(document).to.deep.equal({ title: 'T', lanes: [], events: [] });
    expect(problemAt(problems, 'description').severity).to.equal('error');
  });
  it('parseTimeline({$schema: 1}) drops $schema', () => {
    const { document, problems } = parseTimeline({ $schema: 1, title: 'T', lanes: [], events: [] });
    expect(document).to.deep.equal({ title: 'T', lanes: [], events: [] });
    expect(problemAt(problems, '$schema').severity).to.equal('error');
  });
  it('parseTimeline({events: {}}) reports events not an array', () => {
    const { document, problems } = parseTimeline({ title: 'T', lanes: [], events: {} });
    expect(formatProblem(problemAt(problems, 'events'))).to.equal('events: expected an array of events, got an object');
    expect(document.events).to.deep.equal([]);
  });
  it('parseTimeline({}) without events or lanes reports both as missing', () => {
    const { problems } = parseTimeline({ title: 'T' });
    expect(problemAt(problems, 'events').message).to.match(/^missing/);
    expect(problemAt(problems, 'lanes').message).to.match(/^missing/);
  });
  it('parseTimeline({lanes: "news"}) reports lanes not an array and keeps the events', () => {
    const { document, problems } = parseTimeline({ title: 'T', lanes: 'news', events: [ok('a')] });
    expect(problemAt(problems, 'lanes').message).to.equal('expected an array of lanes, got the text "news"');
    expect(ids(document)).to.deep.equal(['a']);
  });
});

describe('parseTimeline on bad events: the event is left out, its neighbours survive', () => {
  const cases: [string, unknown, string, string | RegExp][] = [
    ['not an object', 'x', 'events[1]', /^expected an event object/],
    ['null', null, 'events[1]', /got null$/],
    ['missing id', { title: 't', start: '2020' }, 'events[1].id', 'missing: every event needs a unique "id"'],
    ['numeric id', { id: 7, title: 't', start: '2020' }, 'events[1].id', 'expected text, got the number 7'],
    ['empty id', { id: '', title: 't', start: '2020' }, 'events[1].id', /^is empty/],
    ['missing title', { id: 'x', start: '2020' }, 'events[1].title', 'missing: every event needs a "title"'],
    ['title an object', { id: 'x', title: {}, start: '2020' }, 'events[1].title', 'expected text, got an object'],
    ['missing start', { id: 'x', title: 't' }, 'events[1].start', /^missing: every event needs a "start" date/],
    ['start a number', { id: 'x', title: 't', start: 2020 }, 'events[1].start', 'expected a date such as "2020-06-02", got the number 2020'],
    ['month 13', { id: 'x', title: 't', start: '2020-13-01' }, 'events[1].start', '"2020-13-01" is not a date (use YYYY, YYYY-MM, YYYY-MM-DD, an ISO date-time, or a signed year such as -66000000)'],
    ['30 February', { id: 'x', title: 't', start: '2020-02-30' }, 'events[1].start', '"2020-02-30" is not a date (February 2020 has 29 days)'],
    ['2021-02-29', { id: 'x', title: 't', start: '2021-02-29' }, 'events[1].start', '"2021-02-29" is not a date (February 2021 has 28 days)'],
    ['slashes', { id: 'x', title: 't', start: '2020/06/02' }, 'events[1].start', /^"2020\/06\/02" is not a date/],
    ['words', { id: 'x', title: 't', start: 'June 2' }, 'events[1].start', /^"June 2" is not a date/],
    ['empty start', { id: 'x', title: 't', start: '' }, 'events[1].start', /^"" is not a date \(it is empty/],
    ['no zone', { id: 'x', title: 't', start: '2020-06-02T10:00' }, 'events[1].start', /needs a zone/],
    ['bad end', { id: 'x', title: 't', start: '2020', end: '2020-13' }, 'events[1].end', /^"2020-13" is not a date/],
    ['end before start', { id: 'x', title: 't', start: '2020-06-02', end: '2020-05-31' }, 'events[1].end', '"2020-05-31" is before the start "2020-06-02"'],
    ['duplicate id', ok('before'), 'events[1].id', '"before" is already the id of events[0]; ids must be unique, so this event is left out'],
  ];
  it('parseTimeline(an id used three times after events left out) names where the kept one was read, every time', () => {
    const { document, problems } = parseTimeline({ title: 'T', events: [{ title: 'no id' }, ok('x'), 7, ok('x'), ok('y'), ok('x')] });
    expect(ids(document)).to.deep.equal(['x', 'y']);
    for (const at of [3, 5]) expect(problemAt(problems, `events[${at}].id`).message).to.equal('"x" is already the id of events[1]; ids must be unique, so this event is left out');
  });

  for (const [name, bad, path, message] of cases) {
    it(`parseTimeline(event with ${name}) reports ${path} and keeps the others`, () => {
      const { document, problems } = around(bad);
      const problem = problemAt(problems, path);
      expect(problem.severity).to.equal('error');
      if (typeof message === 'string') expect(problem.message).to.equal(message);
      else expect(problem.message).to.match(message);
      expect(ids(document)).to.deep.equal(['before', 'after']);
      expect(document.events[0]).to.deep.equal(ok('before'));
    });
  }
  it('formatProblem joins path and message as an author reads it', () => {
    const { problems } = parseTimeline({ title: 'T', lanes: [], events: [ok('a'), ok('b'), ok('c'), ok('d', { start: '2020-13-01' })] });
    expect(problems.map(formatProblem)).to.deep.equal([
      'events[3].start: "2020-13-01" is not a date (use YYYY, YYYY-MM, YYYY-MM-DD, an ISO date-time, or a signed year such as -66000000)',
    ]);
    expect(problems[0].value).to.equal('2020-13-01');
  });
  it('parseTimeline(event with every required field wrong) reports each one', () => {
    const { problems } = around({ id: 1, title: 2, start: 3 });
    expect(problems.map((p) => p.path)).to.deep.equal(['events[1].id', 'events[1].title', 'events[1].start']);
  });
  it('a duplicate of a left-out event is kept (only kept ids count)', () => {
    const { document, problems } = parseTimeline({ title: 'T', lanes: [], events: [ok('a', { start: 'bad' }), ok('a')] });
    expect(ids(document)).to.deep.equal(['a']);
    expect(problems.map((p) => p.path)).to.deep.equal(['events[0].start']);
  });
  it('an end in the same unit as the start is fine (2020-06-02 to 2020-06)', () => {
    expect(around(ok('x', { end: '2020-06' })).problems).to.deep.equal([]);
  });
});

describe('parseTimeline on bad optional parts: the event is kept without them', () => {
  const cases: [string, Partial<Record<keyof TimelineEvent, unknown>>, string, 'error' | 'warning', RegExp, Partial<TimelineEvent>][] = [
    ['an undeclared lane', { lane: 'sport' }, 'events[1].lane', 'warning', /^"sport" is not the id of a lane in "lanes" \(declared: "news"\); the event is shown in the default lane$/, {}],
    ['a numeric lane', { lane: 3 }, 'events[1].lane', 'error', /^expected a lane id, got the number 3/, {}],
    ['an unknown kind', { kind: 'milestone' }, 'events[1].kind', 'error', /^"milestone" is not a kind \(use "event" or "deadline"\)/, {}],
    ['a summary that is not text', { summary: 5 }, 'events[1].summary', 'error', /^expected plain text/, {}],
    ['tags not an array', { tags: 'a,b' }, 'events[1].tags', 'error', /^expected an array of text tags/, {}],
    ['a tag that is not text', { tags: ['a', 1, 'b'] }, 'events[1].tags[1]', 'error', /^expected a text tag, got the number 1/, { tags: ['a', 'b'] }],
    ['approximate as text', { approximate: 'yes' }, 'events[1].approximate', 'error', /^expected true or false/, {}],
    ['sources not an array', { sources: {} }, 'events[1].sources', 'error', /^expected an array of sources/, {}],
    ['a javascript: source', { sources: [{ label: 'x', url: 'javascript:alert(1)' }, { label: 'ok', url: 'https://a.example' }] }, 'events[1].sources[0].url', 'error',
      /^"javascript:alert\(1\)" is not a safe link \(use an http:, https: or relative URL\); the source is left out$/, { sources: [{ label: 'ok', url: 'https://a.example' }] }],
    ['a data: source', { sources: [{ label: 'x', url: 'data:text/html,x' }] }, 'events[1].sources[0].url', 'error', /not a safe link/, { sources: [] }],
    ['a source without label', { sources: [{ url: 'https://a.example' }] }, 'events[1].sources[0].label', 'error', /^missing: the source needs a "label"/, { sources: [] }],
    ['a source that is text', { sources: ['https://a.example'] }, 'events[1].sources[0]', 'error', /^expected a source object/, { sources: [] }],
    ['a vbscript: media src', { media: { src: 'VBScript:x', alt: 'a' } }, 'events[1].media.src', 'error', /not a safe link.*the image is left out$/, {}],
    ['media without alt', { media: { src: '/a.png' } }, 'events[1].media.alt', 'error', /^missing: describe the image in "alt"/, {}],
    ['media credit a number', { media: { src: '/a.png', alt: 'a', credit: 1 } }, 'events[1].media.credit', 'error', /^expected text/, { media: { src: '/a.png', alt: 'a' } }],
    ['an empty title', { title: '' }, 'events[1].title', 'warning', /^is empty/, { title: '' }],
    ['a title of spaces', { title: '   ' }, 'events[1].title', 'warning', /^has no visible characters: readers will see an event without a headline$/, { title: '   ' }],
    ['a title of a zero-width space', { title: '\u200b' }, 'events[1].title', 'warning', /^has no visible characters/, { title: '\u200b' }],
    ['a line break inside a source URL', { sources: [{ label: 'x', url: ' https://a.example/long\n-path ' }] }, 'events[1].sources[0].url', 'warning',
      /^" https:\/\/a.example\/long\\n-path " has tabs or line breaks inside; they are removed$/, { sources: [{ label: 'x', url: 'https://a.example/long-path' }] }],
  ];
  for (const [name, extra, path, severity, message, kept] of cases) {
    it(`parseTimeline(event with ${name}) reports ${path} as ${severity}`, () => {
      const { document, problems } = around({ ...ok('x'), ...extra });
      const problem = problemAt(problems, path);
      expect(problem.severity).to.equal(severity);
      expect(problem.message).to.match(message);
      expect(problems).to.have.length(1);
      expect(ids(document)).to.deep.equal(['before', 'x', 'after']);
      expect(document.events[1]).to.deep.equal({ ...ok('x'), ...kept });
    });
  }
});

describe('parseTimeline on bad lanes', () => {
  it('parseTimeline(lane colour "red; background: url(…)") drops the colour and keeps the lane', () => {
    const { document, problems } = around(ok('x', { lane: 'news' }), [{ id: 'news', label: 'News', color: 'red; background: url(https://evil.example/)' }]);
    expect(document.lanes).to.deep.equal([{ id: 'news', label: 'News' }]);
    expect(problemAt(problems, 'lanes[0].color').message).to.match(/is not a colour the timeline can use/);
    expect(document.events[1].lane).to.equal('news');
  });
  it('parseTimeline(lane colour "expression(…)") drops the colour', () => {
    const { document, problems } = around(ok('x'), [{ id: 'news', label: 'News', color: 'expression(alert(1))' }]);
    expect(document.lanes[0]).to.deep.equal({ id: 'news', label: 'News' });
    expect(problems.map((p) => p.path)).to.deep.equal(['lanes[0].color']);
  });
  it('parseTimeline(duplicate lane ids) keeps the first and reports the later one', () => {
    const { document, problems } = around(ok('x'), [{ id: 'news', label: 'News' }, { id: 'news', label: 'Again' }]);
    expect(document.lanes).to.deep.equal([{ id: 'news', label: 'News' }]);
    expect(problemAt(problems, 'lanes[1].id').message).to.match(/^"news" is already the id of lanes\[0\]/);
  });
  it('parseTimeline(lane without id) leaves it out; its events fall back to the default lane with a warning', () => {
    const { document, problems } = around(ok('x', { lane: 'sport' }), [{ id: 'news', label: 'News' }, { label: 'Sport' }]);
    expect(document.lanes.map((l) => l.id)).to.deep.equal(['news']);
    expect(problemAt(problems, 'lanes[1].id').severity).to.equal('error');
    expect(problemAt(problems, 'events[1].lane').severity).to.equal('warning');
    expect(document.events[1]).to.deep.equal(ok('x'));
  });
  it('parseTimeline(lane without label) shows its id as the label', () => {
    const { document, problems } = around(ok('x'), [{ id: 'news' }]);
    expect(document.lanes).to.deep.equal([{ id: 'news', label: 'news' }]);
    expect(problemAt(problems, 'lanes[0].label').severity).to.equal('error');
  });
  it('parseTimeline(lane that is a string) leaves it out', () => {
    const { document, problems } = around(ok('x'), ['news']);
    expect(document.lanes).to.deep.equal([]);
    expect(problemAt(problems, 'lanes[0]').message).to.match(/^expected a lane object/);
  });
});
