/**
 * What the element hands out cannot change what it shows behind its back (issue 17, item 7):
 * `el.document` (and the document and events in its events' details) is frozen, and the words
 * of `strings` fill their placeholders from their own values only.
 */
import { expect, oneEvent } from '@open-wc/testing';
import type { TimelineDocument } from '../../src/model/types.js';
import type { TimelineLoadDetail } from '../../src/dom-events/timeline-events.js';
import { click, mark, mountData, part, settle, drawnLabel } from '../helpers/timeline.js';

const page = (): TimelineDocument => ({
  title: 'Read-only',
  lanes: [{ id: 'a', label: 'Lane A', color: '#336699' }],
  events: [
    { id: 'one', title: 'First', start: '2020-01-10', lane: 'a', tags: ['x'], sources: [{ label: 'S', url: 'https://example.org/s' }], media: { src: '/m.png', alt: 'm' } },
    { id: 'two', title: 'Second', start: '2020-03-10' },
  ],
});

/** Every object reachable from `value`. */
function objectsIn(value: unknown, out: object[] = []): object[] {
  if (value !== null && typeof value === 'object') {
    out.push(value);
    for (const v of Object.values(value)) objectsIn(v, out);
  }
  return out;
}

describe('<event-timeline>.document', () => {
  it('is read-only: changing it throws, and neither el.document nor the drawing changes', async () => {
    const el = await mountData(page(), { 'no-hash': '' });
    const doc = el.document!;
    expect(() => ((doc.events[0] as { title: string }).title = 'Changed')).to.throw(TypeError);
    expect(() => doc.events.push({ id: 'three', title: 'Third', start: '2020-05-01' })).to.throw(TypeError);
    expect(() => ((doc.lanes[0] as { color?: string }).color = 'red')).to.throw(TypeError);
    expect(() => doc.events[0]!.tags!.push('y')).to.throw(TypeError);
    expect(() => ((doc as { title: string }).title = 'Changed')).to.throw(TypeError);
    expect(el.document!.events.map((e) => e.title)).to.deep.equal(['First', 'Second']);
    expect(el.document!.events).to.have.length(2);
    await settle(el);
    expect(drawnLabel(el, 'one')!.text).to.equal('First');
    expect(objectsIn(el.document).every((o) => Object.isFrozen(o)), 'every part of it is frozen').to.equal(true);
  });

  it('the page\'s own data object stays its own: nothing in it is frozen', async () => {
    const data = page();
    const el = await mountData(data, { 'no-hash': '' });
    expect(el.document).to.not.equal(data);
    expect(objectsIn(data).filter((o) => Object.isFrozen(o))).to.deep.equal([]);
    data.events[0]!.title = 'Edited by the page';
    el.data = { ...data };
    await settle(el);
    expect(el.document!.events[0]!.title, 'a new document from the page is shown').to.equal('Edited by the page');
  });

  it('timeline-load hands out the same read-only document, and timeline-select a read-only event', async () => {
    const el = await mountData(page(), { 'no-hash': '' });
    const loaded = oneEvent(el, 'timeline-load');
    el.data = page();
    const { detail } = (await loaded) as CustomEvent<TimelineLoadDetail>;
    await settle(el);
    expect(detail.document).to.equal(el.document);
    const selected = oneEvent(el, 'timeline-select');
    await click(mark(el, 'two')!);
    const { detail: selection } = (await selected) as CustomEvent<{ event: { title: string } }>;
    expect(() => (selection.event.title = 'Changed')).to.throw(TypeError);
    await settle(el);
    expect(part(el, 'card')!.querySelector('h2')!.textContent).to.equal('Second');
  });
});

describe('<event-timeline>.strings placeholders', () => {
  it('read only the values given: "{constructor}" and "{toString}" stay as written', async () => {
    const el = await mountData({ title: 'Flawed', lanes: [], events: [{ id: 'ok', title: 'OK', start: '2020-01-01' }, { id: 'bad', title: 'Bad', start: 'someday' }] }, { 'no-hash': '' });
    el.strings = { problems: '{constructor} / {toString} / {__proto__} / {count} problem(s)' };
    await settle(el);
    expect(part(el, 'problems')!.querySelector('.panel-head span')!.textContent).to.equal('{constructor} / {toString} / {__proto__} / 1 problem(s)');
  });
});

describe('<event-timeline>.strings merged over the language\'s', () => {
  it('a key given as undefined (as `Partial` allows) keeps the default word: the "+" button keeps its name', async () => {
    const el = await mountData({ title: 'T', lanes: [], events: [{ id: 'ok', title: 'OK', start: '2020-01-01' }] }, { 'no-hash': '' });
    const name = part(el, 'zoom-in')!.getAttribute('aria-label');
    expect(name).to.be.a('string').and.not.equal('');
    el.strings = { zoomIn: undefined, zoomOut: 'Weiter weg' };
    await settle(el);
    expect(part(el, 'zoom-in')!.getAttribute('aria-label')).to.equal(name);
    expect(part(el, 'zoom-out')!.getAttribute('aria-label')).to.equal('Weiter weg');
  });
});

describe('<event-timeline> with a blank title', () => {
  it('a document titled with spaces and invisible characters names its region "Events", not nothing; its blank event title is a warning in the panel', async () => {
    const el = await mountData({ title: ' \u200b ', lanes: [], events: [{ id: 'a', title: 'A', start: '2020-01-01' }, { id: 'b', title: '  ', start: '2020-02-01' }] }, { 'no-hash': '' });
    expect(el.shadowRoot!.querySelector('section[aria-label]')!.getAttribute('aria-label')).to.equal('Events');
    expect(el.shadowRoot!.querySelector('.header'), 'no blank title line').to.equal(null);
    const panel = part(el, 'problems')!;
    expect(panel.textContent).to.include('events[1].title');
    expect(panel.textContent).to.include('has no visible characters');
  });
});
