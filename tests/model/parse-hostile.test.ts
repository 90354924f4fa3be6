import { expect } from '@open-wc/testing';
import { parseTimeline, formatProblem } from '../../src/model/parse.js';
import { toTimelineItems } from '../../src/model/items.js';
import { freezeDocumentWork } from '../../src/model/freeze.js';
import { finish } from '../../src/model/work.js';
import { countProblems } from '../../src/model/problems.js';
import { drawnLabel, mark, mountData, part, parts, settle } from '../helpers/timeline.js';
import { payloadsHadTheirChance } from '../fixtures/hostile.js';

const payloads = [
  '<script>window.__pwned = true</script>',
  '<img src=x onerror="window.__pwned = true">',
  '"><svg onload="window.__pwned = true">',
  "'; window.__pwned = true; '",
];

describe('parseTimeline with hostile data', () => {
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>).polluted;
  });

  it('parseTimeline(markup in every text field) keeps it as plain text; a timeline showing the result draws it as text and runs nothing', async () => {
    delete window.__pwned;
    const input = {
      title: payloads[0],
      description: payloads[1],
      lanes: [{ id: payloads[2], label: payloads[1] }],
      events: payloads.map((p, i) => ({ id: `e${i}${p}`, title: p, summary: p, tags: [p], lane: payloads[2], start: `${2000 + 4 * i}`, sources: [{ label: p, url: '/a' }], media: { src: '/a.png', alt: p, credit: p } })),
    };
    const { document, problems } = parseTimeline(input);
    expect(problems).to.deep.equal([]);
    expect(document.title).to.equal(payloads[0]);
    expect(document.events.map((e) => e.summary)).to.deep.equal(payloads);
    // What was parsed, rendered: each title drawn whole and named as it is, the card shows each field as text.
    const el = await mountData(document, { 'no-hash': '' });
    expect(el.shadowRoot!.querySelector('section[aria-label]')!.getAttribute('aria-label'), 'the region is named by the title').to.equal(payloads[0]);
    expect(parts(el, 'lane-label').map((l) => l.textContent!.trim())).to.deep.equal([payloads[1]]);
    for (const [i, p] of payloads.entries()) {
      const id = `e${i}${p}`;
      expect(drawnLabel(el, id)?.full, `drawn label of ${id}`).to.equal(p);
      expect(mark(el, id)?.getAttribute('aria-label'), `name of ${id}`).to.contain(p);
      el.select(id);
      await settle(el);
      const card = part(el, 'card')!;
      expect(card.querySelector('h2')!.textContent, `card title of ${id}`).to.equal(p);
      expect(card.querySelector('figure img')?.getAttribute('alt'), `media alt of ${id}`).to.equal(p);
      expect(card.innerText.split(p.trim()).length - 1, `summary, tag, source and credit of ${id} as text`).to.be.at.least(4);
    }
    const handlers = [...el.shadowRoot!.querySelectorAll('*')].filter((node) => node.matches('script, iframe') || node.getAttributeNames().some((a) => a.startsWith('on')));
    expect(handlers.map((node) => node.outerHTML), 'no script or handler came out of the data').to.deep.equal([]);
    await payloadsHadTheirChance();
    expect(window.__pwned).to.equal(undefined);
  });

  it('parseTimeline(JSON with "__proto__" keys) does not pollute Object.prototype or the document', () => {
    const json = `{"__proto__": {"polluted": "root"}, "title": "T", "lanes": [{"id": "l", "label": "L", "__proto__": {"polluted": "lane"}}],
      "events": [{"id": "a", "title": "A", "start": "2020", "__proto__": {"polluted": "event", "lane": "l"},
        "sources": [{"label": "s", "url": "/s", "__proto__": {"polluted": "source"}}], "constructor": {"prototype": {"polluted": "ctor"}}}]}`;
    const { document, problems } = parseTimeline(JSON.parse(json));
    // Reported as fields the format does not have, like any other, and never read.
    expect(problems.map((p) => [p.severity, p.path])).to.deep.equal([
      ['warning', '__proto__'],
      ['warning', 'lanes[0].__proto__'],
      ['warning', 'events[0].__proto__'],
      ['warning', 'events[0].constructor'],
      ['warning', 'events[0].sources[0].__proto__'],
    ]);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(document).to.deep.equal({ title: 'T', lanes: [{ id: 'l', label: 'L' }], events: [{ id: 'a', title: 'A', start: '2020', sources: [{ label: 's', url: '/s' }] }] });
    expect(Object.getPrototypeOf(document.events[0])).to.equal(Object.prototype);
    expect(Object.keys(document.events[0]).sort()).to.deep.equal(['id', 'sources', 'start', 'title']);
  });

  it('parseTimeline ignores fields inherited from a polluted Object.prototype', () => {
    (Object.prototype as Record<string, unknown>).polluted = 'yes';
    Object.defineProperty(Object.prototype, 'lane', { value: 'evil', configurable: true, writable: true });
    try {
      const { document, problems } = parseTimeline({ title: 'T', lanes: [], events: [{ id: 'a', title: 'A', start: '2020' }] });
      expect(problems).to.deep.equal([]);
      expect(Object.prototype.hasOwnProperty.call(document.events[0], 'lane')).to.equal(false);
    } finally {
      delete (Object.prototype as Record<string, unknown>).lane;
    }
  });

  it('freezing a parsed document freezes all of it and nothing it inherits from a polluted Object.prototype', () => {
    const inherited = { nested: {} };
    (Object.prototype as Record<string, unknown>).polluted = inherited;
    const { document } = parseTimeline({ title: 'T', lanes: [], events: [{ id: 'a', title: 'A', start: '2020', tags: ['x'], sources: [{ label: 'S', url: 'https://example.org/' }] }] });
    finish(freezeDocumentWork(document));
    const [event] = document.events;
    expect([document, document.events, event, event!.tags, event!.sources, event!.sources![0]].every((o) => Object.isFrozen(o))).to.equal(true);
    expect([Object.isFrozen(inherited), Object.isFrozen(inherited.nested)]).to.deep.equal([false, false]);
  });

  it('parseTimeline(getters that throw) reports the field as unreadable and keeps the rest', () => {
    const bad = { id: 'b', start: '2020', get title(): string { throw new Error('trap'); } };
    const { document, problems } = parseTimeline({ title: 'T', lanes: [], events: [{ id: 'a', title: 'A', start: '2020' }, bad] });
    expect(problems.map(formatProblem)).to.deep.equal(['events[1].title: could not be read (trap)']);
    expect(document.events.map((e) => e.id)).to.deep.equal(['a']);
  });

  it('parseTimeline(a proxy whose traps throw, and a revoked proxy) never throws', () => {
    const trap = new Proxy({}, { get() { throw new Error('get'); }, getOwnPropertyDescriptor() { throw new Error('gopd'); }, has() { throw new Error('has'); } });
    const { proxy, revoke } = Proxy.revocable({ title: 'x' }, {});
    revoke();
    for (const input of [trap, proxy, { title: 'T', lanes: trap, events: proxy }, { title: 'T', lanes: [], events: [trap, proxy] }]) {
      const result = parseTimeline(input);
      expect(result.problems.length).to.be.greaterThan(0);
      expect(result.document.events).to.deep.equal([]);
    }
  });

  it('parseTimeline(an events array whose items throw) reports those items', () => {
    const events = new Proxy([{ id: 'a', title: 'A', start: '2020' }, {}], {
      get(target, key, receiver) {
        if (key === '1') throw new Error('item');
        return Reflect.get(target, key, receiver);
      },
    });
    const { document, problems } = parseTimeline({ title: 'T', lanes: [], events });
    expect(problems.map(formatProblem)).to.deep.equal(['events[1]: could not be read (item)']);
    expect(document.events.map((e) => e.id)).to.deep.equal(['a']);
  });

  it('parseTimeline(cyclic objects) ignores the cycles', () => {
    const event: Record<string, unknown> = { id: 'a', title: 'A', start: '2020' };
    event.self = event;
    const root: Record<string, unknown> = { title: 'T', lanes: [], events: [event, { id: 'b', title: 'B', start: '2020', media: event }] };
    root.root = root;
    const { document, problems } = parseTimeline(root);
    expect(document.events.map((e) => e.id)).to.deep.equal(['a', 'b']);
    expect(problems.map((p) => p.path)).to.deep.equal([
      'root',
      'events[0].self',
      'events[1].media.id',
      'events[1].media.title',
      'events[1].media.start',
      'events[1].media.self',
      'events[1].media.src',
      'events[1].media.alt',
    ]);
  });

  it('parseTimeline(a 1 MB title and a 1 MB bad date) keeps the title and truncates the messages', () => {
    const huge = 'x'.repeat(1_000_000);
    const { document, problems } = parseTimeline({ title: huge, lanes: [], events: [{ id: 'a', title: huge, start: '2020' }, { id: 'b', title: 'B', start: huge }, { id: huge, title: 'C', start: '2020', kind: huge }] });
    expect(document.title.length).to.equal(1_000_000);
    expect(document.events.map((e) => e.id)).to.deep.equal(['a', huge]);
    expect(problems.map((p) => p.path)).to.deep.equal(['events[1].start', 'events[2].kind']);
    for (const p of problems) expect(formatProblem(p).length).to.be.lessThan(300);
    expect(problems[0].message).to.match(/^"x{80}…" is not a date/);
  });

  it('parseTimeline(10,000 events on the same date) keeps them all', () => {
    const events = Array.from({ length: 10_000 }, (_, i) => ({ id: `e${i}`, title: 'same', start: '2020-06-02' }));
    const { document, problems } = parseTimeline({ title: 'T', lanes: [], events });
    expect(problems).to.deep.equal([]);
    expect(toTimelineItems(document).map((item) => item.index)).to.deep.equal(events.map((_, i) => i));
  });

  it('parseTimeline(dates at the limits of the Date range) keeps the valid ones and reports the others', () => {
    const events = ['-271821-04-20', '+275760-09-12', '-271821-04-19', '+275760-09-13', '+999999-01'].map((start, i) => ({ id: `e${i}`, title: 't', start }));
    const { document, problems } = parseTimeline({ title: 'T', lanes: [], events });
    expect(document.events.map((e) => e.id)).to.deep.equal(['e0', 'e1']);
    expect(problems.map((p) => p.path)).to.deep.equal(['events[2].start', 'events[3].start', 'events[4].start']);
    expect(problems[0].message).to.match(/outside the dates a browser can handle/);
  });

  it('parseTimeline(a sparse array of length 2**32 - 1) reads only the first MAX_EVENTS', () => {
    const events: unknown[] = [];
    events.length = 2 ** 32 - 1;
    events[0] = { id: 'a', title: 'A', start: '2020' };
    const { document, problems } = parseTimeline({ title: 'T', lanes: [], events });
    expect(document.events.map((e) => e.id)).to.deep.equal(['a']);
    expect(problems[0]).to.include({ path: 'events', severity: 'error' });
    expect(problems[0].message).to.match(/only the first 1000000 are read/);
    expect(problems).to.have.length(1001);
    expect(problems[1000]).to.deep.equal({ path: '(root)', message: 'and 999000 more problems, not listed', severity: 'error', unlisted: 999000 });
    expect(countProblems(problems), 'the problems the list stands for').to.equal(1 + 999 + 999000);
  });
});
