import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TimelineDocument } from '../../src/model/types.js';
import type { TimelineErrorDetail, TimelineLoadDetail } from '../../src/dom-events/timeline-events.js';
import { click, mark, marks, mount, part, settle, type Timeline } from '../helpers/timeline.js';

const flawed = {
  title: 'Some good, some bad',
  lanes: [{ id: 'a', label: 'Lane A' }],
  events: [
    { id: 'good-1', title: 'Good one', start: '2020-03-01', lane: 'a' },
    { id: 'bad-date', title: 'Bad date', start: '2020-13-01' },
    { id: 'good-2', title: 'Good two', start: '2020-04-15' },
    { id: 'no-title', start: '2020-05-01' },
  ],
} as unknown as TimelineDocument;

/** Sets `data` on a fresh timeline with listeners already in place. */
async function withListeners(doc: TimelineDocument) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
  const el = document.createElement('event-timeline') as Timeline;
  const load = oneEvent(el, 'timeline-load') as Promise<CustomEvent<TimelineLoadDetail>>;
  const error = oneEvent(el, 'timeline-error') as Promise<CustomEvent<TimelineErrorDetail>>;
  el.data = doc;
  wrapper.append(el);
  await settle(el);
  return { el, load, error };
}

describe('<event-timeline> data problems', () => {
  it('lists each problem with its path in a panel inside the element', async () => {
    const { el } = await withListeners(flawed);
    const panel = part(el, 'problems');
    expect(panel, 'problems panel').to.exist;
    const text = panel!.innerText;
    expect(text).to.match(/events\[1\]\.start/);
    expect(text).to.contain('2020-13-01');
    expect(text).to.match(/events\[3\]\.title/);
    const items = [...panel!.querySelectorAll('li')];
    expect(items.length, 'one line per problem').to.equal(2);
  });

  it('valid events still render next to the problems', async () => {
    const { el } = await withListeners(flawed);
    expect(mark(el, 'good-1')).to.exist;
    expect(mark(el, 'good-2')).to.exist;
    expect(mark(el, 'bad-date')).to.equal(null);
  });

  it('fires timeline-load with the problems and timeline-error with cause "data"', async () => {
    const { load, error } = await withListeners(flawed);
    const loaded = (await load).detail;
    expect(loaded.problems.map((p) => p.path)).to.include('events[1].start');
    expect(loaded.document.events.map((e) => e.id)).to.include.members(['good-1', 'good-2']);
    const failed = (await error).detail;
    expect(failed.cause).to.equal('data');
    expect(failed.problems!.map((p) => p.path)).to.include('events[1].start');
  });

  it('the panel, its last line and timeline-error count the same problems: warnings too, and the 1,500 that a list cut at 1,000 stands for', async () => {
    const warned = await withListeners({ title: 'Warnings only', lanes: [], events: [{ id: 'a', title: 'A', start: '2020-01-01', lane: 'nowhere' }, { id: 'b', title: ' ', start: '2020-02-01' }] } as TimelineDocument);
    expect(part(warned.el, 'problems')!.querySelector('#problems-title')!.textContent).to.equal('2 problems in the data');
    const warning = (await warned.error).detail;
    expect([warning.cause, warning.message]).to.deep.equal(['data', '2 problem(s) in the timeline data']);
    const events = Array.from({ length: 1500 }, (_, i) => ({ id: `e${i}`, title: `E${i}`, start: 'someday' }));
    const many = await withListeners({ title: 'Many bad', lanes: [], events: [{ id: 'ok', title: 'OK', start: '2020-01-01' }, ...events] } as TimelineDocument);
    const panel = part(many.el, 'problems')!;
    expect(panel.querySelector('#problems-title')!.textContent).to.equal('1,500 problems in the data');
    const items = [...panel.querySelectorAll('li')];
    expect(items.at(-1)!.textContent, '50 listed, then the rest').to.equal('… +1,450');
    expect((await many.error).detail.message).to.equal('1500 problem(s) in the timeline data');
  });

  it('the dismiss button closes the panel and leaves the events', async () => {
    const { el } = await withListeners(flawed);
    const dismiss = part(el, 'problems')!.querySelector('[part~="dismiss"]')!;
    await click(dismiss);
    await settle(el);
    expect(part(el, 'problems')).to.equal(null);
    expect(marks(el).length).to.equal(2);
  });

  it('a markup event with a bad date is reported by its element, not by a JSON path', async () => {
    const el = await mount(html`<event-timeline>
      <timeline-event id="ok"><time datetime="2020-01-02"></time><h3>Fine</h3></timeline-event>
      <timeline-event id="broken"><time datetime="someday"></time><h3>Broken</h3></timeline-event>
    </event-timeline>`);
    const text = part(el, 'problems')?.innerText ?? '';
    expect(text).to.contain('timeline-event id="broken"');
    expect(text).to.contain('someday');
    expect(mark(el, 'ok')).to.exist;
  });

  it('a clean document shows no problems panel', async () => {
    const { el } = await withListeners({ title: 'Clean', lanes: [], events: [{ id: 'x', title: 'X', start: '2020-01-01' }] });
    expect(part(el, 'problems')).to.equal(null);
  });
});
